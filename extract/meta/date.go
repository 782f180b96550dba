package meta

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// stamp is a date as a page wrote it: the wall clock, and how much of it
// was stated. A date without a time of day has hasTime false; a time without
// a zone has hasZone false and offset 0.
type stamp struct {
	year, month, day  int
	hour, minute, sec int
	offset            int // seconds east of UTC, when hasZone
	hasTime, hasZone  bool
	usZone            byte // 'E', 'C', 'M', 'P': a US zone whose offset depends on DST
	usZoneResolved    bool
	valid             bool
}

// Years outside this range are placeholders ("0001-01-01") or typos, not
// publication dates of web pages.
const minYear, maxYear = 1990, 2100

// parseDate reads one date in any of the forms pages use: ISO 8601 with or
// without a zone, RFC 1123, JavaScript's Date.toString, Unix seconds or
// milliseconds, and free forms such as "Nov. 19, 2019 8:03 am ET",
// "1:39 am EST, Wednesday, November 20, 2019", "21:17 18.11.2019",
// "24 сентября 2018" or "2018年8月16日". dayFirst decides "03/04/2019"
// (day/month when true); an unambiguous value ignores it. Text around the
// date is skipped, so "Published 10:02 AM EST Nov 19, 2019" parses.
func parseDate(s string, dayFirst bool) stamp {
	s = strings.TrimSpace(s)
	if len(s) > 200 {
		s = s[:200]
	}
	if st, ok := parseISO(s); ok {
		return st
	}
	if st, ok := parseUnix(s); ok {
		return st
	}
	return parseFree(s, dayFirst)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits reads n digits at s[i:]; ok is false when they are not all digits.
func digits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for j := i; j < i+n; j++ {
		if !isDigit(s[j]) {
			return 0, false
		}
		v = v*10 + int(s[j]-'0')
	}
	return v, true
}

// parseISO reads "2019-11-19", "2019-11-19T13:03:00.000Z",
// "2019-11-20T06:35:39+0000", "2019-11-19 02:24:00 UTC" and "20191119".
func parseISO(s string) (stamp, bool) {
	var st stamp
	y, ok := digits(s, 0, 4)
	if !ok {
		return st, false
	}
	i := 0
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		m, ok1 := digits(s, 5, 2)
		d, ok2 := digits(s, 8, 2)
		if !ok1 || !ok2 {
			return st, false
		}
		st.year, st.month, st.day, i = y, m, d, 10
	} else if len(s) == 8 {
		m, ok1 := digits(s, 4, 2)
		d, ok2 := digits(s, 6, 2)
		if !ok1 || !ok2 {
			return st, false
		}
		st.year, st.month, st.day, i = y, m, d, 8
	} else {
		return st, false
	}
	if i < len(s) && (s[i] == 'T' || s[i] == ' ') {
		if h, ok := digits(s, i+1, 2); ok && i+3 < len(s) && s[i+3] == ':' {
			mi, ok := digits(s, i+4, 2)
			if !ok {
				return st, false
			}
			st.hour, st.minute, st.hasTime, i = h, mi, true, i+6
			if i < len(s) && s[i] == ':' {
				if sec, ok := digits(s, i+1, 2); ok {
					st.sec, i = sec, i+3
				}
			}
			for i < len(s) && (s[i] == '.' || s[i] == ',' || isDigit(s[i])) {
				i++ // fractions of a second are dropped
			}
			i = parseZoneAt(s, i, &st)
		}
	}
	st.valid = st.check()
	if !st.valid {
		return st, false
	}
	if i < len(s) && !st.hasTime {
		// "2019-11-19 …" followed by something that is not a time: keep the
		// day only when what follows is not more digits (a longer number).
		if isDigit(s[i]) {
			return st, false
		}
	}
	return st, true
}

// parseZoneAt reads an optional zone at s[i:]: "Z", "+05:30", "-0500",
// " UTC", " GMT+0000"; it returns the index after it.
func parseZoneAt(s string, i int, st *stamp) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) {
		return i
	}
	switch c := s[j]; {
	case c == 'Z':
		st.hasZone, st.offset = true, 0
		return j + 1
	case c == '+' || c == '-':
		if off, n, ok := parseOffset(s[j:]); ok {
			st.hasZone, st.offset = true, off
			return j + n
		}
	case strings.HasPrefix(s[j:], "UTC") || strings.HasPrefix(s[j:], "GMT"):
		st.hasZone, st.offset = true, 0
		j += 3
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			if off, n, ok := parseOffset(s[j:]); ok {
				st.offset = off
				j += n
			}
		}
		return j
	}
	return i
}

// parseOffset reads "+05:30", "-0500", "+05" or "+5" at the start of s.
func parseOffset(s string) (off, n int, ok bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	h, m := 0, 0
	switch {
	case len(s) >= 6 && s[3] == ':':
		var ok1, ok2 bool
		h, ok1 = digits(s, 1, 2)
		m, ok2 = digits(s, 4, 2)
		if !ok1 || !ok2 {
			return 0, 0, false
		}
		n = 6
	default:
		k := 1
		for k < len(s) && k < 5 && isDigit(s[k]) {
			k++
		}
		v, _ := digits(s, 1, k-1)
		switch k - 1 {
		case 4:
			h, m = v/100, v%100
		case 1, 2:
			h = v
		default:
			return 0, 0, false
		}
		n = k
	}
	if h > 14 || m > 59 {
		return 0, 0, false
	}
	return sign * (h*3600 + m*60), n, true
}

// parseUnix reads Unix seconds (10 digits) or milliseconds (13 digits).
func parseUnix(s string) (stamp, bool) {
	if len(s) != 10 && len(s) != 13 {
		return stamp{}, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v <= 0 {
		return stamp{}, false
	}
	if len(s) == 13 {
		v /= 1000
	}
	t := time.Unix(v, 0).UTC()
	st := stamp{year: t.Year(), month: int(t.Month()), day: t.Day(), hour: t.Hour(),
		minute: t.Minute(), sec: t.Second(), hasTime: true, hasZone: true}
	st.valid = st.check()
	return st, st.valid
}

// check reports whether the stamp is a real calendar date in range.
func (st *stamp) check() bool {
	if st.year < minYear || st.year > maxYear || st.month < 1 || st.month > 12 || st.day < 1 {
		return false
	}
	if st.day > daysIn(st.year, st.month) {
		return false
	}
	return st.hour < 24 && st.minute < 60 && st.sec < 61
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// resolveUS turns a US zone name without DST ("ET") into an offset, by the
// US rule since 2007: daylight time from the second Sunday of March to the
// first Sunday of November.
func (st *stamp) resolveUS() {
	if st.usZone == 0 || st.usZoneResolved {
		return
	}
	std := map[byte]int{'E': -5, 'C': -6, 'M': -7, 'P': -8}[st.usZone]
	d := time.Date(st.year, time.Month(st.month), st.day, 12, 0, 0, 0, time.UTC)
	start := nthSunday(st.year, time.March, 2)
	end := nthSunday(st.year, time.November, 1)
	if !d.Before(start) && d.Before(end) {
		std++
	}
	st.offset, st.hasZone, st.usZoneResolved = std*3600, true, true
}

func nthSunday(y int, m time.Month, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// time returns the stamp as a time.Time in its own offset (UTC when it has
// none).
func (st stamp) toTime() time.Time {
	loc := time.UTC
	if st.hasZone && st.offset != 0 {
		loc = time.FixedZone("", st.offset)
	}
	return time.Date(st.year, time.Month(st.month), st.day, st.hour, st.minute, st.sec, 0, loc)
}

// format writes the stamp as RFC 3339 when its zone is known; as
// "YYYY-MM-DDTHH:MM:SS" (a local time, no offset) when only the zone is
// missing; and as "YYYY-MM-DD" for a day alone.
func (st stamp) format() string {
	if !st.valid {
		return ""
	}
	t := st.toTime()
	switch {
	case !st.hasTime && st.hasZone:
		return t.Format(time.RFC3339)
	case !st.hasTime:
		return t.Format(time.DateOnly)
	case st.hasZone:
		return t.Format(time.RFC3339)
	default:
		return t.Format("2006-01-02T15:04:05")
	}
}

// sameDay reports whether a and b name the same calendar day as written.
func (st stamp) sameDay(o stamp) bool {
	return st.year == o.year && st.month == o.month && st.day == o.day
}

// dtoken is one piece of a free-form date.
type dtoken struct {
	kind  byte // 'n' number, 'w' word, 'p' punctuation, '+'/'-' sign
	num   int
	ndig  int
	word  string
	punct rune
	used  bool
}

// tokenize splits s into numbers, lower-cased words and punctuation, at most
// 48 tokens (a date never needs more).
func tokenize(s string) []dtoken {
	toks := make([]dtoken, 0, 16)
	for i := 0; i < len(s) && len(toks) < 48; {
		c := s[i]
		switch {
		case isDigit(c):
			j, v := i, 0
			for j < len(s) && isDigit(s[j]) && j-i < 9 {
				v = v*10 + int(s[j]-'0')
				j++
			}
			toks = append(toks, dtoken{kind: 'n', num: v, ndig: j - i})
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) && !isCJKDateUnit(r) {
				j := i
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(r2) || isCJKDateUnit(r2) {
						break
					}
					j += n2
				}
				toks = append(toks, dtoken{kind: 'w', word: strings.ToLower(s[i:j])})
				i = j
				continue
			}
			toks = append(toks, dtoken{kind: 'p', punct: r})
			i += n
		}
	}
	return toks
}

// isCJKDateUnit reports the year/month/day markers of Chinese, Japanese
// and Korean dates ("2018年8月16日", "2018년 8월 25일").
func isCJKDateUnit(r rune) bool {
	switch r {
	case '年', '月', '日', '년', '월', '일':
		return true
	}
	return false
}

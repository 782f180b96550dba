package when

// numeric parses an all-number date: "2025-11-19", "2025/11/19",
// "11/19/2025", "19/11/2025", "19.11.2025", "11/19/25". The value decides
// the order where it can (19/11 is day first); otherwise a dot means day
// first, as in Germany, and a slash or a hyphen the US order.
func (f *finder) numeric(i int) (point, bool) {
	a, sep, b, sep2, c := f.tok(i), f.tok(i+1), f.tok(i+2), f.tok(i+3), f.tok(i+4)
	if c == nil || sep.kind != kPunct || sep2.str(f.text) != sep.str(f.text) || b.kind != kNum || c.kind != kNum {
		return point{}, false
	}
	if sep.str(f.text) != "/" && sep.str(f.text) != "-" && sep.str(f.text) != "." {
		return point{}, false
	}
	if !f.glued(i+1) || !f.glued(i+2) || !f.glued(i+3) || !f.glued(i+4) {
		return point{}, false
	}
	// Not one link of a longer chain of numbers: "1/2/3/4", "1.2.3.4".
	if f.punct(i+5, "/-.") && f.glued(i+5) && f.tokKind(i+6) == kNum && f.glued(i+6) {
		return point{}, false
	}
	if f.punct(i-1, "/-.,") && f.glued(i) && f.tokKind(i-2) == kNum && f.glued(i-1) {
		return point{}, false
	}
	var y, m, d int
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2 && sep.str(f.text) != ".":
		y, m, d = int(a.num), int(b.num), int(c.num)
	case a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2 && sep.str(f.text) == "/"):
		y, m, d = int(c.num), int(a.num), int(b.num)
		if c.digits == 2 {
			y = twoDigitYear(int(c.num))
		}
		if sep.str(f.text) == "." || a.num > 12 && b.num <= 12 {
			m, d = int(b.num), int(a.num)
		}
	default:
		return point{}, false
	}
	if y < 1000 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return point{}, false
	}
	return point{g: gDay, y: y, m: m, d: d, i: i, j: i + 5}, true
}

// twoDigitYear expands "25" to 2025 and "98" to 1998: news rarely dates
// anything after the 2040s or before the 1950s with two digits.
func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// yearLed parses what starts with a four-digit year: a decade ("1990s",
// "1990's"), a century written as its hundreds ("the 1800s"), a span of
// years ("2015-16", "2010–2015") and a year alone, when the number is a
// year and not a quantity or a name ("2,000 troops", "Route 2025").
func (f *finder) yearLed(i int) (point, bool) {
	y, k, ok := f.year(i)
	if !ok {
		return point{}, false
	}
	if y%10 == 0 {
		s := k
		if f.punct(s, "'’") && f.glued(s) {
			s++
		}
		if f.word(s) == wS && f.glued(s) {
			if y%100 == 0 {
				return point{g: gCentury, y: y / 100, i: i, j: s + 1}, true
			}
			return point{g: gDecade, y: y, i: i, j: s + 1}, true
		}
	}
	if !f.yearContext(i, y) {
		return point{}, false
	}
	p := point{g: gYear, y: y, i: i, j: k}
	if f.punct(k, dash) && f.glued(k) && f.glued(k+1) {
		e := f.tok(k + 1)
		if e.kind == kNum && e.digits == 2 && !f.partOfNumber(k+1) && !f.glued(k+2) {
			if end := y/100*100 + int(e.num); end > y {
				p.yEnd, p.j = end, k+2
			}
		}
	}
	return p, true
}

// yearContext reports whether the four-digit number y at i reads as a
// year. Numbers from 1900 to 2099 are years unless something marks them as
// a quantity, a money amount, a percentage or a number in a name; other
// years need a word that introduces a time before them ("in 1776").
func (f *finder) yearContext(i, y int) bool {
	next := f.tok(i + 1)
	if next != nil {
		switch {
		case next.kind == kWord && !next.space:
			return false // "2000mAh"
		case next.kind == kPunct && next.str(f.text) == "%":
			return false
		case next.kind == kWord && (next.x().count || next.x().word == wPercent):
			return false
		}
	}
	if f.punct(i-1, "$€£¥#+") {
		return false
	}
	prev := i - 1
	if f.punct(prev, ".") && f.glued(prev) {
		prev-- // "No. 2016"
	}
	if p := f.tok(prev); p != nil && p.kind == kWord {
		if p.x().numbered {
			return false
		}
		if !f.toks[i].space && prev == i-1 {
			return false // "F2016"
		}
	}
	if f.punct(i-1, "-") && f.glued(i) && f.glued(i-1) && f.tokKind(i-2) == kWord {
		switch f.word(i - 2) {
		case wMid, wEarly, wLate:
		default:
			if w := f.tok(i - 2).str(f.text); w != "pre" && w != "post" {
				return false // "G-2000"
			}
		}
	}
	if y >= 1900 && y <= 2099 {
		return true
	}
	switch f.word(i - 1) {
	case wIn, wSince, wOf, wBy, wFrom, wUntil, wBefore, wAfter, wDuring, wThrough, wTo, wBetween:
		return true
	}
	return false
}

// shortDecade parses "'90s" and "’60s".
func (f *finder) shortDecade(i int) (point, bool) {
	n := f.tok(i + 1)
	if n == nil || n.kind != kNum || n.digits != 2 || n.num%10 != 0 || !f.glued(i+1) {
		return point{}, false
	}
	if f.word(i+2) != wS || !f.glued(i+2) {
		return point{}, false
	}
	pivot := 30 // without a document date, '30s and later are taken as the 1900s
	if f.hasDoc {
		pivot = f.doc.Year() % 100
	}
	y := 2000 + int(n.num)
	if int(n.num) > pivot {
		y = 1900 + int(n.num)
	}
	return point{g: gDecade, y: y, i: i, j: i + 3}, true
}

// century parses "the 20th century", "21st-century" as the TIMEX century
// "19", "20".
func (f *finder) century(i int) (point, bool) {
	t := f.tok(i)
	if t.digits > 2 || t.num < 1 || t.num > 22 || f.word(i+1) != wOrdinal || !f.glued(i+1) {
		return point{}, false
	}
	k := i + 2
	if f.punct(k, "-") && f.glued(k) {
		k++
	}
	if f.word(k) != wCentury || f.toks[k].str(f.text) == "centuries" {
		return point{}, false
	}
	return point{g: gCentury, y: int(t.num - 1), i: i, j: k + 1}, true
}

// weekday parses a day of the week: "Tuesday", "Tuesday night", and a
// weekday before a date ("Tuesday, Nov. 19", "Dienstag, 3. Oktober"),
// whose year it helps to find.
func (f *finder) weekday(i int) (point, bool) {
	t := &f.toks[i]
	k := i + 1
	if f.punct(k, ",") {
		k++
	}
	if f.word(k) == wLe || f.word(k) == wThe {
		k++ // "Dienstag, den 3. Oktober", "Tuesday the 19th"
	}
	if p, ok := f.datePoint(k); ok {
		p.i, p.wd, p.hasWD = i, t.x().weekday, true
		return p, true
	}
	j := i + 1
	switch {
	case t.x().foreign:
		n, ok := f.bareForeignDay(i)
		if !ok {
			return point{}, false
		}
		j = n
	case !t.upper:
		return point{}, false
	}
	if p := f.tok(i - 1); p != nil && p.kind == kWord && weekdayModifiers[p.str(f.text)] {
		return point{g: gWeekday, i: i - 1, j: i + 1, named: true}, true
	}
	if f.word(i-1) == wEvery || f.anaphoric(i, j) {
		// A set ("every Friday"), or a day of a time told before ("that Tuesday").
		return point{g: gWeekday, i: i - 1, j: j, named: true}, true
	}
	p := point{g: gWeekday, wd: t.x().weekday, pod: t.x().pod, i: i, j: j}
	if w, ok := f.postShift(j); ok {
		p.shift, p.j = w, j+1 // "lundi dernier", "el lunes pasado"
	}
	if p.pod == "" {
		if c, k, ok := f.podAt(p.j); ok {
			p.pod, p.j = c, k // "Tuesday night", "mardi soir", "lunes por la tarde"
		}
	}
	p.start = p.shift == wNone && f.startsSpan(i) && !f.rangeFollows(p.j) && !f.possessiveMark(p.j)
	return p, true
}

// datePoint parses a date that names its day: month first, day first or
// all numbers.
func (f *finder) datePoint(k int) (point, bool) {
	if f.tok(k) == nil {
		return point{}, false
	}
	for _, parse := range [...]func(int) (point, bool){f.monthFirst, f.dayFirst, f.numeric} {
		if p, ok := parse(k); ok && p.g == gDay {
			return p, true
		}
	}
	return point{}, false
}

// seasonYear parses "summer 2016", "the fall of 2015", and a foreign
// season with "last" or "next" after it ("el verano pasado") or alone in
// context ("en otoño", "im Herbst"), which the tense places.
func (f *finder) seasonYear(i int) (point, bool) {
	p := point{g: gSeason, season: f.toks[i].x().season, i: i, j: i + 1}
	if y, k, ok := f.yearAfter(i + 1); ok {
		p.y, p.j = y, k
		return p, true
	}
	if !f.toks[i].x().foreign {
		return point{}, false
	}
	if w, ok := f.postShift(i + 1); ok {
		p.shift, p.j = w, i+2
		return p, true
	}
	return p, f.foreignAlone(i)
}

// weekdayModifiers make a weekday the name of a day that moves from year
// to year ("Super Tuesday", "Black Friday"): recognised, but given no value.
var weekdayModifiers = map[string]bool{
	"Super": true, "Black": true, "Good": true, "Cyber": true, "Ash": true,
	"Palm": true, "Easter": true, "Bloody": true, "Holy": true, "Fat": true,
	"Giving": true, "Maundy": true, "Small": true,
}

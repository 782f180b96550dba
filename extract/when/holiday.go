package when

import (
	"strings"
	"time"
)

// holiday is a named day whose date follows a rule: a fixed day of a
// month, or the n-th weekday of a month (n < 0 counts from the end).
type holiday struct {
	words []string // the name, word by word, as capitalised in news
	month time.Month
	day   int          // a fixed day; 0 for a weekday rule
	wd    time.Weekday // the weekday of a weekday rule
	nth   int          // which one: 1 first, 4 fourth, -1 last
	after int          // days added to the rule's day: Election Day is the Tuesday after the first Monday
	bare  bool         // the name alone may be a plain noun ("Christmas tree"): needs "on", "before", … in front
}

// holidays are the US and Christian holidays that American news dates
// events by. Easter and other moving feasts are left out.
var holidays = []holiday{
	{words: []string{"Election", "Day"}, month: time.November, wd: time.Monday, nth: 1, after: 1},
	{words: []string{"Election", "Night"}, month: time.November, wd: time.Monday, nth: 1, after: 1},
	{words: []string{"Christmas", "Eve"}, month: time.December, day: 24},
	{words: []string{"Christmas", "Day"}, month: time.December, day: 25},
	{words: []string{"Christmas"}, month: time.December, day: 25, bare: true},
	{words: []string{"New", "Year's", "Eve"}, month: time.December, day: 31},
	{words: []string{"New", "Year's", "Day"}, month: time.January, day: 1},
	{words: []string{"Thanksgiving", "Day"}, month: time.November, wd: time.Thursday, nth: 4},
	{words: []string{"Thanksgiving"}, month: time.November, wd: time.Thursday, nth: 4, bare: true},
	{words: []string{"Independence", "Day"}, month: time.July, day: 4},
	{words: []string{"Fourth", "of", "July"}, month: time.July, day: 4},
	{words: []string{"Labor", "Day"}, month: time.September, wd: time.Monday, nth: 1},
	{words: []string{"Memorial", "Day"}, month: time.May, wd: time.Monday, nth: -1},
	{words: []string{"Veterans", "Day"}, month: time.November, day: 11},
	{words: []string{"Halloween"}, month: time.October, day: 31, bare: true},
	{words: []string{"Valentine's", "Day"}, month: time.February, day: 14},
}

// date returns the holiday's date in year y.
func (h holiday) date(y int) time.Time {
	if h.day != 0 {
		return time.Date(y, h.month, h.day, 0, 0, 0, 0, time.UTC)
	}
	var d time.Time
	if h.nth > 0 {
		d = time.Date(y, h.month, 1, 0, 0, 0, 0, time.UTC)
		d = d.AddDate(0, 0, (int(h.wd)-int(d.Weekday())+7)%7+7*(h.nth-1))
	} else {
		d = time.Date(y, h.month+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
		d = d.AddDate(0, 0, -((int(d.Weekday()) - int(h.wd) + 7) % 7))
	}
	return d.AddDate(0, 0, h.after)
}

// holidayAt parses a holiday's name at i, with an optional year after it
// ("Election Day 2016"). Without a year, the year is the one the tense and
// the distance to the document date make likeliest.
func (f *finder) holidayAt(i int) (match, bool) {
	t := &f.toks[i]
	if t.kind != kWord || !t.x().holiday {
		return match{}, false
	}
	for _, h := range holidays {
		j, ok := f.words(i, h.words)
		if !ok {
			continue
		}
		if h.bare && !f.introduced(i) {
			return match{}, false
		}
		m := match{i: i, j: j}
		y, k, ok := f.year(j)
		switch {
		case ok:
			m.j = k
		case !f.hasDoc:
			return m, true
		default:
			y = f.pickYear(h.date, f.tense(i, j))
		}
		m.value = dayValue(h.date(y))
		return m, true
	}
	return match{}, false
}

// words reports whether the tokens from i spell ws, a possessive "'s"
// counting as part of the word before it; it returns the index after them.
func (f *finder) words(i int, ws []string) (int, bool) {
	k := i
	for _, w := range ws {
		base, poss := strings.CutSuffix(w, "'s")
		t := f.tok(k)
		if t == nil || t.kind != kWord || !strings.EqualFold(t.str(f.text), base) {
			return 0, false
		}
		k++
		if poss {
			if !f.punct(k, "'’") || !f.glued(k) || f.tokKind(k+1) != kWord || f.toks[k+1].str(f.text) != "s" {
				return 0, false
			}
			k += 2
		}
	}
	return k, true
}

// introduced reports whether a word that introduces a time comes before
// token i: "on Christmas", "after Thanksgiving".
func (f *finder) introduced(i int) bool {
	switch f.word(i - 1) {
	case wOn, wAt, wBefore, wAfter, wSince, wUntil, wBy, wDuring, wThrough, wFor,
		wThis, wLast, wNext, wOf:
		return true
	}
	return false
}

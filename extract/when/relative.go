package when

import (
	"fmt"
	"time"
)

// relative parses the expressions that only the document date gives a
// value: "yesterday", "tonight", "last week", "this weekend", "next
// March", "last summer", "earlier this month", "three years ago". It also
// consumes, without a value, look-alikes that are durations or cannot be
// placed: "the past two years", "the next day", "earlier in the week".
func (f *finder) relative(i int) (match, bool) {
	t := &f.toks[i]
	if t.kind == kNum {
		return f.ago(i)
	}
	if t.kind != kWord {
		return match{}, false
	}
	switch t.x().word {
	case wYesterday, wToday, wTomorrow, wTonight:
		return f.deictic(i)
	case wThe:
		return f.theDuration(i)
	case wThis, wLast, wNext, wPast, wComing:
		return f.shifted(i)
	case wEarlier, wLater, wEarly, wLate, wMid:
		return f.qualified(i)
	case wA:
		return f.ago(i)
	}
	if t.x().num != 0 {
		return f.ago(i)
	}
	return match{}, false
}

// deictic parses "yesterday", "today", "tomorrow", "tonight", with a part
// of the day after them ("yesterday afternoon"). A capitalised "Today"
// inside a run of names is a name: "USA Today".
func (f *finder) deictic(i int) (match, bool) {
	t := &f.toks[i]
	m := match{i: i, j: i + 1}
	if f.word(m.j) == wPartOfDay && f.sameSentence(i, m.j) {
		m.j++
	}
	if t.upper && (f.nameBefore(i) || allCaps(t.str(f.text))) {
		return m, true
	}
	if !f.hasDoc {
		return m, true
	}
	d := f.doc
	switch t.x().word {
	case wYesterday:
		d = d.AddDate(0, 0, -1)
	case wTomorrow:
		d = d.AddDate(0, 0, 1)
	}
	m.value = dayValue(d)
	return m, true
}

func allCaps(s string) bool {
	if len(s) < 2 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] >= 'a' && s[k] <= 'z' {
			return false
		}
	}
	return true
}

// theDuration consumes "the past two years", "the last week", "the next
// day", "the coming months": durations or times placed against something
// other than the document date.
func (f *finder) theDuration(i int) (match, bool) {
	if t := f.tok(i + 1); t != nil && t.kind == kWord && t.x().unit == uWeekend && !t.x().plural {
		return f.theWeekend(i)
	}
	switch f.word(i + 1) {
	case wLast, wPast, wNext, wComing:
	default:
		return match{}, false
	}
	for k := i + 2; k <= i+4 && k < len(f.toks); k++ {
		t := &f.toks[k]
		if t.kind == kWord && (t.x().unit != uNone || t.x().word == wPartOfDay) {
			return match{i: i, j: k + 1}, true
		}
		if t.kind == kWord && t.x().num == 0 && t.x().word != wA || t.kind == kPunct {
			break
		}
	}
	return match{}, false
}

// qualified parses "earlier this month", "later this year", "late last
// year", "mid-next week": the value is that of the period named. "Earlier
// in the week" is consumed without a value: which week is not said.
func (f *finder) qualified(i int) (match, bool) {
	k := i + 1
	if f.punct(k, "-") && f.glued(k) {
		k++ // mid-next year
	}
	switch f.word(k) {
	case wThis, wLast, wNext:
		m, ok := f.shifted(k)
		if ok {
			m.i = i
		}
		return m, ok
	case wIn:
		if f.word(k+1) == wThe && f.tok(k+2) != nil && f.toks[k+2].x().unit != uNone {
			return match{i: i, j: k + 3}, true
		}
	}
	return match{}, false
}

// shifted parses "this/last/next/past/coming" + a unit, a weekday, a month,
// a season or a part of the day.
func (f *finder) shifted(i int) (match, bool) {
	w := f.word(i)
	k := i + 1
	if w == wThis && f.word(k) == wPast {
		w, k = wPast, k+1 // "this past weekend"
	}
	t := f.tok(k)
	if t == nil || t.kind != kWord || !f.sameSentence(i, k) {
		if t != nil && t.kind == kNum && (w == wLast || w == wPast || w == wNext) {
			return f.consumeUnit(i, k) // "last 10 years"
		}
		return match{}, false
	}
	m := match{i: i, j: k + 1}
	if f.word(k+1) == wPartOfDay && t.x().isDay && f.sameSentence(k, k+1) {
		m.j++ // "last Tuesday night"
	}
	if !f.hasDoc {
		return m, t.x().unit != uNone || t.x().isDay || t.x().season != "" || t.x().word == wPartOfDay || t.x().month != 0 && t.upper
	}
	switch {
	case t.x().unit != uNone:
		m.value = f.shiftUnit(w, t.x().unit, i)
	case t.x().isDay && !t.x().foreign && t.upper:
		m.value = f.shiftWeekday(w, t.x().weekday, i, m.j)
	case t.x().month != 0 && t.x().english && t.upper:
		m.value = f.shiftMonth(w, int(t.x().month))
	case t.x().season != "":
		m.value = f.shiftSeason(w, t.x().season)
	case t.x().word == wPartOfDay:
		m.value = f.shiftPartOfDay(w, t.str(f.text))
	case t.x().num != 0 || t.x().word == wA:
		return f.consumeUnit(i, k) // "last two years", "past few days"
	default:
		return match{}, false
	}
	return m, true
}

// consumeUnit consumes a duration ("last 10 years", "past two weeks") up
// to its unit, without a value.
func (f *finder) consumeUnit(i, k int) (match, bool) {
	for ; k <= i+4 && k < len(f.toks); k++ {
		if f.toks[k].x().unit != uNone {
			return match{i: i, j: k + 1}, true
		}
	}
	return match{}, false
}

// shiftUnit gives "this week" 2025-W47, "last month" 2025-10, "next year"
// 2026, "this weekend" 2025-W47-WE. "Past" and "coming" with a unit are
// durations and get no value; "last" + plural too ("last years").
func (f *finder) shiftUnit(w word, u unit, i int) string {
	if f.toks[i+1].x().plural || w == wComing {
		return ""
	}
	n := 0
	switch w {
	case wLast:
		n = -1
	case wNext:
		n = 1
	case wPast:
		if u != uWeekend {
			return ""
		}
		n = -1
	}
	d := f.doc
	switch u {
	case uDay:
		return ""
	case uWeek:
		if w == wThis && d.Weekday() == time.Sunday && f.tense(i, i+2) != tensePast && f.word(i-1) != wEarlier {
			// An American week starts on Sunday: "this week" in a Sunday
			// paper is the one starting that day, which ISO numbers from
			// Monday.
			d = d.AddDate(0, 0, 1)
		}
		y, wk := d.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, wk)
	case uWeekend:
		onWeekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
		switch {
		case w == wPast && onWeekend:
			n = 0 // "this past weekend" said on the weekend is this one
		case w == wThis && !onWeekend && f.tense(i, i+2) == tensePast:
			n = -1 // "two contests this weekend" on a Monday: the one just gone
		}
		y, wk := d.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, wk)
	case uMonth:
		m := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return m.Format("2006-01")
	case uQuarter:
		q := (d.Year()*4 + (int(d.Month())-1)/3) + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case uYear:
		return fmt.Sprintf("%04d", d.Year()+n)
	}
	return ""
}

// shiftWeekday: "last Tuesday" is the one before the document date, "next
// Tuesday" the one after it, "this Tuesday" follows the tense.
func (f *finder) shiftWeekday(w word, wd time.Weekday, i, j int) string {
	switch w {
	case wLast, wPast:
		return dayValue(f.weekdayDate(wd, tensePast, true))
	case wNext, wComing:
		return dayValue(f.weekdayDate(wd, tenseFuture, true))
	}
	return dayValue(f.weekdayDate(wd, f.tense(i, j), false))
}

// shiftMonth: "last March" is the latest March before the document's
// month, "next March" the first after it, "this March" the document's year.
func (f *finder) shiftMonth(w word, m int) string {
	y, dm := f.doc.Year(), int(f.doc.Month())
	switch w {
	case wLast, wPast:
		if m >= dm {
			y--
		}
	case wNext, wComing:
		if m <= dm {
			y++
		}
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// seasonOrder numbers the seasons within a TIMEX year; winter 2025 runs
// from December 2025 to February 2026.
var seasonOrder = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}
var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// shiftSeason: "this summer" is the document year's, "last summer" the
// latest summer before the current season, "next summer" the first after.
func (f *finder) shiftSeason(w word, s string) string {
	y, m := f.doc.Year(), int(f.doc.Month())
	if m <= 2 {
		y-- // January and February belong to the winter of the year before
	}
	now := y*4 + seasonOfMonth(m)
	want := seasonOrder[s]
	idx := y*4 + want
	switch w {
	case wLast, wPast:
		if idx >= now {
			idx -= 4
		}
	case wNext, wComing:
		if idx <= now {
			idx += 4
		}
	}
	return fmt.Sprintf("%04d-%s", idx/4, seasonCodes[idx%4])
}

func seasonOfMonth(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 0
	case m >= 6 && m <= 8:
		return 1
	case m >= 9 && m <= 11:
		return 2
	}
	return 3
}

// shiftPartOfDay: "last night" is the day before, "this morning" today.
func (f *finder) shiftPartOfDay(w word, s string) string {
	switch w {
	case wLast:
		return dayValue(f.doc.AddDate(0, 0, -1))
	case wThis:
		return dayValue(f.doc)
	}
	return ""
}

// ago parses "three years ago", "two weeks ago", "a month ago", "10 days
// ago": the document date moved back, at the unit's granularity. A number
// and a unit without "ago" is a duration and gets no value.
func (f *finder) ago(i int) (match, bool) {
	t := &f.toks[i]
	n := int(t.x().num)
	switch {
	case t.kind == kNum:
		if t.digits > 3 {
			return match{}, false
		}
		n = t.num
	case t.x().word == wA:
		n = 1
	}
	u := f.tok(i + 1)
	if n == 0 || u == nil || u.kind != kWord || u.x().unit == uNone {
		return match{}, false
	}
	m := match{i: i, j: i + 2}
	if f.word(i+2) != wAgo {
		if t.kind == kNum {
			return m, true // a duration: "10 days"
		}
		return match{}, false
	}
	m.j = i + 3
	if !f.hasDoc {
		return m, true
	}
	d := f.doc
	switch u.x().unit {
	case uDay:
		m.value = dayValue(d.AddDate(0, 0, -n))
	case uWeek:
		y, w := d.AddDate(0, 0, -7*n).ISOWeek()
		m.value = fmt.Sprintf("%04d-W%02d", y, w)
	case uMonth:
		m.value = time.Date(d.Year(), d.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case uYear:
		m.value = fmt.Sprintf("%04d", d.Year()-n)
	}
	return m, true
}

// theWeekend parses "the weekend" ("over the weekend"): the weekend just
// gone in a past sentence, the coming one otherwise; the document's own
// weekend when it is dated on one.
func (f *finder) theWeekend(i int) (match, bool) {
	m := match{i: i, j: i + 2}
	if !f.hasDoc {
		return m, true
	}
	d := f.doc
	onWeekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
	if !onWeekend && f.tense(i, m.j) == tensePast {
		d = d.AddDate(0, 0, -7)
	}
	y, wk := d.ISOWeek()
	m.value = fmt.Sprintf("%04d-W%02d-WE", y, wk)
	return m, true
}

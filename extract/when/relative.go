package when

import (
	"fmt"
	"strings"
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
	if t.x().unit != uNone {
		return f.unitShifted(i)
	}
	if t.x().agoPre {
		return f.agoBefore(i)
	}
	if t.x().num != 0 {
		return f.ago(i)
	}
	return match{}, false
}

// unitShifted parses a unit with a foreign "last" or "next" after it:
// "L’an dernier", "la semana pasada", "le mois prochain".
func (f *finder) unitShifted(i int) (match, bool) {
	w, ok := f.postShift(i + 1)
	if !ok {
		return match{}, false
	}
	m := match{i: i, j: i + 2}
	if f.hasDoc {
		m.value = f.shiftUnit(w, f.toks[i].x().unit, f.toks[i].x().plural, i)
	}
	return m, true
}

// deictic parses "yesterday", "today", "tomorrow", "tonight" and their
// equivalents in other languages ("ayer", "hier", "heute"), with a part of
// the day after them ("yesterday afternoon", "hier soir", "heute Abend").
// A capitalised "Today" inside a run of names is a name: "USA Today".
func (f *finder) deictic(i int) (match, bool) {
	t := &f.toks[i]
	if !f.deicticSense(i) {
		return match{}, false
	}
	m := match{i: i, j: i + 1}
	pod := ""
	switch t.x().word {
	case wTonight:
		pod = "NI"
	case wYesterday:
		pod = t.x().pod // "anoche" is last night
	}
	if c, k, ok := f.podAt(m.j); ok && t.x().word != wTonight {
		pod, m.j = c, k
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
	m.value = withPod(dayValue(d), pod)
	return m, true
}

// deicticSense tells the words that are a deictic day in one sense only:
// French "hier" (yesterday) is German "hier" (here); German "morgen" is
// tomorrow but "Morgen" the morning; Spanish "mañana" is tomorrow but "la
// mañana" the morning.
func (f *finder) deicticSense(i int) bool {
	t := &f.toks[i]
	switch w := t.str(f.text); {
	case foldIs(w, "hier"):
		return !f.german()
	case foldIs(w, "morgen"):
		return !t.upper
	case foldIs(w, "mañana"):
		return !foldIs(f.tokStr(i-1), "la", "esta", "una", "cada", "por", "de", "toda")
	}
	return true
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
	if m, ok := f.theEnd(i); ok {
		return m, true
	}
	if m, ok := f.theSeason(i); ok {
		return m, true
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
// a season or a part of the day, in English or with a foreign word that
// goes before its noun ("nächste Woche", "el pasado lunes", "ce soir",
// "el pasado mes de marzo"). After a possessive it is no date: "her last
// night", "their next game".
func (f *finder) shifted(i int) (match, bool) {
	w, x := f.word(i), f.toks[i].x()
	foreign := x.mod != 0
	if foreign && x.mod&modPre == 0 {
		return match{}, false // "dernier" before its noun is "the final"
	}
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
	pod := t.x().pod
	if t.x().isDay && pod == "" {
		if c, n, ok := f.podAt(k + 1); ok {
			pod, m.j = c, n // "last Tuesday night"
		}
	}
	if f.possessive(i - 1) {
		return m, true
	}
	if !f.hasDoc {
		return m, t.x().unit != uNone || t.x().isDay || t.x().season != "" || t.x().word == wPartOfDay || t.x().month != 0 && t.upper
	}
	switch {
	case t.x().unit == uMonth && !t.x().plural && f.word(k+1) == wDe:
		mo, n, ok := f.month(k + 2) // "el pasado mes de marzo"
		if !ok {
			return match{}, false
		}
		m.j = n
		m.value = fmt.Sprintf("%04d-%02d", f.shiftMonthYear(w, mo), mo)
	case t.x().unit != uNone:
		u := t.x().unit
		if j := f.weekEnd(t, m); j != m.j {
			u, m.j = uWeekend, j // "this week-end"
		}
		m.value = f.shiftUnit(w, u, t.x().plural, i)
	case t.x().isDay && (foreign || !t.x().foreign && t.upper):
		m.value = withPod(f.shiftWeekday(w, t.x().weekday, i, m.j), pod)
	case t.x().month != 0 && (t.x().english && t.upper || foreign && t.x().foreign):
		m.value = fmt.Sprintf("%04d-%02d", f.shiftMonthYear(w, int(t.x().month)), t.x().month)
	case t.x().season != "":
		m.value = f.shiftSeason(w, t.x().season)
	case pod != "":
		m.value = f.shiftPartOfDay(w, pod)
	case t.x().num != 0 || t.x().word == wA:
		return f.consumeUnit(i, k) // "last two years", "past few days"
	default:
		return match{}, false
	}
	return m, true
}

// possessive reports a possessive determiner at k: "on her last night" is
// hers, not the night before the document date. "Her" after a verb is its
// object: "the union endorsed her last summer".
func (f *finder) possessive(k int) bool {
	s := f.tokStr(k)
	if foldIs(s, "her") {
		return !f.verbAt(k - 1)
	}
	return foldIs(s, "his", "their", "my", "our", "your", "its", "whose")
}

// weekEnd returns the index after "-end" when the page writes "week-end";
// else m.j.
func (f *finder) weekEnd(t *token, m match) int {
	if t.x().unit == uWeek && f.punct(m.j, "-") && f.glued(m.j) && strings.EqualFold(f.tokStr(m.j+1), "end") {
		return m.j + 2
	}
	return m.j
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
func (f *finder) shiftUnit(w word, u unit, plural bool, i int) string {
	if plural || w == wComing {
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

// shiftMonthYear gives the year of "last March", the latest March before
// the document's month; of "next March", the first after it; of "this
// March", the document's.
func (f *finder) shiftMonthYear(w word, m int) int {
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
	return y
}

// seasonOrder numbers the seasons within a TIMEX year; winter 2025 runs
// from December 2025 to February 2026.
var seasonOrder = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}
var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

// shiftSeason: "this summer" is the document year's, "last summer" the
// latest summer before the current season, "next summer" the first after.
func (f *finder) shiftSeason(w word, s string) string {
	y, m := f.doc.Year(), int(f.doc.Month())
	now := y*4 + seasonOfMonth(m)
	if m <= 2 {
		now -= 4 // January and February belong to the winter of the year before
	}
	want := seasonOrder[s]
	idx := y*4 + want // "this summer" is the document year's
	if m <= 2 && s == "WI" {
		idx -= 4 // "this winter" in January is the one under way
	}
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

// shiftPartOfDay: "last night" is the night of the day before, "this
// morning" today's morning.
func (f *finder) shiftPartOfDay(w word, pod string) string {
	switch w {
	case wLast:
		return withPod(dayValue(f.doc.AddDate(0, 0, -1)), pod)
	case wThis:
		return withPod(dayValue(f.doc), pod)
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
		n = int(t.num)
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
	if f.hasDoc {
		m.value = f.agoValue(u.x().unit, n)
	}
	return m, true
}

// agoValue is the document date moved back n units, at the unit's
// granularity.
func (f *finder) agoValue(u unit, n int) string {
	d := f.doc
	switch u {
	case uDay:
		return dayValue(d.AddDate(0, 0, -n))
	case uWeek:
		y, w := d.AddDate(0, 0, -7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case uMonth:
		return time.Date(d.Year(), d.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case uYear:
		return fmt.Sprintf("%04d", d.Year()-n)
	}
	return ""
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

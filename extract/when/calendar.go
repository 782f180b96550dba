package when

import (
	"strings"
	"time"
)

// gran is the granularity of a calendar point.
type gran uint8

const (
	gDay gran = iota + 1
	gMonth
	gYear
	gDecade
	gCentury
	gWeekday
	gSeason
	gQuarter
	gHalf
)

// point is a calendar expression before it is resolved against the
// document date: any of year, month and day may be missing.
type point struct {
	g       gran
	y, m, d int // 0 when the text does not give it
	wd      time.Weekday
	hasWD   bool   // the text names the day of the week
	season  string // TIMEX season code for gSeason
	dEnd    int    // the last day of a range written day first: "24–26 October"
	yEnd    int    // the last year of a span written as one: "2015-16"
	named   bool   // a named day whose date is not known: "Super Tuesday"
	pod     string // TIMEX part of the day: "Tuesday night" is NI
	shift   word   // wLast or wNext for "lundi dernier", "el pasado lunes"
	start   bool   // the day opens a span: "from Thursday", "dès lundi"
	n       int    // the quarter (1–4) or the half (1–2) of gQuarter, gHalf
	i, j    int    // tokens [i, j)
}

// point parses the calendar expression starting at token i, if any.
func (f *finder) point(i int) (point, bool) {
	t := &f.toks[i]
	switch t.kind {
	case kWord:
		if t.x().isDay {
			return f.weekday(i)
		}
		if t.x().month != 0 {
			return f.monthFirst(i)
		}
		if t.x().season != "" {
			return f.seasonYear(i)
		}
		if t.x().ord != 0 || t.x().num != 0 {
			return f.ordinalLed(i)
		}
		if t.str(f.text) == "Q" {
			return f.quarterMark(i)
		}
	case kNum:
		if p, ok := f.numeric(i); ok {
			return p, true
		}
		if p, ok := f.dayFirst(i); ok {
			return p, true
		}
		if p, ok := f.century(i); ok {
			return p, true
		}
		return f.yearLed(i)
	case kPunct:
		if t.str(f.text) == "'" || t.str(f.text) == "’" || t.str(f.text) == "‘" {
			return f.shortDecade(i)
		}
	}
	return point{}, false
}

// month reads a month name at k ("November", "Nov.", "März", "mars") and
// returns its number and the index after it (and after an abbreviation's
// dot). An English name must be capitalised ("may" is a verb); an
// abbreviation needs a dot or a number after it.
func (f *finder) month(k int) (m, next int, ok bool) {
	t := f.tok(k)
	if t == nil || t.kind != kWord || t.x().month == 0 {
		return 0, 0, false
	}
	next = k + 1
	// Only an abbreviation owns the dot after it: "in August." ends a sentence.
	dot := t.x().abbr && f.punct(next, ".") && f.glued(next)
	if dot {
		next++
	}
	switch {
	case t.x().abbr:
		if !t.upper && !dot {
			return 0, 0, false
		}
		if !dot && f.tokKind(next) != kNum {
			return 0, 0, false
		}
	case t.x().foreign:
		// Lower case in French, Spanish, Italian, Portuguese and Dutch;
		// capitalised in German.
	case !t.upper:
		return 0, 0, false
	}
	return int(t.x().month), next, true
}

func (f *finder) tokKind(k int) kind {
	if t := f.tok(k); t != nil {
		return t.kind
	}
	return 0
}

// day reads a day of the month at k: a number 1–31 of at most two digits,
// with an optional ordinal suffix ("19th", "1er", "1º") or, when dotted
// is set, a German ordinal dot ("14."). It is not a day when the number is
// part of a time ("3:30"), a decimal or a larger number.
func (f *finder) day(k int, dotted bool) (d, next int, ok bool) {
	t := f.tok(k)
	if t == nil || t.kind != kNum || t.digits > 2 || t.num < 1 || t.num > 31 {
		return 0, 0, false
	}
	if f.partOfNumber(k) || f.punct(k+1, ":") && f.glued(k+1) {
		return 0, 0, false
	}
	next = k + 1
	switch {
	case f.word(next) == wOrdinal && f.glued(next):
		next++
	case dotted && f.punct(next, ".") && f.glued(next):
		next++
	}
	return int(t.num), next, true
}

// partOfNumber reports whether the number at k is glued to digits by a
// comma or a dot on either side: "2,000", "1.5", "19.11".
func (f *finder) partOfNumber(k int) bool {
	if f.punct(k+1, ",.") && f.glued(k+1) && f.tokKind(k+2) == kNum && f.glued(k+2) {
		return true
	}
	return f.punct(k-1, ",.") && f.glued(k) && f.tokKind(k-2) == kNum && f.glued(k-1)
}

// year reads a four-digit year at k (1000–2199) that is not part of a
// larger number.
func (f *finder) year(k int) (y, next int, ok bool) {
	t := f.tok(k)
	if t == nil || t.kind != kNum || t.digits != 4 || t.num < 1000 || t.num > 2199 {
		return 0, 0, false
	}
	if f.partOfNumber(k) {
		return 0, 0, false
	}
	return int(t.num), k + 1, true
}

// yearAfter reads an optional year after a month or a day: ", 2025",
// " 2025", " de 2026", " of 2016".
func (f *finder) yearAfter(k int) (y, next int, ok bool) {
	if f.punct(k, ",") || f.word(k) == wDe || f.word(k) == wOf {
		k++
	}
	y, next, ok = f.year(k)
	if !ok || f.punct(next, "-/") && f.glued(next) && f.tokKind(next+1) == kNum && f.glued(next+1) {
		return 0, 0, false // the year of "2025-11-19" or "2015-16" is not this date's
	}
	return y, next, true
}

// monthFirst parses "November 19, 2025", "Nov. 19", "Oct. 24–26" (the
// range is read later), "November 2025", "March of 2016" and a month alone
// where the context says it is one ("in August").
func (f *finder) monthFirst(i int) (point, bool) {
	m, k, ok := f.month(i)
	if !ok {
		return point{}, false
	}
	foreign := f.toks[i].x().foreign
	if d, k2, ok := f.day(k, false); ok && !foreign && f.dayFits(m, d) {
		p := point{g: gDay, m: m, d: d, i: i, j: k2}
		if y, k3, ok := f.yearAfter(k2); ok {
			p.y, p.j = y, k3
		} else if y, k3, ok := f.relYearAfter(k2); ok {
			p.y, p.j = y, k3
		}
		return p, true
	}
	if y, k2, ok := f.yearAfter(k); ok && !f.capitalisedForeign(i) {
		return point{g: gMonth, m: m, y: y, i: i, j: k2}, true
	}
	if y, k2, ok := f.relYearAfter(k); ok && !foreign {
		return point{g: gMonth, m: m, y: y, i: i, j: k2}, true
	}
	if foreign {
		if w, ok := f.postShift(k); ok && f.hasDoc {
			return point{g: gMonth, m: m, y: f.shiftMonthYear(w, m), i: i, j: k + 1}, true
		}
		if !f.foreignAlone(i) {
			return point{}, false
		}
	} else if !f.monthAlone(i) {
		return point{}, false
	}
	// "that November" points back to a year the text gave before.
	return point{g: gMonth, m: m, i: i, j: k, named: f.anaphoric(i, k)}, true
}

// anaphoric reports a demonstrative "that" before the expression at
// tokens [i, j): "in that October speech", "lost to Nixon that November."
// are of a time the text spoke of before, not the document's. "That" is a
// demonstrative after a preposition, or when the expression ends a clause;
// otherwise it opens a clause ("stated that Thursday's debate was").
func (f *finder) anaphoric(i, j int) bool {
	if !strings.EqualFold(f.tokStr(i-1), "that") {
		return false
	}
	switch f.word(i - 2) {
	case wIn, wAt, wOn, wBy, wDuring, wOf, wFor, wFrom, wUntil, wSince, wAfter, wBefore, wThrough:
		return true
	}
	n := f.tok(j)
	return n == nil || !f.sameSentence(j-1, j) || n.kind == kPunct && !isQuote(n.str(f.text)) && n.str(f.text) != "-"
}

// dayFits reports whether day d exists in month m of some year.
func (f *finder) dayFits(m, d int) bool {
	return d <= daysIn(m, 2024)
}

// capitalisedForeign reports a foreign month name that is capitalised and
// also an English word: "Mars 2020" is a rover, not March.
func (f *finder) capitalisedForeign(i int) bool {
	t := &f.toks[i]
	return t.x().foreign && t.upper && (t.str(f.text) == "Mars" || t.str(f.text) == "MARS")
}

// monthAlone reports whether an English month name with no day or year
// after it is the month and not a name, a verb or a noun: a month needs a
// word before it that introduces a time ("in", "since", "early", "last"),
// or must at least not sit inside a run of capitalised names.
func (f *finder) monthAlone(i int) bool {
	t := &f.toks[i]
	if t.x().abbr && !f.punct(i+1, ".") {
		return false
	}
	prev := i - 1
	if f.punct(prev, "-") && f.glued(i) {
		prev-- // mid-March
	}
	if p := f.tok(prev); p != nil && p.kind == kWord && p.x().introM {
		return true // German "Ende April", "im August": names English shares
	}
	switch f.word(prev) {
	case wIn, wSince, wUntil, wThrough, wFrom, wTo, wBy, wBefore, wAfter,
		wDuring, wFor, wEarly, wLate, wMid, wOf, wBetween:
		return !f.nameAfter(i)
	case wAnd, wOr:
		return f.tok(prev-1) != nil && f.tok(prev-1).x().month != 0
	case wEvery, wLast, wNext, wThis:
		return false // a set, or handled as a relative expression
	}
	if t.str(f.text) == "May" || t.str(f.text) == "March" || t.str(f.text) == "MAY" || t.str(f.text) == "MARCH" {
		return false // a verb, a noun or a name unless the context says otherwise
	}
	return !f.nameBefore(i) && !f.nameAfter(i) && !f.toks[i].newline
}

// dayFirst parses "19 November 2025", "14. März 2026", "14 de marzo de
// 2026", "1er mars", "the 19th of November" and "24–26 October 2025".
func (f *finder) dayFirst(i int) (point, bool) {
	d, k, ok := f.day(i, true)
	if !ok {
		return point{}, false
	}
	d2 := 0
	if f.punct(k, dash) {
		if n, k2, ok := f.day(k+1, true); ok && n > d {
			if _, _, ok := f.month(k2); ok {
				d2, k = n, k2
			}
		}
	}
	if f.word(k) == wOf || f.word(k) == wDe {
		k++
	}
	m, k, ok := f.month(k)
	if !ok || !f.dayFits(m, d) {
		return point{}, false
	}
	p := point{g: gDay, m: m, d: d, i: i, j: k}
	if y, k2, ok := f.yearAfter(k); ok {
		p.y, p.j = y, k2
	} else if y, k2, ok := f.relYearAfter(k); ok {
		p.y, p.j = y, k2
	}
	if d2 != 0 {
		// A range written day first: the end shares the month and year;
		// the caller sees it as a day point with the end day kept aside.
		p.dEnd = d2
	}
	return p, true
}

// relYearAfter reads "of last year", "of this year", "of next year" after
// a date: "June 16th of last year". It needs the document date.
func (f *finder) relYearAfter(k int) (y, next int, ok bool) {
	if !f.hasDoc || f.word(k) != wOf {
		return 0, 0, false
	}
	n := 0
	switch f.word(k + 1) {
	case wLast:
		n = -1
	case wThis:
	case wNext:
		n = 1
	default:
		return 0, 0, false
	}
	if t := f.tok(k + 2); t == nil || t.x().unit != uYear || t.x().plural {
		return 0, 0, false
	}
	return f.doc.Year() + n, k + 3, true
}

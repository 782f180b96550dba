package when

import (
	"fmt"
	"strings"
)

// Parts of years and of days: quarters and halves ("the first quarter",
// "third-quarter", "the second half of 2026", "Q3 2025"), the spelled
// centuries ("the twentieth century"), the parts of the day ("Tuesday
// night" is TIMEX3's "2026-02-24TNI"), "the end of the year" and "the
// summer".

// podAt reads a part of the day at k, after a weekday or a deictic day:
// "night", "soir", "Abend", "après-midi", "por la tarde". It returns the
// TIMEX3 code and the index after it.
func (f *finder) podAt(k int) (code string, next int, ok bool) {
	t := f.tok(k)
	if t == nil || t.kind != kWord || !f.sameSentence(k-1, k) {
		return "", 0, false
	}
	switch w := t.str(f.text); {
	case foldIs(w, "après", "apres"):
		if f.punct(k+1, "-") && strings.EqualFold(f.tokStr(k+2), "midi") {
			return "AF", k + 3, true
		}
	case foldIs(w, "por", "a", "de"):
		// Spanish "el lunes por la tarde", "ayer a la noche".
		if f.tokStr(k+1) == "la" {
			if n := f.tok(k + 2); n != nil && n.kind == kWord && n.x().pod != "" {
				return n.x().pod, k + 3, true
			}
		}
		return "", 0, false
	}
	x := t.x()
	switch {
	case x.pod == "":
		return "", 0, false
	case x.word == wPartOfDay, x.word == wYesterday:
	case x.word == wTomorrow && t.upper && x.capNoun:
		// German "Morgen" is the morning, "morgen" tomorrow.
	default:
		return "", 0, false
	}
	return x.pod, k + 1, true
}

// withPod appends a part of the day to a day's value.
func withPod(day, pod string) string {
	if pod == "" || day == "" {
		return day
	}
	return day + "T" + pod
}

// postShift reports a foreign "last" or "next" at k that follows the word
// it modifies: "l’an dernier", "lundi prochain", "el año pasado".
func (f *finder) postShift(k int) (word, bool) {
	t := f.tok(k)
	if t == nil || t.kind != kWord || t.x().mod&modPost == 0 || !f.sameSentence(k-1, k) {
		return wNone, false
	}
	if w := t.x().word; w == wLast || w == wNext {
		return w, true
	}
	return wNone, false
}

// startsSpan reports whether a word that opens a span comes before token
// i: "from Thursday", "ab Montag", "dès lundi", "a partir del lunes". A
// span that a verb right before opens takes that verb's tense ("were
// hammered out beginning on Sunday"); one that belongs to a noun ("called a
// strike from Thursday") is announced ahead.
func (f *finder) startsSpan(i int) bool {
	k := i - 1
	for n := 0; n < 2; n++ {
		if foldIs(f.tokStr(k), "de", "del", "du", "le", "el", "dem", "den", "the", "on") {
			k--
		}
	}
	w := f.tokStr(k)
	if foldIs(w, "from") && foldIs(f.tokStr(k-1), "aside", "apart", "away", "far", "different") {
		return false // "aside from Tuesday night"
	}
	return foldIs(w, startWords...) && !f.verbAt(k-1) && !f.verbAt(k-2)
}

// verbAt reports a word at k that is a verb by its form: a tense cue, a
// form of "be", a participle in "-ed" ("hammered out from Sunday").
func (f *finder) verbAt(k int) bool {
	t := f.tok(k)
	if t == nil || t.kind != kWord {
		return false
	}
	w := t.str(f.text)
	return f.cue(k) != tenseNone || beForms[strings.ToLower(w)] ||
		len(w) >= 4 && strings.HasSuffix(w, "ed") && !notPast[strings.ToLower(w)]
}

// rangeFollows reports whether a range word and a weekday follow at k:
// "from Monday to Friday" is a span in whatever tense the sentence has.
func (f *finder) rangeFollows(k int) bool {
	if !f.punct(k, dash) && !f.toWord(k, false) {
		return false
	}
	t := f.tok(k + 1)
	return t != nil && t.kind == kWord && t.x().isDay
}

// ordinalLed parses what starts with an ordinal word: "the twentieth
// century", "twenty-first-century", "the first quarter", "third-quarter",
// "the second half of 2026".
func (f *finder) ordinalLed(i int) (point, bool) {
	n, k := int(f.toks[i].x().ord), i+1
	if n == 0 {
		// "twenty-first": a tens word, a hyphen and an ordinal.
		t := f.tok(i + 2)
		if f.toks[i].x().num < 20 || !f.punct(i+1, "-") || t == nil || t.x().ord == 0 || t.x().ord > 9 {
			return point{}, false
		}
		n, k = int(f.toks[i].x().num)+int(t.x().ord), i+3
	}
	if f.punct(k, "-") && f.glued(k) {
		k++
	}
	t := f.tok(k)
	if t == nil || t.kind != kWord {
		return point{}, false
	}
	switch {
	case t.x().word == wCentury && !t.x().plural && strings.EqualFold(t.str(f.text), "century"):
		return point{g: gCentury, y: n - 1, i: i, j: k + 1}, true
	case t.x().unit == uQuarter && !t.x().plural && n <= 4:
		return f.partOfYear(point{g: gQuarter, n: n, i: i, j: k + 1})
	case strings.EqualFold(t.str(f.text), "half") && n <= 2:
		return f.partOfYear(point{g: gHalf, n: n, i: i, j: k + 1})
	}
	return point{}, false
}

// quarterMark parses "Q3" and "Q3 2025".
func (f *finder) quarterMark(i int) (point, bool) {
	t := f.tok(i + 1)
	if t == nil || t.kind != kNum || !f.glued(i+1) || t.digits != 1 || t.num < 1 || t.num > 4 {
		return point{}, false
	}
	if n := f.tok(i + 2); n != nil && !n.space && (n.kind == kWord || n.kind == kNum) {
		return point{}, false // "Q3x", a model name
	}
	return f.partOfYear(point{g: gQuarter, n: int(t.num), i: i, j: i + 2})
}

// partOfYear completes a quarter or a half with its year: "of 2026", " 2025",
// "of last year", "of the year" (the document's). Without one, a quarter
// is a quarter of a year only in business reporting ("sales fell in the
// first quarter"; a game has quarters too), and a half never is ("the
// second half" of a match).
func (f *finder) partOfYear(p point) (point, bool) {
	if y, k, ok := f.yearAfter(p.j); ok {
		p.y, p.j = y, k
		return p, true
	}
	if y, k, ok := f.relYearAfter(p.j); ok {
		p.y, p.j = y, k
		return p, true
	}
	if f.word(p.j) == wOf && f.word(p.j+1) == wThe && f.tok(p.j+2) != nil &&
		f.toks[p.j+2].x().unit == uYear && !f.toks[p.j+2].x().plural {
		p.j += 3
		if f.hasDoc {
			p.y = f.doc.Year()
		}
		return p, true
	}
	if p.g == gQuarter && f.businessSentence(p.i) {
		return p, true
	}
	return point{}, false
}

// businessSentence reports whether the sentence of token i speaks of
// money: sales, earnings, growth, a percentage.
func (f *finder) businessSentence(i int) bool {
	s := f.toks[i].sentence
	for k := i; k >= 0 && f.toks[k].sentence == s; k-- {
		if f.toks[k].x().money || f.toks[k].kind == kPunct && f.toks[k].str(f.text) == "%" {
			return true
		}
	}
	for k := i + 1; k < len(f.toks) && f.toks[k].sentence == s; k++ {
		if f.toks[k].x().money || f.toks[k].kind == kPunct && f.toks[k].str(f.text) == "%" {
			return true
		}
	}
	return false
}

// partValue gives a quarter or a half its value. Without a year it is the
// document year's when it has begun by the document date; one still to
// come is this year's in a future sentence and last year's otherwise.
func (f *finder) partValue(p point) string {
	per, mark := 3, "Q" // months in the part
	if p.g == gHalf {
		per, mark = 6, "H"
	}
	if p.y == 0 {
		if !f.hasDoc {
			return ""
		}
		p.y = f.doc.Year()
		begun := (p.n-1)*per < int(f.doc.Month())
		if !begun && f.tense(p.i, p.j) != tenseFuture {
			p.y--
		}
	}
	return fmt.Sprintf("%04d-%s%d", p.y, mark, p.n)
}

// theEnd parses "the end of the year", "the beginning of the month", "the
// middle of the week": the document's own year, month or week, as TIMEX3
// gives them without the modifier. "The end of the day" is an idiom.
func (f *finder) theEnd(i int) (match, bool) {
	if !foldIs(f.tokStr(i+1), "end", "beginning", "start", "middle", "close") {
		return match{}, false
	}
	if f.word(i+2) != wOf || f.word(i+3) != wThe {
		return match{}, false
	}
	t := f.tok(i + 4)
	if t == nil || t.kind != kWord || t.x().plural {
		return match{}, false
	}
	m := match{i: i, j: i + 5}
	switch t.x().unit {
	case uWeek, uMonth, uQuarter, uYear:
	default:
		return match{}, false
	}
	if f.hasDoc {
		m.value = f.shiftUnit(wThis, t.x().unit, false, i)
	}
	return m, true
}

// theSeason parses "the spring", "the summer" after a word that places it
// ("in the spring", "over the summer"): the season the tense points to.
// "The fall of 2015" is read at the season; "in summer", with no article,
// is habitual and left out.
func (f *finder) theSeason(i int) (match, bool) {
	t := f.tok(i + 1)
	if t == nil || t.kind != kWord || t.x().season == "" || t.x().foreign || f.word(i+2) == wOf {
		return match{}, false
	}
	switch f.word(i - 1) {
	case wIn, wDuring, wBy, wUntil, wThrough, wSince, wBefore, wAfter:
	default:
		if !strings.EqualFold(f.tokStr(i-1), "over") && !strings.EqualFold(f.tokStr(i-1), "throughout") {
			return match{}, false
		}
	}
	m := match{i: i, j: i + 2}
	if f.hasDoc {
		m.value = f.seasonValue(point{g: gSeason, season: t.x().season, i: i, j: i + 2})
	}
	return m, true
}

// seasonValue gives a season without a year its value: after "last" or
// "next", or by the tense: the latest one begun for the past, the current
// or next one for the future, the nearest otherwise.
func (f *finder) seasonValue(p point) string {
	if p.y != 0 {
		return fmt.Sprintf("%04d-%s", p.y, p.season)
	}
	if p.shift != wNone {
		return f.shiftSeason(p.shift, p.season)
	}
	y, m := f.doc.Year(), int(f.doc.Month())
	if m <= 2 {
		y-- // January and February belong to the winter of the year before
	}
	now := y*4 + seasonOfMonth(m)
	idx := y*4 + seasonOrder[p.season] // this TIMEX year's
	switch f.tense(p.i, p.j) {
	case tensePast:
		if idx > now {
			idx -= 4
		}
	case tenseFuture:
		if idx < now {
			idx += 4
		}
	default:
		if idx-now > 2 {
			idx -= 4
		} else if now-idx > 1 {
			idx += 4
		}
	}
	return fmt.Sprintf("%04d-%s", idx/4, seasonCodes[idx%4])
}

package when

import (
	"sort"
	"strings"
	"time"
)

// Reach of an attribution's date, in tokens: "said in an interview with
// CNN on Tuesday" puts six words between the cue and the date; a longer
// gap is usually another clause.
const (
	saidAfterReach  = 8
	saidBeforeReach = 14
)

// SaidOn returns the day that an attribution gives for its statement, as
// "YYYY-MM-DD". cueStart and cueEnd are the code-point offsets in text of
// the attribution's cue ("said", "told", "according to"); doc is the
// document date that relative days resolve against. To date many quotes of
// one text, Scan it once and call Text.SaidOn.
func SaidOn(text string, cueStart, cueEnd int, doc time.Time) (value string, ok bool) {
	return Scan(text, doc).SaidOn(cueStart, cueEnd)
}

// SaidOn returns the day that the attribution whose cue lies at code-point
// offsets [cueStart, cueEnd) gives for its statement, as "YYYY-MM-DD".
//
// The date must belong to the attribution, not to what was said: it
// follows the cue within a few words ("said Tuesday", "told reporters on
// Oct. 3", "said in a statement on Monday"), or opens the sentence before
// the cue ("On Tuesday, Dmitriev said"), with no quotation mark, clause
// ("that") or other verb between. ok is false when the attribution gives
// no date, or one coarser than a day ("last week").
func (t *Text) SaidOn(cueStart, cueEnd int) (value string, ok bool) {
	if cueStart < 0 || cueEnd <= cueStart {
		return "", false
	}
	toks := t.f.toks
	ci := sort.Search(len(toks), func(k int) bool { return int(toks[k].end) > cueStart })
	cj := ci
	for cj < len(toks) && int(toks[cj].start) < cueEnd {
		cj++
	}
	if ci >= cj {
		return "", false
	}
	return t.f.saidOn(t.matches, ci, cj)
}

// saidOn picks, among the text's matches, the date attached to the cue at
// tokens [ci, cj).
func (f *finder) saidOn(matches []match, ci, cj int) (string, bool) {
	var before, after *match
	for _, m := range matches {
		if m.value == "" || !isDay(m.value) || !f.sameSentence(m.i, ci) {
			continue
		}
		m.value = m.value[:len("2006-01-02")] // "said Tuesday night": the day
		switch {
		case m.i >= cj && m.i-cj <= saidAfterReach && f.clear(cj, m.i) && after == nil:
			mm := m
			after = &mm
		case m.j <= ci && ci-m.j <= saidBeforeReach && f.clear(m.j, ci):
			mm := m
			before = &mm
		}
	}
	switch {
	case after != nil:
		return after.value, true
	case before != nil:
		return before.value, true
	}
	return "", false
}

// clear reports whether tokens [a, b) hold nothing that starts another
// clause or quotation: a quotation mark, "that", a colon, or a verb that
// marks a tense.
func (f *finder) clear(a, b int) bool {
	for k := a; k < b; k++ {
		t := &f.toks[k]
		switch t.kind {
		case kPunct:
			if isQuote(t.str(f.text)) || t.str(f.text) == ":" || t.str(f.text) == ";" {
				return false
			}
		case kWord:
			if strings.EqualFold(t.str(f.text), "that") || f.cue(k) != tenseNone && t.x().word == wNone {
				return false
			}
		}
	}
	return true
}

// isDay reports whether a value names one day, or a part of one:
// "2025-11-18", "2025-11-18TNI".
func isDay(v string) bool {
	return len(v) >= 10 && v[4] == '-' && v[7] == '-' && (len(v) == 10 || v[10] == 'T')
}

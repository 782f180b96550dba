package when

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Reach of an attribution's date, in tokens: "said in an interview with
// CNN on Tuesday" puts six words between the cue and the date; a longer
// gap is usually another clause.
const (
	saidAfterReach  = 8
	saidBeforeReach = 14
)

// window is how many bytes around the cue SaidOn reads: a long sentence.
const window = 600

// SaidOn returns the day that an attribution gives for its statement, as
// "YYYY-MM-DD". cueStart and cueEnd are the code-point offsets in text of
// the attribution's cue ("said", "told", "according to"); doc is the
// document date that relative days resolve against.
//
// The date must belong to the attribution, not to what was said: it
// follows the cue within a few words ("said Tuesday", "told reporters on
// Oct. 3", "said in a statement on Monday"), or opens the sentence before
// the cue ("On Tuesday, Dmitriev said"), with no quotation mark, clause
// ("that") or other verb between. ok is false when the attribution gives
// no date, or one coarser than a day ("last week").
func SaidOn(text string, cueStart, cueEnd int, doc time.Time) (value string, ok bool) {
	if cueStart < 0 || cueEnd < cueStart {
		return "", false
	}
	cb, ce := byteOffset(text, cueStart), byteOffset(text, cueEnd)
	if cb < 0 || ce < 0 {
		return "", false
	}
	lo, hi := max(0, cb-window), min(len(text), ce+window)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	f := newFinder(text[lo:hi], doc)
	loCP := utf8.RuneCountInString(text[:lo])
	ci, cj := -1, -1
	for k, t := range f.toks {
		if t.start+loCP < cueEnd && t.end+loCP > cueStart {
			if ci < 0 {
				ci = k
			}
			cj = k + 1
		}
	}
	if ci < 0 {
		return "", false
	}
	return f.saidOn(ci, cj)
}

// saidOn picks the date attached to the cue at tokens [ci, cj).
func (f *finder) saidOn(ci, cj int) (string, bool) {
	var before, after *match
	for i := 0; i < len(f.toks); {
		m, ok := f.at(i)
		if !ok {
			i++
			continue
		}
		i = m.j
		if m.value == "" || !isDay(m.value) || !f.sameSentence(m.i, ci) {
			continue
		}
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

// isDay reports whether a value names one day: "2025-11-18".
func isDay(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-'
}

// byteOffset converts a code-point offset in s to a byte offset; -1 when
// it lies beyond s.
func byteOffset(s string, cp int) int {
	n := 0
	for b := range s {
		if n == cp {
			return b
		}
		n++
	}
	if n == cp {
		return len(s)
	}
	return -1
}

package when

import (
	"strings"
	"unicode/utf8"
)

// cueReach is how many tokens either side of an expression are searched
// for a tense cue: a clause or two, so that a verb in another part of a
// long sentence does not decide.
const cueReach = 15

// tense tells whether the clause around tokens [i, j) speaks of the past
// or the future, from the nearest verb or adverb that marks a tense: "said
// on Tuesday" is past, "will meet on Tuesday" future. The expression's own
// clause decides first; when it has no cue, the sentence around it.
func (f *finder) tense(i, j int) tense {
	if t := f.clauseTense(i, j, true); t != tenseNone {
		return t
	}
	return f.clauseTense(i, j, false)
}

// clauseTense finds the cue nearest to tokens [i, j); ties go to the cue
// before them. The search stops at a quotation mark, a semicolon or a
// colon, and, inClause, at a word that opens another clause ("that",
// "after", ", and"), whose verb is not the expression's. "Since" before
// the expression puts it in the past.
func (f *finder) clauseTense(i, j int, inClause bool) tense {
	if f.word(i-1) == wSince {
		return tensePast
	}
	s := f.toks[i].sentence
	best, bestDist := tenseNone, cueReach+1
	for k := i - 1; k >= 0 && i-k <= cueReach && f.toks[k].sentence == s; k-- {
		if f.clauseEdge(k) || inClause && k < i-1 && f.opensClause(k, false) {
			break
		}
		if t := f.cue(k); t != tenseNone {
			best, bestDist = t, i-k
			break
		}
	}
	for k := j; k < len(f.toks) && k-j+1 < bestDist && f.toks[k].sentence == s; k++ {
		if f.clauseEdge(k) || inClause && f.opensClause(k, true) && !f.aboutDate(k, j) {
			break
		}
		if t := f.cue(k); t != tenseNone {
			return t
		}
	}
	return best
}

// aboutDate reports a relative clause at k that describes the expression
// ending at j, and whose verb therefore tells its tense: "In October, when
// a vacancy arose", "the first quarter, which ended March 31".
func (f *finder) aboutDate(k, j int) bool {
	if k == j+1 && f.punct(j, ",") || k == j {
		return foldIs(f.toks[k].str(f.text), "when", "which")
	}
	return false
}

// clauseEdge reports a mark that ends a clause in either direction: a
// quotation mark (a quotation has its own tense), a semicolon, a colon, a
// question mark ("—¿Y si no llueve en otoño? —le preguntó": the question
// is not the narrator's). The apostrophe of a possessive ("Britain's") is
// no quotation mark.
func (f *finder) clauseEdge(k int) bool {
	t := &f.toks[k]
	if t.kind != kPunct {
		return false
	}
	s := t.str(f.text)
	if isQuote(s) {
		return !f.possessiveMark(k)
	}
	switch s {
	case ";", ":", "?", "¿":
		return true
	}
	return false
}

// possessiveMark reports an apostrophe at k between a word and a glued
// "s": "Britain's", "Tuesday’s".
func (f *finder) possessiveMark(k int) bool {
	p, n := f.tok(k-1), f.tok(k+1)
	return p != nil && n != nil && p.kind == kWord && !f.toks[k].space && !n.space &&
		n.kind == kWord && n.e-n.b == 1 && (f.text[n.b] == 's' || f.text[n.b] == 'S')
}

// opensClause reports a word at k that opens a clause of its own: a
// relative or complement clause ("that", "which"), and, looking forward, a
// subordinate clause ("after talks broke down") or a coordinate one after
// a comma (", and affected workers will").
func (f *finder) opensClause(k int, forward bool) bool {
	t := &f.toks[k]
	if t.kind != kWord {
		return false
	}
	switch w := t.str(f.text); {
	case len(w) > 8:
		return false
	case foldIs(w, "that", "which", "who"):
		return true
	case foldIs(w, "after", "before", "when", "because", "although", "though", "while", "whereas", "if", "unless"):
		return forward
	case foldIs(w, "and", "but"):
		return forward && f.punct(k-1, ",")
	}
	return false
}

// cue returns the tense that the word at k marks, if any.
func (f *finder) cue(k int) tense {
	if k < 0 || k >= len(f.toks) {
		return tenseNone
	}
	t := &f.toks[k]
	if t.kind != kWord {
		return tenseNone
	}
	if t.upper && k > 0 && f.toks[k-1].sentence == t.sentence {
		return tenseNone // a name ("Will Hurd", "Said Jalili") or a title word
	}
	if t.e-t.b == 5 && f.word(k+1) == wOf && strings.EqualFold(t.str(f.text), "ahead") {
		return tenseFuture // "ahead of voting Tuesday"; "move ahead with" tells nothing
	}
	past := t.x().tense == tensePast ||
		t.x().tense == tenseNone && len(t.str(f.text)) >= 4 && strings.HasSuffix(t.str(f.text), "ed") && !notPast[strings.ToLower(t.str(f.text))]
	if t.x().german && !f.german() {
		return tenseNone // English "war", "hat"
	}
	if t.x().tense == tenseNone {
		if c := cueSuffix(t.str(f.text)); c != tenseNone {
			return c
		}
	}
	if !past {
		if t.x().toFuture && f.word(k+1) != wTo && f.word(k+1) != wFor {
			return tenseNone // "its advertising plans", "set a record"
		}
		return t.x().tense
	}
	// A participle after a form of "be" is passive or an adjective ("is
	// expected", "will be held"), not a past tense.
	if p := f.tok(k - 1); p != nil && p.kind == kWord && beForms[strings.ToLower(p.str(f.text))] {
		return tenseNone
	}
	return tensePast
}

// cueSuffix reads the tense that Spanish, Portuguese and Italian mark in
// an accented ending: "aprobó" is past, "reunirá" and "revisará" future.
func cueSuffix(w string) tense {
	if len(w) < 5 || w[len(w)-1] < utf8.RuneSelf && w[len(w)-1] != 'n' {
		return tenseNone // most words: ASCII, with no accent at the end
	}
	switch {
	case strings.HasSuffix(w, "ó"):
		return tensePast
	case strings.HasSuffix(w, "rá"), strings.HasSuffix(w, "rán"), strings.HasSuffix(w, "rà"):
		return tenseFuture
	}
	return tenseNone
}

// notPast are words ending in "ed" that are not past forms.
var notPast = map[string]bool{
	"indeed": true, "proceed": true, "succeed": true, "exceed": true, "hundred": true,
	"speed": true, "breed": true, "creed": true, "greed": true, "embed": true, "need": true,
	"feed": true, "seed": true, "bleed": true, "shred": true, "heed": true, "weed": true,
	"reed": true, "deed": true, "shed": true, "sled": true, "bred": true, "sped": true,
}

var beForms = map[string]bool{
	"is": true, "are": true, "be": true, "been": true, "being": true, "am": true,
	"was": true, "were": true, "get": true, "gets": true,
}

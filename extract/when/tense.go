package when

import "strings"

// cueReach is how many tokens either side of an expression are searched
// for a tense cue: a clause or two, so that a verb in another part of a
// long sentence does not decide.
const cueReach = 15

// tense tells whether the sentence around tokens [i, j) speaks of the past
// or the future, from the nearest verb or adverb that marks a tense: "said
// on Tuesday" is past, "will meet on Tuesday" future. Ties go to the cue
// before the expression.
func (f *finder) tense(i, j int) tense {
	s := f.toks[i].sentence
	best, bestDist := tenseNone, cueReach+1
	for k := i - 1; k >= 0 && i-k <= cueReach && f.toks[k].sentence == s; k-- {
		if f.toks[k].kind == kPunct && isQuote(f.toks[k].str(f.text)) {
			break // a quotation has its own tense
		}
		if t := f.cue(k); t != tenseNone {
			best, bestDist = t, i-k
			break
		}
	}
	for k := j; k < len(f.toks) && k-j+1 < bestDist && f.toks[k].sentence == s; k++ {
		if f.toks[k].kind == kPunct && isQuote(f.toks[k].str(f.text)) {
			break
		}
		if t := f.cue(k); t != tenseNone {
			return t
		}
	}
	return best
}

// cue returns the tense that the word at k marks, if any.
func (f *finder) cue(k int) tense {
	t := &f.toks[k]
	if t.kind != kWord {
		return tenseNone
	}
	if t.upper && k > 0 && f.toks[k-1].sentence == t.sentence {
		return tenseNone // a name ("Will Hurd", "Said Jalili") or a title word
	}
	past := t.x().tense == tensePast ||
		t.x().tense == tenseNone && len(t.str(f.text)) >= 4 && strings.HasSuffix(t.str(f.text), "ed") && !notPast[strings.ToLower(t.str(f.text))]
	if !past {
		return t.x().tense
	}
	// A participle after a form of "be" is passive or an adjective ("is
	// expected", "will be held"), not a past tense.
	if p := f.tok(k - 1); p != nil && p.kind == kWord && beForms[strings.ToLower(p.str(f.text))] {
		return tenseNone
	}
	return tensePast
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

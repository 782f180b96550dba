package quote

import "github.com/whosaid/whosaid/extract/token"

// Helpers of the attribution rules for reported speech: who the source is
// when the subject is a possessive, a passive agent or an introduction,
// and which words stand between a subject and its cue.

// passiveClause reports whether cue c is a participle of asking that opens
// a passive clause of its own, with its agent after "by": at the start of
// the sentence, after a comma or dash, or after a conjunction of time or
// condition ("when asked by a reporter"). k is the token before the cue
// and its auxiliaries.
func (f *finder) passiveClause(c cue, k, s0 int) bool {
	tx := f.tx
	if c.according || c.participle || !tx.Is(c.span.To, "by") || !askedWords[tx.Lower(c.span.From)] {
		return false
	}
	if k < s0 || isDelim(tx, k) {
		return true
	}
	switch tx.Lower(k) {
	case "when", "if", "once", "after", "as", "while", "until", "unless", "before", "whenever":
		return true
	}
	return false
}

// askedWords are the participles of asking, whose agent is the one who
// speaks: "asked by a reporter".
var askedWords = map[string]bool{
	"asked": true, "questioned": true, "pressed": true, "challenged": true, "quizzed": true,
	"prompted": true, "interviewed": true, "urged": true, "invited": true,
}

// possessor returns the possessive before the noun cue at i, past a
// modifier or two ("his recent call", "Trump’s repeated claims"): the
// pronoun, or the name before "’s". It returns an empty span when there
// is none.
func (f *finder) possessor(i, s0 int) token.Span {
	tx := f.tx
	j := i - 1
	for n := 0; n < 2 && j > s0 && tx.Tokens[j].Kind == token.Word && (isAdverb(tx.Lower(j)) || cueModifiers[tx.Lower(j)]); n++ {
		j--
	}
	if j < s0 || tx.Tokens[j].Kind != token.Word {
		return token.Span{}
	}
	switch w := tx.Lower(j); {
	case w == "his" || w == "their" || w == "its" || w == "our" || w == "my":
		return token.Span{From: j, To: j + 1}
	case (w == "’s" || w == "'s") && tx.Tokens[j].Has(token.Possessive) && !f.subjectPronounAt(j):
		if m, _ := f.leftNP(j-1, s0); m.Len() > 0 && m.To == j {
			return m
		}
	}
	return token.Span{}
}

// cueModifiers stand between a possessive and a noun cue: "his recent
// call", "her own admission".
var cueModifiers = map[string]bool{
	"recent": true, "latest": true, "earlier": true, "repeated": true, "own": true,
	"new": true, "public": true, "previous": true, "first": true, "initial": true,
	"continued": true, "frequent": true, "stated": true, "past": true, "private": true,
	"long": true, "deep": true, "strong": true, "renewed": true, "persistent": true,
}

// adjunctOpeners open a clause of time, cause or condition after a cue,
// which is not what was said: "said when she resigned".
var adjunctOpeners = map[string]bool{
	"when": true, "while": true, "after": true, "before": true, "because": true, "since": true,
	"although": true, "though": true, "as": true, "if": true, "until": true, "once": true,
}

// subjectAdverbs stand between a subject and its verb like the -ly
// adverbs: "which together vowed", "perhaps recognizing".
var subjectAdverbs = map[string]bool{
	"together": true, "perhaps": true, "jointly": true, "likewise": true, "instead": true,
	"nonetheless": true, "nevertheless": true, "meanwhile": true, "therefore": true,
}

// introPhrase reports whether the words before the comma at b only
// introduce the clause that follows the attribution: "During his seven
// years in office, Mr. Obama said, a majority of Americans have come to
// believe …". They open with a preposition, hold no verb of their own
// that a comma or "that" would show, and a clause follows the group
// after a comma.
func (f *finder) introPhrase(g group, b int) bool {
	tx := f.tx
	from := f.afterDateline(g.s0)
	if b-from > introLong || !tx.IsPunct(g.after, ",") || g.after+1 >= g.sentEnd ||
		!introPrepositions[tx.Lower(from)] || f.cueAtTok(g.after+1) {
		return false
	}
	for i := from; i < b; i++ {
		if tx.Tokens[i].Kind != token.Word && tx.Tokens[i].Kind != token.Number || tx.Is(i, "that") || f.cueAtTok(i) {
			return false
		}
	}
	w := tx.Lower(g.after + 1)
	return !npStops[w] && !relatives[w]
}

// introLong is the length in tokens up to which a prepositional phrase
// before a set-off attribution is taken for an introduction.
const introLong = 12

// introPrepositions open a phrase of time, place or manner, never a clause.
var introPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "for": true, "with": true,
	"under": true, "despite": true, "amid": true, "throughout": true, "unlike": true,
	"like": true, "from": true, "over": true, "of": true, "among": true, "inside": true,
	"outside": true, "beyond": true, "within": true, "without": true,
}

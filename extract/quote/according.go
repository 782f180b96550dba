package quote

import (
	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// Attributions whose source is not the subject before the cue: "according
// to X", a cue whose object is only the person told, a publisher before a
// colon.

// according reads "according to X, …" and "…, according to X".
func (f *finder) according(c cue) (attr, bool) {
	tx := f.tx
	sent := tx.SentOf(c.span.From)
	sentEnd := sentenceEnd(tx, sent.Span)
	a := attr{cue: c.span, from: -1}
	// The source runs from after "to" to the next comma or the end.
	j := c.span.To
	reach := 14
	if f.opensSentence(c.span.From) {
		reach = 30 // "According to a 52-count civil complaint filed by …, …"
	}
	for j < sentEnd && !tx.IsPunct(j, ",") && !tx.IsPunct(j, ";") && j-c.span.To < reach {
		j++
	}
	a.src = f.nounPhrase(c.span.To, j)
	if a.src.Len() == 0 && j-c.span.To <= accordingMax && j > c.span.To && tx.Tokens[c.span.To].Kind == token.Word {
		// "according to federal statistics": whatever the phrase, it is
		// the source the writer names.
		a.src = token.Span{From: c.span.To, To: j}
	}
	if a.src.Len() == 0 {
		return a, false
	}
	before := c.span.From
	if tx.IsPunct(before-1, ",") {
		before--
	}
	from := f.afterDateline(sent.From)
	// "But, according to the poll, Trump leads": a conjunction or a short
	// introduction before the phrase is no clause; the clause follows.
	stub := before-from <= accordingStub || f.introOnly(from, before)
	switch {
	case before > sent.From && !(stub && tx.IsPunct(j, ",") && j+1 < sentEnd):
		a.parts = []token.Span{{From: from, To: before}}
	case tx.IsPunct(j, ",") && j+1 < sentEnd:
		a.parts = []token.Span{{From: j + 1, To: sentEnd}}
	default:
		return a, false
	}
	a.partial = f.quotesIn(a.parts[0].From, a.parts[0].To)
	return a, true
}

// accordingStub is the most tokens before a mid-sentence "according to X,"
// that are taken for an introduction rather than the reported clause.
const accordingStub = 2

// addresseeOnly reports whether a verb of telling set off after a clause
// ends its sentence with only whom it was told: "He had been completing
// his second year, a school spokesman told The Wall Street Journal.",
// "…, Defense Secretary Ash Carter told a Senate panel Wednesday." A few
// words with no "that", mark or cue among them are the addressee and its
// adjuncts; the clause before the comma is the content.
func (f *finder) addresseeOnly(c cue, g group) bool {
	tx := f.tx
	switch tx.Lower(c.span.From) {
	case "told", "tells", "tell":
	default:
		return false
	}
	if g.after >= g.sentEnd || g.sentEnd-g.after > addresseeMax {
		return false
	}
	// The one told: a name ("The Wall Street Journal", "a Senate
	// panel") or a person's pronoun or plural; not a thing ("a joke").
	h := g.after
	if determiners[tx.Lower(h)] && h+1 < g.sentEnd {
		h++
	}
	if !tx.Tokens[h].Has(token.Upper) && !toldObjects[tx.Lower(g.after)] {
		return false
	}
	if b := g.start - 1; b <= g.s0 || !tx.IsPunct(b, ",") {
		return false
	}
	for i := g.after; i < g.sentEnd; i++ {
		t := tx.Tokens[i]
		if t.Kind != token.Word && t.Kind != token.Number || tx.Is(i, "that") || f.cueAtTok(i) {
			return false
		}
	}
	return true
}

// addresseeMax is the most tokens an addressee and its adjuncts take.
const addresseeMax = 7

// toldObjects are the lower-case words that name whom something is told.
var toldObjects = map[string]bool{
	"me": true, "us": true, "him": true, "her": true, "them": true, "reporters": true,
	"journalists": true, "supporters": true, "voters": true, "lawmakers": true,
}

// publisher reports whether sp names an organization or a document: in
// "Poll: Clinton leads", "AP: Trump chair routed money" the label before
// the colon says who reports the rest, as a person's name does.
func (f *finder) publisher(sp token.Span) bool {
	if sp.Len() == 0 {
		return false
	}
	if docHeads[f.tx.Lower(sp.To-1)] {
		return true
	}
	// An agency's acronym: "AP: …", "CNN: …"; a longer word in capitals
	// is a label ("WARNING: …").
	if sp.Len() != 1 || f.people == nil || len(f.tx.Text(sp.From)) > 4 || !f.tx.Tokens[sp.From].Has(token.AllUpper) {
		return false
	}
	m, ok := f.people.At(sp.From)
	return ok && m.Actor >= 0 && f.people.KindOf(m.Actor) == actor.Organization
}

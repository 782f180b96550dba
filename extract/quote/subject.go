package quote

import (
	"strings"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// The words between a cue and its content, and the subject of a clause.

// skipAdjuncts returns the first token of the content after a cue that ends
// at from: past the addressee of a verb of telling and past adjuncts of time
// and place that a comma, colon, "that" or quotation mark closes.
func (f *finder) skipAdjuncts(from, end int) int {
	tx := f.tx
	p := from
	if p > 0 && tellVerbs[tx.Lower(p-1)] && p < end {
		p = f.skipObject(p, end)
	}
	for n := 0; n < 3 && p < end; n++ {
		w := tx.Lower(p)
		switch {
		case timeWords[w]:
			p++
			if dayParts[tx.Lower(p)] && p < end {
				p++ // "said Friday afternoon"
			}
		case w == "to" && f.infinitive(p+1):
			return p // "declined to comment": the complement, not an adjunct
		case prepositions[w]:
			b := p + 1
			for b < end && b-p < 9 && !f.isBoundary(b) {
				b++
			}
			if b < end && !f.isBoundary(b) {
				return p // no boundary near: the phrase may be the content
			}
			if b >= end && objectPrepositions[w] && p == from {
				return p // "agreed with Mr. Trump on the issue.": the object is the content
			}
			p = f.thatAfterComma(b, end)
		default:
			return p
		}
	}
	return p
}

// thatAfterComma returns the "that" which follows the comma at b after a
// short place or aside ("said at a stop in Toledo, Ohio, that …"), or b
// when there is none.
func (f *finder) thatAfterComma(b, end int) int {
	tx := f.tx
	if !tx.IsPunct(b, ",") {
		return b
	}
	for i := b + 1; i < end && i-b <= 5; i++ {
		if tx.IsPunct(i, ",") && tx.Is(i+1, "that") {
			return i + 1
		}
		if tx.Is(i, "that") && i == b+1 {
			return i
		}
		if tx.Tokens[i].Kind != token.Word || !tx.Tokens[i].Has(token.Upper) {
			return b
		}
	}
	return b
}

// infinitive reports whether token i, after "to", reads as a verb rather
// than the start of a noun phrase ("to comment", not "to reporters" or "to
// the crowd").
func (f *finder) infinitive(i int) bool {
	tx := f.tx
	if i >= len(tx.Tokens) || tx.Tokens[i].Kind != token.Word || tx.Tokens[i].Flags&(token.Upper|token.AllUpper) != 0 {
		return false
	}
	w := tx.Lower(i)
	return !determiners[w] && !possessives[w] && !objectPronouns[w] && !addressees[w]
}

// objectPronouns stand after "to" as its object: "said to him".
var objectPronouns = map[string]bool{
	"him": true, "her": true, "them": true, "me": true, "us": true, "you": true, "it": true,
	"whom": true, "which": true, "what": true,
}

// addressees are the plural nouns a statement is made to: "told to reporters".
var addressees = map[string]bool{
	"reporters": true, "voters": true, "supporters": true, "journalists": true, "viewers": true,
	"listeners": true, "lawmakers": true, "donors": true, "followers": true, "members": true,
	"students": true, "workers": true, "people": true, "residents": true, "readers": true,
	"delegates": true, "officials": true, "investors": true, "employees": true,
}

// isBoundary reports whether token i closes an adjunct: , : that or an
// opening quotation mark.
func (f *finder) isBoundary(i int) bool {
	tx := f.tx
	return tx.IsPunct(i, ",") || tx.IsPunct(i, ":") || tx.Is(i, "that") || f.quoteOpenAt(i) >= 0
}

// skipObject skips the addressee after a verb of telling: a name, a pronoun
// or a short noun phrase ("reporters", "the crowd").
func (f *finder) skipObject(p, end int) int {
	tx := f.tx
	if f.people != nil {
		if m, ok := f.people.At(p); ok && m.RoleFrom == p {
			return m.To
		}
	}
	switch tx.Lower(p) {
	case "him", "them", "me", "us", "you", "reporters", "voters", "supporters",
		"journalists", "viewers", "listeners", "lawmakers", "donors", "followers":
		return p + 1
	case "the", "a", "an", "his", "her", "their":
		for j := p + 1; j < end && j-p <= 3; j++ {
			if f.isBoundary(j) || tx.Is(j, "he") || tx.Is(j, "she") || tx.Is(j, "they") {
				return j
			}
		}
	}
	return p
}

// mainSubject returns the subject of the clause a participle cue hangs from
// (", adding that …"): the source of an earlier attribution in the same
// sentence, else the subject that opens the sentence, after an
// introductory phrase set off by a comma.
func (f *finder) mainSubject(i, s0 int) token.Span {
	best := -1
	for k, a := range f.attrs {
		// An attribution inside a relative clause ("an architect who said
		// he was stiffed") is not the clause the participle hangs from.
		if a.cue.From >= s0 && a.cue.From < i && a.src.Len() > 0 && !f.relative(a.src) &&
			(best < 0 || a.cue.From > f.attrs[best].cue.From) {
			best = k
		}
	}
	if best >= 0 {
		return f.attrs[best].src
	}
	tx := f.tx
	start := f.afterDateline(s0)
	for start < i && (f.inQuote(start) || tx.Tokens[start].Kind == token.Punct) {
		start++
	}
	// Introductions may follow one another: "Now, after arguing that …,
	// his team is suggesting".
	for n := 0; n < 3 && start < i && f.opensIntro(start); n++ {
		found := false
		for k := start; k < i; k++ {
			if tx.IsPunct(k, ",") {
				start, found = k+1, true
				break
			}
		}
		if !found {
			// "After saying her foot was swollen, she was whisked off":
			// the cue is in the introduction; the subject follows it.
			return f.subjectAfterIntro(i)
		}
	}
	// The subject ends before its verb: read the noun phrase that ends at
	// the last word of the opening run of name, role and descriptor words.
	end := start
	for end < i && end-start < 12 {
		if f.people != nil {
			if m, ok := f.people.At(end); ok {
				if end == start && m.To < i && f.verbLike(m.To) {
					// "Scott beamed and asked": the name, not "Scott beamed".
					return token.Span{From: m.From, To: m.To}
				}
				end = m.To
				continue
			}
		}
		t := tx.Tokens[end]
		w := tx.Lower(end)
		if t.Kind != token.Word && t.Kind != token.Number || npStops[w] && !npInner[w] || auxAdverbs[w] && end > start {
			break
		}
		if pronounSources[w] {
			return token.Span{From: end, To: end + 1}
		}
		if end-1 > start && determiners[w] && f.verbBefore(end) {
			// "the senator left the room, saying …": a second noun
			// phrase opens after the verb; the subject ends before it.
			end--
			break
		}
		end++
	}
	if end == start {
		return token.Span{}
	}
	m, _ := f.leftNP(end-1, start)
	// "Its founder, chef Rosalind de la Vega, is 71 and says …": the name
	// set off after the subject is who it is.
	if tx.IsPunct(end, ",") && f.people != nil {
		for k := end + 1; k < i && k-end <= 6; k++ {
			if tx.IsPunct(k, ",") {
				if pm, ok := f.people.At(k - 1); ok && pm.To == k && pm.RoleFrom >= end+1 && pm.Actor >= 0 {
					return token.Span{From: pm.From, To: pm.To}
				}
				break
			}
		}
	}
	return m
}

// subjectAfterIntro returns the pronoun or name that opens the clause
// after the introductory phrase holding the cue at i, or an empty span.
func (f *finder) subjectAfterIntro(i int) token.Span {
	tx := f.tx
	end := sentenceEnd(tx, tx.SentOf(i).Span)
	for k := i; k < end && k-i < 40; k++ {
		if !tx.IsPunct(k, ",") || f.inQuote(k) {
			continue
		}
		n := k + 1
		if n < end && pronounSources[tx.Lower(n)] {
			return token.Span{From: n, To: n + 1}
		}
		if m, ok := f.mentionAt(n); ok && m.From == n && m.Actor >= 0 {
			return token.Span{From: m.From, To: m.To}
		}
		if n < end && determiners[tx.Lower(n)] {
			// "…, his team is suggesting": a short noun phrase up to
			// its auxiliary or cue.
			for e := n + 1; e < end && e-n <= 6 && tx.Tokens[e].Kind == token.Word; e++ {
				if auxAdverbs[tx.Lower(e)] || f.cueAtTok(e) {
					if m, _ := f.leftNP(e-1, n); m.From == n {
						return m
					}
					break
				}
			}
		}
		break
	}
	return token.Span{}
}

// verbLike reports whether token j, right after a name, reads as its
// verb: a lower-case word that continues no noun phrase.
func (f *finder) verbLike(j int) bool {
	tx := f.tx
	t := tx.Tokens[j]
	if t.Kind != token.Word || t.Flags&(token.Upper|token.AllUpper) != 0 || t.Has(token.Possessive) {
		return false
	}
	w := tx.Lower(j)
	return !npInner[w] && !npStops[w] && !determiners[w] && !auxAdverbs[w] && !isAdverb(w) && w != "who" && w != "which"
}

// relative reports whether sp is a relative pronoun: who, which, that.
func (f *finder) relative(sp token.Span) bool {
	return sp.Len() == 1 && (f.tx.Is(sp.From, "who") || f.tx.Is(sp.From, "which") || f.tx.Is(sp.From, "that"))
}

// introParticiple reports whether token i, a sentence's first word, is a
// participle that opens an introductory phrase: "Led by envoy Steve
// Witkoff, the proposal …", "Speaking on Sunday, she …". A capitalized
// word after it makes it a name instead ("Ted Cruz").
func (f *finder) introParticiple(i int) bool {
	w := f.tx.Lower(i)
	if len(w) > 4 && strings.HasSuffix(w, "ing") {
		return true
	}
	next := i + 1
	return len(w) > 2 && strings.HasSuffix(w, "ed") && next < len(f.tx.Tokens) &&
		f.tx.Tokens[next].Kind == token.Word && f.tx.Tokens[next].Flags&(token.Upper|token.AllUpper) == 0
}

// afterDateline returns the first token after a dateline that opens the
// sentence at s0 ("WASHINGTON (AP) —", "Washington (AFP) –", "NEW YORK,
// Nov. 19 (UPI) —"), or s0 when there is none.
func (f *finder) afterDateline(s0 int) int {
	tx := f.tx
	end := tx.SentOf(s0).To
	paren := false
	for i := s0; i < end && i-s0 < 12; i++ {
		t := tx.Tokens[i]
		switch {
		case t.Kind == token.Punct && (tx.Text(i) == "\u2014" || tx.Text(i) == "\u2013" || tx.Text(i) == "\u2015" || tx.Text(i) == "--" || tx.Text(i) == "-"):
			if i > s0 {
				return i + 1
			}
			return s0
		case t.Kind == token.Punct && (tx.Text(i) == "(" || tx.Text(i) == ")" || tx.Text(i) == ","):
			paren = paren || tx.Text(i) == "("
		case t.Kind == token.Number:
		case t.Kind == token.Word && (t.Flags&(token.Upper|token.AllUpper) != 0 || paren):
		default:
			return s0
		}
	}
	return s0
}

// ofPhrase reads the phrase a name closes when it only qualifies an earlier
// head: "Jonas Albrecht of the passenger association Fahrgastverband Nord"
// is Jonas Albrecht; "ein Mitarbeiter der Stadtverwaltung" is the
// employee, not the administration.
func (f *finder) ofPhrase(m actor.Mention, s0 int) (token.Span, int, bool) {
	tx := f.tx
	j := m.RoleFrom - 1
	for n := 0; j > s0 && n < 4 && tx.Tokens[j].Kind == token.Word && !ofWords[tx.Lower(j)]; n++ {
		if tx.Tokens[j].Flags&(token.Upper|token.AllUpper) != 0 && !determiners[tx.Lower(j)] {
			return token.Span{}, 0, false
		}
		j--
	}
	if j <= s0 || !ofWords[tx.Lower(j)] || tx.Tokens[j-1].Kind != token.Word {
		return token.Span{}, 0, false
	}
	if pm, ok := f.people.At(j - 1); ok && pm.To == j && pm.Actor >= 0 && f.people.KindOf(pm.Actor) == actor.Person {
		return token.Span{From: pm.From, To: pm.To}, f.extendDeterminers(pm.RoleFrom, s0), true
	}
	// A descriptor before it: from its article to the end of the name.
	for k := j - 1; k >= s0 && j-k <= 4; k-- {
		if tx.Tokens[k].Kind != token.Word {
			break
		}
		if indefinite[tx.Lower(k)] || definiteArticles[tx.Lower(k)] {
			return token.Span{From: k, To: m.To}, k, true
		}
	}
	return token.Span{}, 0, false
}

// ofWords link a head to the name that qualifies it.
var ofWords = map[string]bool{"of": true, "der": true, "des": true, "de": true, "del": true, "du": true, "at": true, "from": true, "with": true, "to": true, "for": true}

// tellVerbs take the addressee as object before the content: "told Axios
// (that) …", "assured voters …".
var tellVerbs = map[string]bool{
	"told": true, "tells": true, "tell": true, "telling": true, "asked": true, "asks": true,
	"ask": true, "asking": true, "assured": true, "warned": true, "reminded": true,
	"informed": true, "urged": true, "promised": true,
}

// timeWords stand between a cue and its content without being either.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
	"earlier": true, "later": true, "recently": true, "again": true, "also": true,
	"repeatedly": true, "previously": true, "publicly": true, "privately": true,
	"flatly": true, "bluntly": true, "simply": true, "then": true, "now": true,
}

// dayParts name a part of the day after a day: "Friday afternoon".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// objectPrepositions open the object of a cue rather than an adjunct when
// nothing follows it in the sentence: "agreed with …", "asked for …".
var objectPrepositions = map[string]bool{
	"with": true, "for": true, "over": true, "about": true, "of": true, "against": true,
}

// prepositions open an adjunct that may sit between a cue and its
// content: "said in a statement that", "told reporters on Tuesday that".
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "to": true, "via": true,
	"from": true, "with": true, "before": true, "after": true, "through": true, "over": true,
	"for": true, "late": true, "last": true, "this": true, "early": true,
}

// opensIntro reports whether token k opens an introductory phrase set off
// by a comma before a sentence's subject: a preposition or time word
// ("In 1986, …", "After the vote, …", "Now, …"), a participle phrase, or a
// sentence adverb standing alone before its comma ("Besides, …",
// "Meanwhile, …", "Ultimately, …").
func (f *finder) opensIntro(k int) bool {
	tx := f.tx
	w := tx.Lower(k)
	if prepositions[w] || timeWords[w] || w == "after" || w == "as" || w == "while" || f.introParticiple(k) {
		return true
	}
	return tx.IsPunct(k+1, ",") && (sentenceAdverbs[w] || isAdverb(w))
}

// sentenceAdverbs are the linking adverbs that open a sentence before a
// comma.
var sentenceAdverbs = map[string]bool{
	"besides": true, "meanwhile": true, "however": true, "still": true, "instead": true,
	"indeed": true, "moreover": true, "separately": true, "yet": true, "thus": true,
	"otherwise": true, "nonetheless": true, "nevertheless": true, "furthermore": true,
}

// verbBefore reports whether the word before the determiner at j reads as
// the verb that ends a subject: lower case, no preposition, determiner or
// possessive.
func (f *finder) verbBefore(j int) bool {
	tx := f.tx
	p := tx.Tokens[j-1]
	if p.Kind != token.Word || p.Flags&(token.Upper|token.AllUpper) != 0 || p.Has(token.Possessive) {
		return false
	}
	w := tx.Lower(j - 1)
	return !npInner[w] && !determiners[w] && !npStops[w] && !auxAdverbs[w] && !isAdverb(w)
}

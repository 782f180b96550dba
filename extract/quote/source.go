package quote

import (
	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// leftNP finds the source noun phrase that ends at token k (the word before
// a cue and its auxiliaries), not reaching before s0. It returns the
// mention (the name, pronoun or descriptor) and where the whole subject
// starts, which is earlier when an apposition sits between name and cue:
// "Brian Fallon, a spokesman for Mrs. Clinton, said".
func (f *finder) leftNP(k, s0 int) (mention token.Span, start int) {
	tx := f.tx
	if k < s0 {
		return token.Span{}, k + 1
	}
	if tx.IsPunct(k, ",") {
		// An apposition closed by this comma: find the comma that opens it.
		for j := k - 1; j > s0 && k-j <= 16; j-- {
			if tx.IsPunct(j, ",") {
				if m, st := f.leftNP(j-1, s0); m.Len() > 0 && !tx.IsPunct(j-1, ",") && f.isAppositive(j+1, k) {
					return m, st
				}
				break
			}
			if tx.Tokens[j].Kind == token.Quote || f.inQuote(j) {
				break
			}
		}
		return token.Span{}, k + 1
	}
	if tx.IsPunct(k, ")") {
		// A parenthesis after a name: "Rep. Bobby Scott (D-Va.) said".
		for j := k - 1; j > s0 && k-j <= 8; j-- {
			if tx.IsPunct(j, "(") {
				if m, st := f.leftNP(j-1, s0); m.Len() > 0 {
					return m, st
				}
				break
			}
		}
		return token.Span{}, k + 1
	}
	if tx.Tokens[k].Kind != token.Word || f.inQuote(k) {
		return token.Span{}, k + 1
	}
	w := tx.Lower(k)
	if pronounSources[w] || relatives[w] && w != "that" {
		return token.Span{From: k, To: k + 1}, k
	}
	if f.people != nil {
		if m, ok := f.people.At(k); ok && m.To == k+1 {
			start := m.RoleFrom
			for start > s0 && tx.Tokens[start-1].Kind == token.Word && determiners[tx.Lower(start-1)] {
				start--
			}
			return token.Span{From: m.From, To: m.To}, start
		}
	}
	if npStops[w] || determiners[w] && w != "one" && w != "both" && w != "some" && w != "many" && w != "most" && w != "all" {
		return token.Span{}, k + 1
	}
	j := k
	for n := 0; j > s0 && n < 8; n++ {
		p := j - 1
		t := tx.Tokens[p]
		if t.Kind != token.Word && t.Kind != token.Number || f.inQuote(p) {
			break
		}
		pw := tx.Lower(p)
		if determiners[pw] {
			j = p
			break
		}
		if npStops[pw] && pw != "with" && pw != "for" && pw != "of" && pw != "about" && pw != "to" && pw != "on" && pw != "in" {
			break
		}
		j = p
	}
	// A descriptor must end in a noun that can speak or publish.
	if !roleLike(w) {
		return token.Span{}, k + 1
	}
	return token.Span{From: j, To: k + 1}, j
}

// roleLike reports whether a lower-cased noun heads a phrase that can be a
// source: a role, an organization, a document.
func roleLike(w string) bool {
	return actor.IsRoleNoun(w) || docHeads[w] || actor.IsOrgHead(w)
}

// isAppositive reports whether tokens [from, to) read as an apposition: a
// determiner or a role word first, and a role-like noun somewhere.
func (f *finder) isAppositive(from, to int) bool {
	tx := f.tx
	if from >= to {
		return false
	}
	first := tx.Lower(from)
	if !determiners[first] && !actor.IsRoleNoun(first) && !tx.Tokens[from].Has(token.Upper) && first != "former" {
		return false
	}
	for i := from; i < to; i++ {
		if actor.IsRoleNoun(tx.Lower(i)) || actor.IsOrgHead(tx.Lower(i)) {
			return true
		}
	}
	return false
}

// rightNP finds a source after the cue: "…," said Mr. Sanders / said one
// official. It stops at punctuation and at words that open a clause.
func (f *finder) rightNP(from, end int) token.Span {
	tx := f.tx
	j := from
	for j < end && j-from < 10 {
		t := tx.Tokens[j]
		if t.Kind != token.Word && t.Kind != token.Number || f.inQuote(j) {
			break
		}
		if w := tx.Lower(j); j > from && (npStops[w] && w != "of" && w != "for") || w == "that" {
			break
		}
		j++
	}
	return f.nounPhrase(from, j)
}

// nounPhrase returns the source mention inside [from, to): the first name
// there, else the phrase up to a relative clause when it ends in a
// role-like noun.
func (f *finder) nounPhrase(from, to int) token.Span {
	tx := f.tx
	if from >= to {
		return token.Span{}
	}
	if f.people != nil {
		for i := from; i < to; i++ {
			if m, ok := f.people.At(i); ok && m.From >= from && m.To <= to {
				return token.Span{From: m.From, To: m.To}
			}
		}
	}
	if to-from == 1 && pronounSources[tx.Lower(from)] {
		return token.Span{From: from, To: to}
	}
	end := from
	for end < to && !tx.Is(end, "who") && !tx.Is(end, "which") && !tx.Is(end, "that") {
		end++
	}
	for end > from && !roleLike(tx.Lower(end-1)) {
		end--
	}
	if end == from {
		return token.Span{}
	}
	return token.Span{From: from, To: end}
}

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

// prepositions open an adjunct that may sit between a cue and its
// content: "said in a statement that", "told reporters on Tuesday that".
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "to": true, "via": true,
	"from": true, "with": true, "before": true, "after": true, "through": true, "over": true,
	"for": true, "late": true, "last": true, "this": true, "early": true,
}

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
		case prepositions[w]:
			b := p + 1
			for b < end && b-p < 9 && !f.isBoundary(b) {
				b++
			}
			if b < end && !f.isBoundary(b) {
				return p // no boundary near: the phrase may be the content
			}
			p = b
		default:
			return p
		}
	}
	return p
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
// sentence, else the first name or pronoun of the sentence.
func (f *finder) mainSubject(i, s0 int) token.Span {
	for k := len(f.attrs) - 1; k >= 0; k-- {
		a := f.attrs[k]
		if a.cue.From < s0 {
			break
		}
		if a.src.Len() > 0 {
			return a.src
		}
	}
	tx := f.tx
	for k := s0; k < i; k++ {
		if f.inQuote(k) {
			continue
		}
		if tx.Tokens[k].Kind == token.Word && pronounSources[tx.Lower(k)] {
			return token.Span{From: k, To: k + 1}
		}
		if f.people != nil {
			if m, ok := f.people.At(k); ok {
				return token.Span{From: m.From, To: m.To}
			}
		}
		if tx.Tokens[k].Kind == token.Word && actor.IsRoleNoun(tx.Lower(k)) {
			// "A White House official emphasized …, adding …"
			j := k
			for j > s0 && tx.Tokens[j-1].Kind == token.Word && !npStops[tx.Lower(j-1)] {
				j--
			}
			return token.Span{From: j, To: k + 1}
		}
	}
	return token.Span{}
}

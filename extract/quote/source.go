package quote

import (
	"strings"

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
	none := token.Span{}
	if k < s0 || f.inQuote(k) {
		return none, k + 1
	}
	t := tx.Tokens[k]
	switch {
	case isDelim(tx, k):
		return f.apposed(k, s0)
	case tx.IsPunct(k, ")"):
		// A parenthesis after a name: "Rep. Bobby Scott (D-Va.) said".
		for j := k - 1; j > s0 && k-j <= 8; j-- {
			if tx.IsPunct(j, "(") {
				return f.leftNP(j-1, s0)
			}
		}
		return none, k + 1
	case t.Kind == token.Number && isDelim(tx, k-1):
		return f.leftNP(k-2, s0) // an age: "Ki Hong, 33, said"
	case t.Kind != token.Word:
		return none, k + 1
	}
	w := tx.Lower(k)
	if pronounSources[w] || w == "who" || w == "which" {
		return token.Span{From: k, To: k + 1}, k
	}
	if timeNames[w] {
		return none, k + 1 // "said Tuesday", "on Tuesday, …"
	}
	if f.people != nil {
		if m, ok := f.people.At(k); ok && m.To == k+1 {
			if sp, st, ok := f.ofPhrase(m, s0); ok {
				return sp, st
			}
			return token.Span{From: m.From, To: m.To}, f.extendDeterminers(m.RoleFrom, s0)
		}
	}
	if t.Has(token.Upper) && (!functionWord(w) || f.midSentence(k)) {
		j := f.capitalRun(k, s0)
		return token.Span{From: j, To: k + 1}, j
	}
	if npStops[w] && !quantities[w] || determiners[w] && !quantities[w] {
		return none, k + 1
	}
	j := k
	// Any noun phrase right before its cue is its subject; the head need
	// not be a known role ("the organizers said", "the newspaper said").
	found := !isAdverb(w) && tx.Tokens[k].Kind == token.Word && !strings.HasSuffix(w, "ing")
	for n := 0; j > s0 && n < 12; n++ {
		p := j - 1
		pt := tx.Tokens[p]
		if pt.Kind != token.Word && pt.Kind != token.Number || f.inQuote(p) {
			break
		}
		pw := tx.Lower(p)
		if determiners[pw] {
			j = p
			found = found || quantities[pw]
			// "sources familiar with the proposal": the determiner opens
			// the object of a preposition inside a longer phrase.
			if p-2 >= s0 && npInner[tx.Lower(p-1)] && tx.Tokens[p-2].Kind == token.Word && !npStops[tx.Lower(p-2)] && n < 10 {
				j = p - 1
				continue
			}
			break
		}
		if npStops[pw] && !npInner[pw] {
			break
		}
		j = p
	}
	if !found {
		return none, k + 1
	}
	return token.Span{From: j, To: k + 1}, j
}

// timeNames are capitalized or plain words of time that stand where a
// source could: "Tuesday", "October", "the day".
var timeNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan.": true, "feb.": true,
	"aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true, "day": true,
	"week": true, "month": true, "year": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "minutes": true, "hours": true,
	"days": true, "weeks": true, "months": true, "years": true, "today": true,
	"yesterday": true, "tonight": true, "time": true, "moment": true, "meanwhile": true,
	"however": true, "instead": true, "too": true, "though": true, "then": true,
}

// possessives are determiners that name someone: "his campaign".
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "sa": true, "su": true, "sein": true, "seine": true}

// npInner are words that may stand inside a source phrase though they stop
// it elsewhere: "a person familiar with the matter", "voters in Iowa".
var npInner = map[string]bool{
	"with": true, "for": true, "of": true, "in": true, "from": true, "at": true, "on": true,
	"about": true, "by": true, "to": true,
}

// quantities head phrases of unnamed people: "nearly half said", "most".
var quantities = map[string]bool{
	"half": true, "third": true, "thirds": true, "quarter": true, "majority": true,
	"minority": true, "most": true, "some": true, "many": true, "few": true, "others": true,
	"all": true, "both": true, "percent": true, "plurality": true, "none": true, "one": true,
}

// isDelim reports whether token k closes an apposition: a comma or a dash.
func isDelim(tx *token.Text, k int) bool {
	return tx.IsPunct(k, ",") || tx.IsPunct(k, "\u2014") || tx.IsPunct(k, "--") || tx.IsPunct(k, "\u2013")
}

// apposed reads the source before a comma or dash at k: the name before an
// apposition ("Jim Clyburn, a Democratic congressman, said"; "Joe Bateman,
// who traveled from Illinois, says") or a name set off after a role ("A top
// strategist, John Weaver, tells").
func (f *finder) apposed(k, s0 int) (token.Span, int) {
	tx := f.tx
	for j := k - 1; j >= s0 && k-j <= 40; j-- {
		if f.inQuote(j) || tx.Tokens[j].Kind == token.Quote {
			break
		}
		if !isDelim(tx, j) {
			continue
		}
		part := token.Span{From: j + 1, To: k}
		if part.Len() == 1 && (timeNames[tx.Lower(part.From)] || isAdverb(tx.Lower(part.From))) {
			return f.leftNP(j, s0) // ", meanwhile," and the like: look past it
		}
		if f.isName(part) {
			_, st := f.leftNP(j-1, s0)
			return part, min(st, j+1)
		}
		if f.isAppositive(part.From, part.To) {
			if m, st := f.leftNP(j-1, s0); m.Len() > 0 {
				return m, st
			}
		}
		break
	}
	return token.Span{}, k + 1
}

// isName reports whether sp is exactly one name.
func (f *finder) isName(sp token.Span) bool {
	if sp.Len() <= 0 {
		return false
	}
	if f.people != nil {
		if m, ok := f.people.At(sp.To - 1); ok && m.To == sp.To && m.RoleFrom >= sp.From && m.From <= sp.From+1 {
			return true
		}
	}
	return false
}

// capitalRun returns the first token of the run of capitalized words (with
// initials and name particles) that ends at k: a name the actor set did not
// know, as in a headline ("Bush Says …").
func (f *finder) capitalRun(k, s0 int) int {
	tx := f.tx
	j := k
	for j > s0 && k-j < 4 {
		p := j - 1
		pt := tx.Tokens[p]
		if pt.Kind != token.Word || pt.Has(token.Possessive) || f.inQuote(p) {
			break
		}
		if !pt.Has(token.Upper) && !pt.Has(token.AllUpper) || functionWord(tx.Lower(p)) && !f.midSentence(p) {
			break
		}
		j = p
	}
	return j
}

// extendDeterminers moves a subject's start back over determiners.
func (f *finder) extendDeterminers(start, s0 int) int {
	for start > s0 && f.tx.Tokens[start-1].Kind == token.Word && determiners[f.tx.Lower(start-1)] {
		start--
	}
	return start
}

// midSentence reports whether token k is inside a sentence set in normal
// case, where a capital tells a name even on a word like "Will".
func (f *finder) midSentence(k int) bool {
	s := f.tx.SentOf(k)
	if k <= s.From {
		return false
	}
	if prev := f.tx.Tokens[k-1]; prev.Kind == token.Quote && prev.Has(token.Open) && !prev.Has(token.Close) || f.tx.IsPunct(k-1, ":") {
		return false
	}
	return !f.tx.TitleCase(s.Span)
}

// isAdverb reports whether a lower-cased word is an -ly adverb, not one of
// the nouns that end so ("ally", "family", "assembly").
func isAdverb(w string) bool {
	if !strings.HasSuffix(w, "ly") || len(w) <= 4 {
		return false
	}
	switch w {
	case "ally", "rally", "family", "assembly", "supply", "monopoly", "anomaly", "bully",
		"reply", "homily", "folly", "jelly", "belly", "italy", "july":
		return false
	}
	return true
}

// functionWord reports whether a lower-cased word is closed-class: it can
// be capitalized without being a name.
func functionWord(w string) bool {
	return determiners[w] || npStops[w] || pronounSources[w] || auxAdverbs[w] || w == "it" || w == "this"
}

// roleLike reports whether a lower-cased noun heads a phrase that can be a
// source: a role, an organization, a document.
func roleLike(w string) bool {
	return actor.IsRoleNoun(w) || docHeads[w] || actor.IsOrgHead(w)
}

// isAppositive reports whether tokens [from, to) read as an apposition: a
// role phrase ("a Democratic congressman"), a relative clause ("who
// traveled from Illinois"), or an age.
func (f *finder) isAppositive(from, to int) bool {
	tx := f.tx
	if from >= to {
		return false
	}
	first := tx.Lower(from)
	switch {
	case first == "who" || first == "whose" || first == "which" || first == "qui" || first == "quien" || first == "que":
		return true
	case to-from == 1 && tx.Tokens[from].Kind == token.Number:
		return true
	case tx.Tokens[from].Has(token.Upper) && to-from <= 6 && !f.isName(token.Span{From: from, To: to}):
		return true // "Democrat of Tennessee", "R-Ky."
	case !determiners[first] && !actor.IsRoleNoun(first) && !tx.Tokens[from].Has(token.Upper) && first != "former":
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
	if from >= end || prepositions[tx.Lower(from)] || tx.Is(from, "that") {
		return token.Span{}
	}
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
	for to > from && tx.Tokens[to-1].Kind == token.Punct {
		to--
	}
	if from >= to {
		return token.Span{}
	}
	end := from
	for end < to && !tx.Is(end, "who") && !tx.Is(end, "which") && !tx.Is(end, "that") {
		end++
	}
	// "un chauffeur routier venu de Rennes", "one senior official": an
	// unnamed source, whatever names it holds.
	if w := tx.Lower(from); determiners[w] && !possessives[w] && end-from >= 2 && f.people != nil {
		if m, ok := f.people.At(from + 1); !ok || m.RoleFrom > from+1 {
			return token.Span{From: from, To: end}
		}
	}
	if f.people != nil {
		for i := from; i < end; i++ {
			// A name, unless it only modifies a role after it ("senior
			// U.S. officials"): then the whole phrase is the source.
			if m, ok := f.people.At(i); ok && m.From >= from && m.To <= end {
				if m.To < end && roleLike(tx.Lower(end-1)) && f.people.KindOf(max(m.Actor, 0)) != actor.Person {
					break
				}
				return token.Span{From: m.From, To: m.To}
			}
		}
	}
	if to-from == 1 && pronounSources[tx.Lower(from)] {
		return token.Span{From: from, To: to}
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
// sentence, else the subject that opens the sentence, after an
// introductory phrase set off by a comma.
func (f *finder) mainSubject(i, s0 int) token.Span {
	for k := len(f.attrs) - 1; k >= 0; k-- {
		a := f.attrs[k]
		if a.cue.From < s0 {
			break
		}
		if a.src.Len() > 0 && a.cue.From < i {
			return a.src
		}
	}
	tx := f.tx
	start := f.afterDateline(s0)
	for start < i && (f.inQuote(start) || tx.Tokens[start].Kind == token.Punct) {
		start++
	}
	if start < i && (prepositions[tx.Lower(start)] || timeWords[tx.Lower(start)] || tx.Is(start, "after") || tx.Is(start, "as") || tx.Is(start, "while")) {
		for k := start; k < i; k++ {
			if tx.IsPunct(k, ",") {
				start = k + 1
				break
			}
		}
	}
	// The subject ends before its verb: read the noun phrase that ends at
	// the last word of the opening run of name, role and descriptor words.
	end := start
	for end < i && end-start < 12 {
		if f.people != nil {
			if m, ok := f.people.At(end); ok {
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
		case t.Kind == token.Punct && (tx.Text(i) == "\u2014" || tx.Text(i) == "\u2013" || tx.Text(i) == "--" || tx.Text(i) == "-"):
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
var ofWords = map[string]bool{"of": true, "der": true, "des": true, "de": true, "del": true, "du": true, "at": true, "from": true, "with": true}

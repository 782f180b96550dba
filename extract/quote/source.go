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
	case tx.IsPunct(k, ".") && k > s0 && tx.Tokens[k-1].Kind == token.Word && !t.Has(token.SpaceBefore):
		return f.leftNP(k-1, s0) // the period of an abbreviation: "of Ashton, Md., who"
	case t.Kind == token.Number && isDelim(tx, k-1):
		return f.leftNP(k-2, s0) // an age: "Ki Hong, 33, said"
	case t.Kind == token.Number:
		// A share of people: "About 4 in 10 say", "42% say".
		j := k
		for j > s0 && k-j < 5 && (tx.Tokens[j-1].Kind == token.Number || tx.Tokens[j-1].Kind == token.Word && !npStops[tx.Lower(j-1)] || tx.Is(j-1, "in") || tx.IsPunct(j-1, "%")) {
			j--
		}
		return token.Span{From: j, To: k + 1}, j
	case t.Kind != token.Word && !tx.IsPunct(k, "%"):
		return none, k + 1
	case tx.IsPunct(k, "%"):
		return f.leftNP(k-1, s0)
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
	if sp, ok := f.shareOf(k, s0); ok {
		return sp, sp.From
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
		if f.subjectPronounAt(p) {
			// "suggesting he may", "It’s worth", "We can get": a subject
			// pronoun before the words makes them part of its clause, no
			// noun phrase of their own.
			return none, k + 1
		}
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
	"another": true, "several": true, "each": true, "neither": true, "either": true,
}

// isDelim reports whether token k closes an apposition: a comma or a dash.
func isDelim(tx *token.Text, k int) bool {
	return tx.IsPunct(k, ",") || tx.IsPunct(k, "\u2014") || tx.IsPunct(k, "--") || tx.IsPunct(k, "\u2013") || tx.IsPunct(k, "\u2015")
}

// apposed reads the source before a comma or dash at k: the name before an
// apposition ("Jim Clyburn, a Democratic congressman, said"; "Joe Bateman,
// who traveled from Illinois, says") or a name set off after a role ("A top
// strategist, John Weaver, tells").
func (f *finder) apposed(k, s0 int) (token.Span, int) {
	tx := f.tx
	skipped := false // an apposition was read past
	for j := k - 1; j >= s0 && k-j <= 40; j-- {
		if q := f.quoteCloseAt(j); q >= 0 && f.qs[q].open > s0 && f.qs[q].to-f.qs[q].from <= 4 {
			// "Bill Eastland, wearing “Ted Cruz” pins, said": a short
			// quote inside the apposition.
			j = f.qs[q].open
			continue
		}
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
		if (originWords[tx.Lower(part.From)] || asideWords[tx.Lower(part.From)]) && part.Len() > 1 {
			// "Donna Rawlings, 59, of Ashton, Md., said": where she is
			// from, set off like an apposition.
			if m, st := f.leftNP(j-1, s0); m.Len() > 0 {
				return m, st
			}
		}
		if f.isName(part) {
			if f.placePair(part, j) {
				k = j // "in Columbus, Ohio,": one place, read on leftwards
				continue
			}
			_, st := f.leftNP(j-1, s0)
			return part, min(st, j+1)
		}
		if f.isAppositive(part.From, part.To) {
			if m, st := f.leftNP(j-1, s0); m.Len() > 0 {
				// "…, 59, of Ashton, Md., who watched …, said": a place
				// and an origin set off before the apposition; read on.
				if c := f.originComma(m, s0); c > 0 {
					k, j, skipped = c, c, true
					continue
				}
				if !f.setOffPlace(m) {
					return m, st
				}
				k, skipped = j, true
				continue
			}
		}
		// "Clinton, during a town hall meeting, said": an adjunct set off
		// after the subject that opens the clause.
		if m, ok := f.subjectBefore(j, s0); ok {
			return m, m.From
		}
		break
	}
	if skipped && k > s0 {
		// The name opens the sentence: "Donna Rawlings, of Ashton, Md., said".
		if m, st := f.leftNP(k-1, s0); m.Len() > 0 {
			return m, st
		}
	}
	return token.Span{}, k + 1
}

// asideWords open a comparison or adjunct set off after a subject:
// "Hillary Clinton, like Obama, has said".
var asideWords = map[string]bool{
	"like": true, "unlike": true, "including": true, "as": true, "than": true, "besides": true,
	"along": true, "together": true,
}

// originWords open a phrase that says where someone is from.
var originWords = map[string]bool{"of": true, "from": true}

// originComma returns the comma before "of" or "from" when they open the
// phrase m ends ("…, of Ashton"), else -1.
func (f *finder) originComma(m token.Span, s0 int) int {
	c := m.From - 2
	if c <= s0 || !originWords[f.tx.Lower(m.From-1)] || !isDelim(f.tx, c) {
		return -1
	}
	return c
}

// setOffPlace reports whether m is a place set off by a comma before it:
// the state of "of Ashton, Md.", which completes an apposition.
func (f *finder) setOffPlace(m token.Span) bool {
	tx := f.tx
	c := m.From - 1
	if c <= 0 || !tx.IsPunct(c, ",") {
		return false
	}
	if pm, ok := f.mentionAt(m.To - 1); ok && pm.Actor >= 0 && f.people.KindOf(pm.Actor) == actor.Place {
		return true
	}
	// "of Ashton, Md.": the place before the comma opens with "of".
	for i := c - 1; i > 0 && c-i <= 3 && tx.Tokens[i].Kind == token.Word; i-- {
		if originWords[tx.Lower(i)] {
			return isDelim(tx, i-1)
		}
	}
	return false
}

// placePair reports whether part, set off by the comma at j, is a place
// that only completes the place before the comma: "Columbus, Ohio".
func (f *finder) placePair(part token.Span, j int) bool {
	if f.people == nil || j == 0 {
		return false
	}
	m, ok := f.people.At(part.To - 1)
	if !ok || m.Actor < 0 || f.people.KindOf(m.Actor) != actor.Place {
		return false
	}
	pm, ok := f.people.At(j - 1)
	return ok && pm.To == j && pm.Actor >= 0 && f.people.KindOf(pm.Actor) == actor.Place
}

// subjectBefore returns the person or organization named just before the
// comma at j, or the descriptor of an unnamed one ("An Israeli official,
// speaking on condition of anonymity, said"), when it opens its clause:
// the sentence (after a dateline or a conjunction) or the words after an
// introductory comma.
func (f *finder) subjectBefore(j, s0 int) (token.Span, bool) {
	tx := f.tx
	if j == 0 {
		return token.Span{}, false
	}
	var m token.Span
	st := -1
	if pm, ok := f.mentionAt(j - 1); ok && pm.To == j && pm.Actor >= 0 && f.people.KindOf(pm.Actor) != actor.Place {
		m, st = token.Span{From: pm.From, To: pm.To}, f.extendDeterminers(pm.RoleFrom, s0)
	} else if np, npStart := f.leftNP(j-1, s0); np.Len() > 0 && roleLike(tx.Lower(np.To-1)) {
		m, st = np, npStart
	}
	if st < 0 {
		return token.Span{}, false
	}
	start := f.afterDateline(s0)
	for start < st && (tx.Tokens[start].Kind == token.Punct || tx.Is(start, "but") || tx.Is(start, "and") || tx.Is(start, "so") || tx.Is(start, "yet")) {
		start++
	}
	if st == start || st > s0 && tx.IsPunct(st-1, ",") {
		return m, true
	}
	return token.Span{}, false
}

// mentionAt returns the actor mention at token i, if the text's actors are
// known.
func (f *finder) mentionAt(i int) (actor.Mention, bool) {
	if f.people == nil {
		return actor.Mention{}, false
	}
	return f.people.At(i)
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
	case strings.HasSuffix(first, "ing") && len(first) > 5 && to-from >= 2:
		return true // "wearing a cowboy hat", "speaking on condition of anonymity"
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
				// "NBC’s Dante Chinni": the name after the possessive.
				if p := m.To; p+1 < end && tx.Tokens[p].Has(token.Possessive) {
					if n, ok := f.people.At(p + 1); ok && n.From == p+1 && n.To <= end {
						return token.Span{From: n.From, To: n.To}
					}
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

// subjectPronounAt reports whether token p is a subject pronoun, or "’s" after one
// ("It’s"), which no source phrase reaches across.
func (f *finder) subjectPronounAt(p int) bool {
	tx := f.tx
	w := tx.Lower(p)
	if pronounSources[w] {
		return true
	}
	if (w == "’s" || w == "'s") && p > 0 {
		prev := tx.Lower(p - 1)
		return pronounSources[prev] || prev == "there" || prev == "that" || prev == "what" || prev == "here"
	}
	return false
}

// shareOf reads a share of people written in words that ends at token k:
// "one in four said", "two in three say", "all but two said".
func (f *finder) shareOf(k, s0 int) (token.Span, bool) {
	tx := f.tx
	if k-2 < s0 || !numberWords[tx.Lower(k)] {
		return token.Span{}, false
	}
	link, first := tx.Lower(k-1), tx.Lower(k-2)
	if link == "in" && numberWords[first] || link == "but" && (first == "all" || first == "everyone" || first == "everybody") {
		return token.Span{From: k - 2, To: k + 1}, true
	}
	return token.Span{}, false
}

// numberWords are the small numbers written out.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true,
}

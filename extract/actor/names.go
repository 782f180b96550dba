package actor

import (
	"github.com/whosaid/whosaid/extract/token"
)

// Mention is one place where the text names an actor.
type Mention struct {
	From, To int    // token span of the name itself, titles excluded
	RoleFrom int    // first token of the title or role phrase before the name; From when none
	Kind     string // Person, Organization, Place, or "" while unknown
	Sex      Sex    // from a title or a given name
	Actor    int    // index of the actor it names, -1 when none
	headline bool   // found in a headline or heading, where it must match a known actor
}

// findNames collects the capitalized runs of the text as mentions, in text
// order, with titles and role phrases split off.
func (s *Set) findNames() {
	tx := s.tx
	for si, sent := range tx.Sents {
		headline := tx.TitleCase(sent.Span) || isHeading(tx, sent)
		for i := sent.From; i < sent.To; {
			if !s.nameToken(i) {
				i++
				continue
			}
			j := s.runEnd(i, sent.To)
			s.addRun(i, j, si, headline)
			i = j
		}
	}
}

// nameToken reports whether token i can stand in a name: a capitalized word
// (not the possessive clitic) or an initial.
func (s *Set) nameToken(i int) bool {
	t := s.tx.Tokens[i]
	return t.Kind == token.Word && t.Flags&(token.Upper|token.AllUpper) != 0 && !t.Has(token.Possessive)
}

// runEnd returns the end of the capitalized run that starts at i, taking in
// particles (van der, de la), and "of", "for", "and", "&" inside
// organization names ("Council of Foreign Relations").
func (s *Set) runEnd(i, end int) int {
	tx := s.tx
	j := i + 1
	for j < end {
		if s.nameToken(j) {
			j++
			continue
		}
		if tx.Tokens[j].Kind != token.Word || tx.Tokens[j].Has(token.Possessive) {
			break
		}
		w := tx.Lower(j)
		k := j + 1
		for k < end && particles[tx.Lower(k)] && !s.nameToken(k) {
			k++
		}
		if k >= end || !s.nameToken(k) {
			break
		}
		prev := tx.Lower(j - 1)
		switch {
		case particles[w]:
		case w == "of" && (s.lex.orgHead(prev) || titles[prev] != SexUnknown || ofHeads[prev] || titleWord(prev)):
		case (w == "for" || w == "and" || w == "&" || w == "on") && s.lex.orgHead(prev) && hasOrgHeadAfter(s, k, end):
		default:
			return j
		}
		j = k
	}
	return j
}

// hasOrgHeadAfter reports whether the capitalized run starting at k holds an
// organization head: "Department of Health and Human Services".
func hasOrgHeadAfter(s *Set, k, end int) bool {
	for ; k < end && s.nameToken(k); k++ {
		if s.lex.orgHead(s.tx.Lower(k)) {
			return true
		}
	}
	return false
}

// ofHeads are words after which "of" continues a name: "United States of
// America", "Gulf of Mexico", "Bank of America".
var ofHeads = map[string]bool{
	"republic": true, "kingdom": true, "states": true, "gulf": true, "bay": true,
	"isle": true, "city": true, "province": true, "sea": true, "state": true, "secretary": true,
	"minister": true, "duke": true, "prince": true, "house": true, "court": true,
	"chamber": true, "people's": true, "bureau": true, "department": true, "school": true,
	"mayor": true, "governor": true, "attorney": true,
}

// titleWord reports whether the lower-cased w is a title, sexed or not.
func titleWord(w string) bool {
	_, ok := titles[w]
	return ok
}

// addRun turns the capitalized run [i, j) of sentence si into a mention:
// it drops the sentence's capitalized function words, splits off titles
// and the role phrase before them, and guesses the kind.
func (s *Set) addRun(i, j, si int, headline bool) {
	tx := s.tx
	for i < j && functionWords[tx.Lower(i)] && !particles[tx.Lower(i)] {
		i++
	}
	if i >= j {
		return
	}
	// Particles before the run belong to the name: "von der Leyen said".
	for i > 0 && tx.Tokens[i-1].Kind == token.Word && particles[tx.Text(i-1)] &&
		int(tx.Tokens[i-1].Sent) == si && (i-2 < 0 || !s.nameToken(i-2) || particles[tx.Text(i-2)]) {
		i--
	}
	m := Mention{From: i, To: j, RoleFrom: i, Actor: -1}
	// Titles inside the run: the name starts after the last one, or at
	// the first given name after a title ("Secretary of State Hillary ...").
	for k := i; k < j-1; k++ {
		w := tx.Lower(k)
		if sex, ok := titles[w]; ok {
			m.From = k + 1
			if sex != SexUnknown {
				m.Sex = sex
			}
			continue
		}
		if w == "of" && m.From == k {
			// "Secretary of State": the word after "of" is part of the title
			// unless it opens the name.
			if _, given := s.lex.givenName(tx.Text(k + 1)); !given && k+2 < j {
				m.From = k + 2
				k++
			}
			continue
		}
		if m.From == i && s.lex.demonym(tx.Text(k)) && k+1 < j && titleWord(tx.Lower(k+1)) {
			continue // "Ukrainian President …"
		}
	}
	if m.From >= j {
		return // a title alone: "the President said"
	}
	// A title just before the run ("Mr." is its own run only when the
	// tokenizer kept it lower; titles are usually inside the run).
	m.RoleFrom = s.roleStart(i, m.From)
	if m.From > i {
		if t := titles[tx.Lower(m.From-1)]; t != SexUnknown {
			m.Sex = t
		}
	}
	s.classify(&m, si, headline)
	if headline && m.Kind != Place {
		// In a headline or heading capitals prove nothing: the run counts
		// only if it names an actor of the body, as a whole or word by
		// word ("Trump Team Quietly Crafts Deal" mentions Trump).
		m.Kind, m.headline = "", true
	}
	if m.Kind == "" && m.To-m.From == 1 && !s.midCaps[tx.Text(m.From)] {
		// A lone capitalized word of unknown kind that the text never
		// capitalizes inside a sentence is a sentence's first word.
		return
	}
	s.Mentions = append(s.Mentions, m)
}

// roleStart returns where the role phrase before a name begins: the titles
// inside the run from i, and before i lower-case role words and modifiers
// ("envoy Steve Witkoff", "Democratic presidential nominee Hillary Clinton").
func (s *Set) roleStart(i, from int) int {
	tx := s.tx
	start := from
	if i < from {
		start = i
	}
	k := start - 1
	if k < 0 || !tx.IsWord(k) || tx.SentOf(k).From != tx.SentOf(start).From {
		return start
	}
	if !roleNouns[tx.Lower(k)] && !titleWord(tx.Lower(k)) {
		return start
	}
	sent := tx.SentOf(k)
	for n := 0; k >= sent.From && n < 5; n++ {
		w := tx.Lower(k)
		if !tx.IsWord(k) || functionWords[w] || tx.Tokens[k].Has(token.Possessive) {
			break
		}
		start = k
		k--
	}
	return start
}

// classify guesses the kind and sex of a mention.
func (s *Set) classify(m *Mention, si int, headline bool) {
	tx := s.tx
	name := tx.Slice(m.From, m.To)
	n := m.To - m.From
	last := tx.Lower(m.To - 1)
	switch {
	case s.lex.place(name):
		m.Kind = Place
		return
	case s.lex.orgHead(last) || n > 1 && s.hasOrgHead(m.From, m.To):
		m.Kind = Organization
		return
	case n == 1 && tx.Tokens[m.From].Has(token.AllUpper) && !tx.Tokens[m.From].Has(token.Abbrev):
		m.Kind = Organization // an acronym: FBI, NATO, CNN
		return
	}
	if sex, ok := s.lex.givenName(tx.Text(m.From)); ok {
		m.Kind = Person
		if m.Sex == SexUnknown {
			m.Sex = sex
		}
		return
	}
	if m.RoleFrom < m.From || m.Sex != SexUnknown {
		m.Kind = Person // a title or role stands before it
		return
	}
	if n >= 2 && n <= 4 && !headline {
		m.Kind = Person
	}
}

// isHeading reports whether a sentence is a whole paragraph of a few words
// with no closing punctuation: a heading or a label.
func isHeading(tx *token.Text, s token.Sentence) bool {
	p := tx.Paras[s.Para]
	if p.From != s.From || p.To != s.To || s.To-s.From > 16 {
		return false
	}
	last := tx.Tokens[s.To-1]
	if last.Kind == token.Punct {
		switch tx.Text(s.To - 1) {
		case ".", "!", "?", ":", ";", ",", "\u2026":
			return false
		}
	}
	return last.Kind != token.Quote
}

// hasOrgHead reports whether a word of [from, to) other than a title marks
// an organization: "Federal Bureau of Investigation".
func (s *Set) hasOrgHead(from, to int) bool {
	for i := from; i < to; i++ {
		if w := s.tx.Lower(i); s.lex.orgHead(w) && !titleWord(w) {
			return true
		}
	}
	return false
}

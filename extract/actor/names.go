package actor

import (
	"strings"

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
		// A header's slashed field ("Newslooks/ WASHINGTON/ Morning
		// Edition/") is read like a headline.
		headline := tx.TitleCase(sent.Span) || isHeading(tx, sent) || tx.IsPunct(sent.To-1, "/")
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
		if (tx.Tokens[j].Kind != token.Word || tx.Tokens[j].Has(token.Possessive)) && !tx.IsPunct(j, "&") {
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
		case (w == "der" || w == "den" || w == "des") && !particles[prev]:
			// German articles join a name only after "von", "van", "zu":
			// "von der Leyen", not "Mitarbeiter der Stadtverwaltung".
			return j
		case particles[w]:
		case w == "of" && (s.lex.orgHead(prev) || titles[prev] != SexUnknown || ofHeads[prev] || titleWord(prev)):
		case w == "&":
			// "Procter & Gamble", "Lakeport Power & Light"
		case w == "for" && s.lex.orgHead(prev):
			// "Institute for Cryosphere Studies"
		case w == "and" && s.lex.orgHead(prev) && hasOrgHeadAfter(s, k, end):
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
	i = s.trimRun(i, j, si)
	if i >= j {
		return
	}
	m := s.splitTitles(i, j)
	if m.From >= j {
		return // a title alone: "the President said"
	}
	m.RoleFrom = s.roleStart(i, m.From)
	if m.From > i {
		if t := titles[s.tx.Lower(m.From-1)]; t != SexUnknown {
			m.Sex = t
		}
	}
	if !s.kindOf(&m, si, headline) {
		return
	}
	s.Mentions = append(s.Mentions, m)
}

// trimRun drops the capitalized function words that open a run ("The",
// and "El" before "Ayuntamiento de …") and takes in the particles before
// it ("von der Leyen said"), but not after a lower-case word, where they
// are prepositions ("venu de Rennes"), nor an article alone ("Mitarbeiter
// der Stadtverwaltung", "la Policía").
func (s *Set) trimRun(i, j, si int) int {
	tx := s.tx
	for i < j && (functionWords[tx.Lower(i)] && !particles[tx.Lower(i)] && !s.opensPlace(i, j) ||
		articleParticles[tx.Lower(i)] && i+1 < j && s.lex.orgHead(tx.Lower(i+1))) {
		i++
	}
	if i >= j {
		return i
	}
	k := i
	for k > 0 && tx.Tokens[k-1].Kind == token.Word && particles[tx.Text(k-1)] && int(tx.Tokens[k-1].Sent) == si {
		k--
	}
	for k < i && articleParticles[tx.Lower(k)] {
		k++
	}
	if k < i && (k == 0 || tx.Tokens[k-1].Kind != token.Word || s.nameToken(k-1)) && !s.facts.place(tx.Slice(i, j)) {
		i = k
	}
	return i
}

// opensPlace reports whether the word at i, with the next one of run
// [i, j), is a place: a function word such as "New" that begins a name
// ("New York", "New Zealand") stays in it.
func (s *Set) opensPlace(i, j int) bool {
	return i+1 < j && s.facts.place(s.tx.Slice(i, i+2))
}

// splitTitles returns the mention of run [i, j) with its name starting
// after the titles inside the run ("Secretary of State Hillary …",
// "Ukrainian President …") and, with name lists, at its first given name
// ("Chief Executive Daniel Whitmore", "Oberbürgermeisterin Henrike …"). An
// organization's name keeps its words: "St. Brigid Medical Center",
// "Comunidad de Regantes del Valle Alto" (but "Police Chief Victor
// Almeida" is a person with a title).
func (s *Set) splitTitles(i, j int) Mention {
	tx := s.tx
	m := Mention{From: i, To: j, RoleFrom: i, Actor: -1}
	orgRun := s.lex.orgHead(tx.Lower(j-1)) || j-i > 2 && s.lex.orgHead(tx.Lower(i)) &&
		(particles[tx.Lower(i+1)] || tx.Is(i+1, "of") || tx.Is(i+1, "for"))
	if orgRun {
		return m
	}
	for k := i; k < j-1; k++ {
		if sex, ok := s.lex.title(tx.Text(k)); ok {
			m.From = k + 1
			if sex != SexUnknown {
				m.Sex = sex
			}
			continue
		}
		if tx.Is(k, "of") && m.From == k {
			// "Secretary of State": the word after "of" is part of the title
			// unless it opens the name.
			if _, given := s.facts.givenName(tx.Text(k + 1)); !given && k+2 < j {
				m.From = k + 2
				k++
			}
			continue
		}
	}
	if m.From >= j || !s.lex.full() {
		return m
	}
	if m.To-m.From >= 3 {
		for k := m.From + 1; k < j-1; k++ {
			if _, given := s.facts.givenName(tx.Text(k)); given && !particles[tx.Lower(k)] {
				if _, before := s.facts.givenName(tx.Text(m.From)); !before {
					m.From = k
				}
				break
			}
		}
	}
	if m.To-m.From == 2 {
		_, g0 := s.facts.givenName(tx.Text(m.From))
		_, g1 := s.facts.givenName(tx.Text(m.From + 1))
		if !g0 && g1 && !s.facts.commonWord(tx.Text(m.From)) && isRoleWordDE(tx.Lower(m.From)) {
			m.From++ // "Studentin Mira" is no name: "Studentin" is a role
		}
	}
	return m
}

// kindOf sets the kind of a mention and reports whether to keep it. In a
// headline or heading capitals prove nothing: the run counts only if it
// names an actor of the body, as a whole or word by word ("Trump Team
// Quietly Crafts Deal" mentions Trump), or is a place, or a name with a
// given name ("Lena Hartmann" in a credit line).
func (s *Set) kindOf(m *Mention, si int, headline bool) bool {
	tx := s.tx
	if m.To-m.From == 1 && !s.midCaps[tx.Text(m.From)] && !headline {
		// A lone capitalized word the text never capitalizes inside a
		// sentence: only a place or a known organization is worth the
		// lookups ("Russia said"); anything else is a sentence's first word.
		switch name := tx.Text(m.From); {
		case s.facts.place(name):
			m.Kind = Place
		case s.facts.org(name):
			m.Kind = Organization
		default:
			return false
		}
		return true
	}
	s.classify(m, si, headline)
	if headline && m.Kind == Person && m.To-m.From >= 2 {
		if _, given := s.facts.givenName(tx.Text(m.From)); given {
			headline = false
		}
	}
	if headline && m.Kind != Place {
		m.Kind, m.headline = "", true
	}
	return !(m.Kind == "" && m.To-m.From == 1 && !s.midCaps[tx.Text(m.From)])
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

// classify guesses the kind and sex of a mention. In a German text, where
// nouns are capitalized, a person needs a given name or a title before
// him, and an organization a head or a place in the lists.
func (s *Set) classify(m *Mention, si int, headline bool) {
	s.guessKind(m, si, headline)
	if !s.nounCaps {
		return
	}
	tx := s.tx
	switch m.Kind {
	case Person:
		// A lone word is a surname only when a full name has it ("Kranz
		// said" after "Sabine Kranz"), which clustering finds without a
		// kind; a run needs a given name that is no article.
		_, given := s.facts.givenName(tx.Text(m.From))
		titled := m.From > 0 && titleWord(tx.Lower(m.From-1))
		if m.To-m.From == 1 && !titled || !given && !titled || germanFunctionWords[tx.Lower(m.From)] {
			m.Kind = ""
		}
	case Organization:
		if !s.facts.org(tx.Slice(m.From, m.To)) && !s.hasOrgHead(m.From, m.To) && !s.lex.orgHead(tx.Lower(m.To-1)) {
			m.Kind = ""
		}
	}
}

// guessKind guesses the kind and sex of a mention from its words.
func (s *Set) guessKind(m *Mention, si int, headline bool) {
	tx := s.tx
	name := tx.Slice(m.From, m.To)
	n := m.To - m.From
	last := tx.Lower(m.To - 1)
	switch {
	case s.facts.place(name):
		m.Kind = Place
		return
	case n > 1 && placeHeads[last]:
		m.Kind = Place // "Mill Road", "Quayside Park", "Alder Falls"
		return
	case s.lex.orgHead(last) || n > 1 && s.hasOrgHead(m.From, m.To):
		m.Kind = Organization
		return
	case s.facts.org(name):
		m.Kind = Organization // a known one: Axios, Kremlin, NATO
		return
	case n == 1 && tx.Tokens[m.From].Has(token.AllUpper) && !tx.Tokens[m.From].Has(token.Abbrev):
		m.Kind = Organization // an acronym: FBI, NATO, CNN
		return
	}
	if s.orgBefore(m.RoleFrom) {
		m.Kind = Organization // "the passenger association Fahrgastverband Nord"
		return
	}
	if sex, ok := s.facts.givenName(tx.Text(m.From)); ok && (n > 1 || !s.facts.commonWord(tx.Text(m.From)) && s.midCaps[tx.Text(m.From)] && !s.afterOpenQuote(m.From)) {
		m.Kind = Person
		// A lone word may be a surname that is also a given name
		// ("Marquez"): its sex says nothing then.
		if m.Sex == SexUnknown && n > 1 {
			m.Sex = sex
		}
		return
	}
	if m.RoleFrom < m.From || m.Sex != SexUnknown {
		m.Kind = Person // a title or role stands before it
		return
	}
	switch {
	case headline:
	case !s.lex.full():
		if n >= 2 && n <= 4 {
			m.Kind = Person // without name lists, a short capitalized run
		}
	case n >= 2 && n <= 4:
		// With name lists, a person's name has a surname the lists know and
		// does not open with an ordinary word ("Four Pillars"); a run of
		// capitals that is no person's, no place's and not in a headline
		// is most often an organization ("Lumora Vision", "Casa Vega").
		if !s.facts.commonWord(tx.Text(m.From)) && s.anySurname(m.From, m.To) && !s.anyCommon(m.From, m.To) {
			m.Kind = Person
		} else {
			m.Kind = Organization
		}
	case n == 1:
		if s.orgApposition(m.To) {
			m.Kind = Organization // "Nordbahn, Germany's largest rail operator,"
		} else if w := tx.Text(m.From); s.facts.surname(w) && !s.facts.commonWord(w) && s.midCaps[w] && !s.afterOpenQuote(m.From) {
			m.Kind = Person // "Dmitriev said", before or without the full name
		}
	}
}

// placeHeads end the names of streets, parks, waters and landforms.
var placeHeads = map[string]bool{
	"road": true, "street": true, "avenue": true, "boulevard": true, "lane": true, "drive": true,
	"square": true, "park": true, "plaza": true, "bridge": true, "falls": true, "springs": true,
	"river": true, "lake": true, "bay": true, "harbor": true, "harbour": true, "creek": true,
	"glacier": true, "valley": true, "heights": true, "hill": true, "hills": true, "beach": true,
	"island": true, "islands": true, "mountain": true, "mountains": true, "peninsula": true,
	"county": true, "canyon": true, "coast": true, "highway": true, "quay": true, "pier": true,
}

// anySurname reports whether a word of [from, to) is part of a personal
// name in the lexicon.
func (s *Set) anySurname(from, to int) bool {
	for i := from; i < to; i++ {
		if s.facts.surname(s.tx.Text(i)) {
			return true
		}
	}
	return false
}

// isHeading reports whether a sentence is a whole paragraph of a few words
// with no closing punctuation: a heading or a label.
func isHeading(tx *token.Text, s token.Sentence) bool {
	p := tx.Paras[s.Para]
	if p.From != s.From || p.To != s.To || s.To-s.From > 16 {
		return false
	}
	if tx.IsPunct(s.From, "(") {
		return false // a credit line: "(Reporting by …; Editing by …)"
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

// isRoleWordDE reports whether a capitalized German noun names a role or
// occupation by its ending: "Studentin", "Geschäftsführerin", "Ratsfrau".
func isRoleWordDE(w string) bool {
	for _, suf := range []string{"in", "er", "frau", "mann", "chef", "chefin"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// afterOpenQuote reports whether token i opens a quotation: its capital
// may only open the speaker's sentence.
func (s *Set) afterOpenQuote(i int) bool {
	if i == 0 {
		return false
	}
	t := s.tx.Tokens[i-1]
	return t.Kind == token.Quote && t.Has(token.Open)
}

// orgApposition reports whether the name that ends before token i is set
// off by an apposition headed by an organization noun: ", Germany's largest
// regional rail operator,".
func (s *Set) orgApposition(i int) bool {
	tx := s.tx
	if !tx.IsPunct(i, ",") {
		return false
	}
	end := tx.SentOf(i).To
	for k := i + 1; k < end && k-i <= 10; k++ {
		if tx.Tokens[k].Kind == token.Punct {
			return k > i+1 && orgNouns[tx.Lower(k-1)]
		}
	}
	return false
}

// orgNouns are common nouns that describe an organization in an
// apposition or a descriptor: "the company", "a regional rail operator".
var orgNouns = map[string]bool{
	"company": true, "firm": true, "operator": true, "group": true, "union": true,
	"association": true, "club": true, "team": true, "agency": true, "carrier": true,
	"airline": true, "maker": true, "manufacturer": true, "retailer": true, "bank": true,
	"lender": true, "insurer": true, "utility": true, "publisher": true, "broadcaster": true,
	"network": true, "newspaper": true, "startup": true, "chain": true, "restaurant": true,
	"brand": true, "developer": true, "supplier": true, "producer": true, "provider": true,
	"organization": true, "organisation": true, "charity": true, "nonprofit": true,
	"ministry": true, "department": true, "government": true, "council": true,
	"authority": true, "regulator": true, "court": true, "party": true, "campaign": true,
	"conglomerate": true, "giant": true, "owner": false,
}

// IsOrgNoun reports whether a lower-cased common noun describes an
// organization: "company", "operator", "union".
func IsOrgNoun(w string) bool { return orgNouns[w] }

// anyCommon reports whether a word of [from, to) is an ordinary English
// word: "Vale Food Fair" is no person.
func (s *Set) anyCommon(from, to int) bool {
	for i := from; i < to; i++ {
		if s.facts.commonWord(s.tx.Text(i)) {
			return true
		}
	}
	return false
}

// orgBefore reports whether the word before token i is a noun for an
// organization, which the name after it then is: "the association Campo
// Vivo", "la asociación Campo Vivo".
func (s *Set) orgBefore(i int) bool {
	if i == 0 || s.tx.Tokens[i-1].Kind != token.Word || s.nameToken(i-1) {
		return false
	}
	w := s.tx.Lower(i - 1)
	return orgNouns[w] || foreignOrgNouns[w]
}

// foreignOrgNouns are the German, French and Spanish nouns for an
// organization that stand before its name.
var foreignOrgNouns = map[string]bool{
	"asociación": true, "empresa": true, "sindicato": true, "compañía": true, "partido": true,
	"entreprise": true, "syndicat": true, "société": true, "parti": true, "groupe": true,
	"verband": true, "firma": true, "unternehmen": true, "partei": true, "verein": true,
	"gewerkschaft": true, "konzern": true,
}

// articleParticles are particles that are also articles: inside a name
// after another particle ("von der Leyen", "de la Vega") they belong to it,
// alone before a capital they are only an article.
var articleParticles = map[string]bool{
	"der": true, "den": true, "des": true, "la": true, "le": true, "el": true, "les": true,
	"los": true, "las": true,
}

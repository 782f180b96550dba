package actor

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/token"
)

// Set is the actors of one text and every mention of them. Build it with
// Find; it is read-only afterwards.
type Set struct {
	tx       *token.Text
	lex      *Lexicon
	Mentions []Mention // in text order
	ents     []*ent
	at       []int32 // per token: index of the mention covering it, plus one
	midCaps  map[string]bool
	facts    memo // the lexicon's answers for the words of this text
	// nounCaps is set for a text in German, where every noun is
	// capitalized: a capital then proves nothing, and a name needs a given
	// name, a title or an organization's head.
	nounCaps bool
}

// ent is an actor being built: the public Actor plus what resolution needs.
type ent struct {
	Actor
	sex       Sex
	words     []string // the words of the canonical name, as written
	last      string   // the surname (last word that is no suffix), for matching
	first     int      // token of the first mention
	full      int      // mentions by more than one word
	roleHeads []string
}

// Find finds the people, organizations and places that tx names. lex may be
// nil.
func Find(tx *token.Text, lex *Lexicon) *Set {
	s := &Set{tx: tx, lex: lex, facts: memo{lex: lex}}
	s.midCaps = midSentenceCaps(tx)
	s.nounCaps = germanText(tx)
	s.findNames()
	s.cluster()
	s.coordinated()
	s.at = make([]int32, len(tx.Tokens))
	for k, m := range s.Mentions {
		for i := m.RoleFrom; i < m.To; i++ {
			s.at[i] = int32(k + 1)
		}
	}
	return s
}

// germanText reports whether tx reads as German: its articles and
// commonest function words make up a good share of its words.
func germanText(tx *token.Text) bool {
	words, de := 0, 0
	for i, t := range tx.Tokens {
		if t.Kind != token.Word {
			continue
		}
		words++
		if w := tx.Lower(i); germanLens[w[0]]&(1<<min(len(w), 31)) != 0 && germanFunctionWords[w] {
			de++
		}
	}
	// In German prose these words are about a fifth of the words; in
	// English text with a German name or two, next to none.
	return de >= 10 && de*10 >= words
}

// germanFunctionWords are frequent German words that English does not use.
var germanFunctionWords = map[string]bool{
	"der": true, "die": true, "das": true, "und": true, "ist": true, "nicht": true, "mit": true,
	"den": true, "dem": true, "ein": true, "eine": true, "auf": true, "sich": true, "für": true,
	"sie": true, "es": true, "zu": true, "von": true, "auch": true, "wird": true, "werden": true,
}

// germanLens[c] has bit n set when a word of germanFunctionWords starts
// with byte c and has n bytes: germanText asks the map about one English
// word in a few, not about every word.
var germanLens = func() (lens [256]uint32) {
	for w := range germanFunctionWords {
		lens[w[0]] |= 1 << len(w)
	}
	return lens
}()

// midSentenceCaps returns the capitalized words that appear somewhere other
// than the start of a sentence: evidence that they are names.
func midSentenceCaps(tx *token.Text) map[string]bool {
	m := map[string]bool{}
	for i, t := range tx.Tokens {
		if t.Kind != token.Word || t.Flags&(token.Upper|token.AllUpper) == 0 || tx.SentOf(i).From == i {
			continue
		}
		if i > 0 && tx.Tokens[i-1].Kind == token.Quote && tx.Tokens[i-1].Has(token.Open) {
			continue
		}
		m[tx.Text(i)] = true
	}
	return m
}

// Actors returns the actors of the text, each once, in order of first
// mention. Words that were never told apart as a person, organization or
// place are left out.
func (s *Set) Actors() []Actor {
	order := make([]*ent, len(s.ents))
	copy(order, s.ents)
	sort.SliceStable(order, func(i, j int) bool { return order[i].first < order[j].first })
	out := make([]Actor, 0, len(s.ents))
	for _, e := range order {
		if e.Kind == "" {
			continue
		}
		a := e.Actor
		if a.Aliases == nil {
			a.Aliases = []string{}
		}
		if a.Roles == nil {
			a.Roles = []string{}
		}
		out = append(out, a)
	}
	return out
}

// At returns the mention that covers token i (its name or its title).
func (s *Set) At(i int) (Mention, bool) {
	if i < 0 || i >= len(s.at) || s.at[i] == 0 {
		return Mention{}, false
	}
	return s.Mentions[s.at[i]-1], true
}

// Name returns the canonical name of actor a.
func (s *Set) Name(a int) string { return s.ents[a].Name }

// KindOf returns the kind of actor a: Person, Organization, Place or "".
func (s *Set) KindOf(a int) string { return s.ents[a].Kind }

// SexOf returns what the text tells of actor a's sex.
func (s *Set) SexOf(a int) Sex { return s.ents[a].sex }

// Roles returns the roles the text gives actor a.
func (s *Set) Roles(a int) []string { return s.ents[a].Roles }

// cluster groups the mentions into actors: full names first, so that a
// surname or acronym used before the full name still finds it.
func (s *Set) cluster() {
	tx := s.tx
	// Pass 1: people named by more than one word, organizations, places.
	for k := range s.Mentions {
		m := &s.Mentions[k]
		if m.To-m.From == 1 || m.Kind == "" {
			continue
		}
		m.Actor = s.findOrAdd(m)
	}
	// Pass 2: single words and unknown runs, matched against pass 1.
	var split []Mention
	for k := range s.Mentions {
		m := &s.Mentions[k]
		if m.Actor >= 0 {
			continue
		}
		m.Actor = s.match(m)
		if m.headline {
			if m.Actor < 0 && m.To-m.From > 1 {
				split = append(split, s.headlineWords(m)...)
			}
			continue
		}
		if m.Actor < 0 && (m.Kind == Person || m.Kind == Organization || m.Kind == Place) {
			m.Actor = s.add(m)
		}
		if m.Actor < 0 && m.Kind == "" && m.To-m.From == 1 && s.midCaps[tx.Text(m.From)] {
			// An unknown capitalized word: kept as an actor of unknown
			// kind so that a speaker can still be named by it.
			m.Actor = s.add(m)
		}
	}
	if len(split) > 0 {
		kept := s.Mentions[:0]
		for _, m := range s.Mentions {
			if !m.headline || m.Actor >= 0 {
				kept = append(kept, m)
			}
		}
		s.Mentions = append(kept, split...)
		sort.SliceStable(s.Mentions, func(i, j int) bool { return s.Mentions[i].From < s.Mentions[j].From })
	}
	for k := range s.Mentions {
		m := &s.Mentions[k]
		if m.Actor < 0 {
			continue
		}
		e := s.ents[m.Actor]
		e.Mentions++
		if m.Kind == Person && e.Kind == "" {
			e.Kind = Person
		}
		if e.sex == SexUnknown {
			e.sex = m.Sex
		}
		s.addRoles(e, m)
		if form := tx.Slice(m.From, m.To); form != e.Name && !contains(e.Aliases, form) {
			e.Aliases = append(e.Aliases, form)
		}
	}
}

// coordinated gives the kind person to an actor of unknown kind that the
// text coordinates with a person: "talks between Trump and Putin", "Smith,
// Jones and Brown". A lone surname the lists do not know is then still a
// person when its company says so.
func (s *Set) coordinated() {
	tx := s.tx
	byEnd := make(map[int]int, len(s.Mentions)) // token after a mention → mention
	byStart := make(map[int]int, len(s.Mentions))
	for k, m := range s.Mentions {
		byEnd[m.To] = k
		byStart[m.From] = k
	}
	person := func(k int, ok bool) bool {
		if !ok {
			return false
		}
		a := s.Mentions[k].Actor
		return a >= 0 && s.ents[a].Kind == Person
	}
	for _, m := range s.Mentions {
		if m.Actor < 0 || m.headline || s.ents[m.Actor].Kind != "" || m.To-m.From != 1 {
			continue
		}
		left, right := false, false
		if c := m.From - 1; c > 0 && coordinators[tx.Lower(c)] {
			k, ok := byEnd[c]
			left = person(k, ok)
		}
		if c := m.To; c+1 < len(tx.Tokens) && coordinators[tx.Lower(c)] {
			k, ok := byStart[c+1]
			right = person(k, ok)
		}
		if left || right {
			s.ents[m.Actor].Kind = Person
		}
	}
}

// coordinators join two names of a kind.
var coordinators = map[string]bool{"and": true, "or": true, "&": true, "nor": true}

// headlineWords returns the single words of an unmatched headline run that
// name a known actor.
func (s *Set) headlineWords(m *Mention) []Mention {
	var out []Mention
	for i := m.From; i < m.To; i++ {
		w := Mention{From: i, To: i + 1, RoleFrom: i, Actor: -1, headline: true}
		if a := s.match(&w); a >= 0 {
			w.Actor = a
			out = append(out, w)
		}
	}
	return out
}

// findOrAdd returns the actor a multi-word mention names, adding it when new.
func (s *Set) findOrAdd(m *Mention) int {
	words := s.words(m)
	for a, e := range s.ents {
		if e.Kind != m.Kind {
			continue
		}
		if sameName(e.words, words) {
			if len(words) > len(e.words) {
				e.words, e.Name, e.last = words, s.tx.Slice(m.From, m.To), lastName(words)
			}
			if m.To-m.From > 1 {
				e.full++
			}
			return a
		}
	}
	return s.add(m)
}

func (s *Set) add(m *Mention) int {
	words := s.words(m)
	e := &ent{Actor: Actor{Name: s.tx.Slice(m.From, m.To), Kind: m.Kind}, words: words,
		last: lastName(words), first: m.From, sex: m.Sex}
	if m.To-m.From > 1 {
		e.full = 1
	}
	s.ents = append(s.ents, e)
	return len(s.ents) - 1
}

func (s *Set) words(m *Mention) []string {
	w := make([]string, 0, m.To-m.From)
	for i := m.From; i < m.To; i++ {
		w = append(w, s.tx.Text(i))
	}
	return w
}

// sameName reports whether two multi-word names are one person's: the same
// words, or the same first and last words ("Hillary Rodham Clinton").
func sameName(a, b []string) bool {
	if len(a) == len(b) {
		for i := range a {
			if !strings.EqualFold(a[i], b[i]) {
				return false
			}
		}
		return true
	}
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	if len(b) > len(a) {
		a, b = b, a
	}
	// "von der Leyen" is the tail of "Ursula von der Leyen", "Ruiz Salgado"
	// of "Antonio Ruiz Salgado".
	if tailOf(a, b) {
		return true
	}
	return strings.EqualFold(a[0], b[0]) && strings.EqualFold(lastName(a), lastName(b))
}

// tailOf reports whether b is the last words of a.
func tailOf(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	off := len(a) - len(b)
	for i := range b {
		if !strings.EqualFold(a[off+i], b[i]) {
			return false
		}
	}
	return true
}

// lastName returns the last word of a name that is not a suffix (Jr., III).
func lastName(w []string) string {
	for i := len(w) - 1; i >= 0; i-- {
		if !isSuffix(w[i]) {
			return w[i]
		}
	}
	return w[len(w)-1]
}

// isSuffix reports whether a name word is a suffix such as Jr. or III,
// without allocating.
func isSuffix(w string) bool {
	if len(w) > 4 {
		return false
	}
	for s := range nameSuffixes {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// match finds the actor a single-word (or unknown) mention refers to: a
// person by surname or given name, an organization by acronym, or the
// same words. With two people of one surname, a title's sex decides, then
// the one named in full more often, then the one named first.
func (s *Set) match(m *Mention) int {
	if m.To-m.From > 1 {
		words := s.words(m)
		for a, e := range s.ents {
			if sameName(e.words, words) {
				return a
			}
		}
		return -1
	}
	w := s.tx.Text(m.From)
	best := -1
	for pass := 0; pass < 2 && best < 0; pass++ {
		for a, e := range s.ents {
			// A word the lists call a place or organization is still the
			// surname of a person the text names ("Ibarra").
			if !s.refers(e, w, pass) || m.Kind != "" && m.Kind != Person && e.Kind != m.Kind && e.Kind != Person {
				continue
			}
			if m.Sex != SexUnknown && e.sex != SexUnknown && e.sex != m.Sex {
				continue
			}
			if best < 0 || betterReferent(e, s.ents[best], m.Sex) {
				best = a
			}
		}
	}
	return best
}

// refers reports whether the single word w names e: in pass 0 as its
// surname, acronym or whole name; in pass 1 as its first word (a given
// name, or a family name written first).
func (s *Set) refers(e *ent, w string, pass int) bool {
	if pass == 1 {
		// The first word: a given name, a family name written first, or
		// the short name of an organization ("Ridgeway" for Ridgeway United).
		// The word is compared first: the lexicon is asked about it only
		// for the organization it names.
		return len(e.words) > 1 && strings.EqualFold(e.words[0], w) &&
			(e.Kind == Person || e.Kind == Organization && !s.facts.commonWord(w))
	}
	switch e.Kind {
	case Person:
		return len(e.words) > 1 && strings.EqualFold(e.last, w)
	case Organization:
		return len(e.words) == 1 && strings.EqualFold(e.words[0], w) || isAcronym(w) && acronymOf(e.words, w)
	default:
		return len(e.words) == 1 && strings.EqualFold(e.words[0], w)
	}
}

func betterReferent(e, cur *ent, sex Sex) bool {
	if sex != SexUnknown && (e.sex == sex) != (cur.sex == sex) {
		return e.sex == sex
	}
	if e.full != cur.full {
		return e.full > cur.full
	}
	return e.first < cur.first
}

// isAcronym reports whether w is written in capitals, as an acronym is.
func isAcronym(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	return len(w) >= 2
}

// acronymOf reports whether w is the initials of the capitalized words of
// name: FBI for Federal Bureau of Investigation.
func acronymOf(name []string, w string) bool {
	if len(w) < 2 || len(name) < 2 {
		return false
	}
	var b strings.Builder
	for _, n := range name {
		if n != "" && n[0] >= 'A' && n[0] <= 'Z' {
			b.WriteByte(n[0])
		}
	}
	return strings.EqualFold(b.String(), strings.ReplaceAll(w, ".", ""))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

package actor

import "github.com/whosaid/whosaid/extract/token"

// Antecedent returns the person that a pronoun of the given sex at token i
// most likely refers to, or -1. It looks at the nearest sentence before the
// pronoun (its own sentence first) that names a person whose sex does not
// contradict the pronoun's, at most a few sentences back, and takes the
// first such person there: in news copy the subject. When that first person
// is only the object of a preposition and the sentence names another who
// fits too, it answers -1, since a guess could put words in the wrong mouth.
func (s *Set) Antecedent(i int, sex Sex, skip func(tok int) bool) int {
	tx := s.tx
	sent := int(tx.Tokens[i].Sent)
	last := s.lastMentionBefore(i)
	for back := 0; back <= maxPronounReach && sent-back >= 0; back++ {
		sp := tx.Sents[sent-back].Span
		var fits []int // mention indexes in text order
		for k := last; k >= 0 && s.Mentions[k].From >= sp.From; k-- {
			m := s.Mentions[k]
			if m.From >= i || m.Actor < 0 || s.ents[m.Actor].Kind != Person || skip != nil && skip(m.From) {
				continue
			}
			es := s.ents[m.Actor].sex
			if sex != SexUnknown && es != SexUnknown && es != sex {
				continue
			}
			fits = append(fits, k)
		}
		if len(fits) == 0 {
			continue
		}
		first := s.Mentions[fits[len(fits)-1]]
		for _, k := range fits {
			if s.Mentions[k].Actor != first.Actor && s.afterPreposition(first) {
				return -1
			}
		}
		return first.Actor
	}
	return -1
}

// afterPreposition reports whether a mention is the object of a
// preposition ("met with Zelensky"), which makes it unlikely to be the
// subject a later pronoun points to.
func (s *Set) afterPreposition(m Mention) bool {
	k := m.RoleFrom - 1
	for k >= 0 && s.tx.Tokens[k].Kind == token.Word && (s.tx.Is(k, "the") || s.tx.Is(k, "a")) {
		k--
	}
	if k < 0 || s.tx.Tokens[k].Kind != token.Word {
		return false
	}
	switch s.tx.Lower(k) {
	case "with", "to", "by", "for", "of", "from", "about", "against", "on", "at", "in",
		"than", "and", "or", "between", "among", "like", "toward", "towards", "into":
		return true
	}
	return false
}

// maxPronounReach is how many sentences back a pronoun may find its
// antecedent; news copy rarely lets a "he" refer further.
const maxPronounReach = 3

// lastMentionBefore returns the index of the last mention that starts
// before token i, or -1.
func (s *Set) lastMentionBefore(i int) int {
	lo, hi := 0, len(s.Mentions)
	for lo < hi {
		mid := (lo + hi) / 2
		if s.Mentions[mid].From < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// RoleHolder returns the one person the text has given the role whose head
// noun is head ("envoy", "senator") before token i, or -1 when none or more
// than one has it.
func (s *Set) RoleHolder(head string, i int) int {
	found := -1
	for a, e := range s.ents {
		if e.Kind != Person || e.first >= i {
			continue
		}
		for _, h := range e.roleHeads {
			if h == head {
				if found >= 0 && found != a {
					return -1
				}
				found = a
			}
		}
	}
	return found
}

// PersonByTail returns the one person whose name ends with the words
// given, compared without case ("DE LA VEGA" for Rosalind de la Vega), or
// -1 when none or more than one does.
func (s *Set) PersonByTail(words []string) int {
	found := -1
	for a, e := range s.ents {
		if e.Kind != Person || len(e.words) <= len(words) || !tailOf(e.words, words) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = a
	}
	return found
}

// PersonNamed returns the one person whose surname (or, failing that, given
// name) is w, compared without case ("TRUMP" in a transcript), or -1 when
// none or more than one is.
func (s *Set) PersonNamed(w string) int {
	for pass := 0; pass < 2; pass++ {
		found := -1
		for a, e := range s.ents {
			if e.Kind != Person || !s.refers(e, w, pass) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = a
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// ByName returns the actor whose canonical name is name, or -1.
func (s *Set) ByName(name string) int {
	for a, e := range s.ents {
		if e.Name == name {
			return a
		}
	}
	return -1
}

// RecentOrg returns the organization mentioned last before token i, within
// reach sentences, or -1: what "the company" points back to.
func (s *Set) RecentOrg(i, reach int) int {
	sent := int(s.tx.Tokens[i].Sent)
	for k := s.lastMentionBefore(i); k >= 0; k-- {
		m := s.Mentions[k]
		if sent-int(s.tx.Tokens[m.From].Sent) > reach {
			break
		}
		if m.Actor >= 0 && s.ents[m.Actor].Kind == Organization {
			return m.Actor
		}
	}
	return -1
}

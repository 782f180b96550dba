package actor

import "github.com/whosaid/whosaid/extract/token"

// Roles: what the text says a person is or does, from titles before the
// name, appositions after it and role phrases set off by commas.

// addRoles records the role phrase before a mention ("envoy", "Ukrainian
// President") and an apposition after it (", a high-level Russian official
// who runs Russia's sovereign wealth fund,").
func (s *Set) addRoles(e *ent, m *Mention) {
	if e.Kind != Person {
		return
	}
	if m.RoleFrom < m.From {
		s.addRole(e, m.RoleFrom, m.From)
	} else if r, ok := s.roleBeforeComma(m); ok {
		s.addRole(e, r.From, r.To)
	}
	for _, r := range s.apposition(m.To) {
		s.addRole(e, r.From, r.To)
	}
}

func (s *Set) addRole(e *ent, from, to int) {
	for to > from && (s.tx.Tokens[to-1].Kind != token.Word && s.tx.Tokens[to-1].Kind != token.Number) {
		to--
	}
	for from < to && articles[s.tx.Lower(from)] {
		from++
	}
	if from >= to {
		return
	}
	if to-from == 1 && titles[s.tx.Lower(from)] != SexUnknown {
		return // "Mr.", "Mrs.": a courtesy, not a role
	}
	r := s.tx.Slice(from, to)
	if !contains(e.Roles, r) {
		e.Roles = append(e.Roles, r)
		e.roleHeads = append(e.roleHeads, s.tx.Lower(to-1))
	}
}

// roleBeforeComma returns the role set before a name by a comma: "La
// alcaldesa, María José Fernández de la Torre, defendió …", "The company's
// chief executive, Jane Doe, said".
func (s *Set) roleBeforeComma(m *Mention) (token.Span, bool) {
	tx := s.tx
	c := m.RoleFrom - 1
	if c < 1 || !tx.IsPunct(c, ",") || !tx.IsPunct(m.To, ",") {
		return token.Span{}, false
	}
	sent := tx.SentOf(c)
	for k := c - 1; k >= sent.From && c-k <= 6; k-- {
		t := tx.Tokens[k]
		if t.Kind != token.Word {
			return token.Span{}, false
		}
		if articles[tx.Lower(k)] && (k == sent.From || tx.Tokens[k-1].Kind != token.Word) {
			if c-k < 2 {
				return token.Span{}, false
			}
			return token.Span{From: k, To: c}, true
		}
	}
	return token.Span{}, false
}

// articles open a role phrase set before a name.
var articles = map[string]bool{
	"the": true, "a": true, "an": true, "la": true, "el": true, "le": true, "der": true,
	"die": true, "un": true, "une": true, "una": true, "ein": true, "eine": true, "sa": true,
	"su": true, "its": true, "his": true, "her": true, "their": true,
}

// apposition returns the role spans of ", a/an/the … ," after a name: the
// noun phrase, and a relative clause after "who" as a second role.
func (s *Set) apposition(i int) []token.Span {
	tx := s.tx
	if !tx.IsPunct(i, ",") {
		return nil
	}
	end := tx.SentOf(i).To
	if tx.Is(i+1, "who") && roleVerbs[tx.Lower(i+2)] {
		// ", who runs Russia's sovereign wealth fund"
		k := i + 2
		for k < end && tx.Tokens[k].Kind != token.Punct && !tx.Is(k, "and") && !tx.Is(k, "but") && k-i < 16 {
			k++
		}
		if k-i < 16 {
			return []token.Span{{From: i + 2, To: k}}
		}
		return nil
	}
	if !(tx.Is(i+1, "a") || tx.Is(i+1, "an") || tx.Is(i+1, "the")) {
		return nil
	}
	j := i + 2
	for j < end && tx.Tokens[j].Kind != token.Punct && tx.Tokens[j].Kind != token.Quote && !tx.Is(j, "who") && j-i < 16 {
		j++
	}
	if j-i >= 16 || j == i+2 || !roleNouns[tx.Lower(j-1)] {
		return nil
	}
	out := []token.Span{{From: i + 2, To: j}}
	if tx.Is(j, "who") && roleVerbs[tx.Lower(j+1)] {
		k := j + 1
		for k < end && tx.Tokens[k].Kind != token.Punct && !tx.Is(k, "and") && !tx.Is(k, "but") && k-j < 14 {
			k++
		}
		if k-j < 14 && k > j+2 {
			out = append(out, token.Span{From: j + 1, To: k})
		}
	}
	return out
}

// roleVerbs open a relative clause that tells what a person does: "who
// runs the fund", "who heads the agency".
var roleVerbs = map[string]bool{
	"runs": true, "leads": true, "heads": true, "chairs": true, "directs": true,
	"manages": true, "owns": true, "founded": true, "co-founded": true, "oversees": true,
	"represents": true, "served": true, "serves": true, "ran": true, "led": true,
	"headed": true, "chaired": true, "coaches": true, "edits": true, "hosts": true,
	"advises": true, "teaches": true, "commands": true, "owned": true,
}

// Package lexicon holds the word lists a rule-based news reader needs to tell
// people, organizations and places apart without a trained model: given
// names with sex, parts of personal names, common English words, countries,
// capitals, large cities and regions, demonyms, organization vocabulary and
// known organizations, and honorifics, titles and role nouns.
//
// The lists are embedded (see README.md for their sources and licences, and
// the command that rebuilds the generated ones). Each list is parsed on its
// first lookup, once, behind a sync.Once, and is never changed after that: a
// program that never looks a word up pays nothing, and lookups are safe from
// any number of goroutines.
//
// Lookups take a word or phrase as it appears in a text and match it
// case-insensitively and without Latin diacritics ("Jürgen" = "jurgen"), with
// runs of white space counted as one space; see Key. The few all-capital
// acronyms that are also English words ("US", "WHO") match only as written.
// Callers strip possessives ("Russia's") and sentence punctuation first, and
// decide themselves whether capitalization makes a word a name: "Will" is a
// given name and also a common word, and IsCommonWord says so.
//
// Multi-word entries ("New York City", "Prime Minister", "White House")
// are found by growing a span word by word while IsPrefix reports that some
// entry continues it, and looking up each span on the way.
//
// Lookups do not allocate.
package lexicon

import "sync"

// Sex is the sex a name or title implies, for resolving he and she.
type Sex uint8

// Sexes. Either is a name given to both sexes (neither has 90 % of its
// bearers: "Jordan"); Unknown is a word that implies neither ("Dr.").
const (
	Unknown Sex = iota
	Male
	Female
	Either
)

// String returns "unknown", "male", "female" or "either".
func (s Sex) String() string {
	switch s {
	case Male:
		return "male"
	case Female:
		return "female"
	case Either:
		return "either"
	}
	return "unknown"
}

func parseSex(s string) (Sex, bool) {
	switch s {
	case "m":
		return Male, true
	case "f":
		return Female, true
	case "e":
		return Either, true
	case "", "-":
		return Unknown, true
	}
	return Unknown, false
}

// lazy is a list parsed on first use.
type lazy[T any] struct {
	once sync.Once
	val  T
	load func() (T, error)
}

func (l *lazy[T]) get() T {
	l.once.Do(func() { l.val = must(l.load()) })
	return l.val
}

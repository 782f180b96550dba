package actor

import "github.com/whosaid/whosaid/extract/lexicon"

// Embedded is the Lexicon backed by the word lists of package lexicon:
// given names with their sex, surnames, common words, places, demonyms,
// organization words and known organizations, titles. Its lists load on
// first use.
var Embedded = &Lexicon{
	GivenName: func(w string) (Sex, bool) {
		n, ok := lexicon.GivenName(w)
		if !ok || n.Rare || lexicon.IsCommonWord(w) && n.Sex == lexicon.Either {
			return SexUnknown, false
		}
		return sexOf(n.Sex), true
	},
	Place: func(name string) bool {
		_, ok := lexicon.LookupPlace(name)
		return ok
	},
	Demonym: func(w string) bool {
		_, ok := lexicon.Demonym(w)
		return ok
	},
	OrgHead: func(w string) bool { return lexicon.OrgHead(w) || lexicon.OrgSuffix(w) },
	Org: func(name string) bool {
		_, ok := lexicon.LookupOrg(name)
		return ok
	},
	Surname:    lexicon.PersonName,
	CommonWord: lexicon.IsCommonWord,
	Title: func(phrase string) (Sex, bool) {
		t, ok := lexicon.Honorific(phrase)
		return sexOf(t.Sex), ok
	},
}

func sexOf(s lexicon.Sex) Sex {
	switch s {
	case lexicon.Male:
		return Male
	case lexicon.Female:
		return Female
	}
	return SexUnknown
}

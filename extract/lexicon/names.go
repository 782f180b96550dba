package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
)

var (
	//go:embed data/given.tsv.gz
	givenData string
	//go:embed data/given_extra.tsv
	givenExtraData string
	//go:embed data/words.txt.gz
	wordsData string
	//go:embed data/persons.txt.gz
	personsData string
	//go:embed data/family_first.txt
	familyFirstData string
	//go:embed data/particles.txt
	particlesData string
)

// Name is what the lists tell about a given name.
type Name struct {
	Sex Sex // Male, Female or Either
	// Rare marks a name given fewer than 500 times in US births 1880–2024
	// and in neither the English nor the hand-written international list
	// ("Obama"): weak evidence of a person on its own.
	Rare bool
}

// givenLists are the hand-written international names, few and with
// diacritics, in a table consulted first, and the generated names, sorted.
type givenLists struct {
	extra *table[Name]
	all   *sorted
}

var (
	givenNames  = lazy[givenLists]{load: loadGiven}
	words       = lazy[*sorted]{load: func() (*sorted, error) { return loadSorted("words.txt.gz", wordsData) }}
	persons     = lazy[*sorted]{load: func() (*sorted, error) { return loadSorted("persons.txt.gz", personsData) }}
	familyFirst = lazy[*table[struct{}]]{load: func() (*table[struct{}], error) {
		return loadSet("family_first.txt", familyFirstData)
	}}
	particles = lazy[*table[struct{}]]{load: func() (*table[struct{}], error) {
		return loadSet("particles.txt", particlesData)
	}}
)

// GivenName reports whether word is a given name, and its sex. It covers
// some 68 000 names given in the US since 1880 and a hand-written list of
// names seen in international news ("Volodymyr", "Recep", "Jürgen").
// Many given names are also English words ("Will", "Hope", "Said") or
// dates ("June"): check IsCommonWord before taking a capitalized word for a
// name on its own. Some are also places ("Jordan", "Paris", "Georgia"),
// which LookupPlace finds.
func GivenName(word string) (Name, bool) {
	g := givenNames.get()
	if n, ok := g.extra.get(word); ok {
		return n, true
	}
	line, ok := g.all.find(word)
	if !ok {
		return Name{}, false
	}
	// The line is key, tab, sex letter, and for a rare name tab and "r";
	// loadGiven checked that every line has that form.
	_, rest, _ := strings.Cut(line, "\t")
	sex, _ := parseSex(rest[:1])
	return Name{Sex: sex, Rare: strings.HasSuffix(rest, "\tr")}, true
}

// IsCommonWord reports whether word, lower-cased, is a common English word
// (SCOWL sizes 10 to 35: "will", "grant", "general", "said") or the name of
// a month, weekday or holiday ("June", "Tuesday", "Easter"), so that a
// capitalized use may be a sentence start, a heading or a date rather than
// a name. Other proper nouns ("Paris") are not common words.
func IsCommonWord(word string) bool {
	_, ok := words.get().find(word)
	return ok
}

// PersonName reports whether word is recorded as part of a personal name,
// given name or surname ("Dmitriev", "Kushner", "Okonjo"), in a list of some
// 190 000 that leaves out common English words and the other lists' words
// ("Russian", "Ministry"). The list does not say which part a word is; it is
// weak evidence, to weigh with capitalization and context.
func PersonName(word string) bool {
	_, ok := persons.get().find(word)
	return ok
}

// FamilyNameFirst reports whether word is a Chinese, Korean or Vietnamese
// family name, which news writes before the given name ("Xi Jinping",
// "Kim Jong Un", "Lee Jae-myung"): after it comes the given name, and a later
// mention by the family name alone ("Xi said") is the same person.
func FamilyNameFirst(word string) bool {
	_, ok := familyFirst.get().get(word)
	return ok
}

// NameParticle reports whether word is a lower-case particle inside personal
// names ("von", "van", "der", "de", "la", "bin", "al"), which joins the
// words around it into one name ("Ursula von der Leyen").
func NameParticle(word string) bool {
	_, ok := particles.get().get(word)
	return ok
}

func loadGiven() (givenLists, error) {
	extra := newTable[Name](2000)
	err := lines("given_extra.tsv", givenExtraData, func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want name, sex, got %d fields", len(fields))
		}
		sex, ok := parseSex(fields[1])
		if !ok || sex == Unknown {
			return fmt.Errorf("sex %q", fields[1])
		}
		return extra.add(fields[0], Name{Sex: sex}, false)
	})
	if err != nil {
		return givenLists{}, err
	}
	all, err := loadSorted("given.tsv.gz", givenData)
	if err != nil {
		return givenLists{}, err
	}
	for i := range all.starts {
		// GivenName reads the fields after the key by position.
		_, rest, _ := strings.Cut(all.line(i), "\t")
		if (len(rest) != 1 && rest[1:] != "\tr") || !strings.Contains("mfe", rest[:1]) {
			return givenLists{}, fmt.Errorf("given.tsv.gz: line %q: want name, sex (m, f, e)[, r]", all.line(i))
		}
	}
	return givenLists{extra: extra, all: all}, nil
}

// loadSorted decompresses and indexes a sorted list.
func loadSorted(name, data string) (*sorted, error) {
	text, err := gunzip(name, data)
	if err != nil {
		return nil, err
	}
	return newSorted(name, text)
}

// loadSet reads a small hand-written list of one phrase per line.
func loadSet(name, data string) (*table[struct{}], error) {
	t := newTable[struct{}](200)
	err := lines(name, data, func(fields []string) error {
		if len(fields) != 1 {
			return fmt.Errorf("want one phrase, got %d fields", len(fields))
		}
		return t.add(fields[0], struct{}{}, false)
	})
	return t, err
}

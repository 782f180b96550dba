package lexicon

import (
	_ "embed"
	"fmt"
)

var (
	//go:embed data/org_words.tsv
	orgWordsData string
	//go:embed data/orgs.tsv
	orgsData string
)

// OrgKind is the kind of a known organization.
type OrgKind uint8

// Kinds of organization.
const (
	Government    OrgKind = iota + 1 // a government, its agencies, courts, legislatures, forces: "Kremlin", "FBI"
	International                    // an intergovernmental body: "NATO", "United Nations", "IMF"
	Media                            // a news organization: "Axios", "Reuters"
	Company                          // a business: "Gazprom", "Boeing"
	Party                            // a political party: "Republican Party", "Labour"
	Group                            // an armed, militant, advocacy or other group: "Hamas", "Amnesty International"
)

// String returns the kind's name in lower case.
func (k OrgKind) String() string {
	if k >= Government && k <= Group {
		return orgKindNames[k-1]
	}
	return "unknown"
}

var orgKindNames = [...]string{"government", "international", "media", "company", "party", "group"}

func parseOrgKind(s string) (OrgKind, bool) {
	for i, n := range orgKindNames {
		if n == s {
			return OrgKind(i + 1), true
		}
	}
	return 0, false
}

// Org is a known organization.
type Org struct {
	Name    string  // canonical name: "North Atlantic Treaty Organization" for "NATO"
	Kind    OrgKind // Government, International, Media, Company, Party or Group
	Country string  // the country of a national organization, as LookupPlace names it
}

// orgWord is what the vocabulary list says of one word.
type orgWord uint8

const (
	orgHead   orgWord = iota + 1 // a noun that heads an organization's name
	orgSuffix                    // a legal form that ends a company's name
)

var (
	orgWords = lazy[*table[orgWord]]{load: loadOrgWords}
	orgs     = lazy[*table[Org]]{load: loadOrgs}
)

// OrgHead reports whether word is a noun that heads organization names,
// before or after the other words: "Ministry" (of Defense, Defense
// Ministry), "Council", "Committee", "University", "Party", "Bank", "Court",
// "Parliament", "Army", "Police", and the mastheads "Times", "Post", "News".
// A few heads are two words ("Air Force"). The list is hand-written.
func OrgHead(word string) bool {
	w, ok := orgWords.get().get(word)
	return ok && w == orgHead
}

// OrgSuffix reports whether word is a legal form that ends a company name:
// "Inc.", "Corp.", "Ltd", "LLC", "PLC", "GmbH", "AG", "S.A.", "N.V.". The
// all-capital two-letter forms ("AG", "SA") match only as written. The list
// is hand-written.
func OrgSuffix(word string) bool {
	w, ok := orgWords.get().get(word)
	return ok && w == orgSuffix
}

// LookupOrg returns the organization known by name or acronym: "NATO",
// "U.N.", "Kremlin", "White House", "State Department", "Axios", "Hamas".
// Acronyms that are also words ("WHO", "AP") match only in capitals. The
// list is hand-written and holds a few hundred organizations prominent in
// international and US news; others are found by OrgHead and OrgSuffix.
func LookupOrg(name string) (Org, bool) {
	return orgs.get().get(name)
}

func loadOrgWords() (*table[orgWord], error) {
	t := newTable[orgWord](200)
	err := lines("org_words.tsv", orgWordsData, func(fields []string) error {
		if len(fields) != 3 {
			return fmt.Errorf("want word, kind, flags, got %d fields", len(fields))
		}
		var w orgWord
		switch fields[1] {
		case "head":
			w = orgHead
		case "suffix":
			w = orgSuffix
		default:
			return fmt.Errorf("kind %q", fields[1])
		}
		return t.add(fields[0], w, fields[2] == "x")
	})
	return t, err
}

// loadOrgs reads rows of phrase, canonical name ("" = phrase), kind,
// country and flags (x = match case exactly).
func loadOrgs() (*table[Org], error) {
	t := newTable[Org](600)
	err := lines("orgs.tsv", orgsData, func(fields []string) error {
		if len(fields) != 5 {
			return fmt.Errorf("want phrase, name, kind, country, flags, got %d fields", len(fields))
		}
		kind, ok := parseOrgKind(fields[2])
		if !ok {
			return fmt.Errorf("kind %q", fields[2])
		}
		o := Org{Name: fields[1], Kind: kind, Country: fields[3]}
		if o.Name == "" {
			o.Name = fields[0]
		}
		if fields[4] != "" && fields[4] != "x" {
			return fmt.Errorf("flags %q", fields[4])
		}
		return t.add(fields[0], o, fields[4] == "x")
	})
	return t, err
}

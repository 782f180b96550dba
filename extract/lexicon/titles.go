package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/titles.tsv
var titlesData string

// TitleKind tells how a title or role word is used.
type TitleKind uint8

// Kinds of title.
const (
	Courtesy TitleKind = iota + 1 // only before a name: "Mr.", "Dr.", "Sir"
	Office                        // before a name or alone as a role: "President", "Sen.", "Judge", "minister"
	Role                          // a role noun that describes a person: "official", "spokesman", "source"
)

// String returns "courtesy", "office" or "role".
func (k TitleKind) String() string {
	switch k {
	case Courtesy:
		return "courtesy"
	case Office:
		return "office"
	case Role:
		return "role"
	}
	return "unknown"
}

// Title is an honorific, an office or a role noun.
type Title struct {
	Full   string    // the singular, unabbreviated form as listed (offices capitalized): "Senator" for "Sen." and "senators"
	Kind   TitleKind // Courtesy, Office or Role
	Sex    Sex       // the sex it implies: Male for "Mr." and "spokesman", else often Unknown
	Plural bool      // "officials", "sources": a group, not one person
}

var titles = lazy[*table[Title]]{load: loadTitles}

// Honorific returns the title when phrase is a courtesy title or an office
// written before a personal name: "Mr.", "Mrs.", "Dr.", "Prof.", "Sen.",
// "Gov.", "Gen.", "Judge", "Coach", "President", "Prime Minister",
// "Chancellor". Abbreviations match with or without their periods.
func Honorific(phrase string) (Title, bool) {
	t, ok := titles.get().get(phrase)
	if !ok || t.Kind == Role || t.Plural {
		return Title{}, false
	}
	return t, true
}

// RoleNoun returns the title when phrase can name a person by role, as in
// "the envoy said" or "one Ukrainian official told Axios": offices
// ("minister", "senators") and role nouns ("official", "spokeswoman",
// "aide", "source", "person", "analysts", "lawyer"), singular or plural.
func RoleNoun(phrase string) (Title, bool) {
	t, ok := titles.get().get(phrase)
	if !ok || t.Kind == Courtesy {
		return Title{}, false
	}
	return t, true
}

// loadTitles reads rows of phrase, full form ("" = phrase), kind, sex and
// flags (n = no plural form). Each abbreviation is added without its
// periods as well, and each office and role with its plural.
func loadTitles() (*table[Title], error) {
	t := newTable[Title](1200)
	err := lines("titles.tsv", titlesData, func(fields []string) error {
		if len(fields) != 5 {
			return fmt.Errorf("want phrase, full, kind, sex, flags, got %d fields", len(fields))
		}
		ti := Title{Full: fields[1]}
		if ti.Full == "" {
			ti.Full = fields[0]
		}
		switch fields[2] {
		case "courtesy":
			ti.Kind = Courtesy
		case "office":
			ti.Kind = Office
		case "role":
			ti.Kind = Role
		default:
			return fmt.Errorf("kind %q", fields[2])
		}
		var ok bool
		if ti.Sex, ok = parseSex(fields[3]); !ok {
			return fmt.Errorf("sex %q", fields[3])
		}
		phrase := fields[0]
		if err := t.add(phrase, ti, false); err != nil {
			return err
		}
		if strings.Contains(phrase, ".") {
			return t.add(strings.ReplaceAll(phrase, ".", ""), ti, false)
		}
		if ti.Kind == Courtesy || fields[4] == "n" {
			return nil
		}
		ti.Plural = true
		return t.add(plural(phrase), ti, false)
	})
	return t, err
}

// plural returns the plural of an English role phrase: its head noun, the
// word before "of" or else the last word, takes the plural ending
// ("chiefs of staff", "press secretaries", "spokesmen", "spokespeople").
func plural(phrase string) string {
	head, tail := phrase, ""
	if i := strings.Index(phrase, " of "); i >= 0 {
		head, tail = phrase[:i], phrase[i:]
	}
	return pluralWord(head) + tail
}

func pluralWord(w string) string {
	switch {
	case strings.HasSuffix(w, "person"):
		return strings.TrimSuffix(w, "person") + "people"
	case strings.HasSuffix(w, "man"):
		return strings.TrimSuffix(w, "man") + "men" // also "woman" → "women"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

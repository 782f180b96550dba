package actor

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/token"
)

var testLexicon = &Lexicon{
	GivenName: func(w string) (Sex, bool) {
		switch w {
		case "Hillary", "Chelsea", "Ursula", "Anna":
			return Female, true
		case "Bill", "Kirill", "Steve", "Donald", "Volodymyr", "Tom":
			return Male, true
		}
		return SexUnknown, false
	},
}

func actorsOf(text string) map[string]Actor {
	s := Find(token.New(text), testLexicon)
	m := map[string]Actor{}
	for _, a := range s.Actors() {
		m[a.Name] = a
	}
	return m
}

func TestActors(t *testing.T) {
	text := "Led by envoy Steve Witkoff, the talks went on. Witkoff met Kirill Dmitriev, a high-level Russian official who runs Russia’s sovereign wealth fund. " +
		"Ukrainian President Volodymyr Zelensky was in Turkey. Dmitriev told Axios the Federal Bureau of Investigation (FBI) was not involved. " +
		"Hillary Clinton and Bill Clinton arrived. Mr. Clinton spoke. The White House and the Ministry of Defence said nothing. " +
		"Ursula von der Leyen, J. K. Rowling and Jean-Luc Mélenchon agreed. The FBI declined."
	got := actorsOf(text)
	tests := []struct {
		name, kind string
		aliases    []string
		roles      []string
		mentions   int
	}{
		{"Steve Witkoff", Person, []string{"Witkoff"}, []string{"envoy"}, 2},
		{"Kirill Dmitriev", Person, []string{"Dmitriev"}, []string{"high-level Russian official", "runs Russia’s sovereign wealth fund"}, 2},
		{"Volodymyr Zelensky", Person, nil, []string{"Ukrainian President"}, 1},
		{"Hillary Clinton", Person, nil, nil, 1},
		{"Bill Clinton", Person, []string{"Clinton"}, nil, 2},
		{"Federal Bureau of Investigation", Organization, []string{"FBI"}, nil, 3},
		{"White House", Organization, nil, nil, 1},
		{"Ministry of Defence", Organization, nil, nil, 1},
		{"Turkey", Place, nil, nil, 1},
		{"Ursula von der Leyen", Person, nil, nil, 1},
		{"J. K. Rowling", Person, nil, nil, 1},
		{"Jean-Luc Mélenchon", Person, nil, nil, 1},
	}
	for _, tt := range tests {
		a, ok := got[tt.name]
		if !ok {
			t.Errorf("no actor %q; have %v", tt.name, keys(got))
			continue
		}
		if a.Kind != tt.kind || a.Mentions != tt.mentions || !same(a.Aliases, tt.aliases) || !same(a.Roles, tt.roles) {
			t.Errorf("%s = %+v, want kind %s, %d mentions, aliases %q, roles %q", tt.name, a, tt.kind, tt.mentions, tt.aliases, tt.roles)
		}
	}
}

func keys(m map[string]Actor) []string {
	var k []string
	for n := range m {
		k = append(k, n)
	}
	sort.Strings(k)
	return k
}

func same(a, b []string) bool { return strings.Join(a, "|") == strings.Join(b, "|") }

func TestAntecedent(t *testing.T) {
	tests := []struct {
		name, text, pronoun string
		sex                 Sex
		want                string
	}{
		{"subject of the sentence before", "Steve Witkoff met Volodymyr Zelensky in Miami. He left early.", "He", Male, "Steve Witkoff"},
		{"sex rules out the nearer one", "Anna Lee met Tom Jones. She left early.", "She", Female, "Anna Lee"},
		{"the object alone is not enough when two fit", "The vote went to Tom Jones and Steve Witkoff. He left.", "He", Male, ""},
		{"too far back", "Tom Jones spoke. One. Two. Three. Four. He left.", "He", Male, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := token.New(tt.text)
			s := Find(tx, testLexicon)
			i := strings.LastIndex(tt.text, tt.pronoun)
			tok := -1
			for k, tk := range tx.Tokens {
				if int(tk.Start) == i {
					tok = k
				}
			}
			got := ""
			if a := s.Antecedent(tok, tt.sex, nil); a >= 0 {
				got = s.Name(a)
			}
			if got != tt.want {
				t.Errorf("antecedent of %q = %q, want %q", tt.pronoun, got, tt.want)
			}
		})
	}
}

func TestRoleHolder(t *testing.T) {
	tx := token.New("Led by envoy Steve Witkoff, talks began. The envoy said little.")
	s := Find(tx, nil)
	if a := s.RoleHolder("envoy", len(tx.Tokens)-1); a < 0 || s.Name(a) != "Steve Witkoff" {
		t.Errorf("role holder of envoy = %d", a)
	}
	if a := s.RoleHolder("senator", len(tx.Tokens)-1); a >= 0 {
		t.Errorf("nobody is a senator, got %s", s.Name(a))
	}
}

func ExampleFind() {
	tx := token.New("Led by envoy Steve Witkoff, the talks began in Miami. Witkoff met Kirill Dmitriev, who runs Russia’s sovereign wealth fund.")
	for _, a := range Find(tx, nil).Actors() {
		fmt.Printf("%s (%s) aliases=%q roles=%q mentions=%d\n", a.Name, a.Kind, a.Aliases, a.Roles, a.Mentions)
	}
	// Output:
	// Steve Witkoff (person) aliases=["Witkoff"] roles=["envoy"] mentions=2
	// Miami (place) aliases=[] roles=[] mentions=1
	// Kirill Dmitriev (person) aliases=[] roles=["runs Russia’s sovereign wealth fund"] mentions=1
	// Russia (place) aliases=[] roles=[] mentions=1
}

// TestKindRules holds the rules that tell a name's kind from its company
// and its text: one case a rule, with the embedded lists.
func TestKindRules(t *testing.T) {
	tests := []struct {
		name, text, actor, kind string
	}{
		{"a lone surname coordinated with a person",
			"Donald Trump spoke on Monday. Principles were discussed by Trump and Putin in Alaska.", "Putin", Person},
		{"a street is a place", "The fire started on Mill Road late on Sunday, officials said.", "Mill Road", Place},
		{"a park is a place", "Crowds filled Quayside Park for the concert on Saturday.", "Quayside Park", Place},
		{"a header's fields are read like a headline",
			"Trump Team Quietly Crafts Deal/ Newslooks/ Morning Edition/ The plan is secret.", "Morning Edition", ""},
		{"a German noun is no person",
			"Der Rat hat am Montag beschlossen, dass die Stadt ab Juni autofrei wird. Die Busse fahren weiter, und der Sommer wird zeigen, ob es funktioniert. Das ist nicht sicher, sagt die Stadt.",
			"Sommer", ""},
		{"a German given name still makes a person",
			"Der Rat hat am Montag beschlossen, dass die Stadt ab Juni autofrei wird. Die Busse fahren weiter, sagt Sabine Kranz. Das ist nicht sicher, und es wird sich zeigen, ob es funktioniert.",
			"Sabine Kranz", Person},
		{"a place that opens with a common word keeps it",
			"Officials spoke to The New York Times on Monday.", "New York Times", Organization},
		{"a country that opens with a common word keeps it",
			"She flew to New Zealand on Monday.", "New Zealand", Place},
		{"the common word alone still goes", "New rules apply to Mary Smith from Monday.", "New", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Find(token.New(tt.text), Embedded)
			kind := ""
			for _, a := range s.Actors() {
				if a.Name == tt.actor {
					kind = a.Kind
				}
			}
			if kind != tt.kind {
				t.Errorf("%q in %q: kind %q, want %q", tt.actor, tt.text, kind, tt.kind)
			}
		})
	}
}

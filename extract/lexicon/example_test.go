package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/extract/lexicon"
)

func ExampleGivenName() {
	for _, w := range []string{"Kirill", "Jürgen", "Ngozi", "Jordan", "Will", "Dmitriev"} {
		n, ok := lexicon.GivenName(w)
		fmt.Println(w, n.Sex, ok, lexicon.IsCommonWord(w))
	}
	// Output:
	// Kirill male true false
	// Jürgen male true false
	// Ngozi female true false
	// Jordan either true false
	// Will male true true
	// Dmitriev unknown false false
}

func ExampleLookupPlace() {
	for _, name := range []string{"Kiev", "U.S.", "Middle East"} {
		p, _ := lexicon.LookupPlace(name)
		fmt.Printf("%s: %s, %s, capital %v\n", name, p.Name, p.Kind, p.Capital)
	}
	// Output:
	// Kiev: Kyiv, city, capital true
	// U.S.: United States, country, capital false
	// Middle East: Middle East, region, capital false
}

func ExampleDemonym() {
	p, ok := lexicon.Demonym("Ukrainian")
	fmt.Println(p.Name, p.Kind, ok)
	// Output: Ukraine country true
}

func ExampleLookupOrg() {
	for _, name := range []string{"NATO", "Kremlin", "Axios", "who"} {
		o, ok := lexicon.LookupOrg(name)
		fmt.Println(name, o.Name, o.Kind, ok)
	}
	// Output:
	// NATO North Atlantic Treaty Organization international true
	// Kremlin Kremlin government true
	// Axios Axios media true
	// who  unknown false
}

func ExampleOrgHead() {
	fmt.Println(lexicon.OrgHead("Ministry"), lexicon.OrgSuffix("GmbH"), lexicon.OrgHead("official"))
	// Output: true true false
}

func ExampleHonorific() {
	for _, w := range []string{"Mrs.", "Sen.", "Prime Minister"} {
		t, _ := lexicon.Honorific(w)
		fmt.Println(w, "→", t.Full, t.Kind, t.Sex)
	}
	// Output:
	// Mrs. → Missus courtesy female
	// Sen. → Senator office unknown
	// Prime Minister → Prime Minister office unknown
}

func ExampleRoleNoun() {
	for _, w := range []string{"official", "spokeswoman", "sources"} {
		t, _ := lexicon.RoleNoun(w)
		fmt.Println(w, "→", t.Full, t.Sex, t.Plural)
	}
	// Output:
	// official → official unknown false
	// spokeswoman → Spokeswoman female false
	// sources → source unknown true
}

// Growing a span word by word while IsPrefix holds finds the longest entry.
func ExampleIsPrefix() {
	words := strings.Fields("Prime Minister Keir Starmer said")
	longest := 0
	for n := 1; n <= len(words); n++ {
		span := strings.Join(words[:n], " ")
		if _, ok := lexicon.Honorific(span); ok {
			longest = n
		}
		if !lexicon.IsPrefix(span) {
			break
		}
	}
	fmt.Println(strings.Join(words[:longest], " "))
	// Output: Prime Minister
}

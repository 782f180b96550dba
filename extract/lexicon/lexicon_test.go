package lexicon

import "testing"

func TestGivenName(t *testing.T) {
	tests := []struct {
		word   string
		want   Name
		wantOK bool
	}{
		{"Kirill", Name{Sex: Male}, true},
		{"kirill", Name{Sex: Male}, true},
		{"KIRILL", Name{Sex: Male}, true},
		{"Volodymyr", Name{Sex: Male}, true},
		{"Jürgen", Name{Sex: Male}, true},
		{"Jurgen", Name{Sex: Male}, true},
		{"Łukasz", Name{Sex: Male}, true},
		{"Lukasz", Name{Sex: Male}, true},
		{"Recep", Name{Sex: Male}, true},
		{"Narendra", Name{Sex: Male}, true},
		{"Olaf", Name{Sex: Male}, true},
		{"Ngozi", Name{Sex: Female}, true},
		{"Ségolène", Name{Sex: Female}, true},
		{"Segolene", Name{Sex: Female}, true},
		{"Giorgia", Name{Sex: Female}, true},
		{"Ursula", Name{Sex: Female}, true},
		{"Mary", Name{Sex: Female}, true},
		{"Hope", Name{Sex: Female}, true},
		{"Will", Name{Sex: Male}, true},
		{"Mark", Name{Sex: Male}, true},
		{"Jordan", Name{Sex: Either}, true},
		{"Obama", Name{Sex: Male, Rare: true}, true},
		{"Dmitriev", Name{}, false},
		{"President", Name{}, false}, // 45 US births, and a common word
		{"the", Name{}, false},
		{"", Name{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := GivenName(tt.word)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("GivenName(%q) = %+v, %v; want %+v, %v", tt.word, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestWordLists(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		word string
		want bool
	}{
		{"common", IsCommonWord, "Will", true},
		{"common", IsCommonWord, "may", true},
		{"common", IsCommonWord, "Grant", true},
		{"common", IsCommonWord, "Said", true},
		{"common", IsCommonWord, "officials", true},
		{"common", IsCommonWord, "Kirill", false},
		{"common", IsCommonWord, "June", true}, // a month
		{"common", IsCommonWord, "Tuesday", true},
		{"common", IsCommonWord, "Paris", false}, // a proper noun
		{"person", PersonName, "Dmitriev", true},
		{"person", PersonName, "Kushner", true},
		{"person", PersonName, "Kirill", true},
		{"person", PersonName, "Ministry", false},
		{"person", PersonName, "Russian", false},
		{"person", PersonName, "House", false},
		{"person", PersonName, "Monday", false},
		{"family first", FamilyNameFirst, "Xi", true},
		{"family first", FamilyNameFirst, "Kim", true},
		{"family first", FamilyNameFirst, "Nguyen", true},
		{"family first", FamilyNameFirst, "He", false},
		{"family first", FamilyNameFirst, "Smith", false},
		{"particle", NameParticle, "von", true},
		{"particle", NameParticle, "der", true},
		{"particle", NameParticle, "bin", true},
		{"particle", NameParticle, "Leyen", false},
		{"org head", OrgHead, "Ministry", true},
		{"org head", OrgHead, "ministry", true},
		{"org head", OrgHead, "University", true},
		{"org head", OrgHead, "Air Force", true},
		{"org head", OrgHead, "Times", true},
		{"org head", OrgHead, "Inc.", false},
		{"org head", OrgHead, "official", false},
		{"org suffix", OrgSuffix, "Inc.", true},
		{"org suffix", OrgSuffix, "Ltd", true},
		{"org suffix", OrgSuffix, "GmbH", true},
		{"org suffix", OrgSuffix, "S.A.", true},
		{"org suffix", OrgSuffix, "AG", true},
		{"org suffix", OrgSuffix, "ag", false},
		{"org suffix", OrgSuffix, "Ministry", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.word, func(t *testing.T) {
			if got := tt.fn(tt.word); got != tt.want {
				t.Errorf("%s(%q) = %v, want %v", tt.name, tt.word, got, tt.want)
			}
		})
	}
}

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		name string
		want Place // Population is checked only for being positive when want's is
		ok   bool
	}{
		{"Ukraine", Place{Name: "Ukraine", Kind: Country, Country: "Ukraine"}, true},
		{"U.S.", Place{Name: "United States", Kind: Country, Country: "United States"}, true},
		{"US", Place{Name: "United States", Kind: Country, Country: "United States"}, true},
		{"us", Place{}, false},
		{"Britain", Place{Name: "United Kingdom", Kind: Country, Country: "United Kingdom"}, true},
		{"U.K.", Place{Name: "United Kingdom", Kind: Country, Country: "United Kingdom"}, true},
		{"Turkey", Place{Name: "Türkiye", Kind: Country, Country: "Türkiye"}, true},
		{"Georgia", Place{Name: "Georgia", Kind: Country, Country: "Georgia"}, true},
		{"Texas", Place{Name: "Texas", Kind: State, Country: "United States"}, true},
		{"Scotland", Place{Name: "Scotland", Kind: State, Country: "United Kingdom"}, true},
		{"Kyiv", Place{Name: "Kyiv", Kind: City, Country: "Ukraine", Capital: true, Population: 1}, true},
		{"Kiev", Place{Name: "Kyiv", Kind: City, Country: "Ukraine", Capital: true, Population: 1}, true},
		{"KYIV", Place{Name: "Kyiv", Kind: City, Country: "Ukraine", Capital: true, Population: 1}, true},
		{"Moscow", Place{Name: "Moscow", Kind: City, Country: "Russia", Capital: true, Population: 1}, true},
		{"Washington", Place{Name: "Washington, D.C.", Kind: City, Country: "United States", Capital: true, Population: 1}, true},
		{"New York", Place{Name: "New York City", Kind: City, Country: "United States", Population: 1}, true},
		{"New\n York", Place{Name: "New York City", Kind: City, Country: "United States", Population: 1}, true},
		{"London", Place{Name: "London", Kind: City, Country: "United Kingdom", Capital: true, Population: 1}, true},
		{"Hamilton", Place{Name: "Hamilton", Kind: City, Country: "Canada", Population: 1}, true},
		{"Jerusalem", Place{Name: "Jerusalem", Kind: City, Country: "Israel", Capital: true, Population: 1}, true},
		{"São Paulo", Place{Name: "São Paulo", Kind: City, Country: "Brazil", Population: 1}, true},
		{"Sao Paulo", Place{Name: "São Paulo", Kind: City, Country: "Brazil", Population: 1}, true},
		{"Europe", Place{Name: "Europe", Kind: Region}, true},
		{"Middle East", Place{Name: "Middle East", Kind: Region}, true},
		{"West Bank", Place{Name: "West Bank", Kind: Region, Country: "Palestine"}, true},
		{"Crimea", Place{Name: "Crimea", Kind: Region, Country: "Ukraine"}, true},
		{"Dmitriev", Place{}, false},
		{"", Place{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LookupPlace(tt.name)
			if ok != tt.ok {
				t.Fatalf("LookupPlace(%q) ok = %v, want %v (got %+v)", tt.name, ok, tt.ok, got)
			}
			if tt.want.Population > 0 {
				if got.Population < 100_000 {
					t.Errorf("LookupPlace(%q).Population = %d, want a large city", tt.name, got.Population)
				}
				got.Population = tt.want.Population
			}
			if got != tt.want {
				t.Errorf("LookupPlace(%q) = %+v, want %+v", tt.name, got, tt.want)
			}
		})
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct {
		word, place string
		kind        PlaceKind
		ok          bool
	}{
		{"Ukrainian", "Ukraine", Country, true},
		{"Ukrainians", "Ukraine", Country, true},
		{"ukrainian", "Ukraine", Country, true},
		{"Russian", "Russia", Country, true},
		{"German", "Germany", Country, true},
		{"American", "United States", Country, true},
		{"British", "United Kingdom", Country, true},
		{"Briton", "United Kingdom", Country, true},
		{"Israelis", "Israel", Country, true},
		{"Palestinian", "Palestine", Country, true},
		{"Chinese", "China", Country, true},
		{"South Korean", "South Korea", Country, true},
		{"Saudi", "Saudi Arabia", Country, true},
		{"Turkish", "Türkiye", Country, true},
		{"Bavarian", "Bavaria", State, true},
		{"European", "Europe", Region, true},
		{"Gazan", "Gaza Strip", Region, true},
		{"Kurdish", "Kurdistan", Region, true},
		{"Ukraine", "", 0, false},
		{"official", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := Demonym(tt.word)
			if ok != tt.ok || got.Name != tt.place || got.Kind != tt.kind {
				t.Errorf("Demonym(%q) = %+v, %v; want %s (%v), %v", tt.word, got, ok, tt.place, tt.kind, tt.ok)
			}
		})
	}
}

func TestLookupOrg(t *testing.T) {
	tests := []struct {
		name string
		want Org
		ok   bool
	}{
		{"NATO", Org{Name: "North Atlantic Treaty Organization", Kind: International}, true},
		{"Nato", Org{Name: "North Atlantic Treaty Organization", Kind: International}, true},
		{"North Atlantic Treaty Organization", Org{Name: "North Atlantic Treaty Organization", Kind: International}, true},
		{"U.N.", Org{Name: "United Nations", Kind: International}, true},
		{"UN", Org{Name: "United Nations", Kind: International}, true},
		{"un", Org{}, false},
		{"WHO", Org{Name: "World Health Organization", Kind: International}, true},
		{"who", Org{}, false},
		{"Who", Org{}, false},
		{"Kremlin", Org{Name: "Kremlin", Kind: Government, Country: "Russia"}, true},
		{"the Kremlin", Org{}, false}, // callers drop the article
		{"White House", Org{Name: "White House", Kind: Government, Country: "United States"}, true},
		{"State Department", Org{Name: "State Department", Kind: Government, Country: "United States"}, true},
		{"RDIF", Org{Name: "Russian Direct Investment Fund", Kind: Government, Country: "Russia"}, true},
		{"Axios", Org{Name: "Axios", Kind: Media, Country: "United States"}, true},
		{"AP", Org{Name: "Associated Press", Kind: Media, Country: "United States"}, true},
		{"Hamas", Org{Name: "Hamas", Kind: Group, Country: "Palestine"}, true},
		{"GOP", Org{Name: "Republican Party", Kind: Party, Country: "United States"}, true},
		{"Gazprom", Org{Name: "Gazprom", Kind: Company, Country: "Russia"}, true},
		{"Dmitriev", Org{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LookupOrg(tt.name)
			if got != tt.want || ok != tt.ok {
				t.Errorf("LookupOrg(%q) = %+v, %v; want %+v, %v", tt.name, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestHonorific(t *testing.T) {
	tests := []struct {
		phrase string
		want   Title
		ok     bool
	}{
		{"Mr.", Title{Full: "Mister", Kind: Courtesy, Sex: Male}, true},
		{"Mr", Title{Full: "Mister", Kind: Courtesy, Sex: Male}, true},
		{"Mrs.", Title{Full: "Missus", Kind: Courtesy, Sex: Female}, true},
		{"Ms.", Title{Full: "Ms", Kind: Courtesy, Sex: Female}, true},
		{"Dr.", Title{Full: "Doctor", Kind: Courtesy}, true},
		{"Prof.", Title{Full: "Professor", Kind: Courtesy}, true},
		{"Sen.", Title{Full: "Senator", Kind: Office}, true},
		{"Gov.", Title{Full: "Governor", Kind: Office}, true},
		{"Lt. Gen.", Title{Full: "Lieutenant General", Kind: Office}, true},
		{"Lt Gen", Title{Full: "Lieutenant General", Kind: Office}, true},
		{"Judge", Title{Full: "Judge", Kind: Office}, true},
		{"Coach", Title{Full: "Coach", Kind: Office}, true},
		{"President", Title{Full: "President", Kind: Office}, true},
		{"Prime Minister", Title{Full: "Prime Minister", Kind: Office}, true},
		{"prime  minister", Title{Full: "Prime Minister", Kind: Office}, true},
		{"Chancellor", Title{Full: "Chancellor", Kind: Office}, true},
		{"Queen", Title{Full: "Queen", Kind: Office, Sex: Female}, true},
		{"Sheikh", Title{Full: "Sheikh", Kind: Office, Sex: Male}, true},
		{"official", Title{}, false},
		{"senators", Title{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			got, ok := Honorific(tt.phrase)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Honorific(%q) = %+v, %v; want %+v, %v", tt.phrase, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRoleNoun(t *testing.T) {
	tests := []struct {
		phrase string
		want   Title
		ok     bool
	}{
		{"official", Title{Full: "official", Kind: Role}, true},
		{"officials", Title{Full: "official", Kind: Role, Plural: true}, true},
		{"spokesperson", Title{Full: "Spokesperson", Kind: Office}, true},
		{"spokesman", Title{Full: "Spokesman", Kind: Office, Sex: Male}, true},
		{"spokeswoman", Title{Full: "Spokeswoman", Kind: Office, Sex: Female}, true},
		{"spokespeople", Title{Full: "Spokesperson", Kind: Office, Plural: true}, true},
		{"aide", Title{Full: "aide", Kind: Role}, true},
		{"source", Title{Full: "source", Kind: Role}, true},
		{"sources", Title{Full: "source", Kind: Role, Plural: true}, true},
		{"person", Title{Full: "person", Kind: Role}, true},
		{"people", Title{Full: "person", Kind: Role, Plural: true}, true},
		{"diplomat", Title{Full: "diplomat", Kind: Role}, true},
		{"envoy", Title{Full: "Envoy", Kind: Office}, true},
		{"minister", Title{Full: "Minister", Kind: Office}, true},
		{"adviser", Title{Full: "adviser", Kind: Role}, true},
		{"analysts", Title{Full: "analyst", Kind: Role, Plural: true}, true},
		{"lawyer", Title{Full: "lawyer", Kind: Role}, true},
		{"authorities", Title{Full: "authority", Kind: Role, Plural: true}, true},
		{"chiefs of staff", Title{Full: "Chief of Staff", Kind: Office, Plural: true}, true},
		{"press secretaries", Title{Full: "Press Secretary", Kind: Office, Plural: true}, true},
		{"mother", Title{Full: "Mother", Kind: Office, Sex: Female}, true},
		{"Mr.", Title{}, false},
		{"said", Title{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			got, ok := RoleNoun(tt.phrase)
			if got != tt.want || ok != tt.ok {
				t.Errorf("RoleNoun(%q) = %+v, %v; want %+v, %v", tt.phrase, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestIsPrefix(t *testing.T) {
	tests := []struct {
		phrase string
		want   bool
	}{
		{"New", true},      // New York City
		{"new york", true}, // New York City
		{"New York City", false},
		{"Prime", true},          // Prime Minister
		{"Secretary of", true},   // Secretary of State
		{"White", true},          // White House
		{"Russian Direct", true}, // Russian Direct Investment Fund
		{"South", true},          // South Korea, South Korean
		{"Kirill", false},
		{"Minister", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			if got := IsPrefix(tt.phrase); got != tt.want {
				t.Errorf("IsPrefix(%q) = %v, want %v", tt.phrase, got, tt.want)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	tests := map[string]string{
		"official":           "officials",
		"spokesman":          "spokesmen",
		"spokeswoman":        "spokeswomen",
		"spokesperson":       "spokespeople",
		"secretary":          "secretaries",
		"attorney":           "attorneys",
		"witness":            "witnesses",
		"chief of staff":     "chiefs of staff",
		"secretary of state": "secretaries of state",
		"coach":              "coaches",
	}
	for in, want := range tests {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLookupsDoNotAllocate holds the promise in the package doc: callers look
// words up in their inner loops.
func TestLookupsDoNotAllocate(t *testing.T) {
	inputs := []string{"Kirill", "kirill", "Jürgen", "New  York", "Sen.", "officials", "NATO", "Ukrainian", "no such word at all"}
	for _, in := range inputs {
		allocs := testing.AllocsPerRun(50, func() {
			GivenName(in)
			IsCommonWord(in)
			PersonName(in)
			LookupPlace(in)
			Demonym(in)
			LookupOrg(in)
			OrgHead(in)
			Honorific(in)
			RoleNoun(in)
			IsPrefix(in)
		})
		if allocs != 0 {
			t.Errorf("lookups of %q: %v allocations, want 0", in, allocs)
		}
	}
}

package lexicon

import "testing"

// BenchmarkLoad measures the first-use cost of each list: decompressing and
// parsing it into its table, as the first lookup does once.
func BenchmarkLoad(b *testing.B) {
	loaders := []struct {
		name string
		load func() error
	}{
		{"given", func() error { _, err := loadGiven(); return err }},
		{"words", func() error { _, err := loadSorted("words.txt.gz", wordsData); return err }},
		{"persons", func() error { _, err := loadSorted("persons.txt.gz", personsData); return err }},
		{"places", func() error { _, err := loadPlaces(); return err }},
		{"demonyms", func() error { _, err := loadDemonyms(); return err }},
		{"orgs", func() error { _, err := loadOrgs(); return err }},
		{"orgwords", func() error { _, err := loadOrgWords(); return err }},
		{"titles", func() error { _, err := loadTitles(); return err }},
	}
	for _, l := range loaders {
		b.Run(l.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := l.load(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// lookupInputs mix hits and misses, key-form and folded input, as a finder
// sees them.
var lookupInputs = []string{"Kirill", "said", "Jürgen", "officials", "New York", "NATO", "the", "Dmitriev", "Sen.", "Ukrainian"}

// BenchmarkLookup measures one lookup, averaged over lookupInputs; the lists
// are loaded before the timer starts.
func BenchmarkLookup(b *testing.B) {
	funcs := []struct {
		name string
		fn   func(string)
	}{
		{"GivenName", func(s string) { GivenName(s) }},
		{"IsCommonWord", func(s string) { IsCommonWord(s) }},
		{"PersonName", func(s string) { PersonName(s) }},
		{"LookupPlace", func(s string) { LookupPlace(s) }},
		{"Demonym", func(s string) { Demonym(s) }},
		{"LookupOrg", func(s string) { LookupOrg(s) }},
		{"OrgHead", func(s string) { OrgHead(s) }},
		{"Honorific", func(s string) { Honorific(s) }},
		{"RoleNoun", func(s string) { RoleNoun(s) }},
		{"IsPrefix", func(s string) { IsPrefix(s) }},
	}
	for _, f := range funcs {
		b.Run(f.name, func(b *testing.B) {
			f.fn("") // load
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				f.fn(lookupInputs[i%len(lookupInputs)])
				i++
			}
		})
	}
}

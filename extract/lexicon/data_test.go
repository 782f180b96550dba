package lexicon

import (
	"compress/gzip"
	"embed"
	"io"
	"strings"
	"testing"
)

//go:embed data
var dataFS embed.FS

// TestDataHeaders checks that every list says where it came from and under
// which licence, in "#" lines before its first entry.
func TestDataHeaders(t *testing.T) {
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("no data files")
	}
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			text := readData(t, e.Name())
			var header []string
			for _, line := range strings.Split(text, "\n") {
				if !strings.HasPrefix(line, "#") {
					break
				}
				header = append(header, line)
			}
			h := strings.Join(header, "\n")
			for _, want := range []string{"# source: ", "# license: "} {
				if !strings.Contains(h, want) {
					t.Errorf("header lacks a %q line:\n%s", want, h)
				}
			}
			if strings.Contains(text, "GeoNames") && !strings.Contains(h, "CC BY 4.0") {
				t.Errorf("GeoNames data without its CC BY 4.0 credit")
			}
		})
	}
}

func readData(t *testing.T, name string) string {
	t.Helper()
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(name, ".gz") {
		return string(b)
	}
	zr, err := gzip.NewReader(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}

// TestListsLoad parses every list, so that a bad line fails here and not in
// a program's first lookup, and checks the lists against each other.
func TestListsLoad(t *testing.T) {
	loaders := map[string]func() error{
		"given":   func() error { _, err := loadGiven(); return err },
		"words":   func() error { _, err := loadSorted("words.txt.gz", wordsData); return err },
		"persons": func() error { _, err := loadSorted("persons.txt.gz", personsData); return err },
		"family":  func() error { _, err := loadSet("family_first.txt", familyFirstData); return err },
		"particles": func() error {
			_, err := loadSet("particles.txt", particlesData)
			return err
		},
		"places":    func() error { _, err := loadPlaces(); return err },
		"demonyms":  func() error { _, err := loadDemonyms(); return err },
		"org words": func() error { _, err := loadOrgWords(); return err },
		"orgs":      func() error { _, err := loadOrgs(); return err },
		"titles":    func() error { _, err := loadTitles(); return err },
	}
	for name, load := range loaders {
		if err := load(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestOrgCountries checks that each organization's country is a country of
// the place list, as the Org doc promises.
func TestOrgCountries(t *testing.T) {
	seen := map[string]bool{}
	for _, o := range orgs.get().folded {
		seen[o.Country] = true
	}
	for _, o := range orgs.get().exact {
		seen[o.Country] = true
	}
	for c := range seen {
		if c == "" {
			continue
		}
		p, ok := LookupPlace(c)
		if !ok || p.Kind != Country || p.Name != c {
			t.Errorf("org country %q: LookupPlace = %+v, %v; want that country", c, p, ok)
		}
	}
}

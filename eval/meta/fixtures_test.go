package meta

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/fixtures"
)

// TestFixturesMetadata checks extract's metadata on the project's fixture
// pages (twenty sites' layouts, written for the demo and the tests) against
// their hand-written gold, with the same comparisons as the benchmark gold.
func TestFixturesMetadata(t *testing.T) {
	pages := fixtures.Pages()
	if len(pages) == 0 {
		t.Fatal("no fixture pages")
	}
	for _, p := range pages {
		t.Run(p.Name, func(t *testing.T) {
			raw, err := fixtures.ReadPage(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			g, err := fixtures.Gold(p.Name)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.Extract(raw, p.URL, extract.Options{ContentType: p.ContentType, NoAnalysis: true})
			if err != nil {
				t.Fatal(err)
			}
			gold := Page{ID: p.Name, URL: p.URL, Title: g.Title, Authors: g.Authors, Published: g.Published, SiteName: []string{g.SiteName}}
			r := Score(gold, Got{Title: a.Title, Authors: a.Authors, Published: a.Published, SiteName: a.SiteName})
			if !r.Title {
				t.Errorf("title %q, want %q", a.Title, g.Title)
			}
			if !r.Authors {
				t.Errorf("authors %q, want %q", a.Authors, g.Authors)
			}
			if !r.Day || r.HasTime && !r.Exact {
				t.Errorf("published %q, want %q", a.Published, g.Published)
			}
			if !r.Site {
				t.Errorf("site_name %q, want %q", a.SiteName, g.SiteName)
			}
			if lang, _, _ := strings.Cut(a.Language, "-"); lang != g.Language {
				t.Errorf("language %q, want %q", a.Language, g.Language)
			}
		})
	}
}

package index

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

// fixture is one article as the crawl would hand it to Put.
type fixture struct {
	a   *extract.Article
	src claim.Source
}

func person(name, mention string) extract.Speaker {
	return extract.Speaker{Name: name, Mention: mention, Kind: "person"}
}

func q(kind, text string, sp extract.Speaker) extract.Quote {
	return extract.Quote{Text: text, Kind: kind, Cue: "said", Speaker: sp}
}

// fixtures are three articles in two languages, published on different
// days, with speakers chosen to trip a careless speaker search: a quote by
// Witkoff that names Dmitriev, a Dmitrieva who is someone else, a Dmitri
// whose name is a prefix of Dmitriev, a name with accents.
func fixtures() []fixture {
	dmitriev := person("Kirill Dmitriev", "Dmitriev")
	return []fixture{
		{a: &extract.Article{
			URL: "https://example.com/news/miami?utm_source=feed", CanonicalURL: "https://example.com/news/miami",
			Title: "Envoys meet in Miami", SiteName: "Example News", Language: "en",
			Published: "2025-11-19T22:30:00-05:00", // the 20th in UTC: said_on must stay the 19th
			Quotes: []extract.Quote{
				q("direct", "We are making progress on the peace plan", dmitriev),
				q("indirect", "Russia's position had been heard in Washington", person("Kirill Dmitriev", "he")),
				q("direct", "Dmitriev came to Miami with a proposal", person("Steve Witkoff", "Witkoff")),
				q("partial", "sanctions will stay until the war ends", person("Volodymyr Zelensky", "Zelensky")),
			},
		}},
		{a: &extract.Article{
			URL: "https://news.example.org/b", CanonicalURL: "https://news.example.org/b",
			Title: "Markets shrug", SiteName: "Org Daily", Language: "en-GB",
			Published: "2025-10-02T08:00:00+03:00",
			Quotes: []extract.Quote{
				q("direct", "Sanctions are working", person("Anna Dmitrieva", "Dmitrieva")),
				q("direct", "I met Kirill Dmitriev twice", person("John Smith", "Smith")),
				{Text: "talks stalled", Kind: "indirect", Cue: "according to",
					Speaker: extract.Speaker{Mention: "a Kremlin official", Kind: "anonymous"}},
			},
		}},
		{a: &extract.Article{
			URL: "https://zeitung.example.de/c", Title: "Gespräche in Genf", SiteName: "Zeitung", Language: "de",
			Quotes: []extract.Quote{
				q("direct", "Die Sanktionen bleiben bestehen", person("Dmitri Peskow", "Peskow")),
				q("direct", "Wir sprechen weiter", person("José Manuel Albares", "Albares")),
			},
		}, src: claim.Source{FeedDate: time.Date(2025, 9, 5, 18, 0, 0, 0, time.UTC)}},
	}
}

// openFixtures returns an index in a fresh directory holding fixtures().
func openFixtures(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := ix.Close(); err != nil {
			t.Error(err)
		}
	})
	for _, f := range fixtures() {
		if _, err := ix.Put(context.Background(), f.a, f.src); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

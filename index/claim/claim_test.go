package claim

import (
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
)

func article(published string, quotes ...extract.Quote) *extract.Article {
	return &extract.Article{
		URL: "https://example.com/a?utm_source=rss", CanonicalURL: "https://example.com/a",
		Title: "Talks", SiteName: "Example", Published: published, Quotes: quotes,
	}
}

func quote(kind, text string) extract.Quote {
	return extract.Quote{Text: text, Kind: kind, Cue: "said",
		Speaker: extract.Speaker{Name: "Kirill Dmitriev", Mention: "Dmitriev", Kind: "person", Start: 3, End: 11}}
}

func TestOfSaidOn(t *testing.T) {
	feed := time.Date(2025, 11, 18, 23, 0, 0, 0, time.FixedZone("EST", -5*3600))
	fetched := time.Date(2025, 11, 21, 1, 2, 3, 0, time.UTC)
	dated := quote("direct", "We met")
	dated.SaidOn = "2025-11-14"
	ranged := quote("direct", "We met")
	ranged.SaidOn = "2025-10-24/2025-10-26"
	monthOnly := quote("direct", "We met")
	monthOnly.SaidOn = "2025-08"
	plain := quote("direct", "We met")
	tests := []struct {
		name               string
		published          string
		q                  extract.Quote
		src                Source
		wantDay, wantSince string
	}{
		{"published, in its own zone", "2025-11-19T22:30:00-05:00", plain, Source{FeedDate: feed, Fetched: fetched}, "2025-11-19", SaidOnPublished},
		{"published east of UTC", "2025-11-20T01:00:00+03:00", plain, Source{}, "2025-11-20", SaidOnPublished},
		{"published as a bare day", "2025-11-19", plain, Source{}, "2025-11-19", SaidOnPublished},
		{"feed date when the page has none", "", plain, Source{FeedDate: feed, Fetched: fetched}, "2025-11-18", SaidOnFeed},
		{"feed date when the page's is garbage", "last Tuesday", plain, Source{FeedDate: feed}, "2025-11-18", SaidOnFeed},
		{"fetch time last", "", plain, Source{Fetched: fetched}, "2025-11-21", SaidOnFetched},
		{"nothing dates it", "", plain, Source{}, "", ""},
		{"the sentence's own date first", "2025-11-19T10:00:00Z", dated, Source{FeedDate: feed}, "2025-11-14", SaidOnText},
		{"a range starts the day", "2025-11-19T10:00:00Z", ranged, Source{}, "2025-10-24", SaidOnText},
		{"a month is not a day", "2025-11-19T10:00:00Z", monthOnly, Source{}, "2025-11-19", SaidOnPublished},
		{"an impossible day is ignored", "2025-02-30T10:00:00Z", plain, Source{Fetched: fetched}, "2025-11-21", SaidOnFetched},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Of(article(tt.published, tt.q), tt.src)
			if len(cs) != 1 {
				t.Fatalf("got %d claims, want 1", len(cs))
			}
			if cs[0].SaidOn != tt.wantDay || cs[0].SaidOnSource != tt.wantSince {
				t.Errorf("said_on = %q (%q), want %q (%q)", cs[0].SaidOn, cs[0].SaidOnSource, tt.wantDay, tt.wantSince)
			}
		})
	}
}

func TestOfFields(t *testing.T) {
	a := article("2025-11-19T10:00:00Z", quote("direct", "We are making progress"), quote("indirect", "  "))
	cs := Of(a, Source{})
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1: a quote without text is no claim", len(cs))
	}
	want := Claim{
		ID: ID("https://example.com/a", "direct", "We are making progress", 0), Text: "We are making progress",
		Kind: "direct", Cue: "said", Speaker: a.Quotes[0].Speaker,
		SaidOn: "2025-11-19", SaidOnSource: SaidOnPublished,
		Article: Article{URL: "https://example.com/a", Title: "Talks", SiteName: "Example", Published: "2025-11-19T10:00:00Z"},
	}
	if cs[0] != want {
		t.Errorf("claim:\n got %+v\nwant %+v", cs[0], want)
	}
	a.CanonicalURL = ""
	if got := Of(a, Source{})[0].Article.URL; got != a.URL {
		t.Errorf("without a canonical URL, article.url = %q, want the page URL", got)
	}
	if Of(nil, Source{}) != nil || Of(&extract.Article{}, Source{}) != nil {
		t.Error("no article or no quotes should give no claims")
	}
}

func TestIDStable(t *testing.T) {
	// Pinned: an id must never change across versions or machines, or
	// every exported claim loses its identity. Change idVersion instead.
	const want = "79f1b936f68007e42a75ce6be96a6a2e"
	if got := ID("https://example.com/a", "direct", "We are making progress", 0); got != want {
		t.Errorf("ID = %s, want %s", got, want)
	}
}

func TestID(t *testing.T) {
	base := ID("https://example.com/a", "direct", "We are making progress", 0)
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(base) {
		t.Fatalf("ID = %q, want 32 lower-case hex digits", base)
	}
	same := map[string][4]any{
		"host case":          {"https://EXAMPLE.com/a", "direct", "We are making progress", 0},
		"fragment":           {"https://example.com/a#comments", "direct", "We are making progress", 0},
		"default port":       {"https://example.com:443/a", "direct", "We are making progress", 0},
		"white space":        {" https://example.com/a", "direct", "  We are\n making\tprogress ", 0},
		"letter case":        {"https://example.com/a", "direct", "we are making Progress", 0},
		"compatibility form": {"https://example.com/a", "direct", "We are making\u00a0ｐrogress", 0},
	}
	differ := map[string][4]any{
		"path case":  {"https://example.com/A", "direct", "We are making progress", 0},
		"query":      {"https://example.com/a?p=2", "direct", "We are making progress", 0},
		"kind":       {"https://example.com/a", "partial", "We are making progress", 0},
		"text":       {"https://example.com/a", "direct", "We are making no progress", 0},
		"occurrence": {"https://example.com/a", "direct", "We are making progress", 1},
		"scheme":     {"http://example.com/a", "direct", "We are making progress", 0},
	}
	for name, in := range same {
		if got := ID(in[0].(string), in[1].(string), in[2].(string), in[3].(int)); got != base {
			t.Errorf("%s: ID = %s, want the same as %s", name, got, base)
		}
	}
	for name, in := range differ {
		if got := ID(in[0].(string), in[1].(string), in[2].(string), in[3].(int)); got == base {
			t.Errorf("%s: ID = %s, want a different id", name, got)
		}
	}
	// Typographic and plain quotes inside a quote name the same words.
	if ID("u", "direct", "It’s “done”", 0) != ID("u", "direct", `It's "done"`, 0) {
		t.Error("typographic quotes change the id")
	}
}

func TestOfIDs(t *testing.T) {
	a := article("2025-11-19T10:00:00Z",
		quote("direct", "No comment"), quote("direct", "Progress"), quote("direct", "No comment"), quote("partial", "No comment"))
	first := Of(a, Source{})
	seen := map[string]bool{}
	for _, c := range first {
		if seen[c.ID] {
			t.Errorf("id %s repeated: a repeated quote needs its own id", c.ID)
		}
		seen[c.ID] = true
	}
	// A re-crawl on another day, with other speakers resolved and the
	// offsets moved, names the same claims.
	b := *a
	b.Quotes = append([]extract.Quote(nil), a.Quotes...)
	for i := range b.Quotes {
		b.Quotes[i].Start += 40
		b.Quotes[i].Speaker = extract.Speaker{Mention: "he", Kind: "unknown"}
	}
	again := Of(&b, Source{Fetched: time.Now()})
	for i := range first {
		if first[i].ID != again[i].ID {
			t.Errorf("claim %d: id %s on one crawl, %s on the next", i, first[i].ID, again[i].ID)
		}
	}
	// Dropping an earlier, different quote leaves the others' ids alone.
	b.Quotes = slices.Delete(b.Quotes, 1, 2)
	if got := Of(&b, Source{}); got[0].ID != first[0].ID || got[1].ID != first[2].ID || got[2].ID != first[3].ID {
		t.Error("ids depend on the quotes' positions in the list")
	}
}

func FuzzOf(f *testing.F) {
	f.Add("2025-11-19T22:30:00-05:00", "We are making progress", "direct", "2025-11-14", "https://example.com/a")
	f.Add("", "", "", "", "")
	f.Add("2025-13-45", "\xff\xfe", "partial", "2025-10-24/2025-10-26", "::not a url")
	hex32 := regexp.MustCompile(`^[0-9a-f]{32}$`)
	f.Fuzz(func(t *testing.T, published, text, kind, saidOn, url string) {
		q := quote(kind, text)
		q.SaidOn = saidOn
		a := article(published, q, q)
		a.CanonicalURL = url
		for _, c := range Of(a, Source{Fetched: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}) {
			if !hex32.MatchString(c.ID) {
				t.Fatalf("id %q", c.ID)
			}
			if _, err := time.Parse(time.DateOnly, c.SaidOn); err != nil {
				t.Fatalf("said_on %q: %v", c.SaidOn, err)
			}
		}
	})
}

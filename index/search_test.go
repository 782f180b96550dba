package index

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

// Texts of the fixture claims, to name them in expectations.
const (
	progress = "We are making progress on the peace plan"       // Kirill Dmitriev, 2025-11-19
	position = "Russia's position had been heard in Washington" // Kirill Dmitriev, 2025-11-19
	proposal = "Dmitriev came to Miami with a proposal"         // Steve Witkoff, 2025-11-19
	stay     = "sanctions will stay until the war ends"         // Volodymyr Zelensky, 2025-11-19
	working  = "Sanctions are working"                          // Anna Dmitrieva, 2025-10-02
	met      = "I met Kirill Dmitriev twice"                    // John Smith, 2025-10-02
	stalled  = "talks stalled"                                  // a Kremlin official, 2025-10-02
	bleiben  = "Die Sanktionen bleiben bestehen"                // Dmitri Peskow, 2025-09-05
	weiter   = "Wir sprechen weiter"                            // José Manuel Albares, 2025-09-05
)

func TestSearch(t *testing.T) {
	ix := openFixtures(t)
	dmitrievs := []string{progress, position}
	tests := []struct {
		name string
		q    Query
		want []string
		// ordered: want is the exact order; otherwise only the set counts
		// (relevance decides the order and other tests pin it).
		ordered bool
	}{
		{"everything, newest first in reading order", Query{Limit: 100},
			[]string{progress, position, proposal, stay, working, met, stalled, bleiben, weiter}, true},
		{"speaker surname", Query{Speaker: "Dmitriev"}, dmitrievs, true},
		{"speaker full name", Query{Speaker: "Kirill Dmitriev"}, dmitrievs, true},
		{"speaker lower case", Query{Speaker: "dmitriev"}, dmitrievs, true},
		{"speaker upper case", Query{Speaker: "  DMITRIEV "}, dmitrievs, true},
		{"speaker prefix is not a name", Query{Speaker: "Dmitri"}, []string{bleiben}, true},
		{"speaker whose name contains the surname", Query{Speaker: "Dmitrieva"}, []string{working}, true},
		{"speaker words must all match", Query{Speaker: "Kirill Smith"}, nil, true},
		{"speaker without accents", Query{Speaker: "jose albares"}, []string{weiter}, true},
		{"speaker with accents", Query{Speaker: "José Albares"}, []string{weiter}, true},
		{"speaker in range", Query{Speaker: "Dmitriev", From: date("2025-11-01"), To: date("2025-11-30")}, dmitrievs, true},
		{"speaker before range", Query{Speaker: "Dmitriev", To: date("2025-10-31")}, nil, true},
		{"range of one day, in the article's zone", Query{Speaker: "Dmitriev", From: date("2025-11-19"), To: date("2025-11-19")}, dmitrievs, true},
		{"from the day after", Query{From: date("2025-11-20")}, nil, true},
		{"range of a month", Query{From: date("2025-10-01"), To: date("2025-10-31")}, []string{working, met, stalled}, true},
		{"to the feed date", Query{To: date("2025-09-05")}, []string{bleiben, weiter}, true},
		{"stemmed English", Query{Text: "sanction"}, []string{stay, working}, false},
		{"German word", Query{Text: "Sanktionen"}, []string{bleiben}, false},
		{"free text finds speakers and mentions", Query{Text: "Dmitriev"}, []string{progress, position, proposal, met}, false},
		{"words across fields", Query{Text: "peace Dmitriev"}, []string{progress}, false},
		{"phrase", Query{Text: `"peace plan"`}, []string{progress}, false},
		{"phrase in the wrong order", Query{Text: `"plan peace"`}, nil, false},
		{"title", Query{Text: "miami"}, []string{proposal, progress, position, stay}, false},
		{"mention", Query{Text: "kremlin"}, []string{stalled}, false},
		{"text and speaker", Query{Text: "Miami", Speaker: "Witkoff"}, []string{proposal}, false},
		{"text and range", Query{Text: "sanctions", To: date("2025-10-31")}, []string{working}, false},
		{"no hits", Query{Text: "zebra"}, nil, false},
		{"punctuation is no word", Query{Text: "peace — plan ?"}, []string{progress}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := texts(res)
			if res.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", res.Total, len(tt.want))
			}
			if !tt.ordered {
				slices.Sort(got)
				tt.want = slices.Sorted(slices.Values(tt.want))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("hits:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func texts(res Result) []string {
	var out []string
	for _, c := range res.Hits {
		out = append(out, c.Text)
	}
	return out
}

// TestSearchSpeakerIsTheSpeaker holds the promise users rely on most:
// whatever the spelling, a speaker search returns only that speaker's words.
func TestSearchSpeakerIsTheSpeaker(t *testing.T) {
	ix := openFixtures(t)
	for _, s := range []string{"Dmitriev", "Kirill Dmitriev", "dmitriev", "kirill"} {
		res, err := ix.Search(context.Background(), Query{Speaker: s})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Errorf("speaker %q: no hits", s)
		}
		for _, c := range res.Hits {
			if c.Speaker.Name != "Kirill Dmitriev" {
				t.Errorf("speaker %q: hit %q is by %q", s, c.Text, c.Speaker.Name)
			}
		}
	}
}

func TestSearchRelevanceFirst(t *testing.T) {
	ix := openFixtures(t)
	// "Miami" is in every title of the first article but only one quote:
	// the quote's own words must rank it first.
	res, err := ix.Search(context.Background(), Query{Text: "Miami"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Text != proposal {
		t.Errorf("first hit = %q, want %q", texts(res), proposal)
	}
}

// TestSearchExactFormFirst: a word as typed outranks another form of it,
// even in a shorter quote, because it matches the unstemmed field too.
func TestSearchExactFormFirst(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	a := &extract.Article{URL: "https://example.com/works", Language: "en", Quotes: []extract.Quote{
		q("direct", "Working", person("Ann Lee", "Lee")),
		q("direct", "Everything we planned here works", person("Bo Park", "Park")),
	}}
	if _, err := ix.Put(context.Background(), a, claim.Source{}); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "works"})
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(res); len(got) != 2 || got[0] != "Everything we planned here works" {
		t.Errorf("hits = %q, want the exact form first", got)
	}
}

func TestSearchPaging(t *testing.T) {
	ix := openFixtures(t)
	all, err := ix.Search(context.Background(), Query{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	page, err := ix.Search(context.Background(), Query{Limit: 2, Offset: 3})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != all.Total {
		t.Errorf("Total = %d on a page, %d in all", page.Total, all.Total)
	}
	if got, want := texts(page), texts(all)[3:5]; !slices.Equal(got, want) {
		t.Errorf("page = %q, want %q", got, want)
	}
}

func TestSearchSpeakers(t *testing.T) {
	ix := openFixtures(t)
	res, err := ix.Search(context.Background(), Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Speakers) == 0 || res.Speakers[0] != (SpeakerCount{"Kirill Dmitriev", 2}) {
		t.Errorf("top speaker = %+v, want Kirill Dmitriev with 2", res.Speakers)
	}
	n := 0
	for _, s := range res.Speakers {
		if s.Name == "" {
			t.Errorf("speakers count claims without a named speaker: %+v", res.Speakers)
		}
		n += s.Claims
	}
	if n != 8 { // nine claims, one anonymous
		t.Errorf("speakers count %d claims, want 8", n)
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix := openFixtures(t)
	for name, q := range map[string]Query{
		"from after to":    {From: date("2025-11-02"), To: date("2025-11-01")},
		"speaker no words": {Speaker: "— ,"},
	} {
		if _, err := ix.Search(context.Background(), q); !errors.Is(err, ErrQuery) {
			t.Errorf("%s: err = %v, want ErrQuery", name, err)
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []term
	}{
		{"", nil},
		{"  peace  plan ", []term{{"peace", false}, {"plan", false}}},
		{`said "peace plan" now`, []term{{"said", false}, {"peace plan", true}, {"now", false}}},
		{`“peace plan”`, []term{{"peace plan", true}}},
		{`open "quote runs on`, []term{{"open", false}, {"quote runs on", true}}},
		{`""`, nil},
	}
	for _, tt := range tests {
		if got := terms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("terms(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"", `a "b c" d`, `"`, "“x”", "\xff\"\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tm := range terms(s) {
			if tm.text == "" {
				t.Fatalf("terms(%q) has an empty term", s)
			}
			if !tm.phrase && len(tm.text) != len(strings.Join(strings.Fields(tm.text), "")) {
				t.Fatalf("terms(%q): word %q has spaces", s, tm.text)
			}
		}
	})
}

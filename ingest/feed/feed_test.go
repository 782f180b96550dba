package feed

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/ingest/fetch"
)

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParse(t *testing.T) {
	ts := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v.UTC()
	}
	tests := []struct {
		file, url  string
		wantTitle  string
		wantFormat string
		wantItems  []Item
		wantNoLink int
	}{
		{
			file: "rss.xml", url: "https://news.example.com/feed.xml",
			wantTitle: "Example Wire & Co", wantFormat: "rss", wantNoLink: 2,
			wantItems: []Item{
				{GUID: "wire-1001", Link: "https://news.example.com/2025/10/24/envoy-talks.html",
					Title: "Envoy says talks will go on", Published: ts("2025-10-24T09:30:00Z")},
				{Link: "https://news.example.com/2025/10/23/relative.html",
					Title: "Relative link, no guid", Published: ts("2025-10-23T18:00:00Z")},
				{GUID: "https://news.example.com/2025/10/22/guid-only.html",
					Link: "https://news.example.com/2025/10/22/guid-only.html", Title: "Only a permalink guid"},
			},
		},
		{
			file: "atom.xml", url: "https://atom.example.org/feeds/feed.atom",
			wantTitle: "Example Atom Desk", wantFormat: "atom",
			wantItems: []Item{
				{GUID: "urn:uuid:entry-1", Link: "https://atom.example.org/feeds/articles/minister.html",
					Title: `Minister: "We will not back down"`, Published: ts("2025-10-24T06:15:00Z")},
				{GUID: "urn:uuid:entry-2", Link: "https://atom.example.org/articles/updated.html",
					Title: "Updated only", Published: ts("2025-10-20T12:00:00Z")},
			},
		},
		{
			file: "feed.json", url: "https://json.example.net/feed.json",
			wantTitle: "Example JSON Feed", wantFormat: "json",
			wantItems: []Item{
				{GUID: "j-1", Link: "https://json.example.net/a.html", Title: "First", Published: ts("2025-10-21T07:00:00Z")},
				{GUID: "j-2", Link: "https://json.example.net/b.html", Title: "Second"},
			},
		},
		{
			file: "windows-1252.xml", url: "https://cp.example.com/rss",
			wantTitle: "Café “News”", wantFormat: "rss",
			wantItems: []Item{{Link: "https://cp.example.com/x.html", Title: "Naïve – résumé"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := Parse(read(t, tt.file), "", tt.url)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if f.Title != tt.wantTitle || f.Format != tt.wantFormat || f.NoLink != tt.wantNoLink {
				t.Errorf("feed = %q %q NoLink=%d, want %q %q NoLink=%d",
					f.Title, f.Format, f.NoLink, tt.wantTitle, tt.wantFormat, tt.wantNoLink)
			}
			if !reflect.DeepEqual(f.Items, tt.wantItems) {
				t.Errorf("items:\n got %+v\nwant %+v", f.Items, tt.wantItems)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		file       string
		wantNotFee bool // ErrNotFeed, rather than a parse error
	}{
		{"not-xml.txt", true},
		{"page.html", true},
		{"broken.xml", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Parse(read(t, tt.file), "", "https://x.example/feed")
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			if errors.Is(err, ErrNotFeed) != tt.wantNotFee {
				t.Errorf("err = %v; errors.Is(ErrNotFeed) = %v, want %v", err, !tt.wantNotFee, tt.wantNotFee)
			}
		})
	}
}

func TestItemKey(t *testing.T) {
	if k := (Item{GUID: "g", Link: "https://x/1"}).Key(); k != "g" {
		t.Errorf("Key with GUID = %q", k)
	}
	if k := (Item{Link: "https://x/1"}).Key(); k != "https://x/1" {
		t.Errorf("Key without GUID = %q", k)
	}
}

// TestParseLongURLs: a link too long to fetch is no link, and a guid as
// long is no identity; the item is then known by its link.
func TestParseLongURLs(t *testing.T) {
	long := strings.Repeat("x", fetch.MaxURLBytes+1)
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>` +
		`<item><link>/` + long + `</link></item>` +
		`<item><link>/ok.html</link><guid isPermaLink="false">` + long + `</guid></item></channel></rss>`
	f, err := Parse([]byte(body), "", "https://example.com/rss")
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{{Link: "https://example.com/ok.html"}}
	if f.NoLink != 1 || !reflect.DeepEqual(f.Items, want) {
		t.Errorf("items %+v, NoLink %d; want %+v, NoLink 1", f.Items, f.NoLink, want)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, contentType string
		body                    string // used when file is ""
		want                    Kind
	}{
		{name: "rss", file: "rss.xml", contentType: "application/rss+xml", want: IsFeed},
		{name: "rss served as html", file: "rss.xml", contentType: "text/html; charset=utf-8", want: IsFeed},
		{name: "atom unlabelled", file: "atom.xml", want: IsFeed},
		{name: "json feed as plain json", file: "feed.json", contentType: "application/json", want: IsFeed},
		{name: "json feed unlabelled", file: "feed.json", want: IsFeed},
		{name: "other json", body: `{"error": "nope"}`, contentType: "text/plain", want: Other},
		{name: "html page", file: "page.html", contentType: "text/html", want: IsHTML},
		{name: "html page served as xml", file: "page.html", contentType: "text/xml", want: IsHTML},
		{name: "html fragment untyped", body: "\n  <p>Hello</p>", want: IsHTML},
		{name: "xhtml", body: `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>`, want: IsHTML},
		{name: "junk labelled as feed", file: "not-xml.txt", contentType: "application/rss+xml", want: IsFeed},
		{name: "plain text", file: "not-xml.txt", contentType: "text/plain", want: Other},
		{name: "png", body: "\x89PNG\r\n\x1a\n\x00\x00", contentType: "image/png", want: Other},
		{name: "empty", body: "", contentType: "", want: Other},
		{name: "empty labelled html", body: "", contentType: "text/html", want: IsHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			if tt.file != "" {
				body = read(t, tt.file)
			}
			if got := Detect(body, tt.contentType); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json", "windows-1252.xml", "not-xml.txt", "broken.xml"} {
		f.Add(read(f, name), "")
	}
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"x-bogus\"?><rss version=\"2.0\"><channel><item><link>/a</link></item></channel></rss>"), "text/xml; charset=koi8-r")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		fd, err := Parse(body, contentType, "https://fuzz.example/feed")
		if err != nil {
			return
		}
		for _, it := range fd.Items {
			if it.Link == "" {
				t.Fatalf("item without a link: %+v", it)
			}
		}
	})
}

func FuzzDetect(f *testing.F) {
	for _, name := range []string{"rss.xml", "feed.json", "page.html", "not-xml.txt"} {
		f.Add(read(f, name), "text/html")
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		Detect(body, contentType)
	})
}

// TestParseCharsets: feeds in the charsets, and with the wrong labels, that
// servers send; every one is read into the right UTF-8 text.
func TestParseCharsets(t *testing.T) {
	rss := func(decl, title string) []byte {
		return []byte(decl + `<rss version="2.0"><channel><title>` + title +
			`</title><item><title>x</title><link>https://x.example/a</link></item></channel></rss>`)
	}
	utf16le := func(s string) []byte {
		b := []byte{0xff, 0xfe}
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string
	}{
		{"declared windows-1252", rss(`<?xml version="1.0" encoding="windows-1252"?>`, "Caf\xe9"), "", "Café"},
		{"undeclared windows-1252", rss(`<?xml version="1.0"?>`, "Caf\xe9 \x93News\x94"), "", "Café “News”"},
		{"no prolog, latin-1 bytes", rss("", "Cr\xe8me"), "", "Crème"},
		{"utf-8 declared as iso-8859-1", rss(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "Café"), "", "Café"},
		{"utf-8 declared as utf-16", rss(`<?xml version="1.0" encoding="utf-16"?>`, "Café"), "", "Café"},
		{"unknown declared charset", rss(`<?xml version='1.0' encoding='x-bogus'?>`, "Cafe"), "", "Cafe"},
		{"charset from the header", rss(`<?xml version="1.0"?>`, "\xcf\xf0\xe8\xe2\xe5\xf2"), "application/rss+xml; charset=windows-1251", "Привет"},
		{"declared windows-1251", rss(`<?xml version="1.0" encoding="windows-1251"?>`, "\xcf\xf0\xe8\xe2\xe5\xf2"), "", "Привет"},
		{"utf-16 with a BOM", utf16le(string(rss(`<?xml version="1.0" encoding="utf-16"?>`, "Café"))), "", "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.body, tt.contentType, "https://x.example/feed")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if f.Title != tt.want || len(f.Items) != 1 {
				t.Errorf("title %q with %d items, want %q and 1", f.Title, len(f.Items), tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	base, _ := url.Parse("https://example.com/feeds/rss.xml")
	tests := []struct{ ref, want string }{
		{" /a.html#comments ", "https://example.com/a.html"},
		{"b.html?p=1#x", "https://example.com/feeds/b.html?p=1"},
		{"/c%23d.html", "https://example.com/c%23d.html"},
		{"//cdn.example.org/e.html", "https://cdn.example.org/e.html"},
		{"mailto:a@example.com", ""},
		{"javascript:void(0)", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := resolve(base, tt.ref); got != tt.want {
			t.Errorf("resolve(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
}

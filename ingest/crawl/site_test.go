package crawl

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// testSite is a small news site on loopback: feeds whose items point at its
// own pages, and every kind of bad answer a crawl must survive. It counts
// the requests for each path.
type testSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
	// onPage, when set, is called before each article page is served.
	onPage func(path string)
}

// article is a page that extract reads a title and a body from.
func article(title, body string) string {
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>%s</h1>
<p>%s</p><p>"We will keep talking," the envoy said on Friday.</p></article></body></html>`, title, title, body)
}

func rssFeed(base string, paths ...string) string {
	var items strings.Builder
	for i, p := range paths {
		fmt.Fprintf(&items, "<item><title>Item %d</title><link>%s%s</link><guid isPermaLink=\"false\">rss-%s</guid>"+
			"<pubDate>Fri, 24 Oct 2025 09:%02d:00 +0000</pubDate></item>\n", i, base, p, p, i)
	}
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title>` +
		`<link>` + base + `/</link>` + items.String() + `</channel></rss>`
}

func atomFeed(paths ...string) string {
	var entries strings.Builder
	for _, p := range paths {
		// Relative links: resolved against the feed's URL.
		fmt.Fprintf(&entries, `<entry><title>%s</title><link href="%s"/><id>urn:test:%s</id>`+
			`<updated>2025-10-23T10:00:00Z</updated></entry>`, p, p, p)
	}
	return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">` +
		`<title>Test Atom</title><id>urn:test</id><updated>2025-10-24T10:00:00Z</updated>` + entries.String() + `</feed>`
}

// goodItems are the RSS items that store; badItems are the ones that fail
// and why.
var (
	goodItems = []string{"/a/envoy.html", "/a/shared.html", "/a/cp1252.html", "/a/nodate.html"}
	badItems  = map[string]Reason{
		"/a/missing.html":   "http 404",
		"/a/broken.html":    "http 500",
		"/a/loop.html":      ReasonRedirectLoop,
		"/a/photo.png":      ReasonNotHTML,
		"/a/huge.html":      ReasonTooLarge,
		"/a/empty.html":     ReasonEmpty,
		"/private/and.html": ReasonRobots,
	}
)

const testMaxBytes = 64 << 10

func newTestSite(t *testing.T) *testSite {
	t.Helper()
	s := &testSite{hits: map[string]int{}}
	mux := http.NewServeMux()
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		onPage := s.onPage
		s.mu.Unlock()
		if onPage != nil && strings.HasPrefix(r.URL.Path, "/a/") {
			onPage(r.URL.Path)
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	html := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		}
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	all := append([]string{}, goodItems...)
	for p := range badItems {
		all = append(all, p)
	}
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		const etag = `"rss-v1"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed(s.URL, all...))
	})
	mux.HandleFunc("/feeds/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, atomFeed("../a/shared.html", "../a/atom-only.html"))
	})
	mux.HandleFunc("/not-a-feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "Sorry, this feed has moved.")
	})
	mux.HandleFunc("/page.html", html(article("A page source", "Pages can be sources too.")))
	for _, p := range []string{"/a/envoy.html", "/a/shared.html", "/a/atom-only.html"} {
		mux.HandleFunc(p, html(article("Story "+p, "The envoy arrived in the capital on Thursday.")))
	}
	mux.HandleFunc("/a/nodate.html", html(article("No date", "This page says nothing of when it was written.")))
	mux.HandleFunc("/a/cp1252.html", func(w http.ResponseWriter, r *http.Request) {
		// windows-1252 with no charset anywhere: curly quotes and an é.
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><head><title>Caf\xe9</title></head><body><p>The caf\xe9 owner said \x93we stay open\x94 all winter long.</p></body></html>")
	})
	mux.HandleFunc("/a/missing.html", http.NotFound)
	mux.HandleFunc("/a/broken.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "database down", http.StatusInternalServerError)
	})
	mux.HandleFunc("/a/loop.html", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/a/loop2.html", http.StatusFound)
	})
	mux.HandleFunc("/a/loop2.html", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/a/loop.html", http.StatusFound)
	})
	mux.HandleFunc("/a/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/a/huge.html", html(article("Huge", strings.Repeat("word ", testMaxBytes/5+10))))
	mux.HandleFunc("/a/empty.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/private/and.html", html(article("Private", "Not for crawlers.")))
	return s
}

func (s *testSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *testSite) setOnPage(f func(string)) {
	s.mu.Lock()
	s.onPage = f
	s.mu.Unlock()
}

package crawl

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
)

// TestExtractPanics: a page on which extract panics costs that page, as a
// counted failure and an attempt, and the crawl of the others goes on.
func TestExtractPanics(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed(srv.URL, "/ok.html", "/boom.html", "/ok2.html"))
	})
	for _, p := range []string{"/ok.html", "/boom.html", "/ok2.html"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, article("Page "+p, "Body of "+p))
		})
	}
	st := openStore(t)
	c := New(testConfig(st))
	c.extract = func(page []byte, pageURL string, opt extract.Options) (*extract.Article, error) {
		if bytes.Contains(page, []byte("/boom.html")) {
			var m map[string]int
			m["nil map"]++ // a bug in extract, tripped by one page
		}
		return extract.Extract(page, pageURL, opt)
	}
	sum, err := c.Run(context.Background(), []string{srv.URL + "/rss.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 2 || sum.Failed[ReasonPanic] != 1 {
		t.Errorf("summary %s; want 2 stored and 1 %q", sum, ReasonPanic)
	}
	items, err := st.PendingItems(srv.URL+"/rss.xml", 0)
	if err != nil || len(items) != 1 || items[0].Attempts != 1 {
		t.Errorf("pending items %+v, %v; want the panicking page, with one attempt", items, err)
	}
}

// TestDuplicateSources: a source given twice is crawled once, not by two
// workers at once racing on its state.
func TestDuplicateSources(t *testing.T) {
	site := newTestSite(t)
	st := openStore(t)
	feedURL := site.URL + "/feeds/atom.xml"
	sum, err := New(testConfig(st)).Run(context.Background(), []string{feedURL, site.URL + "/page.html", feedURL})
	if err != nil {
		t.Fatal(err)
	}
	if n := site.count("/feeds/atom.xml"); n != 1 {
		t.Errorf("feed fetched %d times, want 1", n)
	}
	if len(sum.Sources) != 2 || sum.Feeds != 1 || sum.Items != 2 {
		t.Errorf("summary %s with %d sources; want 2 sources, 1 feed, 2 items", sum, len(sum.Sources))
	}
	src, err := st.Source(feedURL)
	if err != nil || src.Crawls != 1 {
		t.Errorf("source state %+v, %v; want 1 crawl", src, err)
	}
}

// TestRedirectRace: one article reached at once by two workers, through a
// feed's tracking link that redirects to it and through its own link in
// another feed, is stored once and counted once.
func TestRedirectRace(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/a.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed(srv.URL, "/track/story"))
	})
	mux.HandleFunc("/b.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed(srv.URL, "/story.html"))
	})
	mux.HandleFunc("/track/story", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story.html", http.StatusMovedPermanently)
	})
	// Both requests for the story are held until both have arrived, so
	// that both workers fetch it before either stores it.
	var arrivals atomic.Int32
	both := make(chan struct{})
	mux.HandleFunc("/story.html", func(w http.ResponseWriter, r *http.Request) {
		if arrivals.Add(1) == 2 {
			close(both)
		}
		select {
		case <-both:
		case <-r.Context().Done():
			return
		}
		fmt.Fprint(w, article("The story", "One story, two links."))
	})
	st := openStore(t)
	cfg := testConfig(st)
	cfg.Workers = 2
	sum, err := New(cfg).Run(context.Background(), []string{srv.URL + "/a.xml", srv.URL + "/b.xml"})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != stats.Articles || sum.Stored+sum.Skipped != 2 {
		t.Errorf("summary %s, store holds %d articles; want stored = articles, and stored + skipped = 2", sum, stats.Articles)
	}
}

// TestNewestFirst: a feed's pending items are fetched newest first, so a
// crawl cut short by its time limit has the latest news.
func TestNewestFirst(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>T</title>
<item><link>%[1]s/a.html</link><pubDate>Mon, 20 Oct 2025 09:00:00 +0000</pubDate></item>
<item><link>%[1]s/b.html</link><pubDate>Fri, 24 Oct 2025 09:00:00 +0000</pubDate></item>
<item><link>%[1]s/c.html</link></item>
<item><link>%[1]s/d.html</link><pubDate>Wed, 22 Oct 2025 09:00:00 +0000</pubDate></item>
</channel></rss>`, srv.URL)
	})
	var order []string
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		order = append(order, r.URL.Path) // one worker: no race
		fmt.Fprint(w, article("Page "+r.URL.Path, "Body."))
	})
	cfg := testConfig(openStore(t))
	cfg.Workers = 1
	if _, err := New(cfg).Run(context.Background(), []string{srv.URL + "/rss.xml"}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(order, " "); got != "/robots.txt /b.html /d.html /a.html /c.html" {
		t.Errorf("fetch order %q, want robots.txt, then newest first, undated last", got)
	}
}

// TestPermanentFailures: a link to an image or to a page over the size cap
// is not tried again on later runs, as it would fail the same way; a 404
// or a 500 is (the page may not be published yet, the site may be down).
func TestPermanentFailures(t *testing.T) {
	site := newTestSite(t)
	c := New(testConfig(openStore(t)))
	for range 3 {
		if _, err := c.Run(context.Background(), []string{site.URL + "/rss.xml"}); err != nil {
			t.Fatal(err)
		}
	}
	for path, want := range map[string]int{"/a/photo.png": 1, "/a/huge.html": 1, "/a/missing.html": 3, "/a/broken.html": 3} {
		if n := site.count(path); n != want {
			t.Errorf("%s fetched %d times over three crawls, want %d", path, n, want)
		}
	}
}

// TestLongURLs: URLs longer than a store key may be (a feed item's link or
// guid, or where a page redirects to) cost the item they belong to, not
// the crawl: the other items of the feed are stored and the run succeeds.
func TestLongURLs(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	long := "/" + strings.Repeat("x", 33<<10) // bbolt's key limit is 32 KiB
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Long</title>`+
			`<item><link>%[1]s/ok.html</link><guid isPermaLink="false">%[2]s</guid></item>`+
			`<item><link>%[1]s%[2]s</link></item>`+
			`<item><link>%[1]s/moved.html</link></item>`+
			`<item><link>%[1]s/ok2.html</link></item></channel></rss>`, srv.URL, long)
	})
	mux.HandleFunc("/moved.html", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, long, http.StatusFound)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, article("Page "+r.URL.Path[:min(len(r.URL.Path), 20)], "Body."))
	})
	cfg := testConfig(openStore(t))
	cfg.Client = polite.New(fetch.New(fetch.Config{}), polite.Config{Delay: -1}) // the feed is over testMaxBytes
	sum, err := New(cfg).Run(context.Background(), []string{srv.URL + "/rss.xml", srv.URL + long})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Stored != 2 || sum.Failed[ReasonURLTooLong] != 2 || sum.Total() != 2 || !sum.Sources[1].Unusable {
		t.Errorf("summary %s; want the 2 short pages stored, the redirect and the long source failed", sum)
	}
}

package crawl

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/whosaid/whosaid/extract"
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

package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/whosaid/whosaid/ingest/store"
)

// TestSearchDuringScheduledCrawl runs a search while a scheduled crawl is
// fetching its second round: the crawl holds the store then, but not the
// index, so the search answers from what the first round indexed.
func TestSearchDuringScheduledCrawl(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	var feeds atomic.Int32
	var searchCode atomic.Int32
	var searchOut strings.Builder
	srv, _ := feedSite(t, func() {
		if feeds.Add(1) == 2 {
			e, stderr := crawlEnv(nil)
			e.stdout = &searchOut
			searchCode.Store(int32(run(context.Background(), e, []string{"search", "--data", dir, "works"})))
			searchOut.WriteString(stderr.String())
			cancel()
		}
	}, "/one.html")
	e, stderr := crawlEnv(nil)
	if code := run(ctx, e, []string{"crawl", "--data", dir, "--delay", "0", "--every", "1ms", srv.URL + "/rss.xml"}); code != 0 {
		t.Fatalf("crawl exit code %d; stderr:\n%s", code, stderr)
	}
	if feeds.Load() < 2 {
		t.Fatalf("feed fetched %d times, want a second round", feeds.Load())
	}
	if code := searchCode.Load(); code != 0 {
		t.Errorf("search during the crawl: exit code %d, want 0; output:\n%s", code, searchOut.String())
	}
}

// TestSearchNoIndex: a data dir with a store but no index (a crawl killed
// before it indexed) is an error that says what to run, and search creates
// nothing.
func TestSearchNoIndex(t *testing.T) {
	dir := t.TempDir()
	storeWith(t, dir, 1).Close()
	e, stderr := crawlEnv(nil)
	if code := run(context.Background(), e, []string{"search", "--data", dir, "x"}); code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "whosaid reindex --data "+dir) || !strings.Contains(stderr.String(), filepath.Join(dir, indexDirName)) {
		t.Errorf("stderr does not name the index and say to reindex:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, indexDirName)); !os.IsNotExist(err) {
		t.Errorf("search created an index: %v", err)
	}
}

// TestExportBesideReader: an export runs while another reader (a second
// export) has the store open, and neither writes to it.
func TestExportBesideReader(t *testing.T) {
	dir := t.TempDir()
	storeWith(t, dir, 2).Close()
	other, err := store.Open(filepath.Join(dir, store.FileName), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	e, stderr := crawlEnv(nil)
	var out strings.Builder
	e.stdout = &out
	if code := run(context.Background(), e, []string{"export", "--data", dir}); code != 0 {
		t.Fatalf("export beside a reader: exit code %d; stderr:\n%s", code, stderr)
	}
	if n := strings.Count(out.String(), "\n"); n != 2*3 {
		t.Errorf("export wrote %d lines, want 6 claims", n)
	}
}

// TestCrawlTimeout: a crawl that reaches its --timeout stops fetching,
// indexes what it stored and exits 0; the page it was waiting for is not
// counted as a failed attempt, so the next crawl fetches it.
func TestCrawlTimeout(t *testing.T) {
	srv, mux := feedSite(t, nil, "/one.html", "/slow.html")
	mux.HandleFunc("/slow.html", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // a server that never answers
	})
	dir := t.TempDir()
	e, stderr := crawlEnv(nil)
	args := []string{"crawl", "--data", dir, "--delay", "0", "--timeout", "500ms", srv.URL + "/rss.xml"}
	if code := run(context.Background(), e, args); code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "time limit") || !strings.Contains(stderr.String(), "0 failed") {
		t.Errorf("stderr does not say the crawl stopped at its limit with nothing failed:\n%s", stderr)
	}
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if stats, err := st.Stats(); err != nil || stats.Articles != 1 || stats.Unindexed != 0 {
		t.Errorf("store %+v, %v; want 1 article, indexed", stats, err)
	}
	items, err := st.PendingItems(srv.URL+"/rss.xml", 0)
	if err != nil || len(items) != 1 || items[0].Attempts != 0 {
		t.Errorf("pending items %+v, %v; want the slow page with no attempt", items, err)
	}
}

// TestExportOneCanonical: two stored pages that declare one canonical URL
// (a tracking link and the clean one) are one article, exported once.
func TestExportOneCanonical(t *testing.T) {
	dir := t.TempDir()
	st := storeWith(t, dir, 1)
	a := quotedArticle(0)
	a.CanonicalURL = a.URL
	a.URL += "?utm_source=feed"
	p := &store.Page{URL: a.URL, FinalURL: a.URL, Status: 200, FetchedAt: time.Now(), Body: []byte("<p>x</p>")}
	if err := st.PutPage(p, a); err != nil {
		t.Fatal(err)
	}
	st.Close()
	e, stderr := crawlEnv(nil)
	var out strings.Builder
	e.stdout = &out
	if code := run(context.Background(), e, []string{"export", "--data", dir}); code != 0 {
		t.Fatalf("export: exit code %d; stderr:\n%s", code, stderr)
	}
	if n := strings.Count(out.String(), "\n"); n != 3 {
		t.Errorf("export wrote %d lines, want the article's 3 claims once:\n%s", n, out.String())
	}
}

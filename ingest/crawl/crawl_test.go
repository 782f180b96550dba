package crawl

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
	"github.com/whosaid/whosaid/ingest/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func testConfig(st *store.Store) Config {
	client := polite.New(fetch.New(fetch.Config{MaxBytes: testMaxBytes}), polite.Config{Delay: -1})
	return Config{Client: client, Store: st}
}

// busyServer answers every page but robots.txt with 429 and a long
// Retry-After.
func busyServer(t *testing.T) *httptest.Server {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestCrawl(t *testing.T) {
	site := newTestSite(t)
	st := openStore(t)
	cfg := testConfig(st)
	var mu sync.Mutex
	var notified []string
	cfg.OnStored = func(ctx context.Context, url string, a *extract.Article) {
		mu.Lock()
		notified = append(notified, url)
		mu.Unlock()
	}
	c := New(cfg)
	sources := []string{
		site.URL + "/rss.xml", site.URL + "/feeds/atom.xml", site.URL + "/not-a-feed.xml",
		site.URL + "/page.html", busyServer(t).URL + "/story.html", "ftp://example.com/feed",
	}
	sum, err := c.Run(context.Background(), sources)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Log(sum)

	wantStored := len(goodItems) + 2 // + atom-only and the page source
	if sum.Stored != wantStored || sum.Feeds != 2 || sum.Pages != 1 || sum.Items != len(goodItems)+len(badItems)+2 ||
		sum.New != sum.Items || sum.Skipped != 1 || sum.Unchanged != 0 {
		t.Errorf("summary = %s; want %d stored, 2 feeds, 1 page, %d items all new, 1 skipped",
			sum, wantStored, len(goodItems)+len(badItems)+2)
	}
	wantFailed := map[Reason]int{ReasonNotFeed: 1, "http 429": 1, ReasonNotHTTP: 1}
	for _, r := range badItems {
		wantFailed[r]++
	}
	if !mapsEqual(sum.Failed, wantFailed) {
		t.Errorf("Failed = %v, want %v", sum.Failed, wantFailed)
	}
	if sum.AllFailed() {
		t.Error("AllFailed with pages stored")
	}
	if got := sum.Sources[2]; got.Err == nil || !got.Unusable || got.Kind != "" {
		t.Errorf("not-a-feed source result = %+v, want a failed source", got)
	}
	if got := sum.Sources[0]; got.Err != nil || got.Unusable || got.Kind != "feed" || got.Stored == 0 {
		t.Errorf("rss source result = %+v, want a feed with pages stored", got)
	}
	if n := site.count("/a/shared.html"); n != 1 {
		t.Errorf("page listed in both feeds fetched %d times, want 1", n)
	}
	if n := site.count("/private/and.html"); n != 0 {
		t.Errorf("page disallowed by robots.txt fetched %d times", n)
	}
	if len(notified) != wantStored {
		t.Errorf("OnStored called for %v, want %d pages", notified, wantStored)
	}

	a, err := st.Article(site.URL + "/a/cp1252.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "café owner said “we stay open”") {
		t.Errorf("windows-1252 page text = %q, want it decoded", a.Text)
	}
	if a, err = st.Article(site.URL + "/a/nodate.html"); err != nil || a.Published != "" {
		t.Errorf("page without a date: Published = %q, %v; want none (the feed's date is kept with the page)", a.Published, err)
	}
	if p, err := st.Page(site.URL + "/a/nodate.html"); err != nil || !p.FeedPublished.Equal(time.Date(2025, 10, 24, 9, 3, 0, 0, time.UTC)) {
		t.Errorf("page without a date: FeedPublished = %v, %v; want the feed's date", p, err)
	}
	if a, err = st.Article(site.URL + "/page.html"); err != nil || a.Title != "A page source" || a.Text == "" {
		t.Errorf("page source article = %+v, %v", a, err)
	}
	stats, err := st.Stats()
	if err != nil || stats.Articles != wantStored || stats.Unindexed != wantStored {
		t.Errorf("store stats = %+v, %v; want %d articles, all unindexed", stats, err, wantStored)
	}
	src, err := st.Source(site.URL + "/rss.xml")
	if err != nil || src.ETag != `"rss-v1"` || src.Kind != "feed" || src.Items != len(goodItems)+len(badItems) {
		t.Errorf("rss source state = %+v, %v", src, err)
	}

	// The second crawl: the RSS feed answers 304, the Atom feed has nothing
	// new, the page source is stored. Only the items that failed are tried
	// again.
	sum, err = c.Run(context.Background(), sources)
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	t.Log(sum)
	if sum.Stored != 0 || sum.New != 0 || sum.Unchanged != 1 || sum.AllFailed() {
		t.Errorf("second summary = %s; want nothing new, 1 unchanged", sum)
	}
	for _, p := range append(goodItems, "/a/atom-only.html", "/page.html") {
		if n := site.count(p); n != 1 {
			t.Errorf("%s fetched %d times over two crawls, want 1", p, n)
		}
	}
	if n := site.count("/a/missing.html"); n != 2 {
		t.Errorf("failed item fetched %d times over two crawls, want 2 (retried)", n)
	}
}

func TestCrawlGivesUp(t *testing.T) {
	site := newTestSite(t)
	cfg := testConfig(openStore(t))
	cfg.MaxAttempts = 2
	c := New(cfg)
	for range 4 {
		if _, err := c.Run(context.Background(), []string{site.URL + "/rss.xml"}); err != nil {
			t.Fatal(err)
		}
	}
	if n := site.count("/a/missing.html"); n != 2 {
		t.Errorf("dead link fetched %d times over 4 crawls, want MaxAttempts = 2", n)
	}
}

func TestCrawlAllFailed(t *testing.T) {
	site := newTestSite(t)
	c := New(testConfig(openStore(t)))
	sum, err := c.Run(context.Background(), []string{site.URL + "/not-a-feed.xml", site.URL + "/a/missing.html", site.URL + "/a/photo.png"})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.AllFailed() || sum.Total() != 3 {
		t.Errorf("summary = %s; AllFailed = %v, want true with 3 failures", sum, sum.AllFailed())
	}
	if !strings.Contains(sum.String(), "http 404: 1") || !strings.Contains(sum.String(), "not a feed: 1") {
		t.Errorf("summary line %q does not say what failed", sum)
	}
}

// TestKilledCrawl cancels a crawl while it fetches, then runs it again:
// every page ends up stored and indexed-to-be, and no stored page is fetched
// a second time.
func TestKilledCrawl(t *testing.T) {
	site := newTestSite(t)
	st := openStore(t)
	cfg := testConfig(st)
	cfg.Workers = 1
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	pages := 0
	site.setOnPage(func(path string) {
		// Cut at the second good page, whatever comes before it.
		if slices.Contains(goodItems, path) {
			if pages++; pages == 2 {
				once.Do(cancel)
			}
		}
	})
	sources := []string{site.URL + "/rss.xml", site.URL + "/feeds/atom.xml"}
	sum, err := New(cfg).Run(ctx, sources)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("killed Run: err = %v, want context.Canceled", err)
	}
	t.Log("killed:", sum)
	var storedBefore []string
	st.Articles(context.Background(), func(u string, _ *extract.Article) error {
		storedBefore = append(storedBefore, u)
		return nil
	})
	if len(storedBefore) == 0 || len(storedBefore) >= len(goodItems)+1 {
		t.Fatalf("killed crawl stored %v; the test wants it cut midway", storedBefore)
	}

	site.setOnPage(nil)
	sum, err = New(cfg).Run(context.Background(), sources)
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	t.Log("resumed:", sum)
	for _, u := range storedBefore {
		if n := site.count(strings.TrimPrefix(u, site.URL)); n != 1 {
			t.Errorf("%s, stored before the kill, fetched %d times", u, n)
		}
	}
	var unindexed []string
	st.Unindexed(context.Background(), func(u string, _ *extract.Article) error {
		unindexed = append(unindexed, strings.TrimPrefix(u, site.URL))
		return nil
	})
	want := append(slices.Clone(goodItems), "/a/atom-only.html")
	slices.Sort(want)
	if !slices.Equal(unindexed, want) {
		t.Errorf("unindexed after resume = %v, want %v", unindexed, want)
	}
}

func TestReextract(t *testing.T) {
	site := newTestSite(t)
	st := openStore(t)
	if _, err := New(testConfig(st)).Run(context.Background(), []string{site.URL + "/feeds/atom.xml", site.URL + "/page.html"}); err != nil {
		t.Fatal(err)
	}
	var urls []string
	st.Unindexed(context.Background(), func(u string, _ *extract.Article) error {
		urls = append(urls, u)
		return nil
	})
	if err := st.MarkIndexed(urls...); err != nil {
		t.Fatal(err)
	}
	before := site.count("/page.html")
	done, failed, err := Reextract(context.Background(), st, nil)
	if err != nil || done != 3 || failed != 0 {
		t.Fatalf("Reextract = %d done, %d failed, %v; want 3, 0, nil", done, failed, err)
	}
	if site.count("/page.html") != before {
		t.Error("Reextract fetched a page")
	}
	stats, _ := st.Stats()
	if stats.Unindexed != 3 {
		t.Errorf("after Reextract %d articles unindexed, want 3", stats.Unindexed)
	}
	if a, err := st.Article(site.URL + "/a/atom-only.html"); err != nil || a.Text == "" {
		t.Errorf("re-extracted article = %+v, %v; want text", a, err)
	}
}

func TestCancelledBeforeStart(t *testing.T) {
	site := newTestSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err := New(testConfig(openStore(t))).Run(ctx, []string{site.URL + "/rss.xml"})
	if !errors.Is(err, context.Canceled) || sum == nil {
		t.Fatalf("Run = %v, %v; want a summary and context.Canceled", sum, err)
	}
	if n := site.count("/rss.xml"); n != 0 {
		t.Errorf("feed fetched %d times after cancel", n)
	}
}

func TestSummaryString(t *testing.T) {
	s := &Summary{
		Feeds: 2, Pages: 1, Items: 7, New: 5, Fetched: 6, Stored: 5, Skipped: 1, Unchanged: 1,
		Failed:  map[Reason]int{"not a feed": 1, "http 404": 2},
		Sources: make([]SourceResult, 3),
	}
	const want = "3 sources (2 feeds, 1 page): 7 items (5 new), 6 fetched, 5 stored, 1 skipped, 1 unchanged; 3 failed (http 404: 2, not a feed: 1)"
	if got := s.String(); got != want {
		t.Errorf("String =\n%s\nwant\n%s", got, want)
	}
}

func mapsEqual(a, b map[Reason]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A feed whose one item is dead has failed on the first crawl; on the next,
// with nothing new in it, a retry failing again is not a failed source.
func TestRetryFailingAgain(t *testing.T) {
	site := newTestSite(t)
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rssFeed(site.URL, "/a/missing.html")))
	}))
	defer feed.Close()
	c := New(testConfig(openStore(t)))
	for i, wantAllFailed := range []bool{true, false} {
		sum, err := c.Run(context.Background(), []string{feed.URL + "/feed.xml"})
		if err != nil {
			t.Fatal(err)
		}
		if sum.AllFailed() != wantAllFailed || sum.Failed["http 404"] != 1 {
			t.Errorf("crawl %d: %s; AllFailed = %v, want %v", i+1, sum, sum.AllFailed(), wantAllFailed)
		}
	}
}

package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/whosaid/whosaid/extract"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), FileName), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func testPage(url string, body string) (*Page, *extract.Article) {
	p := &Page{
		URL: url, FinalURL: url + "?final", Status: 200, ContentType: "text/html; charset=utf-8",
		FetchedAt:     time.Date(2025, 10, 24, 12, 0, 0, 0, time.UTC),
		FeedPublished: time.Date(2025, 10, 24, 9, 30, 0, 0, time.UTC),
		Body:          []byte(body),
	}
	return p, &extract.Article{URL: p.FinalURL, Title: "Title of " + url, Text: "Body of " + url}
}

func TestPageRoundTrip(t *testing.T) {
	s := openTemp(t)
	body := strings.Repeat("<p>The envoy said talks would go on.</p>\n", 200)
	p, a := testPage("https://x.example/a", body)
	if ok, err := s.HasPage(p.URL); err != nil || ok {
		t.Fatalf("HasPage before PutPage = %v, %v", ok, err)
	}
	if err := s.PutPage(p, a); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.HasPage(p.URL); err != nil || !ok {
		t.Fatalf("HasPage after PutPage = %v, %v", ok, err)
	}
	got, err := s.Page(p.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.FinalURL != p.FinalURL || got.Status != 200 || got.ContentType != p.ContentType ||
		!got.FetchedAt.Equal(p.FetchedAt) || !got.FeedPublished.Equal(p.FeedPublished) || string(got.Body) != body {
		t.Errorf("Page = %+v, want %+v", got, p)
	}
	info, err := s.PageInfo(p.URL)
	if err != nil || info.Body != nil || !info.FetchedAt.Equal(p.FetchedAt) || !info.FeedPublished.Equal(p.FeedPublished) {
		t.Errorf("PageInfo = %+v, %v; want the dates without the body", info, err)
	}
	ga, err := s.Article(p.URL)
	if err != nil {
		t.Fatal(err)
	}
	if ga.Title != a.Title || ga.Text != a.Text || ga.URL != a.URL {
		t.Errorf("Article = %+v, want %+v", ga, a)
	}
	// The raw body is kept compressed.
	s.view(func(tx *bolt.Tx) error {
		if n := len(tx.Bucket(bucketRaw).Get([]byte(p.URL))); n == 0 || n > len(body)/4 {
			t.Errorf("raw body takes %d bytes for a %d-byte repetitive page", n, len(body))
		}
		return nil
	})
}

func TestNotFound(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Page("https://x.example/none"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Page: %v, want ErrNotFound", err)
	}
	if _, err := s.PageInfo("https://x.example/none"); !errors.Is(err, ErrNotFound) {
		t.Errorf("PageInfo: %v, want ErrNotFound", err)
	}
	if _, err := s.Article("https://x.example/none"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article: %v, want ErrNotFound", err)
	}
	if _, err := s.Source("https://x.example/feed"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Source: %v, want ErrNotFound", err)
	}
}

func TestUnindexed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, u := range []string{"https://x.example/1", "https://x.example/2", "https://x.example/3"} {
		if err := s.PutPage(testPage(u, "<p>x</p>")); err != nil {
			t.Fatal(err)
		}
	}
	unindexed := func() []string {
		var got []string
		if err := s.Unindexed(ctx, func(u string, a *extract.Article) error {
			if a.Title != "Title of "+u {
				t.Errorf("article for %s has title %q", u, a.Title)
			}
			got = append(got, u)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := unindexed(); len(got) != 3 {
		t.Fatalf("Unindexed = %v, want all three", got)
	}
	// An indexer that marks as it goes, inside the walk.
	err := s.Unindexed(ctx, func(u string, a *extract.Article) error {
		if u == "https://x.example/3" {
			return nil
		}
		return s.MarkIndexed(u)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := unindexed(); len(got) != 1 || got[0] != "https://x.example/3" {
		t.Fatalf("Unindexed after marking = %v, want only /3", got)
	}
	// A re-extracted article must be indexed again.
	if err := s.PutArticle("https://x.example/1", &extract.Article{Title: "Title of https://x.example/1"}); err != nil {
		t.Fatal(err)
	}
	if got := unindexed(); len(got) != 2 {
		t.Fatalf("Unindexed after PutArticle = %v, want /1 and /3", got)
	}
	st, err := s.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st != (Stats{Pages: 3, Articles: 3, Unindexed: 2}) {
		t.Errorf("Stats = %+v", st)
	}
}

// TestReextractWalk walks more pages than one read batch and rewrites every
// article from inside the walk, the way a re-extraction does.
func TestReextractWalk(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const n = iterBatch + 44
	for i := range n {
		if err := s.PutPage(testPage(fmt.Sprintf("https://x.example/%04d", i), "<p>x</p>")); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkIndexed(); err != nil {
		t.Fatal(err)
	}
	seen := 0
	err := s.Pages(ctx, func(p *Page) error {
		seen++
		return s.PutArticle(p.URL, &extract.Article{URL: p.FinalURL, Title: "v2"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != n {
		t.Errorf("Pages visited %d pages, want %d", seen, n)
	}
	v2 := 0
	s.Articles(ctx, func(u string, a *extract.Article) error {
		if a.Title == "v2" {
			v2++
		}
		return nil
	})
	if v2 != n {
		t.Errorf("%d of %d articles re-extracted", v2, n)
	}
	// A cancelled walk stops with the context's error.
	cctx, cancel := context.WithCancel(ctx)
	visits := 0
	err = s.Pages(cctx, func(p *Page) error {
		visits++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || visits != 1 {
		t.Errorf("cancelled walk: err = %v after %d visits, want context.Canceled after 1", err, visits)
	}
}

func TestSourcesAndItems(t *testing.T) {
	s := openTemp(t)
	const feedURL = "https://x.example/feed.xml"
	src := Source{URL: feedURL, Kind: "feed", Title: "X", ETag: `"v1"`, Crawls: 1, Items: 2,
		LastFetch: time.Date(2025, 10, 24, 12, 0, 0, 0, time.UTC)}
	if err := s.PutSource(src); err != nil {
		t.Fatal(err)
	}
	got, err := s.Source(feedURL)
	if err != nil || got != src {
		t.Fatalf("Source = %+v, %v; want %+v", got, err, src)
	}
	var listed []string
	s.Sources(context.Background(), func(src Source) error { listed = append(listed, src.URL); return nil })
	if len(listed) != 1 || listed[0] != feedURL {
		t.Errorf("Sources = %v", listed)
	}

	items := []Item{{Key: "a", URL: "https://x.example/a"}, {Key: "b", URL: "https://x.example/b"}, {Key: "c", URL: "https://x.example/c"}}
	if n, err := s.AddItems(feedURL, items); err != nil || n != 3 {
		t.Fatalf("AddItems = %d, %v; want 3 new", n, err)
	}
	if n, err := s.AddItems(feedURL, items[:2]); err != nil || n != 0 {
		t.Fatalf("AddItems again = %d, %v; want 0 new", n, err)
	}
	done, failed := items[0], items[1]
	done.Done = true
	failed.Attempts, failed.LastError = 3, "404"
	if err := errors.Join(s.PutItem(feedURL, done), s.PutItem(feedURL, failed)); err != nil {
		t.Fatal(err)
	}
	pending := func(max int) []string {
		its, err := s.PendingItems(feedURL, max)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, it := range its {
			keys = append(keys, it.Key)
		}
		return keys
	}
	if got := fmt.Sprint(pending(3)); got != "[c]" {
		t.Errorf("pending with 3 attempts = %s, want [c]", got)
	}
	if got := fmt.Sprint(pending(5)); got != "[b c]" {
		t.Errorf("pending with 5 attempts = %s, want [b c]", got)
	}
	if n, err := s.ItemCount(feedURL); err != nil || n != 3 {
		t.Errorf("ItemCount = %d, %v", n, err)
	}
	if its, err := s.PendingItems("https://x.example/other", 0); err != nil || len(its) != 0 {
		t.Errorf("PendingItems of an unknown feed = %v, %v", its, err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutPage(testPage("https://x.example/a", "<p>kept</p>")); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p, err := s.Page("https://x.example/a"); err != nil || string(p.Body) != "<p>kept</p>" {
		t.Errorf("after reopen: %v, %v", p, err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		wantErr error  // checked with errors.Is when set
		wantMsg string // a part of the message
	}{
		{"missing directory", filepath.Join(dir, "nope", FileName), nil, "does not exist"},
		{"directory is a file", filepath.Join(notDir, FileName), nil, "not a directory"},
		{"tiny file", writeFile(t, []byte("hello, not bolt")), ErrCorrupt, ""},
		{"garbage", writeFile(t, randomBytes(t, 64<<10)), ErrCorrupt, ""},
		{"truncated to half", truncated(t, 2), ErrCorrupt, ""},
		{"truncated to a few pages", truncated(t, 0), ErrCorrupt, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(tt.path, Options{LockTimeout: 100 * time.Millisecond})
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded, want an error")
			}
			t.Log(err)
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.path) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("err = %q, want it to name %s and say %q", err, tt.path, tt.wantMsg)
			}
		})
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = Open(path, Options{LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) {
		t.Fatalf("second Open: %v, want ErrLocked naming %s", err, path)
	}
}

func TestOpenUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file; permissions cannot be tested")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, nil, 0o000); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("err = %v, want permission denied", err)
	}
}

func writeFile(t *testing.T, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func randomBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

// truncated returns the path of a store with a few hundred KB of pages that
// was cut to 1/div of its size, or to four pages when div is 0.
func truncated(t *testing.T, div int64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		// Random bytes do not compress, so the file really grows.
		p, a := testPage(fmt.Sprintf("https://x.example/%d", i), string(randomBytes(t, 16<<10)))
		if err := s.PutPage(p, a); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	size := int64(4 * os.Getpagesize())
	if div > 0 {
		size = fi.Size() / div
	}
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
	if size >= fi.Size() {
		t.Fatalf("store of %d bytes is too small to truncate to %d", fi.Size(), size)
	}
	return path
}

// TestOpenReadOnly: readers share the file, a writer waits for them, they
// cannot write, and a missing file is an error naming it, not created.
func TestOpenReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	ro := Options{ReadOnly: true, LockTimeout: 50 * time.Millisecond}
	if _, err := Open(path, ro); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("read-only Open of a missing file: %v, want fs.ErrNotExist naming %s", err, path)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open created %s", path)
	}
	w, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.PutPage(testPage("https://x.example/a", "<p>kept</p>")); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, ro); !errors.Is(err, ErrLocked) {
		t.Errorf("read-only Open while a writer has the file: %v, want ErrLocked", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := Open(path, ro)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(path, ro)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	if p, err := r2.Page("https://x.example/a"); err != nil || string(p.Body) != "<p>kept</p>" {
		t.Errorf("reader's Page = %v, %v", p, err)
	}
	if err := r1.MarkIndexed("https://x.example/a"); err == nil {
		t.Error("a read-only store wrote")
	}
	if _, err := Open(path, Options{LockTimeout: 50 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("writable Open while readers have the file: %v, want ErrLocked", err)
	}
}

func TestOpenReadOnlyCorrupt(t *testing.T) {
	for name, path := range map[string]string{
		"garbage":   writeFile(t, randomBytes(t, 64<<10)),
		"truncated": truncated(t, 2),
	} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(path, Options{ReadOnly: true})
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
				t.Errorf("err = %v, want ErrCorrupt naming %s", err, path)
			}
		})
	}
}

// TestAddPage: the first AddPage of a URL stores it, a second leaves the
// first page and article as they were.
func TestAddPage(t *testing.T) {
	s := openTemp(t)
	p, a := testPage("https://x.example/a", "<p>first</p>")
	if added, err := s.AddPage(p, a); err != nil || !added {
		t.Fatalf("first AddPage = %v, %v; want added", added, err)
	}
	if err := s.MarkIndexed(p.URL); err != nil {
		t.Fatal(err)
	}
	p2, a2 := testPage("https://x.example/a", "<p>second</p>")
	a2.Title = "Second"
	if added, err := s.AddPage(p2, a2); err != nil || added {
		t.Fatalf("second AddPage = %v, %v; want not added", added, err)
	}
	if got, err := s.Page(p.URL); err != nil || string(got.Body) != "<p>first</p>" {
		t.Errorf("Page = %v, %v; want the first body", got, err)
	}
	if got, err := s.Article(p.URL); err != nil || got.Title != a.Title {
		t.Errorf("Article = %v, %v; want the first", got, err)
	}
	if st, err := s.Stats(); err != nil || st.Unindexed != 0 {
		t.Errorf("Stats = %+v, %v; a page not added must not become unindexed", st, err)
	}
}

// TestBadArticleRecord: an article whose record does not decode is passed
// over by the walks, which go on to the others and then say so.
func TestBadArticleRecord(t *testing.T) {
	s := openTemp(t)
	for _, u := range []string{"https://x.example/a", "https://x.example/b", "https://x.example/c"} {
		if err := s.PutPage(testPage(u, "<p>x</p>")); err != nil {
			t.Fatal(err)
		}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketArticles).Put([]byte("https://x.example/b"), []byte("{\"title\": 1"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Article("https://x.example/b"); !errors.Is(err, ErrBadRecord) {
		t.Errorf("Article of a damaged record: %v, want ErrBadRecord", err)
	}
	for name, walk := range map[string]func(context.Context, func(string, *extract.Article) error) error{
		"Articles": s.Articles, "Unindexed": s.Unindexed,
	} {
		var seen []string
		err := walk(context.Background(), func(url string, _ *extract.Article) error {
			seen = append(seen, url)
			return nil
		})
		if !errors.Is(err, ErrBadRecord) || !strings.Contains(err.Error(), "https://x.example/b") || len(seen) != 2 {
			t.Errorf("%s: saw %v, %v; want a and c, and ErrBadRecord naming b", name, seen, err)
		}
	}
}

// TestBadPageRecord: a page whose record or raw body does not decode is
// passed over by Pages, which goes on to the others and then says so.
func TestBadPageRecord(t *testing.T) {
	for _, tc := range []struct {
		name   string
		bucket []byte
		value  string
	}{
		{"meta", bucketPages, "{\"status\": \"x"},
		{"raw body", bucketRaw, "not gzip"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			for _, u := range []string{"https://x.example/a", "https://x.example/b", "https://x.example/c"} {
				if err := s.PutPage(testPage(u, "<p>x</p>")); err != nil {
					t.Fatal(err)
				}
			}
			err := s.db.Update(func(tx *bolt.Tx) error {
				return tx.Bucket(tc.bucket).Put([]byte("https://x.example/b"), []byte(tc.value))
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Page("https://x.example/b"); !errors.Is(err, ErrBadRecord) {
				t.Errorf("Page of a damaged record: %v, want ErrBadRecord", err)
			}
			var seen []string
			err = s.Pages(context.Background(), func(p *Page) error {
				seen = append(seen, p.URL)
				return nil
			})
			if !errors.Is(err, ErrBadRecord) || !strings.Contains(err.Error(), "https://x.example/b") || len(seen) != 2 {
				t.Errorf("Pages: saw %v, %v; want a and c, and ErrBadRecord naming b", seen, err)
			}
		})
	}
}

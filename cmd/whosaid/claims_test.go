package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/ingest/store"
)

// quotedArticle is the i-th of a stream of synthetic articles with three
// quotes each.
func quotedArticle(i int) *extract.Article {
	a := &extract.Article{
		URL:       fmt.Sprintf("https://example.com/news/%d", i),
		Title:     fmt.Sprintf("Talks resume, round %d", i),
		Language:  "en",
		Published: "2025-11-19T10:00:00Z",
	}
	for j := range 3 {
		a.Quotes = append(a.Quotes, extract.Quote{
			Text: fmt.Sprintf("Quote %d of article %d: the sanctions must stay until talks resume", j, i),
			Kind: "direct", Cue: "said",
			Speaker: extract.Speaker{Name: fmt.Sprintf("Speaker%d Surname%d", i%20, j), Kind: "person"},
		})
	}
	return a
}

// storeWith returns a store in dir holding n synthetic articles, all
// unindexed.
func storeWith(tb testing.TB, dir string, n int) *store.Store {
	tb.Helper()
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	for i := range n {
		a := quotedArticle(i)
		p := &store.Page{URL: a.URL, FinalURL: a.URL, Status: 200, FetchedAt: time.Now(), Body: []byte("<p>x</p>")}
		if err := st.PutPage(p, a); err != nil {
			tb.Fatal(err)
		}
	}
	return st
}

// TestIndexPending indexes more articles than fit in one batch, with a
// remainder, and wants every claim in the index and nothing left pending;
// a second run has nothing to do.
func TestIndexPending(t *testing.T) {
	dir := t.TempDir()
	const n = 2*indexBatch + 7
	st := storeWith(t, dir, n)
	ix, err := index.Open(filepath.Join(dir, indexDirName))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	log := slog.New(slog.DiscardHandler)
	articles, claims, err := indexPending(context.Background(), st, ix, log)
	if err != nil || articles != n || claims != 3*n {
		t.Fatalf("indexPending = %d articles, %d claims, %v; want %d, %d", articles, claims, err, n, 3*n)
	}
	if c, err := ix.Count(); err != nil || c != 3*n {
		t.Errorf("index Count = %d, %v; want %d", c, err, 3*n)
	}
	if stats, err := st.Stats(); err != nil || stats.Unindexed != 0 {
		t.Errorf("store stats %+v, %v; want nothing unindexed", stats, err)
	}
	if articles, _, err := indexPending(context.Background(), st, ix, log); err != nil || articles != 0 {
		t.Errorf("second indexPending = %d articles, %v; want 0", articles, err)
	}
}

// BenchmarkIndexPending re-indexes a store of 500 three-quote articles per
// op, the work of 'whosaid reindex'.
func BenchmarkIndexPending(b *testing.B) {
	const n = 500
	dir := b.TempDir()
	st := storeWith(b, dir, n)
	ix, err := index.Open(filepath.Join(dir, indexDirName))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	log := slog.New(slog.DiscardHandler)
	ctx := context.Background()
	for b.Loop() {
		if err := st.MarkAllUnindexed(); err != nil {
			b.Fatal(err)
		}
		if articles, _, err := indexPending(ctx, st, ix, log); err != nil || articles != n {
			b.Fatalf("indexPending = %d, %v", articles, err)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
}

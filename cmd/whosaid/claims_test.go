package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

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

// TestIndexPendingBadRecord: an article whose record in the store is
// damaged is passed over, with a warning, and every other one is indexed.
func TestIndexPendingBadRecord(t *testing.T) {
	dir := t.TempDir()
	st := storeWith(t, dir, 5)
	st.Close()
	db, err := bolt.Open(filepath.Join(dir, store.FileName), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := quotedArticle(2).URL
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("articles")).Put([]byte(bad), []byte(`{"title":`)) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	st, err = store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := index.Open(filepath.Join(dir, indexDirName))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var logged bytes.Buffer
	articles, _, err := indexPending(context.Background(), st, ix, slog.New(slog.NewTextHandler(&logged, nil)))
	if err != nil || articles != 4 {
		t.Fatalf("indexPending = %d articles, %v; want the 4 good ones and no error", articles, err)
	}
	if !strings.Contains(logged.String(), bad) || !strings.Contains(logged.String(), "reextract") {
		t.Errorf("log %q; want the damaged article named, and the remedy", logged.String())
	}
	if stats, err := st.Stats(); err != nil || stats.Unindexed != 1 {
		t.Errorf("store stats %+v, %v; want the damaged article left unindexed", stats, err)
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

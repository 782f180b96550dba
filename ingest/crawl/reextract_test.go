package crawl

import (
	"context"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/whosaid/whosaid/ingest/store"
)

// TestReextractBadPage: a stored page whose raw body no longer decodes is
// counted as failed and keeps its article; the other pages are re-extracted
// and the run succeeds.
func TestReextractBadPage(t *testing.T) {
	site := newTestSite(t)
	path := filepath.Join(t.TempDir(), store.FileName)
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(testConfig(st)).Run(context.Background(), []string{site.URL + "/feeds/atom.xml", site.URL + "/page.html"}); err != nil {
		t.Fatal(err)
	}
	bad := site.URL + "/page.html"
	before, err := st.Article(bad)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("raw")).Put([]byte(bad), []byte("not gzip")) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	st, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	done, failed, err := Reextract(context.Background(), st, nil)
	if err != nil || done != 2 || failed != 1 {
		t.Fatalf("Reextract = %d done, %d failed, %v; want 2, 1, nil", done, failed, err)
	}
	if a, err := st.Article(bad); err != nil || a.Title != before.Title {
		t.Errorf("article of the damaged page = %+v, %v; want the old one kept", a, err)
	}
}

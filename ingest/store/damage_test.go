package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/whosaid/whosaid/extract"
)

// damagedStore returns the path of a store whose data pages (every page
// but the two meta pages) had their headers overwritten with random bytes,
// as a bad disk or a copy taken mid-write leaves a file: its length and
// meta pages are fine, so Open cannot see the damage.
func damagedStore(t *testing.T, seed uint64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		p, a := testPage(fmt.Sprintf("https://x.example/%d", i), strings.Repeat("<p>The envoy said talks would go on.</p>", 50+i))
		if err := s.PutPage(p, a); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddItems("https://x.example/feed", []Item{{Key: fmt.Sprint(i), URL: p.URL}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutSource(Source{URL: "https://x.example/feed", Kind: "feed"}); err != nil {
		t.Fatal(err)
	}
	// The leaf pages in use, every other one of which is damaged: the root
	// and branch pages are spared, so Open succeeds and reads meet the
	// damage.
	var leaves []int
	err = s.db.View(func(tx *bolt.Tx) error {
		for id := 2; ; id++ {
			info, err := tx.Page(id)
			if info == nil || err != nil {
				return err
			}
			if info.Type == "leaf" {
				leaves = append(leaves, id)
			}
		}
	})
	if err != nil || len(leaves) < 4 {
		t.Fatalf("leaf pages %v, %v", leaves, err)
	}
	pageSize := s.db.Info().PageSize
	s.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, seed))
	for i := int(seed % 2); i < len(leaves); i += 2 {
		off := leaves[i] * pageSize
		for j := range 16 {
			b[off+j] = byte(r.UintN(256))
		}
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDamagedPages reads a store damaged in the middle with every reader a
// command uses: each gives a result or an error naming the file as
// corrupt, and none panics or faults.
func TestDamagedPages(t *testing.T) {
	ctx := context.Background()
	readers := map[string]func(s *Store) error{
		"Stats":        func(s *Store) error { _, err := s.Stats(); return err },
		"Articles":     func(s *Store) error { return s.Articles(ctx, func(string, *extract.Article) error { return nil }) },
		"Unindexed":    func(s *Store) error { return s.Unindexed(ctx, func(string, *extract.Article) error { return nil }) },
		"Pages":        func(s *Store) error { return s.Pages(ctx, func(*Page) error { return nil }) },
		"Sources":      func(s *Store) error { return s.Sources(ctx, func(Source) error { return nil }) },
		"PendingItems": func(s *Store) error { _, err := s.PendingItems("https://x.example/feed", 0); return err },
		"HasPage":      func(s *Store) error { _, err := s.HasPage("https://x.example/7"); return err },
		"PutPage":      func(s *Store) error { return s.PutPage(testPage("https://x.example/new", "<p>new</p>")) },
	}
	corrupt := 0 // reads that found the damage
	for seed := range uint64(3) {
		path := damagedStore(t, seed)
		for _, readOnly := range []bool{true, false} {
			s, err := Open(path, Options{ReadOnly: readOnly})
			t.Logf("seed %d, read-only %v: Open: %v", seed, readOnly, err)
			if err != nil {
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
					t.Errorf("seed %d, read-only %v: Open: %v, want ErrCorrupt naming the file", seed, readOnly, err)
				}
				continue
			}
			for name, read := range readers {
				if readOnly && name == "PutPage" {
					continue
				}
				err := read(s)
				if err != nil && (!errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path)) {
					t.Errorf("seed %d, read-only %v: %s: %v, want ErrCorrupt naming the file", seed, readOnly, name, err)
				}
				if err != nil {
					t.Logf("%s: %v", name, err)
					corrupt++
				}
			}
			s.Close()
		}
	}
	if corrupt == 0 {
		t.Error("no read met the damage; the test damages too little")
	}
}

// FuzzRecords stores damaged values under every kind of record a store
// decodes (page metadata, gzip bodies, articles, sources, feed items) and
// reads them back with every reader: each gives a value or an error naming
// the file, and none panics.
func FuzzRecords(f *testing.F) {
	path := filepath.Join(f.TempDir(), FileName)
	s, err := Open(path, Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	s.db.NoSync = true // a fuzz store need not survive a crash
	p, a := testPage("https://x.example/a", "<p>The envoy said talks would go on.</p>")
	if err := s.PutPage(p, a); err != nil {
		f.Fatal(err)
	}
	for _, b := range []string{string(bucketPages), string(bucketRaw), string(bucketArticles)} {
		var v []byte
		s.db.View(func(tx *bolt.Tx) error { v = bytes.Clone(tx.Bucket([]byte(b)).Get([]byte(p.URL))); return nil })
		f.Add(b, v)
	}
	f.Add("sources", []byte(`{"url":"https://x.example/feed","kind":"feed","crawls":"3"}`))
	f.Add("items", []byte(`{"key":"1","url":"https://x.example/a","first_seen":"yesterday"}`))
	f.Add("raw", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"))
	f.Add("pages", []byte(`{"fetched_at":"2025-13-45T99:00:00Z"}`))
	f.Add("articles", []byte(`{"quotes":[{"start":"x"}]}`))

	ctx := context.Background()
	const feedURL = "https://x.example/feed"
	f.Fuzz(func(t *testing.T, bucket string, v []byte) {
		err := s.db.Update(func(tx *bolt.Tx) error {
			switch bucket {
			case "pages", "raw", "articles":
				return tx.Bucket([]byte(bucket)).Put([]byte(p.URL), v)
			case "sources":
				return tx.Bucket(bucketSources).Put([]byte(feedURL), v)
			case "items":
				b, err := tx.Bucket(bucketItems).CreateBucketIfNotExists([]byte(feedURL))
				if err != nil {
					return err
				}
				return b.Put([]byte("1"), v)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		check := func(name string, err error) {
			if err != nil && !errors.Is(err, ErrNotFound) && !strings.Contains(err.Error(), path) {
				t.Errorf("%s: %v, want an error naming the file", name, err)
			}
		}
		_, err = s.Page(p.URL)
		check("Page", err)
		_, err = s.PageInfo(p.URL)
		check("PageInfo", err)
		_, err = s.Article(p.URL)
		check("Article", err)
		_, err = s.Source(feedURL)
		check("Source", err)
		_, err = s.PendingItems(feedURL, 0)
		check("PendingItems", err)
		check("Pages", s.Pages(ctx, func(*Page) error { return nil }))
		check("Unindexed", s.Unindexed(ctx, func(string, *extract.Article) error { return nil }))
	})
}

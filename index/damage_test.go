package index

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchDamagedSegment flips bytes in the middle of an index's segment
// files, where Open's checks do not look, and searches and scans it: each
// answers or fails with an error naming the index, and none panics.
func TestSearchDamagedSegment(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good")
	ix, err := Open(good)
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]Doc, 50)
	for i := range docs {
		docs[i] = Doc{Article: benchArticle(i)}
	}
	if _, err := ix.PutMany(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	segments, err := filepath.Glob(filepath.Join(good, "store", "*.zap"))
	if err != nil || len(segments) == 0 {
		t.Fatalf("segments %v, %v", segments, err)
	}
	ctx := context.Background()
	corrupt := 0
	for _, seg := range segments {
		for seed := range uint64(20) {
			path := filepath.Join(t.TempDir(), "index")
			if err := os.CopyFS(path, os.DirFS(good)); err != nil {
				t.Fatal(err)
			}
			damage(t, filepath.Join(path, "store", filepath.Base(seg)), seed)
			ix, err := OpenReadOnly(path)
			if err != nil {
				continue // Open saw it: TestOpenDamaged's business
			}
			var errs []error
			for _, q := range []Query{{Speaker: "Surname7"}, {Text: "sanctions delegation"}} {
				_, err := ix.Search(ctx, q)
				errs = append(errs, err)
			}
			for _, err := range ix.Claims(ctx) {
				if err != nil {
					errs = append(errs, err)
					break
				}
			}
			ix.Close()
			for _, err := range errs {
				if err != nil && !strings.Contains(err.Error(), path) {
					t.Errorf("seed %d: %v, want an error naming %s", seed, err, path)
				}
				if errors.Is(err, ErrCorrupt) {
					corrupt++
				}
			}
		}
	}
	if corrupt == 0 {
		t.Error("no search met the damage; the test damages too little")
	}
}

// damage flips twenty bytes of the file, away from its footer.
func damage(t *testing.T, file string, seed uint64) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	for range 20 {
		b[r.IntN(len(b)-200)] ^= byte(1 + r.UintN(255))
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(fmt.Errorf("damage %s: %w", file, err))
	}
}

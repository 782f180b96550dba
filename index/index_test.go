package index

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

func TestOpenCreatesAndReopens(t *testing.T) {
	for name, prepare := range map[string]func(path string) error{
		"absent":         func(string) error { return nil },
		"absent parents": func(string) error { return nil },
		"empty dir":      func(path string) error { return os.Mkdir(path, 0o755) },
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "index")
			if name == "absent parents" {
				path = filepath.Join(t.TempDir(), "a", "b", "index")
			}
			if err := prepare(path); err != nil {
				t.Fatal(err)
			}
			ix, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			f := fixtures()[0]
			if _, err := ix.Put(context.Background(), f.a, f.src); err != nil {
				t.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			ix, err = Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			if n, err := ix.Count(); err != nil || n != uint64(len(f.a.Quotes)) {
				t.Errorf("Count after reopen = %d, %v; want %d", n, err, len(f.a.Quotes))
			}
		})
	}
}

func TestOpenNotADirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(file) = %v, want an error naming %s", err, path)
	}
}

// TestOpenDamaged truncates each file of a good index in turn, as a full
// disk or an interrupted copy would, and wants a clear error, never a
// panic or an index that silently answers wrong.
func TestOpenDamaged(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good")
	ix, err := Open(good)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fixtures() {
		if _, err := ix.Put(context.Background(), f.a, f.src); err != nil {
			t.Fatal(err)
		}
	}
	wantCount, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	var files []string
	err = filepath.WalkDir(good, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) < 3 {
		t.Fatalf("index files: %v, %v", files, err)
	}
	for _, file := range files {
		rel, _ := filepath.Rel(good, file)
		for _, frac := range []float64{0, 0.5} {
			t.Run(rel+"/"+strconvFrac(frac), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "index")
				if err := os.CopyFS(path, os.DirFS(good)); err != nil {
					t.Fatal(err)
				}
				fi, err := os.Stat(filepath.Join(path, rel))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.Truncate(filepath.Join(path, rel), int64(float64(fi.Size())*frac)); err != nil {
					t.Fatal(err)
				}
				// A search opens read-only, and must see the damage too.
				if ro, err := OpenReadOnly(path); err == nil {
					n, err := ro.Count()
					ro.Close()
					if err != nil || n != wantCount {
						t.Errorf("OpenReadOnly succeeded on a damaged index, Count = %d, %v; want %d", n, err, wantCount)
					}
				} else if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
					t.Errorf("OpenReadOnly: err = %v, want ErrCorrupt naming %s", err, path)
				}
				ix, err := Open(path)
				if err == nil {
					// bbolt preallocates: cutting unused space off
					// root.bolt loses nothing, and then the index must
					// answer as before.
					defer ix.Close()
					if n, err := ix.Count(); err != nil || n != wantCount {
						t.Errorf("Open succeeded on a damaged index, Count = %d, %v; want %d", n, err, wantCount)
					}
					res, err := ix.Search(context.Background(), Query{Speaker: "Dmitriev"})
					if err != nil || !slices.Equal(texts(res), []string{progress, position}) {
						t.Errorf("Open succeeded on a damaged index, search = %q, %v", texts(res), err)
					}
					return
				}
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "rebuild") {
					t.Errorf("err = %v, want ErrCorrupt naming %s and suggesting a rebuild", err, path)
				}
			})
		}
	}
}

func strconvFrac(f float64) string {
	if f == 0 {
		return "empty"
	}
	return "half"
}

func TestOpenOutdated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.bi.SetInternal(mappingVersionKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrOutdated) || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v, want ErrOutdated naming %s", err, path)
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// bbolt's lock is per open file, so a second open in this process
	// waits just as another process would.
	if _, err := open(path, 50*time.Millisecond); !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) {
		t.Errorf("second open: err = %v, want ErrLocked naming %s", err, path)
	}
}

// TestOpenReadOnly: searches share the index, cannot write to it, and
// wait for a writer; an absent index is not created.
func TestOpenReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	for _, absent := range []func() error{func() error { return nil }, func() error { return os.Mkdir(path, 0o755) }} {
		if err := absent(); err != nil {
			t.Fatal(err)
		}
		if _, err := OpenReadOnly(path); !errors.Is(err, ErrNoIndex) || !strings.Contains(err.Error(), path) {
			t.Errorf("OpenReadOnly of no index: err = %v, want ErrNoIndex naming %s", err, path)
		}
	}
	if names, _ := os.ReadDir(path); len(names) != 0 {
		t.Errorf("OpenReadOnly created %v", names)
	}
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f := fixtures()[0]
	if _, err := w.Put(context.Background(), f.a, f.src); err != nil {
		t.Fatal(err)
	}
	if _, err := openReadOnly(path, 50*time.Millisecond); !errors.Is(err, ErrLocked) {
		t.Errorf("OpenReadOnly while a writer has it: err = %v, want ErrLocked", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	if res, err := r2.Search(context.Background(), Query{Speaker: "Dmitriev"}); err != nil || res.Total != 2 {
		t.Errorf("reader's search = %d hits, %v; want 2", res.Total, err)
	}
	if _, err := r1.Put(context.Background(), f.a, f.src); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Put on a read-only index: err = %v, want ErrReadOnly", err)
	}
	if _, err := open(path, 50*time.Millisecond); !errors.Is(err, ErrLocked) {
		t.Errorf("Open for writing while readers have it: err = %v, want ErrLocked", err)
	}
}

// TestPutReplaces re-indexes a page whose extraction changed: a quote
// dropped, one reworded, one kept, and wants exactly the new claims, with
// the kept one under its old id.
func TestPutReplaces(t *testing.T) {
	ctx := context.Background()
	ix := openFixtures(t)
	f := fixtures()[0]
	before, err := ix.Search(ctx, Query{Speaker: "Kirill Dmitriev"})
	if err != nil {
		t.Fatal(err)
	}
	a := *f.a
	a.Quotes = []extract.Quote{
		f.a.Quotes[0],
		q("direct", "We are making real progress on the peace plan", person("Kirill Dmitriev", "Dmitriev")),
	}
	if _, err := ix.Put(ctx, &a, f.src); err != nil {
		t.Fatal(err)
	}
	after, err := ix.Search(ctx, Query{Speaker: "Kirill Dmitriev"})
	if err != nil {
		t.Fatal(err)
	}
	got := texts(after)
	slices.Sort(got)
	want := []string{"We are making progress on the peace plan", "We are making real progress on the peace plan"}
	if !slices.Equal(got, want) {
		t.Errorf("after re-index: %q, want %q", got, want)
	}
	if before.Hits[0].Text != progress || !slices.ContainsFunc(after.Hits, func(c claim.Claim) bool { return c.ID == before.Hits[0].ID }) {
		t.Errorf("kept quote changed id")
	}
	if n, _ := ix.Count(); n != 2+3+2 {
		t.Errorf("Count = %d, want 7: the other articles' claims untouched", n)
	}
	for _, gone := range []string{proposal, stay} {
		if res, _ := ix.Search(ctx, Query{Text: `"` + gone + `"`}); res.Total != 0 {
			t.Errorf("stale claim %q still found", gone)
		}
	}

	// An extraction that finds no quotes at all empties the page.
	a.Quotes = nil
	if n, err := ix.Put(ctx, &a, f.src); err != nil || n != 0 {
		t.Fatalf("Put without quotes = %d, %v", n, err)
	}
	if n, _ := ix.Count(); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
}

func TestPutNeedsURL(t *testing.T) {
	ix := openFixtures(t)
	a := *fixtures()[0].a
	a.URL, a.CanonicalURL = "", ""
	if _, err := ix.Put(context.Background(), &a, claim.Source{}); err == nil {
		t.Error("Put of an article without URL succeeded")
	}
}

func TestClaims(t *testing.T) {
	ix := openFixtures(t)
	var want []claim.Claim
	for _, f := range fixtures() {
		want = append(want, claim.Of(f.a, f.src)...)
	}
	slices.SortStableFunc(want, func(a, b claim.Claim) int { return strings.Compare(a.Article.URL, b.Article.URL) })
	// A page size that splits articles exercises search-after paging.
	for _, size := range []int{2, 4, scanPage} {
		var got []claim.Claim
		for c, err := range ix.claims(context.Background(), size) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, c)
		}
		if !slices.Equal(got, want) {
			t.Errorf("page size %d: got %d claims, want %d in url and reading order:\n%v\n%v", size, len(got), len(want), got, want)
		}
	}
}

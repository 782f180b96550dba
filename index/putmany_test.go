package index

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// allClaims lists every claim in ix as "id text" in the order Claims gives.
func allClaims(t *testing.T, ix *Index) []string {
	t.Helper()
	var out []string
	for c, err := range ix.Claims(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c.ID+" "+c.Text)
	}
	return out
}

// TestPutManyIsSuccessivePuts indexes the same sequence of articles, with a
// page re-extracted twice (once within one batch), one article at a time
// and in one batch, and wants the same index either way.
func TestPutManyIsSuccessivePuts(t *testing.T) {
	ctx := context.Background()
	fx := fixtures()
	first := *fx[0].a
	first.Quotes = append(slices.Clone(first.Quotes), q("direct", "A quote the next extraction drops", person("Steve Witkoff", "Witkoff")))
	reworded := *fx[0].a
	reworded.Quotes = []extract.Quote{fx[0].a.Quotes[0], q("direct", "We are making real progress", person("Kirill Dmitriev", "Dmitriev"))}
	noQuotes := *fx[1].a
	noQuotes.Quotes = nil
	docs := []Doc{
		{&first, fx[0].src}, {fx[1].a, fx[1].src}, {fx[2].a, fx[2].src},
		{&reworded, fx[0].src}, {&noQuotes, fx[1].src},
	}

	one, err := Open(filepath.Join(t.TempDir(), "one"))
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	many, err := Open(filepath.Join(t.TempDir(), "many"))
	if err != nil {
		t.Fatal(err)
	}
	defer many.Close()
	// Both start from an index that already holds old claims of the pages.
	for _, ix := range []*Index{one, many} {
		if _, err := ix.PutMany(ctx, docs[:3]); err != nil {
			t.Fatal(err)
		}
	}
	wantN := 0
	for _, d := range docs[3:] {
		n, err := one.Put(ctx, d.Article, d.Source)
		if err != nil {
			t.Fatal(err)
		}
		wantN += n
	}
	// A batch holding a page twice: the later doc wins.
	n, err := many.PutMany(ctx, []Doc{docs[4], {&first, fx[0].src}, docs[3]})
	if err != nil {
		t.Fatal(err)
	}
	if n != wantN {
		t.Errorf("PutMany indexed %d claims, successive Puts %d", n, wantN)
	}
	want, got := allClaims(t, one), allClaims(t, many)
	if !slices.Equal(got, want) {
		t.Errorf("PutMany left\n%q\nsuccessive Puts\n%q", got, want)
	}
	if len(want) != 2+2 {
		t.Errorf("index holds %d claims, want 4 (2 reworded + 2 German)", len(want))
	}
}

// TestPutManyAtomic wants a batch that fails to change nothing.
func TestPutManyAtomic(t *testing.T) {
	ix := openFixtures(t)
	before := allClaims(t, ix)
	fx := fixtures()
	empty := *fx[0].a
	empty.Quotes = nil
	noURL := *fx[1].a
	noURL.URL, noURL.CanonicalURL = "", ""
	if _, err := ix.PutMany(context.Background(), []Doc{{Article: &empty}, {Article: &noURL}}); err == nil {
		t.Error("PutMany with an article without URL succeeded")
	}
	if _, err := ix.PutMany(context.Background(), []Doc{{Article: &empty}, {Article: nil}}); err == nil {
		t.Error("PutMany with a nil article succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.PutMany(ctx, []Doc{{Article: &empty}}); !errors.Is(err, context.Canceled) {
		t.Errorf("PutMany with a cancelled context: err = %v, want context.Canceled", err)
	}
	if after := allClaims(t, ix); !slices.Equal(after, before) {
		t.Errorf("a failed PutMany changed the index:\n%q\nwas\n%q", after, before)
	}
}

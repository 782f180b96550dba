package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/ingest/store"
)

// articlesLine finds the demo's count of stored articles.
var articlesLine = regexp.MustCompile(`Articles stored: (\d+)`)

// TestDemo runs the main job as a newcomer would, twice into one data dir:
// it prints the crawl, the articles, the claims and a speaker search with
// hits, and the second run finds everything already stored instead of
// storing it again.
func TestDemo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	var first string
	for run1 := range 2 {
		e, stderr := crawlEnv(nil)
		var stdout bytes.Buffer
		e.stdout = &stdout
		if code := run(context.Background(), e, []string{"demo", "--data", dir}); code != 0 {
			t.Fatalf("run %d: exit code %d; stderr:\n%s", run1+1, code, stderr)
		}
		out := stdout.String()
		for _, want := range []string{"Crawling its feeds into " + dir, "crawl: 3 sources (3 feeds, 0 pages)", "http 404: 1",
			"Articles stored: 20", "Claims indexed: ", "Kirill Dmitriev", "$ whosaid search --speaker Dmitriev", "The data is kept in " + dir} {
			if !strings.Contains(out, want) {
				t.Errorf("run %d: stdout does not say %q:\n%s", run1+1, want, out)
			}
		}
		if strings.Contains(out, "no claims found") {
			t.Errorf("run %d: the demo's speaker search found nothing:\n%s", run1+1, out)
		}
		m := articlesLine.FindStringSubmatch(out)
		if m == nil || m[1] == "0" {
			t.Fatalf("run %d: no articles stored:\n%s", run1+1, out)
		}
		if run1 == 0 {
			first = m[1]
			continue
		}
		if m[1] != first {
			t.Errorf("second demo into the same dir: %s articles, first %s", m[1], first)
		}
		if !strings.Contains(out, ", 0 stored") {
			t.Errorf("second demo stored pages again:\n%s", out)
		}
	}
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if stats, err := st.Stats(); err != nil || stats.Unindexed != 0 {
		t.Errorf("store after the demo: %+v, %v; want every article indexed", stats, err)
	}
}

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalMeta runs `whosaid eval meta` on a one-page benchmark made in a
// temporary directory, with its own gold file.
func TestEvalMeta(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	page := `<html lang="en"><head><title>Peace talks resume | Newslooks</title>
<meta property="og:site_name" content="Newslooks">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Peace talks resume",
"author":{"@type":"Person","name":"J. Mansour"},"datePublished":"2025-11-19T10:03:00-05:00"}</script></head>
<body><h1>Peace talks resume</h1><p>Text.</p></body></html>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "html", "p1.html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.json")
	if err := os.WriteFile(gold, []byte(`[{"id":"p1","url":"https://newslooks.com/peace/","title":"Peace talks resume",
"authors":["J. Mansour"],"published":"2025-11-19T10:03:00-05:00","site_name":["Newslooks"],"note":"test"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, log: slog.New(slog.DiscardHandler)}
	if code := run(context.Background(), e, []string{"eval", "meta", "--gold", gold, dir}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"pages 1", "title            1.000", "authors          1.000", "published (time) 1.000", "site_name        1.000"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if code := run(context.Background(), e, []string{"eval", "meta", "a", "b"}); code != 2 {
		t.Errorf("two directories: exit %d, want 2", code)
	}
}

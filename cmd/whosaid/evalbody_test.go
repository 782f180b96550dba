package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oneBodyPage lays out a one-page benchmark in the article-extraction
// format.
func oneBodyPage(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	body := "The council voted on Tuesday to close the old bridge, citing safety reports from its engineers."
	gold, err := json.Marshal(map[string]map[string]string{"p1": {"articleBody": body, "url": "https://news.example/bridge"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), gold, 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write([]byte(`<html><body><nav><a href="/">Home</a></nav><article><p>` + body + `</p></article></body></html>`)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "html", "p1.html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestEvalBodyCommand(t *testing.T) {
	dir := oneBodyPage(t)
	out := filepath.Join(t.TempDir(), "preds.json")
	e, stderr := crawlEnv(nil)
	if code := run(context.Background(), e, []string{"eval", "body", "--out", out, dir}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := e.stdout.(*bytes.Buffer).String()
	if !strings.Contains(got, "pages 1  F1 1.0000  precision 1.0000  recall 1.0000  accuracy 1.0000") {
		t.Errorf("report:\n%s", got)
	}
	// The predictions written with --out score the same with --system.
	e, stderr = crawlEnv(nil)
	if code := run(context.Background(), e, []string{"eval", "body", "--json", "--system", out, dir}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Summary struct{ F1 float64 } `json:"summary"`
	}
	if err := json.Unmarshal(e.stdout.(*bytes.Buffer).Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Summary.F1 != 1 {
		t.Errorf("F1 from --system = %v, want 1", res.Summary.F1)
	}
}

func TestEvalBodyCommandMissingDir(t *testing.T) {
	e, stderr := crawlEnv(nil)
	if code := run(context.Background(), e, []string{"eval", "body", filepath.Join(t.TempDir(), "none")}); code != 1 {
		t.Errorf("exit %d, want 1; stderr: %s", code, stderr)
	}
}

package body

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBench lays out a two-page benchmark in the article-extraction
// format under a temporary directory.
func writeBench(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	gold := `{"a": {"articleBody": "one two three four five", "url": "https://a.example/1"},
		"b": {"articleBody": "six seven eight nine ten", "url": "https://b.example/2"}}`
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for id, page := range map[string]string{"a": "<p>one two three four five</p>", "b": "<p>six</p>"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		if _, err := zw.Write([]byte(page)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := writeBench(t)
	gold, err := ReadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || gold[0].ID != "a" || gold[1].URL != "https://b.example/2" {
		t.Fatalf("ReadGold = %+v", gold)
	}
	var failed []string
	// The extractor strips the tags, and fails on page b.
	preds, err := Run(context.Background(), dir, gold, func(page []byte, url string) (string, error) {
		if strings.HasPrefix(url, "https://b.") {
			return "", errors.New("boom")
		}
		return strings.NewReplacer("<p>", "", "</p>", "").Replace(string(page)), nil
	}, func(id string, err error) { failed = append(failed, id) })
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || failed[0] != "b" {
		t.Errorf("failed pages = %v, want [b]", failed)
	}
	scores := Score(gold, preds)
	s := Summarize(scores)
	// Page a is perfect; page b predicted nothing: P over a only, R over both.
	if s.Precision != 1 || s.Recall != 0.5 || s.Accuracy != 0.5 {
		t.Errorf("summary = %+v, want P 1, R 0.5, accuracy 0.5", s)
	}
	var out bytes.Buffer
	if err := WriteReport(&out, scores, 10); err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{"pages 2", "F1 0.6667", "worst 2 pages", "F1 0.000  P 0.000  R 0.000  b  https://b.example/2"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	dir := writeBench(t)
	gold, err := ReadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, dir, gold, func([]byte, string) (string, error) { return "", nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestReadOutputWrapped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.json")
	if err := os.WriteFile(path, []byte(`{"version": "1", "output": {"a": {"articleBody": "x y"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	preds, err := ReadOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	if preds["a"] != "x y" {
		t.Errorf("ReadOutput = %v", preds)
	}
}

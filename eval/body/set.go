package body

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Page is one benchmark page: its id (the file name under html/), the URL
// it was fetched from and its gold article body.
type Page struct {
	ID   string
	URL  string
	Body string
}

// record is one entry of ground-truth.json and of a system's output file.
type record struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// ReadGold reads dir/ground-truth.json, the gold bodies, sorted by id so
// that runs are reproducible.
func ReadGold(dir string) ([]Page, error) {
	recs, err := readRecords(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(recs))
	for id, r := range recs {
		pages = append(pages, Page{ID: id, URL: r.URL, Body: r.ArticleBody})
	}
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.ID, b.ID) })
	return pages, nil
}

// ReadOutput reads a system's predictions in the benchmark's output format:
// an object from page id to {"articleBody": ...}, possibly wrapped as
// {"version": ..., "output": {...}}.
func ReadOutput(path string) (map[string]string, error) {
	recs, err := readRecords(path)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(recs))
	for id, r := range recs {
		out[id] = r.ArticleBody
	}
	return out, nil
}

func readRecords(path string) (map[string]record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read benchmark file: %w", err)
	}
	var wrapped struct {
		Output map[string]record `json:"output"`
	}
	if err := json.Unmarshal(b, &wrapped); err == nil && wrapped.Output != nil {
		return wrapped.Output, nil
	}
	var recs map[string]record
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return recs, nil
}

// ReadHTML reads the page's HTML from dir/html/<id>.html.gz.
func ReadHTML(dir, id string) ([]byte, error) {
	path := filepath.Join(dir, "html", id+".html.gz")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	html, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return html, nil
}

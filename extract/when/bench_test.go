package when

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

const bench = "../../../shared/bench/"

// BenchmarkFind runs Find over the PolNeAR dev texts (84 news articles,
// 415 kB); one op is the whole set, and -bench reports MB/s of text.
func BenchmarkFind(b *testing.B) {
	names, _ := filepath.Glob(bench + "quotes/polnear/data/dev/text/*.txt")
	var texts []string
	for _, n := range names {
		t, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	benchFind(b, texts)
}

// BenchmarkFindArticles runs Find over the bodies of the 181 pages of the
// article-extraction benchmark: the text extract hands to Find. Compare it
// with BenchmarkParseHTML, the least that extracting those pages costs.
func BenchmarkFindArticles(b *testing.B) {
	raw, err := os.ReadFile(bench + "article-extraction/ground-truth.json")
	if err != nil {
		b.Skip("../shared/bench is absent: no pages to time")
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, g := range gold {
		texts = append(texts, g.ArticleBody)
	}
	benchFind(b, texts)
}

func benchFind(b *testing.B, texts []string) {
	if len(texts) == 0 {
		b.Skip("../shared/bench is absent: no texts to time")
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	doc := time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Find(t, doc)
		}
	}
}

// BenchmarkParseHTML parses the 181 benchmark pages with x/net/html, the
// first step of extract and a floor under its time per page; the share of
// dates in extract is at most BenchmarkFindArticles / this.
func BenchmarkParseHTML(b *testing.B) {
	names, _ := filepath.Glob(bench + "article-extraction/html/*.html.gz")
	if len(names) == 0 {
		b.Skip("../shared/bench is absent: no pages to time")
	}
	var pages [][]byte
	for _, n := range names {
		pages = append(pages, gunzip(b, n))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func gunzip(b *testing.B, name string) []byte {
	f, err := os.Open(name)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	p, err := io.ReadAll(z)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

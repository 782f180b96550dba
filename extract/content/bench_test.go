package content

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// BenchmarkExtract times the body extraction alone, on the benchmark's
// pages parsed beforehand: one op is one pass over all of them.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "article-extraction", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("benchmark pages not found")
	}
	docs := make([]*goquery.Document, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		root, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, goquery.NewDocumentFromNode(root))
	}
	u, _ := url.Parse("https://example.com/")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Extract(d, u)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "pages/s")
}

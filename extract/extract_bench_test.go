package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// benchPages is the article-extraction benchmark, read-only data outside
// the repository.
const benchPages = "../../shared/bench/article-extraction/html"

// loadBenchPages returns the 181 benchmark pages, or skips when absent.
func loadBenchPages(b *testing.B) [][]byte {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(benchPages, "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("benchmark pages not found at %s", benchPages)
	}
	pages := make([][]byte, 0, len(files))
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
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkExtract compares the whole extraction of the 181 benchmark pages
// with body and metadata alone (Options.NoAnalysis); one op is one page, so
// pages/s is 1e9 / ns/op. The analysis must keep at least 60 % of the
// body-and-metadata rate.
func BenchmarkExtract(b *testing.B) {
	pages := loadBenchPages(b)
	// Decode the quote models once, outside the timing.
	if _, err := Extract(pages[0], "", Options{}); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		opt  Options
	}{{"body+meta", Options{NoAnalysis: true}}, {"full", Options{}}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := Extract(pages[i%len(pages)], "https://example.com/a", bc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/eval/body"
	"github.com/whosaid/whosaid/extract"
)

// benchDir is the article-extraction benchmark, relative to this package.
var benchDir = filepath.Join("..", "..", "shared", "bench", "article-extraction")

type benchPage struct {
	url  string
	html []byte
}

// loadBench reads the benchmark's pages into memory, so that the benchmarks
// time extraction and not the disk or gzip.
func loadBench(b *testing.B) ([]benchPage, int64) {
	b.Helper()
	if _, err := os.Stat(filepath.Join(benchDir, "ground-truth.json")); err != nil {
		b.Skipf("benchmark data not found at %s: %v", benchDir, err)
	}
	gold, err := body.ReadGold(benchDir)
	if err != nil {
		b.Fatal(err)
	}
	pages := make([]benchPage, 0, len(gold))
	var size int64
	for _, g := range gold {
		h, err := body.ReadHTML(benchDir, g.ID)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, benchPage{g.URL, h})
		size += int64(len(h))
	}
	return pages, size
}

// BenchmarkExtract times body and metadata extraction (decode, parse, meta,
// content; no quote analysis) over the 181 benchmark pages. One op is one
// pass over all pages; pages/s and MB/s are reported per second of one core
// when run with -cpu 1.
func BenchmarkExtract(b *testing.B) {
	pages, size := loadBench(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := extract.Extract(p.html, p.url, extract.Options{NoAnalysis: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

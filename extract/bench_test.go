package extract_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/whosaid/whosaid/eval/body"
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/when"
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

// BenchmarkDatesShare reports what finding dates costs as a share of the
// whole extraction of the 181 benchmark pages (the dates issue allows
// 10 %). Each op times one full pass and one pass of when.Find over the
// same articles' texts back to back, so that a machine's load falls on
// both alike; the share is the ratio of the two sums.
func BenchmarkDatesShare(b *testing.B) {
	pages, _ := loadBench(b)
	texts := make([]string, len(pages))
	docs := make([]time.Time, len(pages))
	for i, p := range pages {
		a, err := extract.Extract(p.html, p.url, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		texts[i], docs[i] = a.Text, when.DocDate(a.Published)
	}
	var full, dates time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, p := range pages {
			if _, err := extract.Extract(p.html, p.url, extract.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		t1 := time.Now()
		for i, t := range texts {
			when.Find(t, docs[i])
		}
		full += t1.Sub(t0)
		dates += time.Since(t1)
	}
	b.ReportMetric(float64(dates)/float64(full), "dates-share")
}

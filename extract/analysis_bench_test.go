package extract_test

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
)

// BenchmarkExtractAnalysis times the whole extraction of the 181 benchmark
// pages (body, metadata, quotes, speakers, actors, dates) beside body and
// metadata alone (Options.NoAnalysis), so that the cost of the analysis
// reads as the ratio of the two pages/s figures, which must stay at or
// above 0.6. One op is one pass over all pages. The third, "interleaved",
// runs the two back to back on each page and reports the ratio of their
// summed times: on a shared machine the load then weighs on both alike,
// where the first two sub-benchmarks run seconds apart.
func BenchmarkExtractAnalysis(b *testing.B) {
	pages, size := loadBench(b)
	// Decode the quote models and load the word lists before timing.
	for _, p := range pages {
		if _, err := extract.Extract(p.html, p.url, extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	for _, bc := range []struct {
		name string
		opt  extract.Options
	}{{"body+meta", extract.Options{NoAnalysis: true}}, {"full", extract.Options{}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, p := range pages {
					if _, err := extract.Extract(p.html, p.url, bc.opt); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
	b.Run("interleaved", func(b *testing.B) {
		var lean, full time.Duration
		for b.Loop() {
			for i, p := range pages {
				// Which runs first alternates, so that neither is the one
				// that always finds the page in the cache.
				opts := [2]extract.Options{{NoAnalysis: true}, {}}
				if i%2 == 1 {
					opts[0], opts[1] = opts[1], opts[0]
				}
				for _, opt := range opts {
					t0 := time.Now()
					if _, err := extract.Extract(p.html, p.url, opt); err != nil {
						b.Fatal(err)
					}
					if opt.NoAnalysis {
						lean += time.Since(t0)
					} else {
						full += time.Since(t0)
					}
				}
			}
		}
		n := float64(b.N * len(pages))
		b.ReportMetric(n/lean.Seconds(), "body+meta-pages/s")
		b.ReportMetric(n/full.Seconds(), "full-pages/s")
		b.ReportMetric(lean.Seconds()/full.Seconds(), "ratio")
	})
}

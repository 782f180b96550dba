package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// BenchmarkExtractAnalysis times the whole extraction of the 181 benchmark
// pages (body, metadata, quotes, speakers, actors, dates) beside body and
// metadata alone (Options.NoAnalysis), so that the cost of the analysis
// reads as the ratio of the two pages/s figures, which must stay at or
// above 0.6. One op is one pass over all pages.
func BenchmarkExtractAnalysis(b *testing.B) {
	pages, size := loadBench(b)
	// Decode the quote models and load the word lists before timing.
	if _, err := extract.Extract(pages[0].html, pages[0].url, extract.Options{}); err != nil {
		b.Fatal(err)
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
}

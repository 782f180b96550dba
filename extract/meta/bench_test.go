package meta

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// benchDir is the article-extraction benchmark, relative to this package.
const benchDir = "../../../shared/bench/article-extraction"

type benchPage struct {
	raw []byte
	doc *goquery.Document
	u   *url.URL
}

// loadBench parses every benchmark page once; the test is skipped when the
// benchmark data is not there.
func loadBench(tb testing.TB) []benchPage {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("benchmark data not found (%v): needs ../shared/bench beside the checkout", err)
	}
	var gt map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var pages []benchPage
	for _, id := range ids {
		f, err := os.Open(filepath.Join(benchDir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
		if err != nil {
			tb.Fatal(err)
		}
		u, _ := url.Parse(gt[id].URL)
		pages = append(pages, benchPage{raw, doc, u})
	}
	return pages
}

// BenchmarkExtract runs Extract over the 181 parsed benchmark pages; one
// iteration is one page.
func BenchmarkExtract(b *testing.B) {
	pages := loadBench(b)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		p := pages[i%len(pages)]
		Extract(p.doc, p.u)
		i++
	}
}

// BenchmarkParse is the yardstick for BenchmarkExtract: parsing the same
// pages with golang.org/x/net/html, which every extraction pays once.
// Their ratio holds on a busy machine where absolute times do not.
func BenchmarkParse(b *testing.B) {
	pages := loadBench(b)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := html.Parse(bytes.NewReader(pages[i%len(pages)].raw)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkShareOfParse alternates parsing all pages and extracting their
// metadata, and reports the fastest round of each and their ratio
// ("meta/parse"): on a shared machine, absolute times swing with the load,
// the ratio of interleaved minima much less. One iteration is one round
// over the 181 pages.
func BenchmarkShareOfParse(b *testing.B) {
	pages := loadBench(b)
	minParse, minMeta := time.Duration(1<<62), time.Duration(1<<62)
	for b.Loop() {
		t0 := time.Now()
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p.raw)); err != nil {
				b.Fatal(err)
			}
		}
		t1 := time.Now()
		for _, p := range pages {
			Extract(p.doc, p.u)
		}
		t2 := time.Now()
		minParse, minMeta = min(minParse, t1.Sub(t0)), min(minMeta, t2.Sub(t1))
	}
	n := float64(len(pages))
	b.ReportMetric(float64(minParse.Microseconds())/n, "µs-parse/page")
	b.ReportMetric(float64(minMeta.Microseconds())/n, "µs-meta/page")
	b.ReportMetric(float64(minMeta)/float64(minParse), "meta/parse")
}

package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

// benchArticle is the i-th of a stream of synthetic articles with ten
// quotes each, spread over 200 speakers and a year of days.
func benchArticle(i int) *extract.Article {
	a := &extract.Article{
		URL:       fmt.Sprintf("https://example.com/news/%d", i),
		Title:     fmt.Sprintf("Talks resume, round %d", i),
		SiteName:  "Example News",
		Language:  "en",
		Published: fmt.Sprintf("2025-%02d-%02dT10:00:00Z", 1+i%12, 1+i%28),
	}
	for j := range 10 {
		k := (i*10 + j) % 200
		a.Quotes = append(a.Quotes, extract.Quote{
			Text: fmt.Sprintf("The delegation number %d said the sanctions on sector %d must stay until talks resume", k, j),
			Kind: "direct", Cue: "said",
			Speaker: extract.Speaker{Name: fmt.Sprintf("Speaker%d Surname%d", k, k%50), Mention: fmt.Sprintf("Surname%d", k%50), Kind: "person"},
		})
	}
	return a
}

// BenchmarkPut indexes one ten-quote article per op, each in its own
// durable batch as the crawl does.
func BenchmarkPut(b *testing.B) {
	ix, err := Open(filepath.Join(b.TempDir(), "index"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := ix.Put(ctx, benchArticle(i), claim.Source{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutMany indexes batches of ten-quote articles, one durable batch
// per op, as indexPending does; compare its article/s with BenchmarkPut's.
func BenchmarkPutMany(b *testing.B) {
	for _, size := range []int{10, 100} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			ix, err := Open(filepath.Join(b.TempDir(), "index"))
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			ctx := context.Background()
			docs := make([]Doc, size)
			n := 0
			for b.Loop() {
				for j := range docs {
					docs[j] = Doc{Article: benchArticle(n)}
					n++
				}
				if _, err := ix.PutMany(ctx, docs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// benchIndex is an index of n ten-quote articles, loaded in one batch.
func benchIndex(b *testing.B, n int) *Index {
	b.Helper()
	ix, err := Open(filepath.Join(b.TempDir(), "index"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	batch := ix.bi.NewBatch()
	for i := range n {
		a := benchArticle(i)
		for pos, c := range claim.Of(a, claim.Source{}) {
			d, err := document(c, pos, a.URL, a.Language)
			if err != nil {
				b.Fatal(err)
			}
			if err := batch.Index(c.ID, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := ix.bi.Batch(batch); err != nil {
		b.Fatal(err)
	}
	return ix
}

// BenchmarkSearch runs typical queries over 10,000 claims.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b, 1000)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		q    Query
	}{
		{"speaker", Query{Speaker: "Surname7"}},
		{"speaker+dates", Query{Speaker: "speaker7 surname7", From: date("2025-03-01"), To: date("2025-06-30")}},
		{"text", Query{Text: "sanction delegation"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				res, err := ix.Search(ctx, bc.q)
				if err != nil {
					b.Fatal(err)
				}
				if res.Total == 0 {
					b.Fatal("no hits")
				}
			}
		})
	}
}

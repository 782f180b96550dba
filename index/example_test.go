package index_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/index/claim"
)

func Example() {
	dir, err := os.MkdirTemp("", "whosaid-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	ctx := context.Background()
	a := &extract.Article{
		URL: "https://example.com/news/talks", Title: "Envoys meet in Miami", Language: "en",
		Published: "2025-11-19T22:30:00-05:00",
		Quotes: []extract.Quote{
			{Text: "We are making progress", Kind: "direct", Cue: "said",
				Speaker: extract.Speaker{Name: "Kirill Dmitriev", Mention: "Dmitriev", Kind: "person"}},
			{Text: "Dmitriev brought a proposal", Kind: "direct", Cue: "said",
				Speaker: extract.Speaker{Name: "Steve Witkoff", Mention: "Witkoff", Kind: "person"}},
		},
	}
	if _, err := ix.Put(ctx, a, claim.Source{}); err != nil {
		log.Fatal(err)
	}
	res, err := ix.Search(ctx, index.Query{
		Speaker: "dmitriev",
		From:    time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC),
		To:      time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, "claim")
	for _, c := range res.Hits {
		fmt.Printf("%s, %s: %q\n", c.SaidOn, c.Speaker.Name, c.Text)
	}
	// Output:
	// 1 claim
	// 2025-11-19, Kirill Dmitriev: "We are making progress"
}

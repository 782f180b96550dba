package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/ingest/store"
)

func ExampleStore_AddPage() {
	dir, err := os.MkdirTemp("", "store-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	page := &store.Page{
		URL: "https://wire.example.com/envoy", FinalURL: "https://wire.example.com/envoy",
		Status: 200, ContentType: "text/html", FetchedAt: time.Now(),
		Body: []byte("<p>We feel heard, he said.</p>"),
	}
	art := &extract.Article{URL: page.FinalURL, Title: "Envoy"}
	for range 2 {
		added, err := st.AddPage(page, art) // the second time, it is there already
		fmt.Println(added, err)
	}

	// The indexer catches up on what is stored but not yet indexed.
	err = st.Unindexed(context.Background(), func(url string, a *extract.Article) error {
		fmt.Println("to index:", url, a.Title)
		return st.MarkIndexed(url)
	})
	fmt.Println(err)
	stats, _ := st.Stats()
	fmt.Printf("%+v\n", stats)
	// Output:
	// true <nil>
	// false <nil>
	// to index: https://wire.example.com/envoy Envoy
	// <nil>
	// {Sources:0 Pages:1 Articles:1 Unindexed:0}
}

package crawl_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/ingest/crawl"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
	"github.com/whosaid/whosaid/ingest/store"
)

// A crawl of one RSS feed into a fresh store, then the indexing step a
// caller runs after it: every article not yet indexed, marked as it goes.
func ExampleCrawler_Run() {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Wire</title>
			<item><title>Talks</title><link>%s/talks.html</link></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/talks.html", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Talks go on</title></head>
			<body><p>"We will keep talking," the envoy said.</p></body></html>`)
	})

	dir, err := os.MkdirTemp("", "whosaid-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	c := crawl.New(crawl.Config{
		// A loopback server needs no pause between requests; a real site
		// gets polite.DefaultDelay with the zero Config.
		Client: polite.New(fetch.New(fetch.Config{}), polite.Config{Delay: -1}),
		Store:  st,
	})
	ctx := context.Background()
	sum, err := c.Run(ctx, []string{srv.URL + "/feed.xml"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(sum)

	err = st.Unindexed(ctx, func(url string, a *extract.Article) error {
		fmt.Println("to index:", a.Title)
		return st.MarkIndexed(url)
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// 1 source (1 feed, 0 pages): 1 item (1 new), 1 fetched, 1 stored, 0 skipped, 0 unchanged; 0 failed
	// to index: Talks go on
}

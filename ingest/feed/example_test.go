package feed_test

import (
	"fmt"

	"github.com/whosaid/whosaid/ingest/feed"
)

func ExampleParse() {
	body := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.com/</link>
<item><title>Envoy says talks will go on</title><link>/2025/11/19/envoy/#comments</link>
<guid isPermaLink="false">wire-1001</guid><pubDate>Wed, 19 Nov 2025 13:30:00 +0000</pubDate></item>
<item><title>No link, no page to fetch</title></item>
</channel></rss>`)
	f, err := feed.Parse(body, "application/rss+xml", "https://wire.example.com/feed/")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Format, f.Title, f.NoLink)
	for _, it := range f.Items {
		fmt.Println(it.Key(), it.Link, it.Published)
	}
	// Output:
	// rss Example Wire 1
	// wire-1001 https://wire.example.com/2025/11/19/envoy/ 2025-11-19 13:30:00 +0000 UTC
}

func ExampleDetect() {
	fmt.Println(feed.Detect([]byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`), "text/html"))
	fmt.Println(feed.Detect([]byte("<!DOCTYPE html><html><p>Hello</p></html>"), "text/xml"))
	// Output:
	// feed
	// html
}

package content_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/whosaid/whosaid/extract/content"
)

func ExampleExtract() {
	page := `<html><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
  <h1>Bridge to close</h1>
  <p class="byline">By A. Writer</p>
  <p>The council voted on Tuesday to close the old bridge, citing safety reports that it had kept private.</p>
  <figure><img src="bridge.jpg"><figcaption>The bridge in May.</figcaption></figure>
  <p>“We had no choice,” the mayor said, adding that a ferry would run until a new crossing opens.</p>
  <div class="share-buttons"><a href="/share">Share</a></div>
</article>
<footer>© 2024 News Example</footer>
</body></html>`
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	u, _ := url.Parse("https://news.example/bridge")
	fmt.Println(content.Extract(doc, u))
	// Output:
	// The council voted on Tuesday to close the old bridge, citing safety reports that it had kept private.
	//
	// “We had no choice,” the mayor said, adding that a ferry would run until a new crossing opens.
}

package meta_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/whosaid/whosaid/extract/meta"
)

func ExampleExtract() {
	page := `<html lang="en_US"><head>
<title>Peace plan talks resume | Newslooks</title>
<meta property="og:site_name" content="Newslooks">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Peace plan talks resume",
 "author":{"@type":"Person","name":"J. Mansour"},"datePublished":"2025-11-19T10:03:00-05:00"}</script>
</head><body><h1>Peace plan talks resume</h1></body></html>`
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(page))
	u, _ := url.Parse("https://newslooks.com/peace-plan-talks-resume/")
	m := meta.Extract(doc, u)
	fmt.Println(m.Title)
	fmt.Println(m.Authors)
	fmt.Println(m.Published)
	fmt.Println(m.SiteName, m.Language)
	// Output:
	// Peace plan talks resume
	// [J. Mansour]
	// 2025-11-19T10:03:00-05:00
	// Newslooks en-US
}

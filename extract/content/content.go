// Package content finds the article body in a parsed page and returns it as
// plain text, leaving navigation, ads, comments and other boilerplate behind.
package content

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// Extract returns the article body of doc, a page fetched from pageURL (nil
// when unknown), as text: one paragraph, heading, list item or block quote
// per paragraph, paragraphs separated by a blank line.
func Extract(doc *goquery.Document, pageURL *url.URL) string {
	var paras []string
	doc.Find("p").Each(func(_ int, s *goquery.Selection) {
		if t := strings.Join(strings.Fields(s.Text()), " "); t != "" {
			paras = append(paras, t)
		}
	})
	return strings.Join(paras, "\n\n")
}

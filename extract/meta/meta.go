// Package meta reads what a page says about its article apart from the body:
// headline, authors, dates, site, language, canonical URL, description and
// lead image.
package meta

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// Extract reads the metadata of doc, a page fetched from pageURL (nil when
// unknown). It never fails: what the page does not say stays empty.
func Extract(doc *goquery.Document, pageURL *url.URL) Meta {
	var m Meta
	m.Title = strings.TrimSpace(doc.Find("title").First().Text())
	if pageURL != nil {
		m.CanonicalURL = pageURL.String()
	}
	return m
}

// Package meta scores article metadata (title, authors, published date,
// site name) against a gold file made by hand from the pages of the
// article-extraction benchmark. See testdata/README.md for how each gold
// value was judged and how predictions are compared.
package meta

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
)

// Page is one hand-made gold record.
type Page struct {
	ID  string `json:"id"`  // the benchmark's page id: html/<id>.html.gz
	URL string `json:"url"` // the page's URL, as the benchmark gives it
	// Title is the visible headline.
	Title string `json:"title"`
	// Authors are the people in the byline; empty when the page credits
	// nobody or only an organisation.
	Authors []string `json:"authors"`
	// Published is "YYYY-MM-DD" when only the day is known, an RFC 3339
	// timestamp when the page states the time and its zone, or
	// "YYYY-MM-DDTHH:MM" when it states a time without a zone.
	Published string `json:"published"`
	// SiteName lists every name the publication uses for itself; a
	// prediction equal to any of them is right.
	SiteName []string `json:"site_name"`
	Note     string   `json:"note"` // how the values were read off the page
}

//go:embed testdata/gold.json
var goldJSON []byte

// Gold returns the gold records shipped with this package.
func Gold() ([]Page, error) {
	return ReadGold(bytes.NewReader(goldJSON))
}

// ReadGold reads a gold file: a JSON array of Page records.
func ReadGold(r io.Reader) ([]Page, error) {
	var pages []Page
	if err := json.NewDecoder(r).Decode(&pages); err != nil {
		return nil, fmt.Errorf("read meta gold: %w", err)
	}
	for i, p := range pages {
		if p.ID == "" || p.URL == "" {
			return nil, fmt.Errorf("read meta gold: record %d has no id or url", i)
		}
		if _, err := parseGoldDate(p.Published); err != nil {
			return nil, fmt.Errorf("read meta gold: %s: %w", p.ID, err)
		}
	}
	return pages, nil
}

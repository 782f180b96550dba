package extract

import (
	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/quote"
	"github.com/whosaid/whosaid/extract/when"
)

// Article is everything extract learns from one page. Its JSON form is the
// output of `whosaid extract` and the contract later stages build on.
type Article struct {
	URL          string   `json:"url"`
	CanonicalURL string   `json:"canonical_url"`
	Title        string   `json:"title"`
	Authors      []string `json:"authors"`
	Published    string   `json:"published"` // RFC 3339, or "" when the page does not say
	Modified     string   `json:"modified,omitempty"`
	SiteName     string   `json:"site_name"`
	Language     string   `json:"language"`
	Description  string   `json:"description,omitempty"`
	Image        string   `json:"image,omitempty"`

	// Text is the article body: paragraphs separated by a blank line.
	Text string `json:"text"`

	Quotes []Quote `json:"quotes"`
	Actors []Actor `json:"actors"`
	Dates  []Date  `json:"dates"`
}

// Quote is one attributed statement; see package quote.
type Quote = quote.Quote

// Speaker is who a quote is attributed to; see package quote.
type Speaker = quote.Speaker

// Actor is a person, organization or place the text names; see package actor.
type Actor = actor.Actor

// Date is a temporal expression found in the text; see package when.
type Date = when.Date

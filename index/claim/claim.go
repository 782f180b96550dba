// Package claim turns an extracted article into claims: one quote each, with
// its speaker, the day it was said and the article it came from. A claim is
// what whosaid searches, prints and exports; its JSON form is a public
// contract.
//
// Claims are a pure function of the article and what the crawl knows about
// it (Source), so an export can rebuild them from stored articles without
// the search index.
package claim

import (
	"time"

	"github.com/whosaid/whosaid/extract"
)

// Where a claim's SaidOn comes from, best first.
const (
	SaidOnText      = "text"      // the attribution sentence dates the words ("said on Tuesday")
	SaidOnPublished = "published" // the article's publication date
	SaidOnFeed      = "feed"      // the feed item's date, for pages that do not say when they were published
	SaidOnFetched   = "fetched"   // the day the page was first fetched: the last resort
)

// dayLayout is the form of SaidOn: a calendar day, without zone.
const dayLayout = "2006-01-02"

// Claim is one quote with its context.
type Claim struct {
	// ID identifies the claim on every crawl and every machine; see ID.
	ID      string          `json:"id"`
	Text    string          `json:"text"`
	Kind    string          `json:"kind"` // quote.Direct, quote.Partial or quote.Indirect
	Cue     string          `json:"cue"`
	Speaker extract.Speaker `json:"speaker"`
	// SaidOn is the day the words were said, YYYY-MM-DD; "" only when
	// nothing at all dates the article.
	SaidOn string `json:"said_on"`
	// SaidOnSource says where SaidOn comes from: SaidOnText, SaidOnPublished,
	// SaidOnFeed or SaidOnFetched; "" when SaidOn is "".
	SaidOnSource string  `json:"said_on_source"`
	Article      Article `json:"article"`
}

// Article is what a claim carries of the article it was found in.
type Article struct {
	URL       string `json:"url"` // the canonical URL, else the page's URL
	Title     string `json:"title"`
	SiteName  string `json:"site_name"`
	Published string `json:"published"` // RFC 3339 as the page gave it, or ""
}

// Source is what the crawl knows about an article that the page itself may
// not say. Zero values mean unknown.
type Source struct {
	FeedDate time.Time // the feed item's publication date
	Fetched  time.Time // when the page was first fetched
}

// Of returns the claims of article a, one per quote with any text, in the
// article's order. The same article and source always give the same claims.
//
// SaidOn is, in order: the quote's own SaidOn (from the attribution
// sentence); the date part of a.Published, in the article's own zone; the
// date of src.FeedDate; the date of src.Fetched, each in its own zone.
func Of(a *extract.Article, src Source) []Claim {
	if a == nil || len(a.Quotes) == 0 {
		return nil
	}
	url := articleURL(a)
	art := Article{URL: url, Title: a.Title, SiteName: a.SiteName, Published: a.Published}
	fallbackDay, fallbackSource := articleDay(a.Published, src)
	seen := make(map[string]int, len(a.Quotes))
	claims := make([]Claim, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		norm := normalize(q.Text)
		if norm == "" {
			continue
		}
		key := q.Kind + "\x00" + norm
		n := seen[key]
		seen[key] = n + 1
		c := Claim{
			ID:           idOf(url, q.Kind, norm, n),
			Text:         q.Text,
			Kind:         q.Kind,
			Cue:          q.Cue,
			Speaker:      q.Speaker,
			SaidOn:       fallbackDay,
			SaidOnSource: fallbackSource,
			Article:      art,
		}
		// The dates stage sets q.SaidOn from the attribution sentence; it
		// beats any article-level date because it is about these words.
		if day, ok := dayOf(q.SaidOn); ok {
			c.SaidOn, c.SaidOnSource = day, SaidOnText
		}
		claims = append(claims, c)
	}
	return claims
}

// articleURL is the URL claims cite: the canonical one when the page has it.
func articleURL(a *extract.Article) string {
	if a.CanonicalURL != "" {
		return a.CanonicalURL
	}
	return a.URL
}

// articleDay is the day an article's claims fall back to when their own
// sentence does not date them, and where that day comes from.
func articleDay(published string, src Source) (day, source string) {
	if d, ok := dayOf(published); ok {
		return d, SaidOnPublished
	}
	if !src.FeedDate.IsZero() {
		return src.FeedDate.Format(dayLayout), SaidOnFeed
	}
	if !src.Fetched.IsZero() {
		return src.Fetched.Format(dayLayout), SaidOnFetched
	}
	return "", ""
}

// dayOf returns the calendar day a date string starts with: the date part of
// an RFC 3339 time as written (so in the writer's own zone), a plain
// YYYY-MM-DD, or the start of an ISO range "YYYY-MM-DD/…". Anything coarser
// ("2025-08") or malformed gives false: a claim needs a day.
func dayOf(s string) (string, bool) {
	if len(s) < len(dayLayout) {
		return "", false
	}
	d := s[:len(dayLayout)]
	if rest := s[len(dayLayout):]; rest != "" && rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ' && rest[0] != '/' {
		return "", false
	}
	if _, err := time.Parse(dayLayout, d); err != nil {
		return "", false
	}
	return d, true
}

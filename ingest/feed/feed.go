// Package feed reads RSS, Atom and JSON Feed documents into one small type:
// the feed's title and, for each item, an absolute link, an identity and a
// publication time. It also tells a feed from an HTML page, so that a crawl
// source can be either.
//
// Parsing is github.com/mmcdole/gofeed's; this package translates its
// universal model once, at the edge, into what the crawl needs.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/whosaid/whosaid/extract/meta"
	"github.com/whosaid/whosaid/ingest/fetch"
)

// ErrNotFeed is returned for a body that is none of RSS, Atom or JSON Feed:
// an HTML page, plain text, an error message served with a feed's type.
var ErrNotFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// Feed is a parsed feed.
type Feed struct {
	Title  string
	Link   string // the site's home page, absolute; "" when the feed does not say
	Format string // "rss", "atom" or "json"
	Items  []Item
	// NoLink counts items dropped because they had no http(s) link to fetch.
	NoLink int
}

// Item is one entry of a feed that points at a page.
type Item struct {
	GUID  string // the feed's own identifier for the item (RSS guid, Atom id, JSON id); may be ""
	Link  string // absolute http(s) URL of the item's page
	Title string
	// Published is when the item was published, or else last updated, in
	// UTC; zero when the feed gives neither.
	Published time.Time
}

// Key is the item's identity within its feed: its GUID when it has one,
// else its link. A crawl remembers items by Key so that an item whose link
// changes (a tracking parameter, http→https) is not fetched again.
func (it Item) Key() string {
	if it.GUID != "" {
		return it.GUID
	}
	return it.Link
}

// Parse reads a feed fetched from feedURL with the given Content-Type ("" when
// unknown); relative item links are resolved against feedURL. A body that is
// not a feed fails with ErrNotFeed; a feed that is cut or malformed fails
// with the parser's error. The body may be in any charset, labelled or not,
// and wrongly labelled (see utf8Body).
func Parse(body []byte, contentType, feedURL string) (*Feed, error) {
	base, err := url.Parse(feedURL)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", feedURL, err)
	}
	body = utf8Body(body, contentType)
	if gofeed.DetectFeedType(bytes.NewReader(head(body, sniffLen))) == gofeed.FeedTypeUnknown {
		return nil, fmt.Errorf("feed %s: %w: starts with %q", feedURL, ErrNotFeed, head(bytes.TrimSpace(body), 40))
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", feedURL, err)
	}
	f := &Feed{Title: strings.TrimSpace(gf.Title), Link: resolve(base, gf.Link), Format: gf.FeedType}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it, ok := translate(base, gi)
		if !ok {
			f.NoLink++
			continue
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// translate maps one gofeed item to an Item; ok is false when it has no
// link worth fetching.
func translate(base *url.URL, gi *gofeed.Item) (it Item, ok bool) {
	it = Item{
		GUID:  strings.TrimSpace(gi.GUID),
		Title: strings.TrimSpace(gi.Title),
		Link:  resolve(base, gi.Link),
	}
	if it.Link == "" {
		// An RSS guid is a permalink unless it says otherwise, and many
		// feeds put the page's URL there and nowhere else. Only an absolute
		// URL is taken: a relative guid is an identifier, not a link.
		if u, err := url.Parse(it.GUID); err == nil && u.IsAbs() {
			it.Link = resolve(base, it.GUID)
		}
	}
	if len(it.GUID) > fetch.MaxURLBytes {
		// The item is remembered by its key, which must stay short; a
		// guid this long is no better an identity than the link.
		it.GUID = ""
	}
	switch {
	case gi.PublishedParsed != nil:
		it.Published = gi.PublishedParsed.UTC()
	case gi.UpdatedParsed != nil:
		it.Published = gi.UpdatedParsed.UTC()
	}
	return it, it.Link != ""
}

// resolve makes ref absolute against base, without its fragment; "" unless
// the result is an http(s) URL that fetch would fetch (not over
// fetch.MaxURLBytes).
func resolve(base *url.URL, ref string) string {
	// String escapes a '#' in a path, and a query ends at the fragment, so
	// the first '#' starts the fragment.
	u, _, _ := strings.Cut(meta.AbsURL(base, ref), "#")
	if len(u) > fetch.MaxURLBytes {
		return ""
	}
	return u
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

package feed

import (
	"bytes"
	"mime"

	"github.com/mmcdole/gofeed"
)

// Kind is what a fetched body is, as far as the crawl cares.
type Kind int

// The kinds of body Detect tells apart.
const (
	Other Kind = iota // neither: an image, a PDF, plain text
	IsFeed
	IsHTML
)

// String is the kind's name in logs: "feed", "html" or "other".
func (k Kind) String() string {
	switch k {
	case IsFeed:
		return "feed"
	case IsHTML:
		return "html"
	}
	return "other"
}

// sniffLen is how much of a body is looked at to tell its kind. A feed's root
// element or an HTML page's first tag comes well within it, after the XML
// prolog, comments and a stylesheet instruction.
const sniffLen = 4096

// Detect tells a feed from an HTML page by the body first and the
// Content-Type second, because servers mislabel both ways: feeds go out as
// text/html or text/plain, pages as text/xml. A body that starts like neither
// but is labelled as a feed counts as a feed, so that Parse can say what is
// wrong with it rather than the crawl calling it "not HTML".
func Detect(body []byte, contentType string) Kind {
	// The head in UTF-8, declared so: the feed sniffer is an XML parser,
	// and stops at an unknown encoding label or a byte that is not UTF-8.
	b := bytes.TrimLeft(utf8Body(head(body, sniffLen), contentType), " \t\r\n\xef\xbb\xbf")
	switch gofeed.DetectFeedType(bytes.NewReader(b)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return IsFeed
	case gofeed.FeedTypeJSON:
		// gofeed calls anything that starts with "{" JSON Feed; only trust
		// it when the document or its label says so.
		if bytes.Contains(b, []byte("jsonfeed.org/version")) || isFeedType(contentType) {
			return IsFeed
		}
	}
	mt := mediaType(contentType)
	if mt == "text/html" || mt == "application/xhtml+xml" || looksHTML(b) {
		return IsHTML
	}
	if isFeedType(contentType) {
		return IsFeed
	}
	return Other
}

// isFeedType reports whether a Content-Type names a feed format or XML.
func isFeedType(contentType string) bool {
	switch mediaType(contentType) {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/feed+json", "application/json", "application/xml", "text/xml":
		return true
	}
	return false
}

func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return mt
}

// looksHTML reports whether b (trimmed of leading space) starts the way
// the WHATWG sniffing rules recognise as HTML: a doctype or one of the
// common opening tags.
func looksHTML(b []byte) bool {
	if len(b) == 0 || b[0] != '<' {
		return false
	}
	b = bytes.ToLower(head(b, 512))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<p", "<div", "<title", "<meta", "<script", "<h1", "<article", "<table"} {
		if bytes.HasPrefix(b, []byte(tag)) {
			return true
		}
	}
	// An XML prolog followed by an XHTML root.
	return bytes.HasPrefix(b, []byte("<?xml")) && bytes.Contains(b, []byte("<html"))
}

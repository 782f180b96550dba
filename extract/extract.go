package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/content"
	"github.com/whosaid/whosaid/extract/decode"
	"github.com/whosaid/whosaid/extract/meta"
	"github.com/whosaid/whosaid/extract/quote"
	"github.com/whosaid/whosaid/extract/token"
	"github.com/whosaid/whosaid/extract/when"
)

// Options tune one extraction. The zero value is ready to use.
type Options struct {
	// ContentType is the HTTP Content-Type header the page came with; its
	// charset parameter is trusted after a byte-order mark. "" when unknown.
	ContentType string
	// MaxBytes caps the bytes of the page that are read; ≤ 0 means
	// decode.MaxBytes. A longer page is cut, not rejected.
	MaxBytes int
	// NoAnalysis stops after the body and metadata: no quotes, actors or
	// dates. For callers that only want the article's text.
	NoAnalysis bool
	// DocDate is the date that relative expressions ("on Tuesday", "last
	// month") are resolved against when the page states no publication
	// date: the feed item's date, or the fetch time. Article.Published stays
	// what the page says, so that claims can tell where a date came from.
	DocDate time.Time
}

// Extract reads one HTML page fetched from pageURL. pageURL resolves relative
// links and is the article's URL; it may be "" for a page of unknown origin.
//
// It fails only when the bytes are not an HTML page at all (empty, binary);
// a page with no recognisable article gives an Article with an empty Text.
func Extract(page []byte, pageURL string, opt Options) (*Article, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return nil, fmt.Errorf("extract: page URL %q: %w", pageURL, err)
	}
	dec, err := decode.UTF8(page, opt.ContentType, opt.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	src := capTags(lean(dec.HTML), maxTags)
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// html.Parse refuses a tree nested more than 512 elements deep
		// (its reader, a byte slice, never fails): read the page again
		// with only the tags that carry paragraphs.
		root, err = html.Parse(bytes.NewReader(flatten(src)))
	}
	if err != nil {
		return nil, fmt.Errorf("extract %s: parse: %w", pageURL, err)
	}
	doc := goquery.NewDocumentFromNode(root)
	doc.Url = u
	m := meta.Extract(doc, u)
	a := &Article{
		URL:          pageURL,
		CanonicalURL: m.CanonicalURL,
		Title:        m.Title,
		Authors:      m.Authors,
		Published:    m.Published,
		Modified:     m.Modified,
		SiteName:     m.SiteName,
		Language:     m.Language,
		Description:  m.Description,
		Image:        m.Image,
	}
	if a.CanonicalURL == "" {
		a.CanonicalURL = pageURL
	}
	a.Text = content.Extract(doc, u)
	if !opt.NoAnalysis {
		analyse(a, docDate(a.Published, opt.DocDate))
	}
	a.fill()
	return a, nil
}

// TextOptions tune the extraction of plain text.
type TextOptions struct {
	// Published is the document date (RFC 3339 or YYYY-MM-DD) that relative
	// dates in the text are resolved against; "" when unknown.
	Published string
}

// FromText reads plain text (no HTML): the Article's Text is text unchanged,
// so every offset points into the input. pageURL may be "".
func FromText(text, pageURL string, opt TextOptions) *Article {
	a := &Article{URL: pageURL, CanonicalURL: pageURL, Published: opt.Published, Text: text}
	analyse(a, when.DocDate(a.Published))
	a.fill()
	return a
}

// analyse finds the quotes, actors and dates in a.Text; doc is the date
// relative dates resolve against (zero when unknown). The text is
// tokenized once for the quote and actor finders.
func analyse(a *Article, doc time.Time) {
	tx := token.New(a.Text)
	people := actor.Find(tx, actor.Embedded)
	a.Quotes = quote.Find(tx, people)
	a.Actors = people.Actors()
	a.Dates = when.Find(a.Text, doc)
	// Quotes that share a cue (a quote split around its attribution, one
	// over several paragraphs) share its date.
	said := map[[2]int]string{}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.CueEnd <= q.CueStart {
			continue
		}
		key := [2]int{q.CueStart, q.CueEnd}
		v, ok := said[key]
		if !ok {
			v = saidOn(tx, q.CueStart, q.CueEnd, doc)
			said[key] = v
		}
		q.SaidOn = v
	}
}

// saidOn is when.SaidOn for the cue at code points [cueStart, cueEnd) of
// tx, on the cue's sentence and the sentences either side of it rather
// than the whole text: SaidOn only takes a date from the cue's own
// sentence, so the answer is the same, without counting the runes of the
// whole text and scanning a long window again for every quote.
func saidOn(tx *token.Text, cueStart, cueEnd int, doc time.Time) string {
	cb := tx.Byte(cueStart)
	i := sort.Search(len(tx.Tokens), func(i int) bool { return int(tx.Tokens[i].End) > cb })
	if i >= len(tx.Tokens) {
		v, _ := when.SaidOn(tx.Src, cueStart, cueEnd, doc)
		return v
	}
	s := int(tx.Tokens[i].Sent)
	first, last := tx.Sents[max(0, s-1)], tx.Sents[min(len(tx.Sents)-1, s+1)]
	lo, hi := int(tx.Tokens[first.From].Start), len(tx.Src)
	if last.To < len(tx.Tokens) {
		hi = int(tx.Tokens[last.To].Start)
	}
	hi = max(hi, tx.Byte(cueEnd))
	for lo > 0 && !utf8.RuneStart(tx.Src[lo]) {
		lo--
	}
	base := tx.CodePoint(lo)
	v, _ := when.SaidOn(tx.Src[lo:hi], cueStart-base, cueEnd-base, doc)
	return v
}

// docDate is the publication date when the page gives one, else fallback.
func docDate(published string, fallback time.Time) time.Time {
	if d := when.DocDate(published); !d.IsZero() {
		return d
	}
	return fallback
}

// fill makes every list non-nil, so that the JSON form always has arrays.
func (a *Article) fill() {
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if a.Actors == nil {
		a.Actors = []Actor{}
	}
	if a.Dates == nil {
		a.Dates = []Date{}
	}
}

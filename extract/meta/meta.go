// Package meta reads what a page says about its article apart from the body:
// headline, authors, dates, site, language, canonical URL, description and
// lead image.
//
// Each field is taken from the most trusted source that gives a usable
// value: JSON-LD (schema.org, including @graph and arrays), then microdata,
// then OpenGraph and article:* tags, then other meta tags (Dublin Core,
// parsely, sailthru, citation_*), then <time datetime>, then visible bylines
// and datelines, then the URL. A few rules cross sources:
//
//   - the visible headline wins over declared titles (<title>, og:title,
//     JSON-LD headline), which carry site names, section prefixes and SEO
//     variants: a microdata headline, an <h1> that matches a declared title,
//     or a real <h1> of four words or more;
//   - a byline printed on the page and confirmed by a meta tag outvotes a
//     JSON-LD author it contradicts (the account that posted, not the
//     writer);
//   - a date-only or zone-less value borrows the time or zone of a less
//     trusted source that agrees with it, and a JSON-LD publication date
//     later than its own modification date stands only when another source
//     confirms it.
//
// Names that are the site's own, desks, agencies and job titles are not
// authors. A site name that matches the host name wins over one that does
// not (an edition name such as "U.S.").
//
// Dates come out in one of three forms, saying no more than the page does:
//
//   - RFC 3339 with the page's offset, "2019-11-19T08:03:00-05:00", when the
//     page states a time and its zone (zone names such as EST, GMT, IST, and
//     the US "ET"/"PT" resolved by the date's daylight saving time, count);
//   - "2019-11-19T08:03:00", a local time without offset, when the page
//     gives a time but no zone anywhere;
//   - "2019-11-19" for a day alone, or "2019-11-19T00:00:00-05:00" —
//     midnight in the page's zone — when another date on the page states a
//     zone other than UTC (UTC is what servers write, not the newsroom).
//
// Each form reads back with time.Parse and one of time.RFC3339,
// "2006-01-02T15:04:05" and time.DateOnly.
package meta

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// Extract reads the metadata of doc, a page fetched from pageURL (nil when
// unknown). It never fails and does not modify doc: what the page does not
// say stays empty, except CanonicalURL, which falls back to pageURL.
func Extract(doc *goquery.Document, pageURL *url.URL) Meta {
	var m Meta
	if pageURL != nil {
		m.CanonicalURL = pageURL.String()
	}
	if doc == nil || doc.Selection == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		return m
	}
	p := collect(doc.Nodes[0])
	ld := readJSONLD(p.scripts)
	host := hostLabel(pageURL)
	sites := siteCandidates(p, ld, host)
	m.SiteName = chooseSite(sites, host)
	m.Title = chooseTitle(p, ld, sites, host)
	m.Authors = chooseAuthors(p, ld, sites, host)
	m.Language = chooseLanguage(p, ld)
	m.Published, m.Modified = chooseDates(p, ld, pageURL, m.Title, dayFirst(m.Language))
	if c := AbsURL(pageURL, firstNonEmpty(p.canonical, p.meta("og:url"), ld.url)); c != "" {
		m.CanonicalURL = c
	}
	m.Description = firstNonEmpty(p.meta("og:description"), p.meta("description"),
		p.meta("twitter:description"), p.meta("dc.description"), ld.description)
	m.Image = AbsURL(pageURL, firstNonEmpty(ld.image, p.meta("og:image:secure_url"), p.meta("og:image"),
		p.meta("og:image:url"), p.meta("twitter:image"), p.meta("twitter:image:src"), p.imageSrc))
	return m
}

// meta returns the content of the first <meta> with one of the keys
// (lower-case), trying the keys in order.
func (p *page) meta(keys ...string) string {
	for _, k := range keys {
		for _, t := range p.metas {
			if t.key == k && t.content != "" {
				return t.content
			}
		}
	}
	return ""
}

// metaAll returns the contents of every <meta> with the key, in order.
func (p *page) metaAll(key string) []string {
	var out []string
	for _, t := range p.metas {
		if t.key == key && t.content != "" {
			out = append(out, t.content)
		}
	}
	return out
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// AbsURL resolves ref, a link read from a page or a feed, against base (nil:
// ref must be absolute; a scheme-relative "//host/x" is taken as https). It
// returns "" for anything but an http(s) URL with a host.
func AbsURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	} else if u.Scheme == "" && strings.HasPrefix(ref, "//") {
		u.Scheme = "https"
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// hostLabel is the name part of the page's host: "nytimes" for
// www.nytimes.com, "comwrap" for blog.comwrap.com, "express" for
// www.express.co.uk. Sites name themselves after it more often than not.
func hostLabel(u *url.URL) string {
	if u == nil {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the top-level domain
	// A second-level domain under a country ("co.uk", "com.br").
	if n := len(labels); n >= 2 && len(labels[n-1]) <= 3 && isSecondLevel(labels[n-1]) {
		labels = labels[:n-1]
	}
	return labels[len(labels)-1]
}

func isSecondLevel(s string) bool {
	switch s {
	case "co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go":
		return true
	}
	return false
}

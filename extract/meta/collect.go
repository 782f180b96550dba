package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Caps on what one page may contribute, so that a hostile or enormous page
// costs bounded time: candidates beyond these are never looked at.
const (
	maxCandidates = 24        // of each kind: headings, bylines, datelines, times
	maxText       = 400       // bytes of text kept from one element
	maxScripts    = 16        // JSON-LD scripts
	maxScriptLen  = 256 << 10 // bytes of one JSON-LD script; real ones stay under 64 KiB
	maxScriptsLen = 512 << 10 // bytes of JSON-LD per page
	maxNodes      = 200000    // elements walked
	maxHomeLinks  = 4         // logo links: the first few name the site
	maxHeads      = 12        // headings that may show the headline
	maxMetas      = 512       // <meta> tags kept
	maxAppStates  = 2         // application/json scripts kept
	maxMetaLen    = 2048      // bytes kept of one <meta> content
)

// metaTag is one <meta> with a name, property, itemprop or http-equiv.
type metaTag struct {
	key, content string // key lower-cased
}

// element is a candidate element kept for later: its node and, for
// headings and microdata, its text.
type element struct {
	n    *html.Node
	text string
}

// page is everything the metadata fields are chosen from, gathered in one
// walk over the document.
type page struct {
	lang       string
	title      string
	metas      []metaTag
	canonical  string
	imageSrc   string
	scripts    []string
	appState   []string // application/json scripts that mention authors
	scriptsLen int

	h1s []element // <h1> elements
	// heads are the first headings and title-classed elements: the one
	// that shows the headline may be followed by the dateline.
	heads     []*html.Node
	headlines []element // itemprop=headline elements
	// Microdata values: itemprop author names, datePublished, dateModified.
	microAuthors   []element
	microPublished []string
	microModified  []string

	times     []timeTag // <time datetime>
	bylines   []element // rel=author and author/byline-classed elements
	datelines []element // date-classed elements
	homeLinks []string  // text of links to the site's root in a header or logo
	nodes     int
}

// timeTag is a <time> with a datetime attribute.
type timeTag struct {
	datetime string
	publish  bool // pubdate attribute or a class saying "publish"
	modified bool // a class or itemprop saying "modified"/"updated"
}

// hint classifies an element by its class, id, rel and itemprop: whether
// it holds a byline or a date, in the vocabulary that templates use.
type hint struct {
	byline, bylineName, date bool
	title                    bool // a class saying title or headline
	// aside marks comment threads and related-article lists, whose bylines
	// and dates belong to other texts.
	aside    bool
	itemprop string // the itemprop attribute, read in the same pass
	root     bool   // a link to the site's root: "/" or "https://host/"
}

func collect(root *html.Node) *page {
	p := &page{}
	p.walk(root, false)
	return p
}

func (p *page) walk(n *html.Node, inComment bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		p.nodes++
		if p.nodes > maxNodes {
			return
		}
		skip, comment := p.visit(c, inComment)
		if !skip {
			p.walk(c, inComment || comment)
		}
	}
}

// visit records c when it is a candidate; skip says not to descend.
func (p *page) visit(c *html.Node, inComment bool) (skip, comment bool) {
	switch c.DataAtom {
	case atom.Html:
		if v := attr(c, "lang"); v != "" {
			p.lang = v
		}
	case atom.Meta:
		p.addMeta(c)
		return true, false
	case atom.Link:
		p.addLink(c)
		return true, false
	case atom.Title:
		if p.title == "" && c.FirstChild != nil {
			p.title = nodeText(c)
		}
		return true, false
	case atom.Svg, atom.Style, atom.Noscript, atom.Template:
		return true, false
	case atom.Script:
		typ := strings.ToLower(attr(c, "type"))
		if typ == "application/json" && len(p.appState) < maxAppStates && c.FirstChild != nil &&
			len(c.FirstChild.Data) < maxScriptLen && containsFold(c.FirstChild.Data[:min(len(c.FirstChild.Data), 1<<16)], "author") {
			// An app's embedded state (Next.js __NEXT_DATA__, Nuxt): read
			// only when no other source names the authors.
			p.appState = append(p.appState, c.FirstChild.Data)
		}
		if strings.Contains(typ, "ld+json") && len(p.scripts) < maxScripts {
			if c.FirstChild != nil && len(c.FirstChild.Data) < maxScriptLen && p.scriptsLen+len(c.FirstChild.Data) <= maxScriptsLen {
				p.scripts = append(p.scripts, c.FirstChild.Data)
				p.scriptsLen += len(c.FirstChild.Data)
			}
		}
		return true, false
	case atom.H1:
		if len(p.h1s) < maxCandidates && !inComment {
			p.h1s = append(p.h1s, element{c, nodeText(c)})
		}

	case atom.Time:
		if dt := attr(c, "datetime"); dt != "" && len(p.times) < maxCandidates && !inComment {
			cls := strings.ToLower(attr(c, "class") + " " + attr(c, "itemprop"))
			p.times = append(p.times, timeTag{
				datetime: dt,
				publish:  hasAttr(c, "pubdate") || strings.Contains(cls, "publish"),
				modified: strings.Contains(cls, "modif") || strings.Contains(cls, "updated"),
			})
		}
	}
	if len(c.Attr) == 0 {
		return false, false
	}
	h := classify(c)
	if c.DataAtom == atom.A && h.root && len(p.homeLinks) < maxHomeLinks && isHomeLink(c) {
		if t := nodeText(c); t != "" {
			p.homeLinks = append(p.homeLinks, t)
		} else if alt := imgAlt(c); alt != "" {
			p.homeLinks = append(p.homeLinks, alt)
		}
	}
	if h.itemprop != "" && !inComment {
		p.addMicrodata(c, h.itemprop)
	}
	if h.aside {
		return false, true
	}
	if inComment {
		return false, false
	}
	// Bylines and datelines keep their node only: their text is read
	// when a field gets that far down its sources, which most pages never
	// do.
	if (h.byline || h.bylineName) && len(p.bylines) < maxCandidates {
		p.bylines = append(p.bylines, element{n: c})
	}
	if (h.title || isHeading(c)) && len(p.heads) < maxHeads {
		p.heads = append(p.heads, c)
	}
	if h.date && len(p.datelines) < maxCandidates {
		p.datelines = append(p.datelines, element{n: c})
	}
	return false, false
}

func (p *page) addMeta(c *html.Node) {
	content, ok := attrOK(c, "content")
	if !ok || len(p.metas) >= maxMetas {
		return
	}
	content = clip(content, maxMetaLen)
	for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
		if key := attr(c, k); key != "" {
			p.metas = append(p.metas, metaTag{strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(content)})
		}
	}
}

func (p *page) addLink(c *html.Node) {
	rel := strings.ToLower(attr(c, "rel"))
	href := strings.TrimSpace(attr(c, "href"))
	if href == "" {
		return
	}
	for _, r := range strings.Fields(rel) {
		switch r {
		case "canonical":
			if p.canonical == "" {
				p.canonical = href
			}
		case "image_src":
			if p.imageSrc == "" {
				p.imageSrc = href
			}
		}
	}
}

// addMicrodata records the itemprop values metadata uses. An author item
// (itemscope) gives its itemprop=name; a plain author element its text.
func (p *page) addMicrodata(c *html.Node, ip string) {
	for _, prop := range strings.Fields(ip) {
		switch prop {
		case "headline":
			if len(p.headlines) < maxCandidates && c.DataAtom != atom.Meta {
				p.headlines = append(p.headlines, element{c, nodeText(c)})
			}
		case "author", "creator":
			if len(p.microAuthors) >= maxCandidates {
				continue
			}
			if hasAttr(c, "itemscope") {
				if nm := findItemprop(c, "name", 0); nm != nil {
					p.microAuthors = append(p.microAuthors, element{c, itemValue(nm)})
				}
				continue
			}
			p.microAuthors = append(p.microAuthors, element{c, itemValue(c)})
		case "datePublished":
			if len(p.microPublished) < maxCandidates {
				p.microPublished = append(p.microPublished, itemValue(c))
			}
		case "dateModified":
			if len(p.microModified) < maxCandidates {
				p.microModified = append(p.microModified, itemValue(c))
			}
		}
	}
}

// findItemprop finds the first descendant of n with the itemprop name.
func findItemprop(n *html.Node, name string, depth int) *html.Node {
	if depth > 8 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, f := range strings.Fields(attr(c, "itemprop")) {
			if f == name {
				return c
			}
		}
		if hasAttr(c, "itemscope") {
			continue // a nested item's name is not this one's
		}
		if f := findItemprop(c, name, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// itemValue is a microdata property's value: content, datetime, href or
// the element's text.
func itemValue(n *html.Node) string {
	for _, k := range []string{"content", "datetime"} {
		if v, ok := attrOK(n, k); ok {
			return strings.TrimSpace(v)
		}
	}
	return nodeText(n)
}

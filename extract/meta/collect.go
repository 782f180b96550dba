package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Caps on what one page may contribute, so that a hostile or enormous page
// costs bounded time: candidates beyond these are never looked at.
const (
	maxCandidates = 24  // of each kind: headings, bylines, datelines, times
	maxText       = 400 // bytes of text kept from one element
	maxScripts    = 16  // JSON-LD scripts
	maxScriptLen  = 1 << 20
	maxNodes      = 200000 // elements walked
	maxHomeLinks  = 4      // logo links: the first few name the site
	maxHeads      = 12     // headings that may show the headline
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
	lang      string
	title     string
	metas     []metaTag
	canonical string
	imageSrc  string
	scripts   []string

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
		if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && len(p.scripts) < maxScripts {
			if c.FirstChild != nil && len(c.FirstChild.Data) < maxScriptLen {
				p.scripts = append(p.scripts, c.FirstChild.Data)
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
	case atom.A:
		if len(p.homeLinks) < maxHomeLinks && isHomeLink(c) {
			if t := nodeText(c); t != "" {
				p.homeLinks = append(p.homeLinks, t)
			} else if alt := imgAlt(c); alt != "" {
				p.homeLinks = append(p.homeLinks, alt)
			}
		}
	}
	if len(c.Attr) == 0 {
		return false, false
	}
	h := classify(c)
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
	if !ok {
		return
	}
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

// classify reads an element's class, id, rel and itemprop. The vocabulary
// is that of HTML templates (CSS class names), not of the page's language.
// It runs on every element, so each attribute is scanned once.
func classify(n *html.Node) hint {
	var h hint
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "itemprop":
			h.itemprop = a.Val
		case "class", "id":
			k := scanClass(a.Val)
			if k&kAside != 0 {
				h.aside = true
				continue
			}
			// A byline's parts that describe the writer are not names:
			// "author-title" (Staff Writer), "author-bio", "byline-role".
			if k&kByline != 0 && !describesWriter(a.Val) {
				h.byline = true
				if containsFold(a.Val, "name") || containsFold(a.Val, "link") {
					h.bylineName = true
				}
			}
			if k&kDate != 0 {
				h.date = true
			}
			if k&kTitle != 0 {
				h.title = true
			}
		case "rel":
			if containsFold(a.Val, "author") {
				h.byline, h.bylineName = true, true
			}
		case "href":
			if n.DataAtom == atom.A && isAuthorPath(a.Val) {
				h.byline, h.bylineName = true, true
			}
		}
	}
	return h
}

// Kinds of class words scanClass finds.
const (
	kAside  = 1 << iota // comment, related
	kByline             // byline, author
	kDate               // date, time, publish, posted
	kTitle              // title, headline
)

// scanClass finds the class words classify cares about in one pass over
// the bytes. Each word is recognised by its tail, which stays lower case
// in camelCase class names ("articleByline"); the letter before the tail
// is then checked ignoring case.
func scanClass(v string) int {
	k := 0
	for i := 1; i < len(v); i++ {
		switch v[i] {
		case 'u':
			if hasTail(v, i, "uthor", 'a') {
				k |= kByline
			} else if hasTail(v, i, "ublish", 'p') {
				k |= kDate
			}
		case 'y':
			if hasTail(v, i, "yline", 'b') {
				k |= kByline
			}
		case 'o':
			if hasTail(v, i, "omment", 'c') {
				k |= kAside
			} else if hasTail(v, i, "osted", 'p') {
				k |= kDate
			}
		case 'e':
			if hasTail(v, i, "elated", 'r') {
				k |= kAside
			} else if hasTail(v, i, "eadline", 'h') {
				k |= kTitle
			}
		case 'a':
			if hasTail(v, i, "ate", 'd') {
				k |= kDate
			}
		case 'i':
			if hasTail(v, i, "ime", 't') {
				k |= kDate
			} else if hasTail(v, i, "itle", 't') {
				k |= kTitle
			}
		}
	}
	return k
}

// hasTail reports whether v[i:] starts with tail and v[i-1] is first in
// either case.
func hasTail(v string, i int, tail string, first byte) bool {
	return v[i-1]|0x20 == first && strings.HasPrefix(v[i:], tail)
}

// hasFoldAt reports whether s[i:] starts with the lower-case ASCII word w,
// ignoring ASCII case.
func hasFoldAt(s string, i int, w string) bool {
	if i+len(w) > len(s) {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := s[i+j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

func describesWriter(class string) bool {
	for _, w := range []string{"title", "role", "position", "bio", "job", "desc", "img", "image", "photo", "avatar", "follow", "social", "twitter", "email"} {
		if containsFold(class, w) {
			return true
		}
	}
	return false
}

// authorPaths are the URL path segments under which sites put one page per
// writer; a link to such a page (/staff/matthew-digby/) is a byline.
var authorPaths = map[string]bool{"author": true, "authors": true, "staff": true, "profile": true,
	"profiles": true, "contributor": true, "contributors": true, "writer": true, "writers": true,
	"journalist": true, "journalists": true, "autor": true, "auteur": true, "autore": true}

// isAuthorPath reports a link to one writer's page: an author path
// segment followed by a further segment. One pass over the URL.
func isAuthorPath(href string) bool {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		if strings.ContainsAny(href[i:], "/") && i < len(href) {
			href = href[:i]
		}
	}
	start := -1
	for i := 0; i <= len(href); i++ {
		if i < len(href) && href[i] != '/' {
			continue
		}
		if start >= 0 && i-start > 1 && authorPaths[href[start+1:i]] {
			rest := strings.Trim(href[i:], "/")
			return rest != ""
		}
		start = i
	}
	return false
}

// isHomeLink reports a link to the site's root ("/" or an absolute URL
// with no path) that sits in a logo, brand or site-title element.
func isHomeLink(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if href != "/" {
		i := strings.Index(href, "://")
		if i < 0 {
			return false
		}
		rest := strings.TrimSuffix(href[i+3:], "/")
		if rest == "" || strings.ContainsAny(rest, "/?#") {
			return false
		}
	}
	for n, d := a, 0; n != nil && d < 4; n, d = n.Parent, d+1 {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Header {
			return true
		}
		for _, k := range []string{"class", "id", "rel"} {
			v := attr(n, k)
			if containsFold(v, "logo") || containsFold(v, "brand") || containsFold(v, "site-title") || containsFold(v, "site-name") || containsFold(v, "masthead") || (k == "rel" && containsFold(v, "home")) {
				return true
			}
		}
	}
	return false
}

func imgAlt(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			return strings.TrimSpace(attr(c, "alt"))
		}
		if alt := imgAlt(c); alt != "" {
			return alt
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, key string) bool {
	_, ok := attrOK(n, key)
	return ok
}

// isHeading reports h1 and h2, which is where headlines are.
func isHeading(n *html.Node) bool {
	return n.DataAtom == atom.H1 || n.DataAtom == atom.H2
}

// textAfter is the text that follows n: its next siblings, then its
// parent's next siblings, at most maxText bytes.
func textAfter(n *html.Node) string {
	var b strings.Builder
	for up := 0; up < 2 && n != nil && b.Len() < maxText; up, n = up+1, n.Parent {
		for s := n.NextSibling; s != nil && b.Len() < maxText; s = s.NextSibling {
			switch s.Type {
			case html.TextNode:
				writeCollapsed(&b, s.Data)
			case html.ElementNode:
				writeCollapsed(&b, " ")
				textInto(s, &b, 0)
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// bylineText is the text of a byline element without its dates (<time>
// and date-classed children), which would run into the names.
func bylineText(n *html.Node) string {
	var b strings.Builder
	textIntoSkip(n, &b, 0, true)
	return strings.TrimSpace(b.String())
}

// nodeText is the element's text with white space collapsed, at most
// maxText bytes; scripts and styles are skipped.
func nodeText(n *html.Node) string {
	var b strings.Builder
	textInto(n, &b, 0)
	return strings.TrimSpace(b.String())
}

func textInto(n *html.Node, b *strings.Builder, depth int) {
	textIntoSkip(n, b, depth, false)
}

func textIntoSkip(n *html.Node, b *strings.Builder, depth int, skipDates bool) {
	for c := n.FirstChild; c != nil && b.Len() < maxText && depth < 32; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			writeCollapsed(b, c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Svg, atom.Template:
				continue
			case atom.Br, atom.P, atom.Div, atom.Li:
				writeCollapsed(b, " ")
			}
			if skipDates && (c.DataAtom == atom.Time || classify(c).date && !classify(c).byline) {
				writeCollapsed(b, " ")
				continue
			}
			textIntoSkip(c, b, depth+1, skipDates)
		}
	}
}

// writeCollapsed appends s with runs of white space as one space.
func writeCollapsed(b *strings.Builder, s string) {
	space := b.Len() > 0 && lastByte(b) == ' '
	for i := 0; i < len(s); i++ {
		c := s[i]
		if b.Len() >= maxText && c&0xC0 != 0x80 {
			return // stop at a rune boundary
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteByte(c)
		space = false
	}
}

func lastByte(b *strings.Builder) byte {
	s := b.String()
	return s[len(s)-1]
}

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case, without allocating.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for ; j < n; j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

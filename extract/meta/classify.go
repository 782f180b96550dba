package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
			if n.DataAtom == atom.A {
				if isRootHref(a.Val) {
					h.root = true
				} else if isAuthorPath(a.Val) {
					h.byline, h.bylineName = true, true
				}
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

// isRootHref reports a link to a site's root: "/" or an absolute URL with
// no path.
func isRootHref(href string) bool {
	if href == "/" {
		return true
	}
	if len(href) > 0 && (href[0] == ' ' || href[len(href)-1] == ' ' || href[len(href)-1] == '\n') {
		href = strings.TrimSpace(href)
	}
	i := strings.Index(href, "://")
	if i < 0 {
		return href == "/"
	}
	rest := strings.TrimSuffix(href[i+3:], "/")
	return rest != "" && !strings.ContainsAny(rest, "/?#")
}

// isHomeLink reports whether a link to the site's root (see isRootHref)
// sits in a header or a logo, brand or site-title element.
func isHomeLink(a *html.Node) bool {
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

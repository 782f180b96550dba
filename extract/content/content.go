// Package content finds the article body in a parsed page and returns it as
// plain text, leaving navigation, ads, comments and other boilerplate behind.
package content

import (
	"net/url"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Extract returns the article body of doc, a page fetched from pageURL (nil
// when unknown), as text: one paragraph, heading, list item or block quote
// per paragraph, paragraphs separated by a blank line.
func Extract(doc *goquery.Document, pageURL *url.URL) string {
	if doc == nil || len(doc.Nodes) == 0 {
		return ""
	}
	var p page
	p.build(bodyOf(doc.Nodes[0]))
	p.score()
	top := p.top()
	return p.render(p.chosen(top))
}

// bodyOf returns the <body> element of the document, or n itself when there
// is none (the parser always makes one for a whole document).
func bodyOf(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Html {
			continue
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.DataAtom == atom.Body {
				return k
			}
		}
	}
	return n
}

// render writes the text of the blocks inside the chosen elements, leaving
// out boilerplate below them.
func (p *page) render(chosen []int32) string {
	out := make([]byte, 0, 4096)
	for _, c := range chosen {
		end := p.elems[c].end
		for i := range p.blocks {
			b := &p.blocks[i]
			if b.owner < c || b.owner >= end {
				continue
			}
			if !p.keep(b, c) {
				continue
			}
			if len(out) > 0 {
				out = append(out, '\n', '\n')
			}
			out = append(out, p.buf[b.start:b.end]...)
		}
	}
	return string(out)
}

// keep decides whether a block inside container c is article text.
func (p *page) keep(b *block, c int32) bool {
	if b.linkChars*2 > b.chars {
		return false
	}
	if b.skip {
		for e := b.owner; e >= c && e >= 0; e = p.elems[e].parent {
			if p.elems[e].flags&fAnyBoiler != 0 && e != c {
				return false
			}
		}
	}
	return true
}

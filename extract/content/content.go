// Package content finds the article body in a parsed page and returns it as
// plain text, leaving navigation, ads, comments and other boilerplate behind.
//
// One walk of the page builds a flat model (walk.go): elements in document
// order with their text counts, and text blocks with their own (length,
// links and where they lead, small print, punctuation). Class and id names
// are matched once each against a boilerplate vocabulary (vocab.go,
// match.go). Elements are scored as containers, Readability-style, and the
// best is widened over the rest of the story (score.go). Inside it, each
// block is tested alone (blocks.go, lists.go, teaser.go) and then in
// sequence (passes.go): the lead above the first paragraph, notices, fine
// print and calls after the last, titles of pruned links. Pages that ship
// their story as data are read from JSON-LD or app state (appstate.go).
package content

import (
	"net/url"
	"slices"
	"strings"

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
	body := bodyOf(doc.Nodes[0])
	p := page{title: titleOf(doc.Nodes[0])}
	if pageURL != nil {
		p.host = strings.TrimPrefix(strings.ToLower(pageURL.Hostname()), "www.")
		p.site = siteName(p.host)
	}
	text := p.extract(body)
	if len(text) >= thinBody {
		return text
	}
	if len(text) < 2*minParaChars && int(p.totalPara) >= 2*thinBody {
		// Plenty of running text on the page, next to none of it found:
		// a class name misled the vocabulary. Read again without it, as
		// Readability retries without its "unlikely candidates". (A short
		// story under a long comment thread is found, and stays short.)
		q := page{relaxed: true, title: p.title, host: p.host, site: p.site}
		if t := q.extract(body); len(t) > len(text) {
			text = t
		}
	}
	if s := fromData(doc.Nodes[0], text); s != "" {
		return s
	}
	return text
}

// extract finds the article in the document whose <body> is body.
func (p *page) extract(body *html.Node) string {
	p.build(body)
	p.score()
	top := p.expand(p.top())
	return p.render(p.chosen(top))
}

// headOf returns the <head> element of the document, or nil.
func headOf(doc *html.Node) *html.Node { return htmlChild(doc, atom.Head) }

// bodyOf returns the <body> element of the document, or doc itself when
// there is none (the parser always makes one for a whole document).
func bodyOf(doc *html.Node) *html.Node {
	if b := htmlChild(doc, atom.Body); b != nil {
		return b
	}
	return doc
}

// htmlChild returns the first element a (head or body) under the
// document's <html>, or nil.
func htmlChild(doc *html.Node, a atom.Atom) *html.Node {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Html {
			continue
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.DataAtom == a {
				return k
			}
		}
	}
	return nil
}

// render writes the text of the blocks inside the chosen elements, leaving
// out boilerplate below them.
func (p *page) render(chosen []int32) string {
	keep := p.selectBlocks(chosen)
	out := make([]byte, 0, 4096)
	for _, i := range keep {
		n := len(out)
		if n > 0 {
			out = append(out, '\n', '\n')
		}
		m := len(out)
		if out = p.appendParas(out, i); len(out) == m {
			out = out[:n] // no paragraph of the block was the story's
		}
	}
	return string(out)
}

// selectBlocks returns the indices of the blocks of the article, in
// document order.
func (p *page) selectBlocks(chosen []int32) []int32 {
	for _, c := range chosen {
		p.prune(c)
	}
	// chosen are siblings in document order, so their subtrees are
	// disjoint ranges of p.elems in increasing order.
	var keep []int32
	for i := range p.blocks {
		if p.inChosen(int32(i), chosen) && p.keep(&p.blocks[i]) {
			keep = append(keep, int32(i))
		}
	}
	keep = p.dropLinkRuns(keep)
	keep = p.dropLinkTitles(keep, chosen)
	keep = p.trimLead(keep)
	keep = p.dropRepeats(keep)
	keep = p.endAtNotice(keep)
	keep = p.dropFinePrint(keep)
	keep = p.dropCalls(keep)
	return p.dropDangling(keep, chosen)
}

// inChosen reports whether block i lies inside one of the chosen elements.
func (p *page) inChosen(i int32, chosen []int32) bool {
	owner := p.blocks[i].owner
	k, _ := slices.BinarySearch(chosen, owner+1)
	return k > 0 && owner < p.elems[chosen[k-1]].end
}

func (p *page) blockText(i int32) []byte {
	b := &p.blocks[i]
	return p.buf[b.start:b.end]
}

// prune marks with fOut the elements below container c whose text stays
// out: boilerplate, and blocks that are mostly links.
func (p *page) prune(c int32) {
	p.elems[c].flags &^= fOut
	for i := c + 1; i < p.elems[c].end; i++ {
		e := &p.elems[i]
		e.flags &^= fOut
		if p.elems[e.parent].flags&fOut != 0 || e.flags&fAnyBoiler != 0 || p.linkList(i) {
			e.flags |= fOut
		}
	}
}

// keep decides whether a block inside the container is article text.
func (p *page) keep(b *block) bool {
	return !p.linkBlock(b) && p.elems[b.owner].flags&fOut == 0 && !p.imageCaption(b) && !p.button(b) && !p.label(b) && !p.credit(b)
}

// titleOf returns the text of the document's <title>, white space
// collapsed.
func titleOf(doc *html.Node) string {
	head := headOf(doc)
	if head == nil {
		return ""
	}
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Title && c.FirstChild != nil {
			return strings.Join(strings.Fields(c.FirstChild.Data), " ")
		}
	}
	return ""
}

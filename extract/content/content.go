// Package content finds the article body in a parsed page and returns it as
// plain text, leaving navigation, ads, comments and other boilerplate behind.
package content

import (
	"bytes"
	"net/url"
	"slices"

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
	var p page
	text := p.extract(body)
	if len(text) >= thinBody {
		return text
	}
	if len(text) < 2*minParaChars && int(p.totalPara) >= 2*thinBody {
		// Plenty of running text on the page, next to none of it found:
		// a class name misled the vocabulary. Read again without it, as
		// Readability retries without its "unlikely candidates". (A short
		// story under a long comment thread is found, and stays short.)
		q := page{relaxed: true}
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
	keep := p.selectBlocks(chosen)
	out := make([]byte, 0, 4096)
	for _, i := range keep {
		b := &p.blocks[i]
		if len(out) > 0 {
			out = append(out, '\n', '\n')
		}
		out = append(out, p.buf[b.start:b.end]...)
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
		b := &p.blocks[i]
		k, _ := slices.BinarySearch(chosen, b.owner+1)
		if k > 0 && b.owner < p.elems[chosen[k-1]].end && p.keep(b) {
			keep = append(keep, int32(i))
		}
	}
	keep = p.trimLead(keep)
	keep = p.dropRepeats(keep)
	return p.dropDangling(keep, chosen)
}

// dropRepeats drops a block quote whose text the body already has: a pull
// quote that repeats a sentence of the story. Downstream, a repeated quote
// would be a second claim. (Repeated lines that are not quotes stay: a
// recipe or a table says "1 tsp." more than once.)
func (p *page) dropRepeats(keep []int32) []int32 {
	out := keep[:0]
	for _, i := range keep {
		b := &p.blocks[i]
		if b.quote && b.chars >= minParaChars && p.inLonger(p.blockText(i), keep) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// inLonger reports whether t is inside a longer kept block that is not
// itself a quote.
func (p *page) inLonger(t []byte, keep []int32) bool {
	for _, j := range keep {
		if u := p.blockText(j); !p.blocks[j].quote && len(u) > len(t) && bytes.Contains(u, t) {
			return true
		}
	}
	return false
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

// linkList reports a list whose text is mostly links: related stories,
// "more from", tag clouds.
func (p *page) linkList(i int32) bool {
	e := &p.elems[i]
	return e.flags&fList != 0 && e.chars > 0 && e.linkChars*2 >= e.chars
}

// keep decides whether a block inside the container is article text.
func (p *page) keep(b *block) bool {
	return !linkBlock(b) && p.elems[b.owner].flags&fOut == 0
}

// linkBlock reports a block that is mostly a link: a menu entry, a
// related headline. A long paragraph that opens with a linked lead-in
// ("10 things in tech" lists) stays unless nearly all of it is linked.
func linkBlock(b *block) bool {
	if b.linkChars*2 <= b.chars {
		return false
	}
	return b.chars < 100 || b.linkChars*5 > b.chars*4
}

// trimLead drops what comes before the first paragraph: the headline, the
// standfirst's heading, bylines, dates, "share" labels and reading times,
// which sit above the text inside most article containers.
func (p *page) trimLead(keep []int32) []int32 {
	for k, i := range keep {
		b := &p.blocks[i]
		if paragraphLike(*b) && p.elems[b.owner].flags&fHeading == 0 {
			return keep[k:]
		}
	}
	return keep
}

// dropDangling drops headings that no text follows before the next heading
// or the end, or whose own section (the smallest element holding the
// heading and anything else) has no other text left: the "Related",
// "Comments", "More stories" titles whose lists were pruned.
func (p *page) dropDangling(keep []int32, chosen []int32) []int32 {
	p.countKept(keep, chosen)
	out := keep[:0]
	for k, i := range keep {
		owner := p.blocks[i].owner
		if p.elems[owner].flags&fHeading != 0 {
			if k+1 == len(keep) || p.elems[p.blocks[keep[k+1]].owner].flags&fHeading != 0 {
				continue
			}
			if p.aloneInSection(owner) {
				continue
			}
		}
		out = append(out, i)
	}
	return out
}

// countKept sets every element's kept count, below the chosen containers.
func (p *page) countKept(keep []int32, chosen []int32) {
	for _, c := range chosen {
		for i := c; i < p.elems[c].end; i++ {
			p.elems[i].kept = 0
		}
	}
	for _, i := range keep {
		p.elems[p.blocks[i].owner].kept++
	}
	for _, c := range chosen {
		for i := p.elems[c].end - 1; i > c; i-- {
			p.elems[p.elems[i].parent].kept += p.elems[i].kept
		}
	}
}

// aloneInSection reports whether the heading h is the only text kept in the
// smallest element that holds it and some other text.
func (p *page) aloneInSection(h int32) bool {
	a := h
	for p.elems[a].nblocks == 1 && p.elems[a].parent >= 0 {
		a = p.elems[a].parent
	}
	return p.elems[a].kept == 1
}

package content

import "golang.org/x/net/html"

// minTeasers is the shortest run of alike siblings read as a grid of
// teasers: two could be a story's pair of photos, three make a pattern.
const minTeasers = 3

// markTeasers marks as boilerplate the teaser cards of other pages: runs of
// sibling elements of one tag and one class, each holding an image and a
// link and little text, which is how pages lay out "most popular",
// "related" and "more from" grids whatever the language or the class
// names. A story's own photos carry no link to another page, and its
// paragraphs no image each.
func (p *page) markTeasers() {
	for par := range p.elems {
		e := &p.elems[par]
		if e.flags&fHasImage == 0 || e.end-int32(par) < 2*minTeasers {
			continue
		}
		p.teaserRuns(int32(par))
	}
}

// teaserRuns finds the runs of teaser cards among the children of par.
func (p *page) teaserRuns(par int32) {
	start, n := int32(-1), 0
	var class string
	flush := func(end int32) {
		if n >= minTeasers {
			for i := start; i < end; i = p.elems[i].end {
				p.elems[i].flags |= fBoiler
			}
		}
		start, n = -1, 0
	}
	for i := par + 1; i < p.elems[par].end; i = p.elems[i].end {
		if !p.teaser(i) {
			flush(i)
			continue
		}
		c := classOf(p.elems[i].node)
		if n > 0 && (c != class || p.elems[i].node.DataAtom != p.elems[start].node.DataAtom) {
			flush(i)
		}
		if n == 0 {
			start, class = i, c
		}
		n++
	}
	flush(p.elems[par].end)
}

// teaser reports an element that could be a teaser card: an image, a link,
// and no more text than a headline and a line of summary.
func (p *page) teaser(i int32) bool {
	e := &p.elems[i]
	return e.flags&(fImage|fHasImage) != 0 && e.linkChars > 0 && e.chars < 2*proseChars
}

func classOf(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "class" && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

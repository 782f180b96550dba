package content

// Lists that are not the story's, whatever share of them is linked.

// linkList reports a list whose text is mostly links: related stories,
// "more from", tag clouds.
func (p *page) linkList(i int32) bool {
	e := &p.elems[i]
	if e.flags&fList == 0 || e.chars == 0 {
		return false
	}
	return e.linkChars*2 >= e.chars && !p.sourceList(i) || p.storyList(i)
}

// sourceList reports a list whose items' links all lead to other sites:
// where to buy each thing a roundup names ("Get it at Walmart for $238").
func (p *page) sourceList(l int32) bool {
	e := &p.elems[l]
	var links uint8
	// The blocks of a subtree are a run of the page's, in document order.
	for k := e.lastBlock - e.nblocks; k < e.lastBlock; k++ {
		links |= p.blocks[k].links
	}
	return links == 1<<linkExternal
}

// minStoryItems is the fewest items of a list of stories: two links in a
// list can be the story's own references.
const minStoryItems = 3

// storyList reports a list each of whose items links to a page of the
// site, and whose items are a line each on average: the "More great
// stories" list whose items are a headline with its end linked. A story's
// own lists (points, steps, ingredients) do not link every item to the
// site, and a roundup's items that do ("10 things in tech") are
// paragraphs.
func (p *page) storyList(l int32) bool {
	n := 0
	for i := l + 1; i < p.elems[l].end; i = p.elems[i].end {
		if p.elems[i].flags&fItem == 0 {
			continue
		}
		if !p.ownLinkIn(i) {
			return false
		}
		n++
	}
	return n >= minStoryItems && p.elems[l].chars < int32(n)*proseChars
}

// ownLinkIn reports whether element i holds a link to the page's site.
func (p *page) ownLinkIn(i int32) bool {
	for k := i; k < p.elems[i].end; k++ {
		if f := p.elems[k].flags; f&fLink != 0 && f&(fExternal|fCall|fMail|fAnchor) == 0 {
			return true
		}
	}
	return false
}

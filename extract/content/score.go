package content

import "golang.org/x/net/html/atom"

// minParaChars is the length under which a block is too short to tell
// anything about where the article is: captions, labels, buttons.
const minParaChars = 25

// proseChars is the length (in characters, spaces excluded) from which a
// paragraph with hardly any links counts as the story's prose when the
// container is widened: two sentences or more. Sidebars, footers and
// sign-up boxes are made of shorter blocks ("Mild, with showers on
// Tuesday."). On the benchmark F1 is flat from 80 to 200.
const proseChars = 100

// score gives every element a score for how likely it is to be the
// article's container: each paragraph-like block adds to the elements
// around it, less and less the further up they are, and the sums are then
// cut by the element's link density and weighed by its vocabulary.
func (p *page) score() {
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.skip || !paragraphLike(*b) {
			continue
		}
		s := 1 + float32(min(b.punct, 30)) + float32(min(b.chars/100, 3))
		if p.elems[b.owner].flags&fItem != 0 {
			// List items are as often teasers of other stories as they
			// are points of this one.
			s /= 2
		}
		e := b.owner
		if p.elems[e].flags&(fPara|fItem|fCell|fPre|fHeading|fQuote) != 0 {
			e = p.elems[e].parent
		}
		for level := 0; e >= 0 && level < 5; level++ {
			div := float32(1)
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float32(level * 3)
			}
			p.elems[e].score += s / div
			e = p.elems[e].parent
		}
	}
	for i := range p.elems {
		e := &p.elems[i]
		if e.score == 0 {
			continue
		}
		e.score += weight(e)
		if e.chars > 0 {
			e.score *= 1 - float32(e.linkChars)/float32(e.chars)
		}
	}
}

// weight is what an element's tag and vocabulary add to its score.
func weight(e *elem) float32 {
	var w float32
	if e.flags&fGood != 0 {
		w += 25
	}
	if e.flags&fBody != 0 {
		w += 25
	}
	if e.flags&fAnyBoiler != 0 {
		w -= 25
	}
	switch e.node.DataAtom {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		w += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		w += 3
	case atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		w -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		w -= 5
	}
	return w
}

// top returns the best-scoring element, 0 (the root) when nothing scored.
func (p *page) top() int32 {
	best, bestScore := int32(0), float32(0)
	for i := 1; i < len(p.elems); i++ {
		e := &p.elems[i]
		if s := e.score; s > bestScore && e.flags&fSkip == 0 {
			best, bestScore = int32(i), s
		}
	}
	return best
}

// expand widens the top candidate to the ancestor that holds the rest of
// an article cut into chunks (between ads, pull quotes, newsletter boxes):
// it climbs while what an ancestor adds is mostly running text, and never
// past an <article> or articleBody that holds the candidate, which is where
// a page says its article ends.
func (p *page) expand(top int32) int32 {
	limit := int32(0)
	for e := top; e > 0; e = p.elems[e].parent {
		if p.elems[e].flags&(fArticle|fBody) != 0 {
			limit = e
			break
		}
	}
	best := top
	for a := p.elems[top].parent; a >= limit && a > 0; a = p.elems[a].parent {
		e, b := &p.elems[a], &p.elems[best]
		dText, dGood := e.chars-b.chars, e.prose-b.prose
		if dText == 0 {
			best = a
			continue
		}
		if dGood*2 < dText || e.flags&fSkip != 0 {
			break
		}
		best = a
	}
	return best
}

// feed reports an element that is not an <article> but holds two or
// more: a list of stories, or a live blog's entries. It is not merged as a
// sibling of the story; it may be the top candidate, since a live blog is
// read whole. (An <article> holding others is a story with its comments or
// related cards, which the nested-article rule leaves out.)
func feed(e *elem) bool {
	return e.flags&fArticle == 0 && e.articles >= 2
}

// chosen marks the elements whose text is the article: the top candidate
// and those of its siblings that score close to it or read like
// paragraphs. It returns them in document order.
func (p *page) chosen(top int32) []int32 {
	par := p.elems[top].parent
	if par < 0 {
		return []int32{top}
	}
	topScore := p.elems[top].score
	threshold := max(10, topScore*0.2)
	var out []int32
	for i := par + 1; i < p.elems[par].end; i = p.elems[i].end {
		if i == top {
			out = append(out, i)
			continue
		}
		e := &p.elems[i]
		if e.flags&fSkip != 0 || feed(e) || e.flags&p.elems[top].flags&fArticle != 0 {
			// Boilerplate, a list of stories, or another story.
			continue
		}
		if e.score >= threshold || p.siblingPara(i) {
			out = append(out, i)
		}
	}
	return out
}

// siblingPara reports a sibling <p> that reads as part of the article:
// long with few links, or short, link-free and ending a sentence.
func (p *page) siblingPara(i int32) bool {
	e := &p.elems[i]
	if e.node.DataAtom != atom.P || e.chars == 0 {
		return false
	}
	ld := float32(e.linkChars) / float32(e.chars)
	if e.chars > 80 && ld < 0.25 {
		return true
	}
	return e.linkChars == 0 && p.endsSentence(i)
}

// endsSentence reports whether the last block of element i ends with a
// full stop.
func (p *page) endsSentence(i int32) bool {
	last := p.elems[i].lastBlock - 1
	if last < 0 {
		return false
	}
	t := p.blockText(last)
	return len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == '!' || t[len(t)-1] == '?')
}

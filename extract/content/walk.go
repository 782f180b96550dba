package content

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxElems caps the elements one page is read into. Real article pages have
// 1,000 to 20,000 elements; a page generated into hundreds of thousands is
// read up to the cap, so that time and memory stay bounded.
const maxElems = 200_000

// Element flags.
const (
	fBlock    uint32 = 1 << iota // starts a new text block (p, div, li, …)
	fBoiler                      // boilerplate by tag or strong vocabulary (comments, share bars)
	fWeak                        // boilerplate by weak vocabulary (ad, sidebar, menu): revocable
	fGood                        // class/id vocabulary of article bodies, role=main, <main>
	fBody                        // schema.org articleBody
	fArticle                     // <article>
	fLink                        // <a href>
	fQuote                       // <blockquote>
	fHeading                     // h1–h6
	fList                        // ul, ol, dl
	fCell                        // td, th
	fItem                        // li, dt, dd
	fPara                        // p
	fPre                         // pre
	fCaption                     // figure caption, by tag or vocabulary
	fHasGood                     // a descendant has fGood or fBody
	fSkip                        // the element or an ancestor is boilerplate
	fOut                         // left out of the rendered container
	fFigure                      // <figure>
	fHasRich                     // a descendant is a blockquote, table or pre
	fNested                      // an <article> inside another
	fHover                       // a hover card or tooltip
	fEmbed                       // an embedded post (only while classifying)
	fHidden                      // a utility class hides it (only while classifying)
	fImage                       // holds an image in its own line of text
	fSmall                       // small print: <small>, <font size=1>
	fHasImage                    // an image is in its subtree
	fControl                     // a script acts on a click on it: a button
	fExternal                    // a link to another site
	fCall                        // a link to a social network or app store
	fMail                        // a mailto: link
	fAnchor                      // a link to a place in the page
)

// fAnyBoiler is the boilerplate evidence of an element itself.
const fAnyBoiler = fBoiler | fWeak

// elem is one element of the page, in document (pre-)order, so that the
// subtree of elems[i] is elems[i+1 : elems[i].end].
type elem struct {
	node   *html.Node
	parent int32
	end    int32
	flags  uint32
	depth  int32
	// Sums over the text blocks owned by the element's subtree.
	chars     int32 // text characters, spaces excluded
	linkChars int32 // of which inside links
	paraChars int32 // in paragraph-like blocks (long, few links)
	prose     int32 // in paragraphs of prose: long, with hardly any links
	articles  int32 // <article> elements in the subtree, itself included
	nblocks   int32 // text blocks in the subtree, boilerplate included
	lastBlock int32 // 1 + the index of the subtree's last block; 0 for none
	kept      int32 // of which rendered
	score     float32
}

// linkBit returns where a link element leads, as 1<<linkKind.
func linkBit(flags uint32) uint8 {
	switch {
	case flags&fExternal != 0:
		return 1 << linkExternal
	case flags&fCall != 0:
		return 1 << linkCall
	case flags&fMail != 0:
		return 1 << linkMail
	case flags&fAnchor != 0:
		return 1 << linkAnchor
	}
	return 1 << linkOwn
}

// block is a run of text between block-level boundaries: a paragraph, a
// heading, a list item, the loose text of a div.
type block struct {
	owner      int32 // innermost block-level element holding the text
	start, end int32 // the text, in page.buf
	chars      int32 // characters, spaces excluded
	linkChars  int32 // characters inside links
	smallChars int32 // characters in small print
	punct      int16 // commas and sentence ends, in any script
	links      uint8 // where its links with text lead: 1<<linkOwn | 1<<linkExternal…
	quote      bool  // inside a blockquote
	skip       bool  // inside a boilerplate subtree
}

// page is the model of a document that the extractor works on: the flat
// list of elements and of text blocks, with all text in one buffer.
type page struct {
	elems  []elem
	blocks []block
	buf    []byte
	splits []split // paragraph ends inside <br><br> blocks, in order

	// the block being filled
	cur       block
	lastSpace bool  // the buffer ends in a space, or the block is empty
	edge      bool  // a link starts or ends here: a word boundary
	paraLinks uint8 // where the links of the block's current paragraph lead
	pre       int   // depth of <pre> nesting: white space is kept

	vocab map[string]uint32 // class and id values already classified

	// relaxed ignores the boilerplate vocabulary of class names and ids,
	// for a second reading when the first found next to nothing.
	relaxed bool
	// title is the text of the page's <title>, for the headline.
	title string
	// host is the page's host name, without "www.", to tell links to
	// other sites; "" when unknown.
	host string
	// site is the label of host that names the site ("foxnews").
	site string
	// totalPara is the page's running text, in characters, boilerplate
	// included.
	totalPara int32
}

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Input: true,
	atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Dialog: true, atom.Label: true, atom.Option: true, atom.Picture: true,
	atom.Img: true, atom.Map: true, atom.Source: true,
}

// blockTags start a new text block.
var blockTags = map[atom.Atom]uint32{
	atom.P: fPara, atom.Div: 0, atom.Section: 0, atom.Article: 0, atom.Main: 0,
	atom.Header: 0, atom.Footer: 0, atom.Aside: 0, atom.Nav: 0, atom.Form: 0,
	atom.Fieldset: 0, atom.Address: 0, atom.Center: 0, atom.Body: 0, atom.Html: 0,
	atom.H1: fHeading, atom.H2: fHeading, atom.H3: fHeading, atom.H4: fHeading,
	atom.H5: fHeading, atom.H6: fHeading, atom.Hgroup: 0,
	atom.Ul: fList, atom.Ol: fList, atom.Dl: fList, atom.Menu: fList,
	atom.Li: fItem, atom.Dt: fItem, atom.Dd: fItem,
	atom.Blockquote: fQuote, atom.Pre: fPre,
	atom.Table: 0, atom.Thead: 0, atom.Tbody: 0, atom.Tfoot: 0, atom.Tr: 0,
	atom.Td: fCell, atom.Th: fCell, atom.Caption: fCaption,
	atom.Figure: 0, atom.Figcaption: fCaption, atom.Details: 0, atom.Summary: 0,
	atom.Hr: 0, atom.Br: 0,
}

// ctx is what an element inherits from its ancestors during the walk.
type ctx struct {
	parent  int32 // the element whose children are walked
	owner   int32 // the block-level element that inline text belongs to
	link    bool  // inside <a href>
	linkTo  uint8 // where the link it is inside leads, as 1<<linkKind
	quote   bool  // inside a blockquote
	article bool  // inside an <article>
	small   bool  // inside small print
	depth   int
}

// build walks the document once and fills the page model.
func (p *page) build(root *html.Node) {
	p.elems = append(p.elems[:0], elem{node: root, parent: -1, flags: fBlock})
	p.blocks = p.blocks[:0]
	p.splits = p.splits[:0]
	p.buf = p.buf[:0]
	p.startBlock(ctx{})
	p.walk(root, ctx{})
	p.flush()
	p.elems[0].end = int32(len(p.elems))
	p.sum(false)
	p.markTeasers()
	p.settle()
	p.sum(true)
}

// walk reads the children of n.
func (p *page) walk(n *html.Node, c ctx) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			p.text(ch.Data, c)
		case html.ElementNode:
			if len(p.elems) >= maxElems {
				return
			}
			p.element(ch, c)
		}
	}
}

// element adds n, a child of c.parent, and walks its subtree.
func (p *page) element(n *html.Node, c ctx) {
	a := n.DataAtom
	if skipTags[a] {
		if a == atom.Img {
			p.elems[c.owner].flags |= fImage
		}
		return
	}
	if a == atom.Br {
		p.lineBreak()
		return
	}
	flags, ok := p.classify(n)
	if !ok {
		return
	}
	bf, isBlock := blockTags[a]
	flags |= bf
	if isBlock {
		flags |= fBlock
	} else if flags&fBoiler != 0 {
		p.inlineBoiler(n, flags)
		return
	}
	if flags&fArticle != 0 && c.article {
		flags |= fNested
	}
	idx := int32(len(p.elems))
	p.elems = append(p.elems, elem{node: n, parent: c.parent, flags: flags, depth: int32(c.depth)})
	inner := c
	inner.parent = idx
	inner.depth++
	inner.link = c.link || flags&fLink != 0
	if flags&fLink != 0 {
		inner.linkTo = linkBit(flags)
	}
	inner.quote = c.quote || flags&fQuote != 0
	inner.article = c.article || flags&fArticle != 0
	inner.small = c.small || flags&fSmall != 0
	if flags&fBlock == 0 {
		p.inline(n, inner, flags&fLink != 0)
		p.elems[idx].end = int32(len(p.elems))
		return
	}
	inner.owner = idx
	p.flush()
	p.startBlock(inner)
	if a == atom.Pre {
		p.pre++
	}
	p.walk(n, inner)
	if a == atom.Pre {
		p.pre--
	}
	p.flush()
	p.startBlock(c)
	p.elems[idx].end = int32(len(p.elems))
}

// inline walks an inline element, whose text joins the current block; a
// link's two ends are word boundaries (see linkEdge).
func (p *page) inline(n *html.Node, c ctx, link bool) {
	p.edge = p.edge || link
	p.walk(n, c)
	p.edge = p.edge || link
}

// inlineBoiler handles an inline element with strong boilerplate
// vocabulary inside a line of text (a hover card, a share count, a credit):
// it cannot be overruled there, so its words never join the paragraph's,
// but for a hover card's trigger, the visible name it pops up over:
// <span class="hovercard"><a>Maria Santos</a><span>…card…</span></span>.
func (p *page) inlineBoiler(n *html.Node, flags uint32) {
	if flags&fHover == 0 {
		return
	}
	if a := firstLink(n); a != nil {
		p.linkText(a)
	}
}

// startBlock begins a block of text owned by c.owner.
func (p *page) startBlock(c ctx) {
	p.cur = block{owner: c.owner, start: int32(len(p.buf)), end: int32(len(p.buf)), quote: c.quote}
	p.lastSpace = true
}

// flush ends the current block, keeping it if it has any text.
func (p *page) flush() {
	b := p.cur
	end := len(p.buf)
	for end > int(b.start) && (p.buf[end-1] == ' ' || p.buf[end-1] == '\n') {
		end--
	}
	p.buf = p.buf[:end]
	b.end = int32(end)
	if b.chars > 0 {
		p.closeSplits(&b)
		p.blocks = append(p.blocks, b)
	} else {
		p.buf = p.buf[:b.start]
	}
	p.cur = block{owner: b.owner, start: int32(len(p.buf)), end: int32(len(p.buf)), quote: b.quote}
	p.lastSpace = true
}

// lineBreak ends a line inside the current block (<br>); a second <br> in
// a row ends the paragraph, as it does on pages that lay out their text
// with <br><br> instead of <p>.
func (p *page) lineBreak() {
	if p.cur.chars == 0 {
		return
	}
	n := len(p.buf)
	if n > 0 && p.buf[n-1] == ' ' {
		n--
		p.buf = p.buf[:n]
	}
	switch {
	case n > 1 && p.buf[n-1] == '\n' && p.buf[n-2] == '\n':
		// A third <br> adds nothing.
	case n > 0 && p.buf[n-1] == '\n':
		// The block stays whole, for its link density and length, but
		// reads as two paragraphs.
		p.buf = append(p.buf, '\n')
		p.markSplit()
	default:
		p.buf = append(p.buf, '\n')
	}
	p.lastSpace = true
}

// sum adds every block's counts to its owner and every element's to its
// parent; parents come before their children in p.elems. With kept, only
// the blocks outside boilerplate count.
func (p *page) sum(kept bool) {
	for i := range p.elems {
		e := &p.elems[i]
		e.chars, e.linkChars, e.paraChars, e.prose = 0, 0, 0, 0
	}
	for k, b := range p.blocks {
		if !kept {
			p.elems[b.owner].nblocks++
			p.elems[b.owner].lastBlock = int32(k + 1)
		}
		if kept && b.skip {
			continue
		}
		e := &p.elems[b.owner]
		e.chars += b.chars
		e.linkChars += b.linkChars
		if paragraphLike(b) {
			e.paraChars += b.chars
			if b.linkChars*5 <= b.chars && b.chars >= proseChars {
				e.prose += b.chars
			}
		}
	}
	for i := len(p.elems) - 1; i > 0; i-- {
		e := &p.elems[i]
		par := &p.elems[e.parent]
		par.chars += e.chars
		par.linkChars += e.linkChars
		par.paraChars += e.paraChars
		par.prose += e.prose
		if !kept && (e.flags&fHasGood != 0 || e.flags&fAnyBoiler == 0 && e.flags&(fGood|fBody) != 0) {
			par.flags |= fHasGood
		}
		if !kept {
			if e.flags&fArticle != 0 {
				e.articles++
			}
			par.articles += e.articles
			par.nblocks += e.nblocks
			par.lastBlock = max(par.lastBlock, e.lastBlock)
		}
		if !kept && e.flags&(fImage|fHasImage) != 0 {
			par.flags |= fHasImage
		}
		if !kept && (e.flags&fHasRich != 0 || e.flags&(fQuote|fPre) != 0 || e.node.DataAtom == atom.Table) {
			par.flags |= fHasRich
		}
	}
}

// paragraphLike reports a block long enough, and with few enough links, to
// be a paragraph of running text.
func paragraphLike(b block) bool {
	return b.chars >= minParaChars && b.linkChars*2 <= b.chars
}

// settle decides which elements are boilerplate and marks their subtrees.
// Weak evidence (an "ad" or "sidebar" in a class name) is overruled when the
// element wraps an article body or half the page's running text: a page
// wrapper called "page-ad-margins" is not an ad. Strong evidence (a
// "breadcrumb" among an <article>'s class names) is overruled only when the
// element wraps both.
func (p *page) settle() {
	total := p.elems[0].paraChars
	p.totalPara = total
	for i := 1; i < len(p.elems); i++ {
		e := &p.elems[i]
		wraps := e.paraChars*2 > total
		switch {
		case e.flags&fNested != 0 && !wraps:
			// Nested articles are comments or related stories (the HTML
			// standard's own example), unless the page wraps its story
			// in two.
			e.flags |= fBoiler
		case e.flags&fFigure != 0:
			// A figure holds an image and its caption and credit, unless
			// it frames an embedded post, a quote or a table.
			if e.flags&fHasRich == 0 {
				e.flags |= fBoiler | fCaption
			}
		case e.flags&fBoiler != 0:
			if e.flags&fHasGood != 0 {
				e.flags &^= fAnyBoiler
			}
		case e.flags&fWeak != 0:
			if wraps || e.flags&fHasGood != 0 {
				e.flags &^= fWeak
			}
		}
		if e.flags&fAnyBoiler != 0 || p.elems[e.parent].flags&fSkip != 0 {
			e.flags |= fSkip
		}
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		b.skip = p.elems[b.owner].flags&fSkip != 0
	}
}

// firstLink returns the first <a> below n, in document order, or nil.
func firstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			return c
		}
		if a := firstLink(c); a != nil {
			return a
		}
	}
	return nil
}

// linkText appends the text of the link a to the current block.
func (p *page) linkText(a *html.Node) {
	for c := a.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			p.text(c.Data, ctx{link: true})
		case html.ElementNode:
			p.linkText(c)
		}
	}
}

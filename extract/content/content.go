// Package content finds the article body in a parsed page and returns it as
// plain text, leaving navigation, ads, comments and other boilerplate behind.
package content

import (
	"bytes"
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
func headOf(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Html {
			continue
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.DataAtom == atom.Head {
				return k
			}
		}
	}
	return nil
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

// dropLinkTitles drops the short line that titles links left out: "DON'T
// MISS", "Topics", "You may also like...", "Explore further" above a
// list of links to other stories. Such a line has no link of its own and
// no sentence end, and the block right after it in the page, inside the
// container, is mostly links and was not kept.
func (p *page) dropLinkTitles(keep, chosen []int32) []int32 {
	out := keep[:0]
	for k, i := range keep {
		if n := i + 1; int(n) < len(p.blocks) && (k+1 == len(keep) || keep[k+1] != n) &&
			p.titleLine(i) && p.inChosen(n, chosen) && 2*p.blocks[n].linkChars > p.blocks[n].chars {
			continue
		}
		out = append(out, i)
	}
	return out
}

// titleLine reports a short block with no link and no sentence end (an
// ellipsis is none), not a list item or a table cell: a label or a
// heading.
func (p *page) titleLine(i int32) bool {
	b := &p.blocks[i]
	if b.chars >= minParaChars || b.linkChars > 0 || p.elems[b.owner].flags&(fItem|fCell) != 0 {
		return false
	}
	t := p.blockText(i)
	return !p.endsSentenceBlock(b) || bytes.HasSuffix(t, []byte("..."))
}

// inChosen reports whether block i lies inside one of the chosen elements.
func (p *page) inChosen(i int32, chosen []int32) bool {
	owner := p.blocks[i].owner
	k, _ := slices.BinarySearch(chosen, owner+1)
	return k > 0 && owner < p.elems[chosen[k-1]].end
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

// keep decides whether a block inside the container is article text.
func (p *page) keep(b *block) bool {
	return !p.linkBlock(b) && p.elems[b.owner].flags&fOut == 0 && !p.imageCaption(b) && !p.button(b) && !p.label(b) && !p.credit(b)
}

// credit reports a short block with a © inside it, not opening it: a
// photo's credit ("installation views, photos © Studio, 2018") set as a
// line of its own. (A notice that opens with the sign or "Copyright" is
// endAtNotice's.)
func (p *page) credit(b *block) bool {
	if b.chars >= captionChars {
		return false
	}
	t := p.buf[b.start:b.end]
	return bytes.Index(t, []byte("©")) > 0 && !notice(t)
}

// dropCalls drops, after the story's last paragraph of prose, the short
// blocks whose links all lead to social networks, app stores or e-mail
// addresses: "Follow us on Twitter and Facebook", "Have a tip? Write to
// tips@…", which close a story but are the site's. (Inside the story,
// such links are embedded posts and the accounts it quotes.)
func (p *page) dropCalls(keep []int32) []int32 {
	last := len(keep) - 1
	for last >= 0 {
		b := &p.blocks[keep[last]]
		if b.chars >= proseChars && b.linkChars*5 <= b.chars && !callBlock(b) {
			break
		}
		last--
	}
	out := keep[:last+1]
	for _, i := range keep[last+1:] {
		if b := &p.blocks[i]; !callBlock(b) || b.quote {
			out = append(out, i)
		}
	}
	return out
}

// callBlock reports a short block whose links all lead to social
// networks, app stores or e-mail addresses, one at least to a network or
// store: a press release's media contact, an address alone, is the
// release's.
func callBlock(b *block) bool {
	return b.links&(1<<linkCall) != 0 && b.links&^(1<<linkCall|1<<linkMail) == 0 && b.chars < captionChars
}

// label reports a short block wholly in small print inside the story: the
// "Advert" over an ad slot, a photo credit, an update stamp. The story's
// own words are set in its body type.
func (p *page) label(b *block) bool {
	if b.chars >= minParaChars {
		return false
	}
	if b.smallChars == b.chars {
		return true
	}
	t := p.buf[b.start:b.end]
	for _, w := range adLabels {
		if len(t) == len(w) && bytes.EqualFold(t, []byte(w)) {
			return true
		}
	}
	return false
}

// adLabels are the words over ad slots, which law or custom requires,
// in the languages of the sites; a block of one of them alone is the
// label of an ad whose content was a script.
var adLabels = []string{
	"advertisement", "advert", "ad", "sponsored", "anzeige", "werbung",
	"publicidad", "publicidade", "publicité", "pubblicità", "reklama",
	"reklame", "advertentie", "annons", "mainos", "iklan", "reklam", "реклама",
	"广告", "広告", "광고",
}

// button reports a short block that a script acts on when clicked ("Add a
// comment", "Show more"): a control drawn as text, not the story's words.
func (p *page) button(b *block) bool {
	return p.elems[b.owner].flags&fControl != 0 && b.chars < minParaChars
}

// captionChars is the most text, in characters, that an element holding
// an image can have for that text to be the image's caption and credit:
// a sentence or two. An article's text beside a floated image is longer.
const captionChars = 200

// imageCaption reports a block that shares a small box with an image: the
// caption of a page that frames its photos without <figure>, in a table
// cell (<td><img><br><i>caption</i></td>) or a div, the image in it or in
// a box of its own (<div><div><img></div><span>caption</span></div>).
// Paragraphs and list items are not boxes: an icon or emoji image sits
// inside their text.
func (p *page) imageCaption(b *block) bool {
	e := &p.elems[b.owner]
	if e.flags&(fImage|fHasImage) == 0 || e.flags&(fPara|fItem|fHeading|fQuote|fPre) != 0 {
		return false
	}
	return e.chars <= captionChars
}

// linkBlock reports a block that is mostly a link: a menu entry, a
// related headline. A long paragraph that opens with a linked lead-in
// ("10 things in tech" lists) stays unless nearly all of it is linked, and
// so does a paragraph of links to other sites.
func (p *page) linkBlock(b *block) bool {
	if b.linkChars*2 <= b.chars || p.sourceLink(b) {
		return false
	}
	if b.linkChars*5 > b.chars*4 {
		return true
	}
	return b.chars < 100 && !p.linkedSentence(b)
}

// sourceLink reports a paragraph of links that all lead to other sites:
// the story citing its sources ("[ Engadget ]") or where to buy what it
// reviews. Menus, related stories and tag lists link to the site's own
// pages; social networks and app stores are excluded by external.
func (p *page) sourceLink(b *block) bool {
	return p.elems[b.owner].flags&(fPara|fItem) != 0 && b.links == 1<<linkExternal
}

// minLinkRun is the shortest run of link paragraphs read as a list.
const minLinkRun = 3

// dropLinkRuns drops runs of paragraphs of links to other sites: one by
// one between paragraphs they cite sources, but three in a row are a
// list of links, to a sister site's stories as often as to sources.
func (p *page) dropLinkRuns(keep []int32) []int32 {
	out := keep[:0]
	for k := 0; k < len(keep); {
		j := k
		for j < len(keep) && p.linkish(keep[j]) {
			j++
		}
		if j-k >= minLinkRun {
			k = j
			continue
		}
		if j == k {
			j++
		}
		out = append(out, keep[k:j]...)
		k = j
	}
	return out
}

// linkish reports a block kept only for linking to other sites.
func (p *page) linkish(i int32) bool {
	b := &p.blocks[i]
	return b.linkChars*2 > b.chars && p.sourceLink(b)
}

// linkedSentence reports a paragraph that is a sentence whose words are
// partly a link ("The suspect was <a>sentenced to life last week</a>."):
// menu entries and headlines are linked whole and end without a full stop.
func (p *page) linkedSentence(b *block) bool {
	return p.elems[b.owner].flags&fPara != 0 && b.chars >= minParaChars && p.endsSentenceBlock(b)
}

// endsSentenceBlock reports whether the text of b ends with a full stop.
func (p *page) endsSentenceBlock(b *block) bool {
	t := p.buf[b.start:b.end]
	c := t[len(t)-1]
	return c == '.' || c == '!' || c == '?'
}

// trimLead drops what comes before the first paragraph: the headline, the
// standfirst's heading, bylines, dates, "share" labels and reading times,
// which sit above the text inside most article containers. A section
// heading (h2-h6, short, not the headline) there starts the story early:
// the story opens with a section whose first lines are short ("What to
// know" and its list, "GIRLS BASKETBALL" and its scores).
func (p *page) trimLead(keep []int32) []int32 {
	for k, i := range keep {
		b := &p.blocks[i]
		if !p.opens(b) || p.elems[b.owner].flags&fHeading != 0 || p.headline(b) {
			continue
		}
		for j := 0; j < k; j++ {
			if p.sectionHeading(keep[j]) {
				return keep[j:]
			}
		}
		return keep[k:]
	}
	return keep
}

// opens reports a block that can open the story: a paragraph of running
// text, or a long sentence-ending <p> whose words are mostly links (a
// roundup's opening, "Today's best deals include <a>…</a> and <a>…</a>.").
func (p *page) opens(b *block) bool {
	if paragraphLike(*b) {
		return true
	}
	return b.chars >= proseChars && p.elems[b.owner].flags&fPara != 0 && p.endsSentenceBlock(b)
}

// sectionHeading reports a block that is a heading of a section of the
// story: h2-h6, shorter than a standfirst, and not the headline.
func (p *page) sectionHeading(i int32) bool {
	h := &p.blocks[i]
	e := &p.elems[h.owner]
	return e.flags&fHeading != 0 && e.node.DataAtom != atom.H1 && h.chars < proseChars && !p.headline(h)
}

// headline reports a block that is the page's headline set as a
// paragraph: its text is in the page's <title> ("Headline | Site"), and
// is most of it.
func (p *page) headline(b *block) bool {
	t := p.buf[b.start:b.end]
	return len(t) > 0 && 2*len(t) >= len(p.title) && strings.Contains(p.title, string(t))
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

// noticeChars is the longest a copyright notice runs, in characters: a
// wire service's notice ("© 2019 Associated Press. All Rights Reserved.
// This material may not be published, broadcast, rewritten, or
// redistributed.") is about a hundred.
const noticeChars = 250

// endAtNotice ends the article at a copyright notice that no paragraph of
// prose follows: the notice closes the story, and what comes after it
// inside the container (letters to the editor, "have your say", links)
// belongs to the page. The notice itself goes too when it is set in small
// print (<small>, <font size=1>), which is how a page marks its legal
// lines as its own rather than the story's; a wire service's notice set as
// the story's last paragraph stays, as its readers see it.
func (p *page) endAtNotice(keep []int32) []int32 {
	cut := -1
	for k := len(keep) - 1; k >= 0; k-- {
		b := &p.blocks[keep[k]]
		if b.chars <= noticeChars && notice(p.blockText(keep[k])) {
			cut = k
			continue
		}
		if b.chars >= proseChars && b.linkChars*5 <= b.chars {
			break
		}
	}
	if cut < 0 {
		return keep
	}
	if b := &p.blocks[keep[cut]]; b.smallChars == b.chars {
		return keep[:cut]
	}
	return keep[:cut+1]
}

// dropFinePrint drops the blocks at the end of the story set wholly in
// small print, after its last block in the story's own type: a page sets
// its disclaimers, "about the company" notes and legal lines smaller than
// the story they follow.
func (p *page) dropFinePrint(keep []int32) []int32 {
	end := len(keep)
	for end > 0 {
		b := &p.blocks[keep[end-1]]
		if b.smallChars < b.chars {
			break
		}
		end--
	}
	if end == 0 {
		return keep // all of it small: that is the page's type
	}
	return keep[:end]
}

// notice reports text that opens as a copyright notice: the © sign, which
// every language uses, or "(c)" or "Copyright" standing for it.
func notice(t []byte) bool {
	return bytes.HasPrefix(t, []byte("©")) || bytes.HasPrefix(t, []byte("(c)")) || bytes.HasPrefix(t, []byte("(C)")) ||
		len(t) >= 9 && bytes.EqualFold(t[:9], []byte("copyright"))
}

package content

import (
	"bytes"
	"strings"

	"golang.org/x/net/html/atom"
)

// The passes over the blocks kept in the container, which selectBlocks
// runs in turn: rules that need a block's neighbours or its place in the
// story (above its first paragraph, after its last).

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

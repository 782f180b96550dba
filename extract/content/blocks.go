package content

import "bytes"

// The tests a block inside the container passes to be the story's, each
// on the block alone; keep applies them.

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

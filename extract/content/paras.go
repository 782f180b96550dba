package content

import "slices"

// split marks where a paragraph ends inside a block laid out with
// <br><br> rather than <p>: the block stays whole for scoring, and is
// read paragraph by paragraph when rendered. A block with splits has one
// at its end too. The counts are the block's up to the split, so that a
// paragraph's own are the difference of two.
type split struct {
	block                        int32 // index of the block in page.blocks
	at                           int32 // offset in page.buf where the paragraph ends
	chars, linkChars, smallChars int32
	links                        uint8 // where the paragraph's links lead, as block.links
}

// markSplit records that a paragraph of the current block ends at the end
// of the buffer.
func (p *page) markSplit() {
	b := &p.cur
	p.splits = append(p.splits, split{
		block: int32(len(p.blocks)), at: int32(len(p.buf)),
		chars: b.chars, linkChars: b.linkChars, smallChars: b.smallChars, links: p.paraLinks,
	})
	p.paraLinks = 0
}

// closeSplits ends the last paragraph of the block b, about to be added,
// when it has splits.
func (p *page) closeSplits(b *block) {
	if n := len(p.splits); n > 0 && p.splits[n-1].block == int32(len(p.blocks)) {
		p.splits = append(p.splits, split{
			block: int32(len(p.blocks)), at: b.end,
			chars: b.chars, linkChars: b.linkChars, smallChars: b.smallChars, links: p.paraLinks,
		})
	}
	p.paraLinks = 0
}

// appendParas appends to out the text of block i, leaving out the
// paragraphs of a <br><br> block that are not the story's: one that is
// nearly all link, unless its links lead to another site (as linkBlock
// has it for a block), and one in small print beside paragraphs in the
// story's type (a date and tag line above the text). A block without
// splits is appended whole.
func (p *page) appendParas(out []byte, i int32) []byte {
	b := &p.blocks[i]
	k, found := slices.BinarySearchFunc(p.splits, i, func(s split, i int32) int {
		return int(s.block - i)
	})
	if !found {
		return append(out, p.buf[b.start:b.end]...)
	}
	mixed := b.smallChars < b.chars
	first := true
	start, prev := b.start, split{}
	for ; k < len(p.splits) && p.splits[k].block == i; k++ {
		s := p.splits[k]
		end := min(s.at, b.end) // flush trims the block's last line breaks
		chars, links, small := s.chars-prev.chars, s.linkChars-prev.linkChars, s.smallChars-prev.smallChars
		t := trimLines(p.buf[min(start, end):end])
		start, prev = end, s
		if chars == 0 || len(t) == 0 || links*5 > chars*4 && s.links != 1<<linkExternal || mixed && small == chars {
			continue
		}
		if !first {
			out = append(out, '\n', '\n')
		}
		out = append(out, t...)
		first = false
	}
	return out
}

// trimLines trims the spaces and line breaks around t.
func trimLines(t []byte) []byte {
	for len(t) > 0 && (t[0] == ' ' || t[0] == '\n') {
		t = t[1:]
	}
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\n') {
		t = t[:len(t)-1]
	}
	return t
}

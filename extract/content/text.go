package content

import (
	"unicode"
	"unicode/utf8"
)

// text appends the text of a text node to the current block: white space
// collapsed to one space (kept as line breaks inside <pre>), soft hyphens
// and zero-width characters dropped. It counts the block's characters, its
// link characters, its small print and its punctuation as it goes.
func (p *page) text(s string, c ctx) {
	if p.edge {
		p.linkEdge(s)
	}
	b := &p.cur
	var chars, punct int32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case ' ', '\t', '\n', '\r', '\f':
				p.space(c == '\n' && p.pre > 0)
				continue
			case ',', '.', '!', '?', ';':
				punct++
			}
			p.buf = append(p.buf, c)
			p.lastSpace = false
			chars++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			p.space(false)
			continue
		case isPunct(r):
			punct++
		}
		p.buf = utf8.AppendRune(p.buf, r)
		p.lastSpace = false
		chars++
	}
	b.chars += chars
	if c.link {
		b.linkChars += chars
	}
	if c.link && chars > 0 {
		b.links |= c.linkTo
		p.paraLinks |= c.linkTo
	}
	if c.small {
		b.smallChars += chars
	}
	b.punct = int16(min(int32(b.punct)+punct, 30000))
}

// space adds one space, or a line break, unless the text already ends in
// one.
func (p *page) space(newline bool) {
	if newline {
		// A line break inside <pre>: one at most, and none to start.
		n := len(p.buf)
		if n > int(p.cur.start) && p.buf[n-1] == ' ' {
			n--
			p.buf = p.buf[:n]
		}
		if n > int(p.cur.start) && p.buf[n-1] != '\n' {
			p.buf = append(p.buf, '\n')
		}
		p.lastSpace = true
		return
	}
	if !p.lastSpace {
		p.buf = append(p.buf, ' ')
		p.lastSpace = true
	}
}

// invisible reports the characters that carry no text: the soft hyphen and
// the zero-width spaces, joiners and byte-order mark.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// isPunct reports the commas and sentence ends of scripts other than Latin.
func isPunct(r rune) bool {
	switch r {
	case '，', '、', '。', '！', '？', '،', '؟', '۔', '।', '…', '；':
		return true
	}
	return false
}

// linkEdge puts a space between a link and the letters it touches before
// s when one side is in a script written without spaces (Japanese,
// Chinese, Thai…): there a link is a word or words of its own that the
// script runs into its neighbours ("…アプリ<a>Kindle for PC</a>の…"). In
// scripts with spaces, letters that touch a link are one word
// ("<a>MacBook</a>s") and stay joined.
func (p *page) linkEdge(s string) {
	p.edge = false
	if p.lastSpace || s == "" {
		return
	}
	before, _ := utf8.DecodeLastRune(p.buf)
	after, _ := utf8.DecodeRuneInString(s)
	if wordRune(before) && wordRune(after) && (unspaced(before) || unspaced(after)) {
		p.space(false)
	}
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// unspaced reports a letter of a script written without spaces between
// words.
func unspaced(r rune) bool {
	return r >= 0x0e00 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) || r >= 0xff00 && r <= 0xffef)
}

// Package token splits a text into tokens, sentences and paragraphs once, so
// that the quote, actor and date finders share one pass over the text.
//
// Offsets inside a Text are byte offsets into the source string, which is
// what Go slices want; CodePoint converts one to the code-point offset that
// the public types (quote.Quote, when.Date) promise.
package token

import (
	"unicode"
	"unicode/utf8"
)

// Kind says what sort of token a Token is.
type Kind uint8

// Kinds of token.
const (
	Word   Kind = iota // letters and digits, with inner apostrophes, hyphens and periods: don't, U.S., step-up
	Number             // a token that starts with a digit: 2016, 2,000, 3.5, 1990s
	Punct              // any other mark: . , ; : ! ? ( ) — …
	Quote              // a quotation mark; see Mark for which one
)

// Flag holds facts about a token that the finders ask often.
type Flag uint16

// Token flags.
const (
	Upper       Flag = 1 << iota // starts with an upper-case letter
	AllUpper                     // has two or more letters, all upper-case: NATO, U.S.
	SpaceBefore                  // white space (or the start of the text) comes before it
	ParaStart                    // first token of a paragraph
	Abbrev                       // a word that ends in its own period: Mr., U.S., J.
	Open                         // a quotation mark placed to open: before a word, after a space
	Close                        // a quotation mark placed to close: after a word, before a space or mark
	Possessive                   // the clitic ’s or 's split off a word
)

// Mark identifies a quotation mark; it is NoMark for every other token.
type Mark uint8

// Quotation marks. Straight marks and ” may open or close; the Open and
// Close flags tell which from the spaces around them.
const (
	NoMark          Mark = iota
	DoubleStraight       // "
	DoubleLeft           // “ (also closes a „ quote)
	DoubleRight          // ”
	DoubleLow            // „
	TwoApostrophes       // '' as in some wire copy
	TwoBackticks         // ``
	GuillemetLeft        // «
	GuillemetRight       // »
	SingleStraight       // '
	SingleLeft           // ‘
	SingleRight          // ’
	SingleGuilLeft       // ‹
	SingleGuilRight      // ›
)

// Double reports whether m is a double quotation mark (including guillemets),
// the kind that encloses speech; single marks usually nest inside them.
func (m Mark) Double() bool { return m >= DoubleStraight && m <= GuillemetRight }

// Token is one word, number, punctuation or quotation mark.
type Token struct {
	Start, End int32 // byte offsets in the source
	Sent       int32 // index of its sentence in Text.Sents
	Kind       Kind
	Mark       Mark
	Flags      Flag
}

// Has reports whether all of f are set on t.
func (t Token) Has(f Flag) bool { return t.Flags&f == f }

// Span is a half-open range of token indexes [From, To).
type Span struct{ From, To int }

// Len is the number of tokens in s.
func (s Span) Len() int { return s.To - s.From }

// Sentence is a span of tokens that ends a sentence or a paragraph.
type Sentence struct {
	Span
	Para int // index of its paragraph in Text.Paras
}

// Text is a source string cut into tokens, sentences and paragraphs. Build
// one with New; it is read-only afterwards and safe to share.
type Text struct {
	Src    string
	Tokens []Token
	Sents  []Sentence
	Paras  []Span // token spans of paragraphs (a paragraph is one or more lines)

	lower string  // Src with each rune lowered in place, same byte offsets
	cps   []int32 // code points before byte k*cpStep; nil when Src is ASCII
}

// New tokenizes src and splits it into sentences and paragraphs.
func New(src string) *Text {
	t := &Text{Src: src}
	t.lower = lowerSameLength(src)
	t.cps = checkpoints(src)
	t.scan()
	t.split()
	return t
}

// Text returns the source text of token i.
func (t *Text) Text(i int) string {
	tok := t.Tokens[i]
	return t.Src[tok.Start:tok.End]
}

// Lower returns the lower-cased text of token i without allocating.
func (t *Text) Lower(i int) string {
	tok := t.Tokens[i]
	return t.lower[tok.Start:tok.End]
}

// Is reports whether token i, lower-cased, is w (which must be lower-case).
func (t *Text) Is(i int, w string) bool {
	return i >= 0 && i < len(t.Tokens) && t.Lower(i) == w
}

// Slice returns the source text from the start of token from to the end of
// token to-1; "" when the span is empty.
func (t *Text) Slice(from, to int) string {
	if from >= to || from < 0 || to > len(t.Tokens) {
		return ""
	}
	return t.Src[t.Tokens[from].Start:t.Tokens[to-1].End]
}

// SentOf returns the sentence that holds token i.
func (t *Text) SentOf(i int) Sentence { return t.Sents[t.Tokens[i].Sent] }

// ParaOf returns the paragraph index of token i.
func (t *Text) ParaOf(i int) int { return t.Sents[t.Tokens[i].Sent].Para }

// IsWord reports whether token i is a word or number.
func (t *Text) IsWord(i int) bool {
	return i >= 0 && i < len(t.Tokens) && (t.Tokens[i].Kind == Word || t.Tokens[i].Kind == Number)
}

// IsPunct reports whether token i is the punctuation p.
func (t *Text) IsPunct(i int, p string) bool {
	return i >= 0 && i < len(t.Tokens) && t.Tokens[i].Kind == Punct && t.Text(i) == p
}

// lowerSameLength lowers every rune whose lower-case form has the same UTF-8
// length, and keeps the others, so that byte offsets stay valid in the copy.
func lowerSameLength(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b)
}

// TitleCase reports whether the words of sp are set in title case, as in a
// headline ("Trump Team Quietly Crafts Deal to End Ukraine War"): three
// words or more, every one capitalized but for short function words. A
// sentence of names with one lower-case verb ("Anna Lee met Tom Jones") is
// not.
func (t *Text) TitleCase(sp Span) bool {
	words := 0
	for i := sp.From; i < sp.To; i++ {
		tok := t.Tokens[i]
		if tok.Kind != Word || tok.Has(Possessive) {
			continue
		}
		words++
		if tok.Flags&(Upper|AllUpper) == 0 && !titleLower[t.Lower(i)] {
			return false
		}
	}
	return words >= 3
}

// titleLower are the words a title leaves in lower case.
var titleLower = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"for": true, "and": true, "or": true, "but": true, "at": true, "by": true, "with": true,
	"as": true, "from": true, "vs.": true, "via": true, "nor": true,
}

package when

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/internal/wordindex"
)

// kind is the kind of a token.
type kind uint8

const (
	kWord  kind = iota + 1 // a run of letters
	kNum                   // a run of ASCII digits
	kPunct                 // any other single character
)

// token is one word, number or punctuation mark of the text. The scanner
// makes one pass over the text; the grammar then looks at tokens only.
// A token holds no pointers, so a text's tokens are one allocation that
// the garbage collector never scans.
type token struct {
	b, e       int32  // byte offsets of the token in the text
	start, end int32  // code-point offsets in the text
	num        int32  // the value of a number of at most 9 digits
	sentence   int32  // index of the sentence the token belongs to
	lx         uint16 // the word's index in entries; 0 for an unknown word
	kind       kind
	digits     uint8 // how many digits a number has (at most 255 counted)
	space      bool  // white space separates it from the token before
	newline    bool  // a line break separates it from the token before
	upper      bool  // it starts with an upper-case letter
}

// str returns the token as written in text.
func (t *token) str(text string) string { return text[t.b:t.e] }

// x returns the lexicon's entry for the token: the zero entry for
// anything the lexicon does not know.
func (t *token) x() *entry { return &entries[t.lx] }

// maxText is the longest text scan reads: a token's offsets are 32 bits,
// which halves the memory of a text's tokens; pages are cut far below it.
const maxText = 1<<31 - 1

// scan splits text into tokens in one pass. Words are runs of letters (an
// apostrophe between letters stays inside: "won't"); numbers are runs of
// ASCII digits; everything else but white space is a one-character token.
func scan(text string) []token {
	if len(text) > maxText {
		return nil
	}
	toks := make([]token, 0, len(text)/4+16) // news averages a token per 4–5 bytes
	cp := 0                                  // code-point offset of i
	space, newline := false, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			space, newline = true, true
			i += size
			cp++
			continue
		case unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b':
			space = true
			i += size
			cp++
			continue
		}
		t := token{space: space, newline: newline}
		j, n := i, 0
		switch {
		case r >= '0' && r <= '9':
			t.kind = kNum
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 9 {
					t.num = t.num*10 + int32(text[j]-'0')
				}
				j++
				n++
			}
			t.digits = uint8(min(n, 255))
		case unicode.IsLetter(r):
			t.kind = kWord
			t.upper = unicode.IsUpper(r)
			j, n = scanWord(text, i)
		default:
			t.kind = kPunct
			j, n = i+size, 1
		}
		t.b, t.e = int32(i), int32(j)
		t.start, t.end = int32(cp), int32(cp+n)
		if t.kind == kWord {
			t.lx = lookup(text[i:j])
		}
		toks = append(toks, t)
		cp += n
		i = j
		space, newline = false, false
	}
	markSentences(text, toks)
	return toks
}

// scanWord returns the end of the word starting at i and its length in
// code points. An apostrophe followed by a letter stays in the word.
func scanWord(text string, i int) (end, n int) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII, nearly every byte of English news: no decoding.
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				if n > 1 && 'a' <= text[i-1] && text[i-1] <= 'z' {
					return i, n // "followsFriday": a space lost between two words
				}
			case c == '\'':
				if !keepApostrophe(text, i, 1, n) {
					return i, n
				}
			default:
				return i, n
			}
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '’':
			if !keepApostrophe(text, i, size, n) {
				return i, n
			}
		case !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r):
			return i, n
		case n > 1 && unicode.IsUpper(r) && isLowerBefore(text, i):
			return i, n
		}
		i += size
		n++
	}
	return i, n
}

// keepApostrophe reports whether the apostrophe at byte i (size bytes)
// stays inside the word: "won't" is one word, but the possessive "'s" is
// split off so that "Tuesday's" is "Tuesday" + "'" + "s".
func keepApostrophe(text string, i, size, n int) bool {
	r2, size2 := utf8.DecodeRuneInString(text[i+size:])
	if !unicode.IsLetter(r2) {
		return false
	}
	return !(n > 0 && (r2 == 's' || r2 == 'S') && !isLetterAt(text, i+size+size2))
}

// lookup finds a word in the lexicon without allocating for short ASCII
// words, which are nearly all of them.
func lookup(w string) uint16 {
	var buf [maxWord]byte
	if !mayBeWord(w) {
		return 0
	}
	{
		ascii := true
		h := wordindex.Offset // the hash of the lowered word
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
			h = wordindex.Add(h, c)
		}
		if ascii {
			i, _ := lexIndex.Find(h, buf[:len(w)], lexWord)
			return uint16(i)
		}
	}
	return lexicon[strings.ToLower(w)]
}

// lexIndex is the lexicon again, as a word index, for the ASCII words that
// are nearly all of a text's: lookup hashes a word while it lowers it, and
// compares it with one entry or two, where a map lookup hashed the lowered
// copy a second time. In the PolNeAR dev texts a third of the words are in
// the lexicon ("the", "on", "last") and two thirds pass mayBeWord, so the
// lookup is paid per word. It is built once, at package initialisation.
var lexWords, lexIndex = indexLexicon()

// lexWord returns the word of entry i ("" for entry 0, the unknown word).
func lexWord(i int) string { return lexWords[i] }

func indexLexicon() ([]string, wordindex.Index) {
	words := make([]string, len(entries))
	for w, i := range lexicon {
		words[i] = w
	}
	return words, wordindex.New(len(words), func(i int) string { return words[i] })
}

// abbreviations that end with a dot but do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "st": true, "jr": true,
	"sr": true, "prof": true, "vs": true, "no": true, "sgt": true, "capt": true,
	"rev": true, "atty": true, "supt": true, "inc": true, "corp": true, "co": true,
}

// markSentences numbers sentences: a line break starts one, and so does a
// capitalised word after ".", "!" or "?" unless the dot ends an
// abbreviation, an initial or a month abbreviation.
func markSentences(text string, toks []token) {
	var s int
	for k := range toks {
		t := &toks[k]
		if k > 0 && (t.newline || startsSentence(text, toks, k)) {
			s++
		}
		t.sentence = int32(s)
	}
}

func startsSentence(text string, toks []token, k int) bool {
	t := &toks[k]
	if !t.space || !(t.upper || t.kind == kPunct && isQuote(t.str(text))) {
		return false
	}
	d := k - 1
	if isQuote(toks[d].str(text)) && d > 0 && toks[d-1].kind == kPunct {
		d-- // ." Next
	}
	switch toks[d].str(text) {
	case "!", "?":
		return true
	case ".":
	default:
		return false
	}
	if d == 0 {
		return true
	}
	p, w := &toks[d], &toks[d-1]
	if w.kind != kWord || w.end != p.start {
		return true
	}
	if len(w.str(text)) == 1 || w.x().month != 0 && w.x().abbr {
		return false // an initial ("J. Smith") or "Nov."
	}
	return !abbreviations[strings.ToLower(w.str(text))]
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "«", "»", "„":
		return true
	}
	return false
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isLowerBefore reports whether the rune ending at byte i is lower case.
func isLowerBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLower(r)
}

package token

import (
	"unicode"
	"unicode/utf8"
)

// scan cuts t.Src into tokens. Words keep their inner apostrophes, hyphens
// and acronym periods; a possessive ’s is its own token, so that "Russia’s
// Kirill Dmitriev" yields the names Russia and Kirill Dmitriev; a period that
// belongs to an abbreviation stays on its word.
func (t *Text) scan() {
	src := t.Src
	// News text has about five bytes a token, and never four or fewer in
	// the PolNeAR texts: a fourth of its bytes holds every text's tokens in
	// one allocation, where a sixth made nearly every text grow the slice
	// and copy it.
	t.Tokens = make([]Token, 0, len(src)/4+16)
	space, para := true, true
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		if isSpace(r) {
			if r == '\n' || r == '\u2029' {
				para = true
			}
			space = true
			i += n
			continue
		}
		tok := Token{Start: int32(i)}
		if space {
			tok.Flags |= SpaceBefore
		}
		if para {
			tok.Flags |= ParaStart
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end, poss := scanWord(src, i)
			tok.End = int32(end)
			tok.Kind = Word
			if unicode.IsDigit(r) {
				tok.Kind = Number
			}
			if end > i && src[end-1] == '.' {
				tok.Flags |= Abbrev
			}
			tok.Flags |= caseFlags(src[i:end])
			t.Tokens = append(t.Tokens, tok)
			if poss > end {
				t.Tokens = append(t.Tokens, Token{Start: int32(end), End: int32(poss), Kind: Word, Flags: Possessive})
				end = poss
			}
			i = end
		default:
			m, l := markAt(src, i)
			if m != NoMark {
				tok.Kind, tok.Mark = Quote, m
				tok.Flags |= flank(src, i, i+l)
				// Guillemets and the low mark say their direction by
				// their shape; a no-break space inside them is the French
				// convention, not a sign of closing.
				switch m {
				case GuillemetLeft, DoubleLow, SingleGuilLeft:
					tok.Flags = tok.Flags&^Close | Open
				case GuillemetRight, SingleGuilRight:
					if i > 0 && isSpace(prevRune(src, i)) && isAlnum(nextRune(src, i+l)) {
						break // »reversed« German marks: this one opens
					}
					tok.Flags = tok.Flags&^Open | Close
				}
			} else {
				tok.Kind = Punct
				l = punctLen(src, i, n)
			}
			tok.End = int32(i + l)
			t.Tokens = append(t.Tokens, tok)
			i += l
		}
		space, para = false, false
	}
}

// scanWord returns the end of the word that starts at i and, when the word
// is followed by a possessive ’s, the end of that clitic (else end itself).
func scanWord(s string, i int) (end, poss int) {
	j := i
	seg := 0 // letters since the start or the last inner period
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r < utf8.RuneSelf {
			// ASCII: letters and digits are a–z, A–Z and 0–9, as
			// unicode.IsLetter and IsDigit say, and no mark is ASCII.
			if 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' {
				j++
				seg++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += n
			seg++
			continue
		}
		next, nn := utf8.DecodeRuneInString(s[j+n:])
		prev, _ := utf8.DecodeLastRuneInString(s[:j])
		switch {
		case isApostrophe(r):
			if (next == 's' || next == 'S') && !wordRuneAt(s, j+n+nn) {
				return j, j + n + nn
			}
			if (prev == 's' || prev == 'S') && next == ' ' && wordRuneAt(s, j+n+1) {
				return j, j + n // a plural possessive: "Sanders’ campaign"
			}
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				j += n
				continue
			}
		case r == '-' || r == '\u2010' || r == '\u2011':
			if isAlnum(prev) && isAlnum(next) {
				j += n
				seg = 0
				continue
			}
		case r == '.':
			if unicode.IsDigit(prev) && unicode.IsDigit(next) ||
				seg <= 2 && unicode.IsLetter(next) && !wordRuneAt(s, j+n+nn) ||
				seg <= 2 && unicode.IsLetter(next) && s[j+n+nn:] != "" && s[j+n+nn] == '.' {
				// 3.5, and acronyms: U.S., p.m., Ph.D.
				j += n
				seg = 0
				continue
			}
		case r == ',':
			if unicode.IsDigit(prev) && threeDigits(s, j+1) {
				j += n
				continue
			}
		case r == '&':
			if unicode.IsUpper(prev) && unicode.IsUpper(next) {
				j += n
				continue
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' && abbrevWord(s[i:j], s[j+1:]) {
		j++
	}
	return j, j
}

// abbrevWord reports whether w, followed by a period and then rest, is an
// abbreviation that owns the period: a title, a month, an initial, an acronym.
func abbrevWord(w, rest string) bool {
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return true // an initial: J. Mansour, George W. Bush
	}
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			return true // U.S, Ph.D
		}
	}
	if len(w) > 5 {
		return false
	}
	var buf [5]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	lw := string(buf[:len(w)])
	switch abbrevs[lw] {
	case abbrevAlways:
		return true
	case abbrevCapital:
		return unicode.IsUpper(r)
	case abbrevNumber:
		rest = trimSpaceLeft(rest)
		return rest != "" && rest[0] >= '0' && rest[0] <= '9'
	}
	return false
}

type abbrevKind uint8

const (
	notAbbrev     abbrevKind = iota
	abbrevAlways             // etc., vs.
	abbrevCapital            // Mr., Jan., Inc.: only when capitalized
	abbrevNumber             // No. 5, Nos. 3: only before a number
)

// abbrevs are the words, lower-cased, that take an abbreviation period in
// English news copy (AP style titles, months, company suffixes).
var abbrevs = map[string]abbrevKind{
	"mr": abbrevCapital, "mrs": abbrevCapital, "ms": abbrevCapital, "dr": abbrevCapital,
	"sen": abbrevCapital, "sens": abbrevCapital, "rep": abbrevCapital, "reps": abbrevCapital,
	"gov": abbrevCapital, "govs": abbrevCapital, "lt": abbrevCapital, "gen": abbrevCapital,
	"col": abbrevCapital, "sgt": abbrevCapital, "capt": abbrevCapital, "cmdr": abbrevCapital,
	"adm": abbrevCapital, "maj": abbrevCapital, "cpl": abbrevCapital, "pvt": abbrevCapital,
	"prof": abbrevCapital, "rev": abbrevCapital, "hon": abbrevCapital, "pres": abbrevCapital,
	"atty": abbrevCapital, "supt": abbrevCapital, "msgr": abbrevCapital, "fr": abbrevCapital,
	"jr": abbrevCapital, "sr": abbrevCapital, "st": abbrevCapital, "mt": abbrevCapital,
	"ft": abbrevCapital, "ave": abbrevCapital, "blvd": abbrevCapital, "rd": abbrevCapital,
	"jan": abbrevCapital, "feb": abbrevCapital, "mar": abbrevCapital, "apr": abbrevCapital,
	"jun": abbrevCapital, "jul": abbrevCapital, "aug": abbrevCapital, "sep": abbrevCapital,
	"sept": abbrevCapital, "oct": abbrevCapital, "nov": abbrevCapital, "dec": abbrevCapital,
	"inc": abbrevCapital, "corp": abbrevCapital, "ltd": abbrevCapital, "co": abbrevCapital,
	"bros": abbrevCapital, "dept": abbrevCapital, "univ": abbrevCapital, "assn": abbrevCapital,
	"calif": abbrevCapital, "conn": abbrevCapital, "fla": abbrevCapital, "ill": abbrevCapital,
	"mass": abbrevCapital, "mich": abbrevCapital, "minn": abbrevCapital, "penn": abbrevCapital,
	"tenn": abbrevCapital, "wash": abbrevCapital, "wis": abbrevCapital, "ariz": abbrevCapital,
	"colo": abbrevCapital, "okla": abbrevCapital, "ore": abbrevCapital, "va": abbrevCapital,
	"etc": abbrevAlways, "vs": abbrevAlways, "al": abbrevAlways, "approx": abbrevAlways,
	"no": abbrevNumber, "nos": abbrevNumber,
}

// markAt returns the quotation mark at byte i of s and its length in bytes,
// or NoMark.
func markAt(s string, i int) (Mark, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '"', '\u2033':
		return DoubleStraight, n
	case '\u201C', '\u201F':
		return DoubleLeft, n
	case '\u201D':
		return DoubleRight, n
	case '\u201E':
		return DoubleLow, n
	case '\u00AB':
		return GuillemetLeft, n
	case '\u00BB':
		return GuillemetRight, n
	case '\u2039':
		return SingleGuilLeft, n
	case '\u203A':
		return SingleGuilRight, n
	case '\u2018', '\u201B':
		return SingleLeft, n
	case '\u2019':
		return SingleRight, n
	case '\'':
		if i+1 < len(s) && s[i+1] == '\'' {
			return TwoApostrophes, 2
		}
		return SingleStraight, 1
	case '`':
		if i+1 < len(s) && s[i+1] == '`' {
			return TwoBackticks, 2
		}
		return SingleLeft, 1
	}
	return NoMark, 0
}

// flank tells from the characters around a mark at [i, j) whether it is
// placed to open (before a word) or to close (after one). A mark with words
// or spaces on both sides gets both flags: its pairing decides.
func flank(s string, i, j int) Flag {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[j:])
	ps := i == 0 || isSpace(prev) || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\u2013'
	ns := j == len(s) || isSpace(next)
	pa, na := isAlnum(prev), isAlnum(next)
	var f Flag
	if ps && !ns || !pa && !ps && na {
		f |= Open
	}
	if ns && !ps || pa && !na || !ns && !ps && !na && !pa && isCloser(next) {
		f |= Close
	}
	if f == 0 {
		f = Open | Close
	}
	return f
}

// isCloser reports whether r is punctuation that follows a closing mark.
func isCloser(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '\u2014', '\u2013', '-', '\u2026',
		'"', '\u201D', '\u2019', '\'', '\u00BB', '\u203A':
		return true
	}
	return false
}

// punctLen returns the length of the punctuation token at i, whose first
// rune has n bytes: "..." and "--" are one token each, others one rune.
func punctLen(s string, i, n int) int {
	c := s[i]
	if c == '.' || c == '-' {
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		if j-i >= 2 {
			return j - i
		}
	}
	return n
}

func caseFlags(w string) Flag {
	var f Flag
	letters, upper := 0, 0
	for k := 0; k < len(w); {
		r := rune(w[k])
		n := 1
		if r < utf8.RuneSelf {
			// ASCII, most letters of news copy: the letters are a–z and
			// A–Z, as unicode.IsLetter and IsUpper say, without the calls.
			if r|0x20 < 'a' || r|0x20 > 'z' {
				k++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(w[k:]); !unicode.IsLetter(r) {
			k += n
			continue
		}
		letters++
		if r < utf8.RuneSelf && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) {
			upper++
			if k == 0 {
				f |= Upper
			}
		}
		k += n
	}
	if letters >= 2 && upper == letters {
		f |= AllUpper
	}
	return f
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00A0' || r == '\u2029' ||
		r == '\u2028' || r == '\u200B' || r == '\uFEFF' || r > 0x7f && unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isAlnum(r)
}

func threeDigits(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

func trimSpaceLeft(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func nextRune(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

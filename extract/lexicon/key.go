package lexicon

import (
	"unicode"
	"unicode/utf8"
)

// maxKey is the longest key of any entry, in bytes (the loaders drop longer
// entries), and maxInput the longest input a lookup folds: with these bounds
// a key fits in a stack buffer and lookups do not allocate. Folding shortens
// most inputs, so an input of up to twice the longest key is still looked up.
const (
	maxKey   = 64
	maxInput = 2 * maxKey
)

// latinFold maps U+00C0…U+017F (Latin-1 Supplement and Latin Extended-A) to
// lower-case ASCII without diacritics. It was derived from the Unicode NFD
// decomposition plus the letters that do not decompose (æ, ø, ß, ł, đ, ı, œ…);
// TestLatinFoldMatchesNFD checks it. An empty string keeps the rune (×, ÷).
var latinFold = [192]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
}

// foldRune returns the ASCII spelling of r when it is a Latin letter with a
// diacritic or a typographic variant of an ASCII mark, or "" when r has none.
func foldRune(r rune) string {
	switch {
	case r >= 0xC0 && r <= 0x17F:
		return latinFold[r-0xC0]
	case r == 'Ș' || r == 'ș' || r == 'Ş' || r == 'ş':
		return "s"
	case r == 'Ț' || r == 'ț' || r == 'Ţ' || r == 'ţ':
		return "t"
	case r == 'Ə' || r == 'ə': // Azerbaijani schwa, written "a" in English news: Əliyev → Aliyev
		return "a"
	case r == '\u2018' || r == '\u2019' || r == '\u02bc' || r == '`' || r == '\u00b4':
		return "'" // curly and modifier apostrophes: O’Brien = O'Brien
	case r == '\u2010' || r == '\u2011':
		return "-"
	}
	return ""
}

// appendKey appends the lookup key of s to dst: lower case, Latin diacritics
// removed, typographic apostrophes and hyphens made ASCII, every run of white
// space one space, no leading or trailing space.
func appendKey(dst []byte, s string) []byte {
	owed := false // a space is owed before the next character
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				owed = len(dst) > 0
				continue
			}
			if owed {
				dst, owed = append(dst, ' '), false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsSpace(r) {
			owed = len(dst) > 0
			continue
		}
		if owed {
			dst, owed = append(dst, ' '), false
		}
		if f := foldRune(r); f != "" {
			dst = append(dst, f...)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// isKey reports whether s is already its own key (lower-case ASCII letters,
// digits and marks, single inner spaces), so that a lookup can skip folding.
func isKey(s string) bool {
	if len(s) == 0 || len(s) > maxKey || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '\t' || c == '\n' || c == '\r' {
			return false
		}
		if c == ' ' && prevSpace {
			return false
		}
		prevSpace = c == ' '
	}
	return true
}

// Key returns the normalized form under which every list is looked up: lower
// case, without Latin diacritics, with single spaces. Two strings with the
// same Key are the same entry for every lookup in this package, except for
// the few all-capital acronyms that are matched exactly ("US" is not "us").
func Key(s string) string {
	if isKey(s) {
		return s
	}
	return string(appendKey(nil, s))
}

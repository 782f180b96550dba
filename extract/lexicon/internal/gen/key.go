package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// asciiKey returns the lookup key of a one-word list entry as the lexicon
// package makes it (lower case, Latin diacritics removed), for the sorted
// lists that are searched by key. It reports false for a word that does not
// reduce to lower-case ASCII letters, apostrophes, hyphens and periods by
// dropping combining marks ("Ørsted"): such entries are left out, since the
// sorted lists hold keys only. The package's TestLatinFoldMatchesNFD keeps
// its fold table and this decomposition in step.
func asciiKey(s string) (string, bool) {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’':
			r = '\''
		case r >= 0x80 || (!unicode.IsLetter(r) && !strings.ContainsRune("'-.", r)):
			return "", false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String(), b.Len() > 0
}

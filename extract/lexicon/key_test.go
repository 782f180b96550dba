package lexicon

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestKey(t *testing.T) {
	tests := map[string]string{
		"Kirill":            "kirill",
		"kirill":            "kirill",
		"Jürgen":            "jurgen",
		"ŁUKASZ":            "lukasz",
		"Kılıçdaroğlu":      "kilicdaroglu",
		"Ștefan":            "stefan",
		"Əliyev":            "aliyev",
		"Søren Ærø":         "soren aero",
		"Straße":            "strasse",
		"O’Brien":           "o'brien",
		"  New \t\n York  ": "new york",
		"New\u00a0York":     "new york",
		"Jean‐Claude":       "jean-claude",
		"U.S.":              "u.s.",
		"Москва":            "москва",
		"":                  "",
		"   ":               "",
		"Mr.":               "mr.",
		"Washington, D.C.":  "washington, d.c.",
	}
	for in, want := range tests {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLatinFoldMatchesNFD checks the hand-kept fold table against Unicode:
// every letter that decomposes folds to its base letters, lower-cased.
func TestLatinFoldMatchesNFD(t *testing.T) {
	for r := rune(0xC0); r <= 0x17F; r++ {
		var base strings.Builder
		for _, c := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, c) {
				base.WriteRune(unicode.ToLower(c))
			}
		}
		b := base.String()
		if len(b) != 1 || b[0] >= 0x80 {
			continue // no ASCII decomposition (æ, ø, ß, ł, ×): checked by TestKey
		}
		if got := latinFold[r-0xC0]; got != b {
			t.Errorf("fold %q = %q, NFD gives %q", r, got, b)
		}
	}
}

func TestIsKey(t *testing.T) {
	for _, s := range []string{"kirill", "new york", "u.s.", "o'brien"} {
		if !isKey(s) {
			t.Errorf("isKey(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "Kirill", "new  york", " new", "new ", "jürgen", "new\tyork"} {
		if isKey(s) {
			t.Errorf("isKey(%q) = true, want false", s)
		}
	}
}

// FuzzKey checks that a key is its own key, that isKey agrees with Key, and
// that a lookup finds the same entry by a string and by its key.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"Kirill", "Jürgen", "New  York", "U.S.", "Sen.", "O’Brien", "\xff\xfe", "İstanbul", "Ⱥ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Errorf("Key(Key(%q)) = %q, want %q", s, Key(k), k)
		}
		if isKey(s) && k != s {
			t.Errorf("isKey(%q) but Key = %q", s, k)
		}
		if len(s) <= maxInput && !strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			p1, ok1 := LookupPlace(s)
			p2, ok2 := LookupPlace(k)
			if p1 != p2 || ok1 != ok2 {
				t.Errorf("LookupPlace(%q) = %v, %v but LookupPlace(Key) = %v, %v", s, p1, ok1, p2, ok2)
			}
		}
	})
}

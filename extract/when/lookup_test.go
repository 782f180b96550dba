package when

import (
	"strings"
	"testing"
)

// TestLookupIndex checks that lookup's hash index answers as the lexicon
// map does: every word of the lexicon, lower-cased, capitalized and in
// capitals, and words it does not hold.
func TestLookupIndex(t *testing.T) {
	want := func(w string) uint16 {
		if !mayBeWord(w) {
			return 0
		}
		return lexicon[strings.ToLower(w)]
	}
	for w := range lexicon {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if got := lookup(v); got != want(v) {
				t.Errorf("lookup(%q) = %d, want %d", v, got, want(v))
			}
		}
		if lookup(w) == 0 && mayBeWord(w) {
			t.Errorf("lookup(%q) = 0: a lexicon word not found", w)
		}
	}
	for _, w := range []string{"Trump", "said", "Tuesdays", "Monda", "x", "Zelensky", "Jürgen"} {
		if got := lookup(w); got != want(w) {
			t.Errorf("lookup(%q) = %d, want %d", w, got, want(w))
		}
	}
}

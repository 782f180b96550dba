package wordindex

import (
	"fmt"
	"testing"
)

// TestFind finds every word of lists of several sizes at its position, and
// none of the words around them.
func TestFind(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 1000} {
		words := make([]string, n)
		for i := range words {
			words[i] = fmt.Sprintf("w%d", i)
		}
		word := func(i int) string { return words[i] }
		x := New(n, word)
		for i, w := range words {
			if got, ok := x.Find(Hash(w), []byte(w), word); !ok || got != i {
				t.Errorf("n=%d: Find(%q) = %d, %v; want %d", n, w, got, ok, i)
			}
		}
		for _, w := range []string{"", "w", fmt.Sprintf("w%d", n), "x0", "w01"} {
			if got, ok := x.Find(Hash(w), []byte(w), word); ok {
				t.Errorf("n=%d: Find(%q) = %d, want absent", n, w, got)
			}
		}
	}
}

// TestHashByByte: Hash is Add over the bytes from Offset, for strings and
// bytes alike.
func TestHashByByte(t *testing.T) {
	for _, w := range []string{"", "a", "donnerstag", "Ünal"} {
		h := Offset
		for i := 0; i < len(w); i++ {
			h = Add(h, w[i])
		}
		if Hash(w) != h || Hash([]byte(w)) != h {
			t.Errorf("Hash(%q) = %d / %d, want %d", w, Hash(w), Hash([]byte(w)), h)
		}
	}
}

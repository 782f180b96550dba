package token

import (
	"sort"
	"unicode/utf8"
)

// cpStep is the distance in bytes between two code-point checkpoints: a
// conversion counts the runes of at most cpStep-1 bytes.
const cpStep = 64

// checkpoints returns the number of code points before each multiple of
// cpStep bytes, or nil when s is ASCII and bytes are code points.
func checkpoints(s string) []int32 {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return nil
	}
	cps := make([]int32, len(s)/cpStep+1)
	n := int32(0)
	for k := 1; k < len(cps); k++ {
		seg := s[(k-1)*cpStep : k*cpStep]
		for i := 0; i < len(seg); i++ {
			// Count the bytes that start a rune; a rune cut by the
			// boundary is counted in the segment where it starts.
			if seg[i]&0xC0 != 0x80 {
				n++
			}
		}
		cps[k] = n
	}
	return cps
}

// CodePoint converts byte offset b in the source to a code-point offset.
// Offsets past the end are clamped to the length of the source.
func (t *Text) CodePoint(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(t.Src) {
		b = len(t.Src)
	}
	if t.cps == nil {
		return b
	}
	k := b / cpStep
	n := int(t.cps[k])
	for i := k * cpStep; i < b; i++ {
		if t.Src[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// Byte converts code-point offset cp in the source to a byte offset, the
// inverse of CodePoint. Offsets past the end are clamped to the length of
// the source.
func (t *Text) Byte(cp int) int {
	if cp <= 0 {
		return 0
	}
	if t.cps == nil {
		return min(cp, len(t.Src))
	}
	// The last checkpoint at or before cp, then rune by rune.
	k := sort.Search(len(t.cps), func(k int) bool { return int(t.cps[k]) > cp }) - 1
	n := int(t.cps[k])
	b := k * cpStep
	for b < len(t.Src) {
		if t.Src[b]&0xC0 != 0x80 {
			if n == cp {
				return b
			}
			n++
		}
		b++
	}
	return len(t.Src)
}

// Package wordindex finds words in a fixed list: an open-addressing hash
// index of the list, at most half full, so that a lookup hashes its word
// and compares it with one entry or two. The big name lists and the date
// lexicon are looked up once for nearly every word of a text, where a map
// would hash a lowered copy again and a binary search would touch a dozen
// entries spread over megabytes.
package wordindex

// Offset and Add compute the 32-bit FNV-1a hash of a word a byte at a time,
// so that a caller can hash a word while it reads or lowers it:
// h := Offset; h = Add(h, c) for each byte c.
const Offset uint32 = 2166136261

// Add folds byte c into hash h.
func Add(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// Hash returns the FNV-1a hash of w.
func Hash[W string | []byte](w W) uint32 {
	h := Offset
	for i := 0; i < len(w); i++ {
		h = Add(h, w[i])
	}
	return h
}

// Index maps the words of a list to their positions in it. The list itself
// stays with the caller, who hands its word function to each call: the
// index keeps only its slots.
type Index struct {
	slots []uint32 // a word's position plus one, at the slot of its hash or after; 0 ends a probe
	shift uint32   // 32 minus log2(len(slots)): a hash's top bits pick its slot
}

// New indexes the n words of a list, word(i) being the i-th. Every word
// should be in the list once.
func New(n int, word func(i int) string) Index {
	bits := uint32(4)
	for 1<<bits < 2*n {
		bits++
	}
	x := Index{slots: make([]uint32, 1<<bits), shift: 32 - bits}
	mask := len(x.slots) - 1
	for i := range n {
		s := x.slot(Hash(word(i)))
		for x.slots[s] != 0 {
			s = (s + 1) & mask
		}
		x.slots[s] = uint32(i + 1)
	}
	return x
}

// slot returns the slot a hash picks: its top bits, after a multiplication
// that spreads every bit of the hash into them.
func (x Index) slot(h uint32) int { return int((h * 0x9E3779B1) >> x.shift) }

// Find returns the position of w in the list, given its hash h (Hash(w)),
// and whether it is there. It compares string(w) in place, which does not
// allocate.
func (x Index) Find(h uint32, w []byte, word func(i int) string) (int, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	mask := len(x.slots) - 1
	for s := x.slot(h); x.slots[s] != 0; s = (s + 1) & mask {
		if i := int(x.slots[s] - 1); word(i) == string(w) {
			return i, true
		}
	}
	return 0, false
}

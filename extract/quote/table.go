package quote

// table is an open-addressing hash table from feature hashes to weights:
// one flat array of key and weight pairs probed linearly, so that a lookup
// touches one cache line, which reads much faster than a map on the hot
// path of scoring every token. Key 0 marks an empty slot, so the key 0
// itself is stored as 1 (a collision too rare to matter in a linear model).
type table struct {
	slots []slot
	mask  uint32
}

type slot struct {
	key uint32
	val float32
}

func newTable(w map[uint32]float32) *table {
	n := uint32(16)
	for n < uint32(len(w))*2 {
		n <<= 1
	}
	t := &table{slots: make([]slot, n), mask: n - 1}
	for k, v := range w {
		if k == 0 {
			k = 1
		}
		i := mix(k) & t.mask
		for t.slots[i].key != 0 && t.slots[i].key != k {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		t.slots[i].val += v
	}
	return t
}

// get returns the weight of key k, 0 when absent.
func (t *table) get(k uint32) float32 {
	if k == 0 {
		k = 1
	}
	i := mix(k) & t.mask
	for {
		s := t.slots[i]
		switch s.key {
		case k:
			return s.val
		case 0:
			return 0
		}
		i = (i + 1) & t.mask
	}
}

// mix scrambles a hash's bits so that the low ones index well.
func mix(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x7feb352d
	k ^= k >> 15
	return k
}

package lexicon

import (
	"fmt"
	"strings"
)

// sorted is a large single-word list kept as its text: one entry per line,
// sorted by key in byte order, each line starting with its key and a tab or
// the line end. Building it costs one pass to index the line starts, where a
// map of the 190 000 person names took some 80 ms to fill; a lookup is a
// binary search of about 12 steps among the entries of its first byte.
type sorted struct {
	text   string
	starts []uint32 // byte offset of each entry line in text
	// keyLens is each entry's key length, so that a step of the search
	// compares the key in place instead of looking for its tab and newline.
	keyLens []uint8
	// byFirst[c] is the first entry whose key's first byte is c or more:
	// a search looks only among the entries of its key's first byte.
	byFirst [257]uint32
}

// newSorted indexes the entry lines of text, and checks that they are keys
// in strictly ascending order, so that binary search finds every entry.
func newSorted(name, text string) (*sorted, error) {
	s := &sorted{text: text, starts: make([]uint32, 0, len(text)/8), keyLens: make([]uint8, 0, len(text)/8)}
	prev := ""
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if line != "" && line[0] != '#' {
			k := field0(line)
			// isKey bounds a key to maxKey bytes, which keyLens holds.
			if !isKey(k) || strings.Contains(k, " ") {
				return nil, fmt.Errorf("%s: entry %q is not a one-word lookup key", name, k)
			}
			if k <= prev {
				return nil, fmt.Errorf("%s: entry %q is out of order after %q", name, k, prev)
			}
			prev = k
			s.starts = append(s.starts, uint32(off))
			s.keyLens = append(s.keyLens, uint8(len(k)))
		}
		off = end + 1
	}
	// Keys ascend, so the entries of each first byte are one run, which
	// starts after the entries of all the smaller first bytes.
	var count [256]uint32
	for i := range s.starts {
		count[s.key(i)[0]]++
	}
	for c := range 256 {
		s.byFirst[c+1] = s.byFirst[c] + count[c]
	}
	return s, nil
}

// key returns entry i's key.
func (s *sorted) key(i int) string {
	st := s.starts[i]
	return s.text[st : st+uint32(s.keyLens[i])]
}

// field0 returns a line's first field: its key.
func field0(line string) string {
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		return line[:i]
	}
	return line
}

// line returns entry i's line, without its newline.
func (s *sorted) line(i int) string {
	l := s.text[s.starts[i]:]
	if j := strings.IndexByte(l, '\n'); j >= 0 {
		l = l[:j]
	}
	return l
}

// find returns the line whose key is the key of word.
func (s *sorted) find(word string) (string, bool) {
	if len(word) > maxInput {
		return "", false
	}
	var buf [maxInput]byte
	return s.search(appendKey(buf[:0], word))
}

// search binary-searches for key. It takes the key as bytes, and compares
// string(key) in place: the compiler converts without copying for a
// comparison, so a lookup does not allocate.
func (s *sorted) search(key []byte) (string, bool) {
	if len(key) == 0 {
		return "", false // no entry has an empty key
	}
	lo, hi := int(s.byFirst[key[0]]), int(s.byFirst[int(key[0])+1])
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch f := s.key(mid); {
		case string(key) == f:
			return s.line(mid), true
		case string(key) > f:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return "", false
}

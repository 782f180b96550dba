package lexicon

import (
	"fmt"
	"strings"
)

// sorted is a large single-word list kept as its text: one entry per line,
// sorted by key in byte order, each line starting with its key and a tab or
// the line end. Building it costs one pass to index the line starts, where a
// map of the 190 000 person names took some 80 ms to fill; a lookup is a
// binary search of about 17 steps.
type sorted struct {
	text   string
	starts []uint32 // byte offset of each entry line in text
}

// newSorted indexes the entry lines of text, and checks that they are keys
// in strictly ascending order, so that binary search finds every entry.
func newSorted(name, text string) (*sorted, error) {
	s := &sorted{text: text, starts: make([]uint32, 0, len(text)/8)}
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
			if !isKey(k) || strings.Contains(k, " ") {
				return nil, fmt.Errorf("%s: entry %q is not a one-word lookup key", name, k)
			}
			if k <= prev {
				return nil, fmt.Errorf("%s: entry %q is out of order after %q", name, k, prev)
			}
			prev = k
			s.starts = append(s.starts, uint32(off))
		}
		off = end + 1
	}
	return s, nil
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
	lo, hi := 0, len(s.starts)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		l := s.line(mid)
		switch f := field0(l); {
		case string(key) == f:
			return l, true
		case string(key) > f:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return "", false
}

package lexicon

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/extract/internal/wordindex"
)

// sorted is a large single-word list kept as its text: one entry per line,
// sorted by key in byte order, each line starting with its key and a tab or
// the line end. Building it costs one pass to index the line starts and one
// to hash the keys, where a map of the 190 000 person names took some 80 ms
// to fill; a lookup hashes its key and compares it with one entry or two,
// where a binary search touched some 17 entries spread over megabytes of
// text (a cache miss each).
type sorted struct {
	text   string
	starts []uint32 // byte offset of each entry line in text
	// keyLens is each entry's key length, so that a lookup compares the key
	// in place instead of looking for its tab and newline.
	keyLens []uint8
	index   wordindex.Index // the entries by key
}

// newSorted indexes the entry lines of text, and checks that they are keys
// in strictly ascending order: each key is then in the index once.
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
	s.index = wordindex.New(len(s.starts), s.key)
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

// search finds the entry of key and returns its line. It takes the key as
// bytes, and compares string(key) in place: the compiler converts without
// copying for a comparison, so a lookup does not allocate.
func (s *sorted) search(key []byte) (string, bool) {
	if i, ok := s.index.Find(wordindex.Hash(key), key, s.key); ok {
		return s.line(i), true
	}
	return "", false
}

package lexicon

import (
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// table maps the keys of one list's phrases to their values. It is filled
// once by a loader and only read after that.
type table[V any] struct {
	folded map[string]V // by Key
	exact  map[string]V // all-capital acronyms, matched as written: "US", "WHO"
	// prefixes holds every word-boundary prefix of a multi-word key
	// ("new", "new york" for "new york city"), for IsPrefix.
	prefixes map[string]struct{}
}

func newTable[V any](size int) *table[V] {
	return &table[V]{
		folded:   make(map[string]V, size),
		exact:    map[string]V{},
		prefixes: map[string]struct{}{},
	}
}

// add files v under phrase. An exact phrase is matched only as written. The
// first value added for a key wins, so loaders add the preferred sense first.
func (t *table[V]) add(phrase string, v V, exact bool) error {
	if exact {
		if _, dup := t.exact[phrase]; !dup {
			t.exact[phrase] = v
		}
		return nil
	}
	k := Key(phrase)
	if k == "" || len(k) > maxKey {
		return fmt.Errorf("phrase %q: key is empty or longer than %d bytes", phrase, maxKey)
	}
	if _, dup := t.folded[k]; dup {
		return nil
	}
	t.folded[k] = v
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			t.prefixes[k[:i]] = struct{}{}
		}
	}
	return nil
}

// get looks s up, exactly first and then by its key, without allocating.
func (t *table[V]) get(s string) (V, bool) {
	if v, ok := t.exact[s]; ok {
		return v, true
	}
	if isKey(s) {
		v, ok := t.folded[s]
		return v, ok
	}
	var zero V
	if len(s) > maxInput {
		return zero, false
	}
	var buf [maxInput]byte
	k := appendKey(buf[:0], s)
	if len(k) > maxKey {
		return zero, false
	}
	v, ok := t.folded[string(k)]
	return v, ok
}

// isPrefix reports whether some multi-word phrase starts with the words of s.
func (t *table[V]) isPrefix(s string) bool {
	if isKey(s) {
		_, ok := t.prefixes[s]
		return ok
	}
	if len(s) > maxInput {
		return false
	}
	var buf [maxInput]byte
	k := appendKey(buf[:0], s)
	_, ok := t.prefixes[string(k)]
	return ok
}

// lines calls fn with the tab-separated fields of each entry line of data,
// skipping blank lines and the "#" header lines that name source and licence.
// fields is reused between calls. An error from fn is returned with the line
// number.
func lines(name, data string, fn func(fields []string) error) error {
	var buf [8]string
	for n := 1; data != ""; n++ {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		fields := buf[:0]
		for {
			f, more, found := strings.Cut(line, "\t")
			if len(fields) == len(buf) {
				return fmt.Errorf("%s:%d: more than %d fields", name, n, len(buf))
			}
			fields = append(fields, f)
			if !found {
				break
			}
			line = more
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return nil
}

// gunzip returns the text of a gzip-compressed embedded file, read into one
// allocation: the gzip trailer's last four bytes give the text's size.
func gunzip(name, data string) (string, error) {
	zr, err := gzip.NewReader(strings.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	var sb strings.Builder
	if n := len(data); n >= 4 {
		sb.Grow(int(binary.LittleEndian.Uint32([]byte(data[n-4:]))))
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return sb.String(), nil
}

// must returns v, or panics when an embedded list fails to parse. That is a
// build defect, like a bad constant pattern given to regexp.MustCompile, and
// TestListsLoad fails on it long before any binary ships.
func must[V any](v V, err error) V {
	if err != nil {
		panic("lexicon: embedded list: " + err.Error())
	}
	return v
}

package content

// The class/id vocabulary is matched by one Aho–Corasick automaton, built
// once from the stem lists: a page has a thousand distinct class names and
// each is read once, byte by byte, instead of once per stem.

// Matches found by the automaton.
const (
	mGood uint8 = 1 << iota
	mBoiler
	mWeak
	mCaption
	mEmbed
	mHover
	mPull
)

// symbols maps a lower-cased byte to the automaton's alphabet: letters,
// one symbol for all digits, '-', '_', and one for everything else.
const nsym = 30

func symbol(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 1
	case '0' <= c && c <= '9':
		return 27
	case c == '-':
		return 28
	case c == '_':
		return 29
	}
	return 0
}

// automaton is a deterministic Aho–Corasick machine over symbols.
type automaton struct {
	next [][nsym]uint16
	out  []uint8
}

// vocab is the machine for the stem lists in vocab.go. It is built at
// start-up and never changed.
var vocab = buildAutomaton(map[uint8][]string{
	mGood:    goodStems,
	mBoiler:  boilerStems,
	mWeak:    weakStems,
	mCaption: {"caption", "credit"},
	mEmbed:   embedStems,
	mHover:   hoverStems,
	mPull:    {"pullquote", "pull-quote", "pull_quote"},
})

func buildAutomaton(lists map[uint8][]string) *automaton {
	a := &automaton{next: make([][nsym]uint16, 1), out: make([]uint8, 1)}
	// The trie.
	for bit, list := range lists {
		for _, w := range list {
			s := 0
			for i := 0; i < len(w); i++ {
				c := symbol(w[i])
				if a.next[s][c] == 0 {
					a.next = append(a.next, [nsym]uint16{})
					a.out = append(a.out, 0)
					a.next[s][c] = uint16(len(a.next) - 1)
				}
				s = int(a.next[s][c])
			}
			a.out[s] |= bit
		}
	}
	// Failure links, breadth first, folded into the transitions.
	fail := make([]uint16, len(a.next))
	queue := make([]uint16, 0, len(a.next))
	for c := 0; c < nsym; c++ {
		if t := a.next[0][c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		a.out[s] |= a.out[fail[s]]
		for c := 0; c < nsym; c++ {
			t := a.next[s][c]
			if t == 0 {
				a.next[s][c] = a.next[fail[s]][c]
				continue
			}
			fail[t] = a.next[fail[s]][c]
			queue = append(queue, t)
		}
	}
	return a
}

// matchName runs the automaton over one class name or id, lower-cased on
// the fly, with a '-' read between a lower-case letter and an upper-case
// one so that "articleComments" matches "article-comments".
func (a *automaton) matchName(name string) uint8 {
	var m uint8
	s := uint16(0)
	prevLower := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			if prevLower {
				s = a.next[s][28]
				m |= a.out[s]
			}
			c += 'a' - 'A'
			prevLower = false
		} else {
			prevLower = 'a' <= c && c <= 'z'
		}
		s = a.next[s][symbol(c)]
		m |= a.out[s]
	}
	return m
}

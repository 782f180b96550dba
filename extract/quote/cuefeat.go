package quote

import (
	"github.com/whosaid/whosaid/extract/token"
)

// Features of a token for the cue model. Each feature is a template byte
// and one to three strings, hashed with FNV-1a into 32 bits; the hashing
// allocates nothing, which keeps the per-token cost to a few lookups.

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// feat hashes a template with its strings.
func feat(tpl byte, parts ...string) uint32 {
	h := fnvByte(fnvOffset, tpl)
	for _, p := range parts {
		h = fnvByte(h, 0)
		h = fnvString(h, p)
	}
	return h
}

// cueContext is what the cue features read besides the tokens: which
// tokens lie inside double quotes.
type cueContext struct {
	tx     *token.Text
	quoted []bool

	lastSent   int // first token of the sentence quotedSent last saw, plus one
	lastQuoted bool
}

// word returns the lower-cased form of token i as a feature value, or a
// boundary marker outside the sentence [s0, s1).
func (c *cueContext) word(i, s0, s1 int) string {
	if i < s0 {
		return "<s>"
	}
	if i >= s1 {
		return "</s>"
	}
	t := c.tx.Tokens[i]
	switch t.Kind {
	case token.Quote:
		if t.Has(token.Open) && !t.Has(token.Close) {
			return "<q"
		}
		if t.Has(token.Close) && !t.Has(token.Open) {
			return "q>"
		}
		return "<q>"
	case token.Number:
		return "<num>"
	}
	return c.tx.Lower(i)
}

// shape is a one-letter class of token i: X capitalized, A all capitals,
// x lower-case, d number, q quotation mark, or the punctuation itself.
func (c *cueContext) shape(i, s0, s1 int) string {
	if i < s0 || i >= s1 {
		return "_"
	}
	t := c.tx.Tokens[i]
	switch t.Kind {
	case token.Quote:
		return "q"
	case token.Number:
		return "d"
	case token.Punct:
		return c.tx.Text(i)
	}
	switch {
	case t.Has(token.AllUpper):
		return "A"
	case t.Has(token.Upper):
		return "X"
	}
	return "x"
}

// cueFeatures appends the features of token i to buf. prev tells whether
// the token before was taken as a cue head, and last is the previous token
// of the sentence taken as one, or -1 (greedy left-to-right reading): a cue
// inside the reported clause of another is rarely one of its own.
func (c *cueContext) cueFeatures(buf []uint32, i int, prev bool, last int) []uint32 {
	tx := c.tx
	s := tx.SentOf(i)
	s0, s1 := s.From, s.To
	w := c.word(i, s0, s1)
	wm1, wp1 := c.word(i-1, s0, s1), c.word(i+1, s0, s1)
	wm2, wp2 := c.word(i-2, s0, s1), c.word(i+2, s0, s1)
	buf = append(buf,
		feat('b'),
		feat('w', w),
		feat('p', wm1),
		feat('n', wp1),
		feat('P', wm2),
		feat('N', wp2),
		feat('1', wm1, w),
		feat('2', w, wp1),
		feat('3', wm2, wm1, w),
		feat('4', w, wp1, wp2),
		feat('s', c.shape(i-1, s0, s1), c.shape(i, s0, s1), c.shape(i+1, s0, s1)),
		feat('S', c.shape(i-2, s0, s1), c.shape(i-1, s0, s1)),
		feat('T', c.shape(i+1, s0, s1), c.shape(i+2, s0, s1)),
	)
	if len(w) > 3 {
		buf = append(buf, feat('x', w[len(w)-3:]), feat('y', w[len(w)-2:]))
	}
	if prev {
		buf = append(buf, feat('c', w))
	} else {
		buf = append(buf, feat('C'))
	}
	// Where the token sits: start or end of its sentence.
	pos := "mid"
	switch {
	case i == s0:
		pos = "first"
	case i+1 >= s1 || tx.Tokens[i+1].Kind == token.Punct && i+2 >= s1:
		pos = "last"
	}
	buf = append(buf, feat('o', pos), feat('O', pos, w))
	// Quotes around: a quote that closes just before, or opens just after.
	qb, qa, qs := c.quoteNear(i, s0, s1)
	buf = append(buf, feat('q', qb, qa), feat('Q', qb, qa, w), feat('z', qs))
	// The next word after adverbs: "said (on Tuesday) that".
	if k := c.nextThat(i, s1); k != "" {
		buf = append(buf, feat('t', k), feat('u', k, w))
	}
	if c.quoted[i] {
		buf = append(buf, feat('i'))
	}
	if last >= s0 && last < i {
		between := "-"
		for k := last + 1; k < i; k++ {
			if tx.Is(k, "that") {
				between = "that"
				break
			}
			if tx.IsPunct(k, ",") {
				between = ","
			}
		}
		buf = append(buf, feat('l', between), feat('L', between, w))
	}
	return buf
}

// quoteNear describes the quotation marks near token i: whether a quote
// closes within three tokens before it, opens within three after it, and
// whether its sentence quotes anything.
func (c *cueContext) quoteNear(i, s0, s1 int) (before, after, sent string) {
	tx := c.tx
	before, after, sent = "-", "-", "-"
	for k := i - 1; k >= s0 && k >= i-4; k-- {
		if t := tx.Tokens[k]; t.Kind == token.Quote && t.Has(token.Close) {
			before = "b"
			break
		}
	}
	for k := i + 1; k < s1 && k <= i+4; k++ {
		if t := tx.Tokens[k]; t.Kind == token.Quote && t.Has(token.Open) {
			after = "a"
			break
		}
	}
	if c.quotedSent(s0, s1) {
		sent = "s"
	}
	return before, after, sent
}

// quotedSent reports whether the sentence [s0, s1) holds a double mark,
// remembering the answer for the sentence last asked about.
func (c *cueContext) quotedSent(s0, s1 int) bool {
	if c.lastSent == s0+1 {
		return c.lastQuoted
	}
	q := false
	for k := s0; k < s1; k++ {
		if c.tx.Tokens[k].Kind == token.Quote && c.tx.Tokens[k].Mark.Double() {
			q = true
			break
		}
	}
	c.lastSent, c.lastQuoted = s0+1, q
	return q
}

// nextThat returns "that" or ":" when one follows token i within five
// tokens, before any other clause mark, else "".
func (c *cueContext) nextThat(i, s1 int) string {
	tx := c.tx
	for k := i + 1; k < s1 && k <= i+5; k++ {
		switch {
		case tx.Is(k, "that"):
			return "that"
		case tx.IsPunct(k, ":"):
			return ":"
		case tx.Tokens[k].Kind == token.Punct:
			return ""
		}
	}
	return ""
}

// cueCandidate reports whether token i may head a cue: a word, or a colon
// (headline attributions: "Trump: …"), outside double quotes.
func (c *cueContext) cueCandidate(i int) bool {
	t := c.tx.Tokens[i]
	if c.quoted[i] {
		return false
	}
	return t.Kind == token.Word && !t.Has(token.Possessive) || t.Kind == token.Punct && c.tx.Text(i) == ":"
}

// isAuxWord reports whether a lower-cased word is an auxiliary or adverb
// that a cue span may start with before its head ("has also said").
func isAuxWord(w string) bool {
	return auxAdverbs[w] || isAdverb(w)
}

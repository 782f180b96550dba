package quote

import (
	"strings"

	"github.com/whosaid/whosaid/extract/token"
)

// cue is a word or phrase that attributes content to a source.
type cue struct {
	span       token.Span // "said", "called for", "according to"
	according  bool       // "according to X": the source follows
	participle bool       // ", saying …", ", adding that …": the source is the main clause's subject
}

// cueThreshold is the score above which a token heads a cue. Zero is the
// perceptron's own boundary.
const cueThreshold = -2

// findCues marks the cues of the text outside quoted spans, in text order,
// with the learned cue model.
func (f *finder) findCues() {
	tx := f.tx
	m := defaultCues()
	ctx := cueContext{tx: tx, quoted: f.quoted}
	buf := make([]uint32, 0, 32)
	prev, last := false, -1
	for i := 0; i < len(tx.Tokens); i++ {
		if !ctx.cueCandidate(i) {
			prev = false
			continue
		}
		buf = ctx.cueFeatures(buf[:0], i, prev, last)
		prev = m.score(buf) > cueThreshold
		if !prev {
			continue
		}
		last = i
		f.cues = append(f.cues, f.cueAt(i))
	}
}

// cueAt builds the cue whose head is token i.
func (f *finder) cueAt(i int) cue {
	tx := f.tx
	w := tx.Lower(i)
	c := cue{span: token.Span{From: i, To: i + 1}}
	if w == "according" && tx.Is(i+1, "to") {
		c.span.To++
		c.according = true
		return c
	}
	if i+1 < len(tx.Tokens) && particlesAfter[w+" "+tx.Lower(i+1)] {
		c.span.To++
	}
	c.participle = strings.HasSuffix(w, "ing") && i > 0 &&
		(tx.IsPunct(i-1, ",") || tx.Is(i-1, "while") || tx.Is(i-1, "after") || tx.Is(i-1, "before"))
	return c
}

// particlesAfter are verb + particle pairs that form one cue.
var particlesAfter = map[string]bool{
	"called for": true, "calls for": true, "calling for": true, "call for": true,
	"called on": true, "calls on": true, "calling on": true, "pointed out": true,
	"points out": true, "pointing out": true, "point out": true,
}

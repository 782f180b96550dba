package quote

import (
	"strings"

	"github.com/whosaid/whosaid/extract/token"
)

// TrainingText is one text with its gold attributions, the input of
// TrainCues and TrainSources. Offsets are bytes into Text.
type TrainingText struct {
	Text         string
	Attributions []TrainingAttribution
}

// TrainingAttribution is one gold attribution: its cue span, the spans of
// its source (none when the text names no source) and of its content.
type TrainingAttribution struct {
	Cue     [2]int
	Source  [][2]int
	Content [][2]int
}

// TrainOptions tune TrainCues and TrainSources.
type TrainOptions struct {
	Epochs int     // passes over the texts; 0 means 8
	Prune  float64 // drop weights whose magnitude is below this; 0 keeps all
}

// TrainCues trains the cue model: an averaged perceptron over the tokens
// of texts, read left to right, where a token is positive when it heads a
// gold cue (the first word of the cue that is not an auxiliary or adverb:
// "called" in "has also called for"). The texts are visited in a fixed
// order that changes with each epoch, so the result is reproducible.
func TrainCues(texts []TrainingText, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	type prepared struct {
		ctx   cueContext
		heads []bool
	}
	preps := make([]prepared, len(texts))
	for k, t := range texts {
		tx := token.New(t.Text)
		cues := make([][2]int, len(t.Attributions))
		for i, a := range t.Attributions {
			cues[i] = a.Cue
		}
		preps[k] = prepared{ctx: cueContext{tx: tx, quoted: quotedTokens(tx)}, heads: cueHeads(tx, cues)}
	}
	p := newAveraged()
	var buf []uint32
	order := make([]int, len(preps))
	for k := range order {
		order[k] = k
	}
	rng := uint64(1)
	for ep := 0; ep < opt.Epochs; ep++ {
		shuffle(order, &rng)
		for _, k := range order {
			pr := &preps[k]
			prev, last := false, -1
			for i := range pr.ctx.tx.Tokens {
				if !pr.ctx.cueCandidate(i) {
					prev = false
					continue
				}
				buf = pr.ctx.cueFeatures(buf[:0], i, prev, last)
				pred := p.score(buf) > 0
				if pred != pr.heads[i] {
					d := -1.0
					if pr.heads[i] {
						d = 1
					}
					p.update(buf, d)
				}
				p.tick()
				prev = pred
				if pred {
					last = i
				}
			}
		}
	}
	// The words that may head a cue: those that headed one at least twice
	// in training, function words aside. Scoring only them keeps the model
	// off the tokens that never matter, which is most of a text.
	counts, seen := map[string]int{}, map[string]int{}
	for _, pr := range preps {
		for i, h := range pr.heads {
			if pr.ctx.cueCandidate(i) {
				seen[pr.ctx.tx.Lower(i)]++
			}
			if h {
				counts[pr.ctx.tx.Lower(i)]++
			}
		}
	}
	heads := map[uint32]bool{}
	for w, n := range counts {
		if n >= minHeadCount && !determiners[w] && !npInner[w] && !headSkip[w] {
			heads[fnvString(fnvOffset, w)] = true
			if n >= strongCount && 2*n >= seen[w] {
				heads[strongKey(w)] = true
			}
		}
	}
	return p.model(opt.Prune, heads)
}

// minHeadCount is how often a word must head a cue in training to be
// taken for one: once may be an annotator's slip.
const minHeadCount = 1

// strongCount is how often a word must head a cue, and at least every
// other time it is seen, to be a strong head: one that attributes in a
// headline, where context says little.
const strongCount = 3

// headSkip are words a cue may open with that are not its head: "to say",
// "in a statement".
var headSkip = map[string]bool{"to": true, "a": true, "an": true, "the": true, "in": true}

// quotedTokens marks the tokens inside double-quoted spans, marks included.
func quotedTokens(tx *token.Text) []bool {
	q := make([]bool, len(tx.Tokens))
	for _, s := range pairMarks(tx) {
		if s.single {
			continue
		}
		end := s.to
		if s.close >= 0 {
			end = s.close + 1
		}
		for i := s.open; i < end; i++ {
			q[i] = true
		}
	}
	return q
}

// cueHeads marks the head token of each cue span: its first token that is
// not an auxiliary or adverb, or its first token when all are.
func cueHeads(tx *token.Text, cues [][2]int) []bool {
	heads := make([]bool, len(tx.Tokens))
	for _, c := range cues {
		first, head := -1, -1
		for i, t := range tx.Tokens {
			if int(t.End) <= c[0] || int(t.Start) >= c[1] {
				continue
			}
			if first < 0 {
				first = i
			}
			if t.Kind == token.Word && !headAux(tx.Lower(i)) && !headSkip[tx.Lower(i)] || t.Kind == token.Punct {
				head = i
				break
			}
		}
		if head < 0 {
			head = first
		}
		if head >= 0 {
			heads[head] = true
		}
	}
	return heads
}

// headAux reports whether a word of a gold cue span is skipped on the way
// to its head: an auxiliary, or any word in -ly. It is kept as the shipped
// cue model was trained with it, so that training reproduces the model.
func headAux(w string) bool {
	return auxAdverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4
}

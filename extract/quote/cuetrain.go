package quote

import (
	"math"

	"github.com/whosaid/whosaid/extract/token"
)

// TrainingText is one text with the byte spans of its gold attribution
// cues, the input of TrainCues.
type TrainingText struct {
	Text string
	Cues [][2]int // byte offsets [start, end) of each cue
}

// TrainOptions tune TrainCues.
type TrainOptions struct {
	Epochs int     // passes over the texts; 0 means 8
	Prune  float64 // drop weights whose magnitude is below this; 0 keeps all
}

// TrainCues trains the cue model: an averaged perceptron over the tokens
// of texts, read left to right, where a token is positive when it heads a
// gold cue (the first word of the cue that is not an auxiliary or adverb:
// "called" in "has also called for"). The texts are visited in a fixed
// order that changes with each epoch, so the result is reproducible.
func TrainCues(texts []TrainingText, opt TrainOptions) *CueModel {
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
		preps[k] = prepared{ctx: cueContext{tx: tx, quoted: quotedTokens(tx)}, heads: cueHeads(tx, t.Cues)}
	}
	w := map[uint32]float64{}
	u := map[uint32]float64{}
	c := 1.0
	var buf []uint32
	order := make([]int, len(preps))
	for k := range order {
		order[k] = k
	}
	rng := uint64(1)
	for ep := 0; ep < opt.Epochs; ep++ {
		// A fixed-seed Fisher–Yates shuffle: the same order on every run.
		for k := len(order) - 1; k > 0; k-- {
			rng = rng*6364136223846793005 + 1442695040888963407
			j := int((rng >> 33) % uint64(k+1))
			order[k], order[j] = order[j], order[k]
		}
		for _, k := range order {
			p := &preps[k]
			prev, last := false, -1
			for i := range p.ctx.tx.Tokens {
				if !p.ctx.cueCandidate(i) {
					prev = false
					continue
				}
				buf = p.ctx.cueFeatures(buf[:0], i, prev, last)
				var s float64
				for _, f := range buf {
					s += w[f]
				}
				pred := s > 0
				if pred != p.heads[i] {
					d := -1.0
					if p.heads[i] {
						d = 1
					}
					for _, f := range buf {
						w[f] += d
						u[f] += c * d
					}
				}
				c++
				prev = pred
				if pred {
					last = i
				}
			}
		}
	}
	m := &CueModel{w: make(map[uint32]float32, len(w)), heads: map[uint32]bool{}}
	for _, p := range preps {
		for i, h := range p.heads {
			if h {
				m.heads[fnvString(fnvOffset, p.ctx.tx.Lower(i))] = true
			}
		}
	}
	for f, v := range w {
		avg := v - u[f]/c
		if math.Abs(avg) > opt.Prune && avg != 0 {
			m.w[f] = float32(avg)
		}
	}
	return m
}

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
			if t.Kind == token.Word && !isAuxWord(tx.Lower(i)) && !headSkip[tx.Lower(i)] || t.Kind == token.Punct {
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

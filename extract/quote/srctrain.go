package quote

import (
	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// TrainSources trains the source model on texts, finding attributions with
// the cue model cues: every attribution whose cue head lies in a gold cue
// is an example, whose right answers are the candidates that overlap the
// gold source (or "none" when the gold names no source). A ranking
// perceptron, averaged, visits the texts in a fixed order per epoch.
func TrainSources(texts []TrainingText, cues *Model, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	type example struct {
		feats [][]uint32 // per candidate
		good  []bool
	}
	var exs []example
	for _, t := range texts {
		tx := token.New(t.Text)
		f := newFinder(tx, actor.Find(tx, actor.Embedded), cues, nil, nil)
		f.interviews()
		f.signedParagraphs()
		f.findCues()
		f.attribute()
		for k := range f.attrs {
			a := &f.attrs[k]
			if a.from >= 0 || a.resolved {
				continue
			}
			g := goldFor(tx, a, t.Attributions)
			if g == nil {
				continue
			}
			var ex example
			any := false
			for _, c := range f.candidates(a) {
				ok := sourceMatches(tx, c.span, g.Source)
				ex.feats = append(ex.feats, f.srcFeatures(nil, a, c))
				ex.good = append(ex.good, ok)
				any = any || ok
			}
			if any {
				exs = append(exs, ex)
			}
		}
	}
	p := newAveraged()
	order := make([]int, len(exs))
	for k := range order {
		order[k] = k
	}
	rng := uint64(7)
	for ep := 0; ep < opt.Epochs; ep++ {
		shuffle(order, &rng)
		for _, k := range order {
			ex := &exs[k]
			best, bestGood := -1, -1
			var bs, bg float64
			for ci, fs := range ex.feats {
				s := p.score(fs)
				if best < 0 || s > bs {
					best, bs = ci, s
				}
				if ex.good[ci] && (bestGood < 0 || s > bg) {
					bestGood, bg = ci, s
				}
			}
			if !ex.good[best] {
				p.update(ex.feats[bestGood], 1)
				p.update(ex.feats[best], -1)
			}
			p.tick()
		}
	}
	return p.model(opt.Prune, map[uint32]bool{})
}

// goldFor returns the gold attribution whose cue holds a's cue head.
func goldFor(tx *token.Text, a *attr, golds []TrainingAttribution) *TrainingAttribution {
	h := tx.Tokens[a.cue.From]
	for k := range golds {
		if int(h.Start) < golds[k].Cue[1] && int(h.End) > golds[k].Cue[0] {
			return &golds[k]
		}
	}
	return nil
}

// sourceMatches reports whether candidate sp overlaps the gold source, or
// both are empty.
func sourceMatches(tx *token.Text, sp token.Span, gold [][2]int) bool {
	if sp.Len() == 0 {
		return len(gold) == 0
	}
	s, e := int(tx.Tokens[sp.From].Start), int(tx.Tokens[sp.To-1].End)
	for _, g := range gold {
		if s < g[1] && e > g[0] {
			return true
		}
	}
	return false
}

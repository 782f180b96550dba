package quote

import (
	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// KeepExample is one attribution found in a training text by the cue and
// source models: its keep features, and whether it matches a gold
// attribution, content and source.
type KeepExample struct {
	feats []uint32
	good  bool
}

// KeepExamples finds the attributions of texts with the cue and source
// models given, as Find does, and labels each against the gold. The models
// must not have been trained on texts: the keep model has to learn the
// errors they make on text they have not seen.
func KeepExamples(texts []TrainingText, cues, sources *Model) []KeepExample {
	var out []KeepExample
	for _, t := range texts {
		tx := token.New(t.Text)
		f := newFinder(tx, actor.Find(tx, actor.Embedded), cues, sources, nil)
		f.attributions()
		f.chooseSources()
		ranges := f.contentRanges()
		for k := range f.attrs {
			a := &f.attrs[k]
			if a.cueIdx == 0 || a.from >= 0 || a.direct && pruneIndirectOnly {
				continue
			}
			out = append(out, KeepExample{feats: f.keepFeatures(nil, a, k, ranges), good: f.goldMatch(a, t.Attributions)})
		}
	}
	return out
}

// goldMatch reports whether one of a's quotes overlaps the content of a
// gold attribution by half the shorter of the two, with a source that
// overlaps the gold source (or neither has one): the test the quote
// scorer applies.
func (f *finder) goldMatch(a *attr, golds []TrainingAttribution) bool {
	tx := f.tx
	for _, sp := range f.contentSpans(a) {
		if sp.Len() <= 0 {
			continue
		}
		p0, p1 := int(tx.Tokens[sp.From].Start), int(tx.Tokens[sp.To-1].End)
		for _, g := range golds {
			ov, gl := 0, 0
			for _, c := range g.Content {
				ov += max(0, min(p1, c[1])-max(p0, c[0]))
				gl += c[1] - c[0]
			}
			if ov > 0 && 2*ov >= min(p1-p0, gl) && sourceMatches(tx, a.src, g.Source) {
				return true
			}
		}
	}
	return false
}

// TrainKeep trains the keep model on examples: an averaged perceptron
// that visits them in a fixed order per epoch.
func TrainKeep(exs []KeepExample, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	p := newAveraged()
	order := make([]int, len(exs))
	for k := range order {
		order[k] = k
	}
	rng := uint64(11)
	for ep := 0; ep < opt.Epochs; ep++ {
		shuffle(order, &rng)
		for _, k := range order {
			ex := &exs[k]
			if pred := p.score(ex.feats) > 0; pred != ex.good {
				d := -1.0
				if ex.good {
					d = 1
				}
				p.update(ex.feats, d)
			}
			p.tick()
		}
	}
	return p.model(opt.Prune, map[uint32]bool{})
}

package quote

import "math"

// averaged is an averaged perceptron being trained: the weights, their
// running sums for the average, and the step count.
type averaged struct {
	w, u map[uint32]float64
	c    float64
}

func newAveraged() *averaged {
	return &averaged{w: map[uint32]float64{}, u: map[uint32]float64{}, c: 1}
}

func (p *averaged) score(feats []uint32) float64 {
	var s float64
	for _, f := range feats {
		s += p.w[f]
	}
	return s
}

// update adds d to the weights of feats.
func (p *averaged) update(feats []uint32, d float64) {
	for _, f := range feats {
		p.w[f] += d
		p.u[f] += p.c * d
	}
}

// tick counts one example seen.
func (p *averaged) tick() { p.c++ }

// model returns the averaged weights whose magnitude exceeds prune, with
// the given head words.
func (p *averaged) model(prune float64, heads map[uint32]bool) *Model {
	w := make(map[uint32]float32, len(p.w))
	for f, v := range p.w {
		avg := v - p.u[f]/p.c
		if math.Abs(avg) > prune && avg != 0 {
			w[f] = float32(avg)
		}
	}
	return newModel(w, heads)
}

// shuffle reorders idx with a fixed-seed generator, so that training
// visits examples in an order that changes each epoch yet is the same on
// every run.
func shuffle(idx []int, rng *uint64) {
	for k := len(idx) - 1; k > 0; k-- {
		*rng = *rng*6364136223846793005 + 1442695040888963407
		j := int((*rng >> 33) % uint64(k+1))
		idx[k], idx[j] = idx[j], idx[k]
	}
}

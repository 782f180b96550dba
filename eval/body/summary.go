package body

import (
	"cmp"
	"slices"
)

// PageScore is one page's comparison with its gold body.
type PageScore struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Counts Counts `json:"counts"`
	// Exact is true when the predicted token list equals the gold one.
	Exact bool `json:"exact"`
}

// F1 is the page's own F1, used to rank pages.
func (p PageScore) F1() float64 { return p.Counts.F1() }

// Summary is the score of a whole set, as the benchmark publishes it.
type Summary struct {
	Pages     int     `json:"pages"`
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Accuracy  float64 `json:"accuracy"`
}

// Summarize averages per-page precision over the pages where something was
// predicted (TP+FP > 0) and recall over the pages where the gold has
// something (TP+FN > 0), then takes F1 from the two averages. Accuracy is the
// share of pages whose token lists are equal.
func Summarize(pages []PageScore) Summary {
	s := Summary{Pages: len(pages)}
	var np, nr, exact int
	for _, p := range pages {
		c := p.Counts
		if c.TP+c.FP > 0 {
			s.Precision += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			s.Recall += c.Recall()
			nr++
		}
		if p.Exact {
			exact++
		}
	}
	if np > 0 {
		s.Precision /= float64(np)
	}
	if nr > 0 {
		s.Recall /= float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if len(pages) > 0 {
		s.Accuracy = float64(exact) / float64(len(pages))
	}
	return s
}

// Worst returns the n pages with the lowest F1, worst first; ties keep the
// pages' order.
func Worst(pages []PageScore, n int) []PageScore {
	w := slices.Clone(pages)
	slices.SortStableFunc(w, func(a, b PageScore) int { return cmp.Compare(a.F1(), b.F1()) })
	return w[:min(n, len(w))]
}

// Score compares every gold page with its prediction; a page missing from
// preds counts as an empty prediction.
func Score(gold []Page, preds map[string]string) []PageScore {
	out := make([]PageScore, 0, len(gold))
	for _, g := range gold {
		p := preds[g.ID]
		out = append(out, PageScore{
			ID:     g.ID,
			URL:    g.URL,
			Counts: Match(g.Body, p),
			Exact:  SameTokens(g.Body, p),
		})
	}
	return out
}

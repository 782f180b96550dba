package quotes

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/quote"
)

// Counts are the tallies behind the figures for one set of texts.
//
// A predicted quote matches a gold attribution when the code points their
// contents share are at least half of the shorter content (a discontinuous
// gold content counts as the union of its spans). PredMatched counts the
// predicted quotes that match some gold attribution and GoldMatched the gold
// attributions that some prediction matches, so one gold quote split around
// its attribution ("First," she said. "Second.") can be matched by both
// halves. A matched pair is source-correct when the predicted speaker
// mention overlaps the gold Source, or when neither names a source.
// The Strict counts pair predictions and gold one to one (greedily, largest
// overlap first), for a figure that no long prediction can inflate.
type Counts struct {
	Texts       int
	Pred, Gold  int
	PredMatched int
	GoldMatched int
	PredSource  int // predictions matching some gold with a correct source
	GoldSource  int // gold matched by some prediction with a correct source
	Pairs       int // one-to-one matched pairs
	PairsSource int // of which source-correct
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Texts += o.Texts
	c.Pred += o.Pred
	c.Gold += o.Gold
	c.PredMatched += o.PredMatched
	c.GoldMatched += o.GoldMatched
	c.PredSource += o.PredSource
	c.GoldSource += o.GoldSource
	c.Pairs += o.Pairs
	c.PairsSource += o.PairsSource
}

// Figures are precision, recall and their harmonic mean.
type Figures struct{ P, R, F1 float64 }

func figures(tp1, n1, tp2, n2 int) Figures {
	var f Figures
	if n1 > 0 {
		f.P = float64(tp1) / float64(n1)
	}
	if n2 > 0 {
		f.R = float64(tp2) / float64(n2)
	}
	if f.P+f.R > 0 {
		f.F1 = 2 * f.P * f.R / (f.P + f.R)
	}
	return f
}

// Content is content precision (matched predictions / predictions), recall
// (matched gold / gold) and F1.
func (c Counts) Content() Figures { return figures(c.PredMatched, c.Pred, c.GoldMatched, c.Gold) }

// Source is source precision (source-correct matched predictions /
// predictions), recall (source-correct matched gold / gold) and F1.
func (c Counts) Source() Figures { return figures(c.PredSource, c.Pred, c.GoldSource, c.Gold) }

// StrictContent is Content with one-to-one pairs.
func (c Counts) StrictContent() Figures { return figures(c.Pairs, c.Pred, c.Pairs, c.Gold) }

// StrictSource is Source with one-to-one pairs.
func (c Counts) StrictSource() Figures {
	return figures(c.PairsSource, c.Pred, c.PairsSource, c.Gold)
}

// Result is the score of one text: all attributions, and direct ones alone
// (gold content holding a double quotation mark; predicted kinds direct and
// partial), with what was missed.
type Result struct {
	All, Direct Counts
	Misses      []Miss
}

// Miss is one error worth reading: a gold attribution no prediction matched,
// a prediction that matches no gold, or a matched pair whose source is wrong.
type Miss struct {
	What    string // "missed", "spurious" or "source"
	Gold    *Attribution
	Pred    *quote.Quote
	Context string   // the gold content, as written
	Cue     string   // the gold cue, as written
	Source  string   // the gold source, as written
	Got     []string // the speaker mentions of the predictions that match a gold with a wrong source
}

// Score compares the quotes predicted for text with its gold attributions.
func Score(text string, gold []Attribution, pred []quote.Quote) Result {
	runes := []rune(text)
	var r Result
	r.All = score(gold, pred, nil)
	var dg []Attribution
	for _, g := range gold {
		if isDirect(spanText(runes, g.Content)) {
			dg = append(dg, g)
		}
	}
	var dp []quote.Quote
	for _, p := range pred {
		if p.Kind == quote.Direct || p.Kind == quote.Partial {
			dp = append(dp, p)
		}
	}
	r.Direct = score(dg, dp, nil)
	score(gold, pred, func(m Miss) {
		if m.Gold != nil {
			m.Context = spanText(runes, m.Gold.Content)
			m.Cue = spanText(runes, m.Gold.Cue)
			m.Source = spanText(runes, m.Gold.Source)
		}
		r.Misses = append(r.Misses, m)
	})
	return r
}

type pair struct{ p, g, overlap int }

func score(gold []Attribution, pred []quote.Quote, miss func(Miss)) Counts {
	c := Counts{Texts: 1, Pred: len(pred), Gold: len(gold)}
	var pairs []pair
	goldOK := make([]bool, len(gold))
	goldSrc := make([]bool, len(gold))
	for pi := range pred {
		p := &pred[pi]
		matched, src := false, false
		for gi := range gold {
			ov, ok := matches(p, &gold[gi])
			if !ok {
				continue
			}
			matched = true
			goldOK[gi] = true
			s := sourceOK(p, &gold[gi])
			src = src || s
			goldSrc[gi] = goldSrc[gi] || s
			pairs = append(pairs, pair{pi, gi, ov})
		}
		if matched {
			c.PredMatched++
		} else if miss != nil {
			miss(Miss{What: "spurious", Pred: p})
		}
		if src {
			c.PredSource++
		}
	}
	for gi := range gold {
		if goldOK[gi] {
			c.GoldMatched++
		} else if miss != nil {
			miss(Miss{What: "missed", Gold: &gold[gi]})
		}
		if goldSrc[gi] {
			c.GoldSource++
		} else if goldOK[gi] && miss != nil {
			m := Miss{What: "source", Gold: &gold[gi]}
			for _, pr := range pairs {
				if pr.g == gi {
					if m.Pred == nil {
						m.Pred = &pred[pr.p]
					}
					m.Got = append(m.Got, pred[pr.p].Speaker.Mention)
				}
			}
			miss(m)
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	usedP := make([]bool, len(pred))
	usedG := make([]bool, len(gold))
	for _, pr := range pairs {
		if usedP[pr.p] || usedG[pr.g] {
			continue
		}
		usedP[pr.p], usedG[pr.g] = true, true
		c.Pairs++
		if sourceOK(&pred[pr.p], &gold[pr.g]) {
			c.PairsSource++
		}
	}
	return c
}

// matches returns the overlap of p's content with g's, and whether it is at
// least half of the shorter of the two.
func matches(p *quote.Quote, g *Attribution) (int, bool) {
	ps := Span{p.Start, p.End}
	ov, gl := 0, 0
	for _, s := range g.Content {
		ov += overlap(ps, s)
		gl += s.Len()
	}
	short := min(ps.Len(), gl)
	return ov, ov > 0 && 2*ov >= short
}

// sourceOK reports whether p's speaker mention overlaps g's source, or
// whether both have none.
func sourceOK(p *quote.Quote, g *Attribution) bool {
	ms := Span{p.Speaker.Start, p.Speaker.End}
	if len(g.Source) == 0 {
		return ms.Len() == 0
	}
	for _, s := range g.Source {
		if overlap(ms, s) > 0 {
			return true
		}
	}
	return false
}

func overlap(a, b Span) int { return max(0, min(a.End, b.End)-max(a.Start, b.Start)) }

// spanText returns the text of spans, joined by " … ".
func spanText(runes []rune, spans []Span) string {
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		if s.Start < 0 || s.End > len(runes) || s.Start > s.End {
			continue
		}
		parts = append(parts, string(runes[s.Start:s.End]))
	}
	return strings.Join(parts, " … ")
}

// isDirect reports whether a content holds a double quotation mark: the
// speaker's own words, in whole or in part.
func isDirect(s string) bool {
	return strings.ContainsAny(s, "\"“”„«»") || strings.Contains(s, "''")
}

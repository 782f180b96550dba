package quote

import "github.com/whosaid/whosaid/extract/token"

// qspan is a stretch of text between quotation marks.
type qspan struct {
	open, close int // token indexes of the marks; close is -1 when the quote runs on to the next paragraph
	from, to    int // the quoted tokens [from, to)
	cont        int // index of the qspan that continues it in the next paragraph, or -1
	prev        int // index of the qspan it continues, or -1
	single      bool
}

// pairMarks pairs the quotation marks of tx into quoted spans, in text
// order. Double marks pair within a paragraph; a quote left open at the end
// of a paragraph whose successor opens with a quotation mark continues there
// (the convention for speech that runs over several paragraphs). Single
// marks pair only outside double quotes and within a sentence, where an
// apostrophe is unlikely to be taken for one. A mark after "=" opens a
// markup attribute, not a quote.
func pairMarks(tx *token.Text) []qspan {
	var out []qspan
	for p, para := range tx.Paras {
		open := -1
		for i := para.From; i < para.To; i++ {
			t := tx.Tokens[i]
			if t.Kind != token.Quote || !t.Mark.Double() {
				continue
			}
			if open < 0 {
				if t.Has(token.Open) && t.Mark != token.DoubleRight && t.Mark != token.GuillemetRight || t.Mark == token.GuillemetRight && t.Has(token.Open) && !t.Has(token.Close) ||
					t.Mark == token.DoubleRight && i == para.From && t.Has(token.Open) && !t.Has(token.Close) {
					// ” opening a paragraph before a word is a typo for “.
					open = i
				}
				continue
			}
			if closes(tx.Tokens[open].Mark, t) {
				out = append(out, qspan{open: open, close: i, from: open + 1, to: i, cont: -1, prev: -1})
				open = -1
			} else if t.Has(token.Open) && !t.Has(token.Close) {
				open = i // the previous mark was stray
			}
		}
		if open >= 0 {
			q := qspan{open: open, close: -1, from: open + 1, to: para.To, cont: -1, prev: -1}
			if p+1 < len(tx.Paras) {
				if n := tx.Paras[p+1]; n.To > n.From && opensQuote(tx.Tokens[n.From]) {
					q.cont = len(out) + 1 // the next span found starts there
				}
			}
			out = append(out, q)
		}
	}
	for k := range out {
		if c := out[k].cont; c >= 0 {
			if c < len(out) && out[c].open == tx.Paras[tx.ParaOf(out[k].open)+1].From {
				out[c].prev = k
			} else {
				out[k].cont = -1
			}
		}
	}
	out = dropMarkup(tx, out)
	return mergeSingles(out, pairSingles(tx, out))
}

// opensQuote reports whether t is a double mark placed to open.
func opensQuote(t token.Token) bool {
	return t.Kind == token.Quote && t.Mark.Double() && t.Has(token.Open)
}

// closes reports whether t closes a quote opened by mark m.
func closes(m token.Mark, t token.Token) bool {
	if !t.Has(token.Close) {
		return false
	}
	switch m {
	case token.DoubleLow:
		return t.Mark == token.DoubleLeft || t.Mark == token.DoubleRight || t.Mark == token.DoubleStraight
	case token.GuillemetLeft:
		return t.Mark == token.GuillemetRight
	case token.GuillemetRight:
		return t.Mark == token.GuillemetLeft
	case token.TwoBackticks, token.TwoApostrophes:
		return t.Mark == token.TwoApostrophes || t.Mark == token.DoubleRight || t.Mark == token.DoubleStraight
	default: // “ and "
		return t.Mark == token.DoubleRight || t.Mark == token.DoubleStraight || t.Mark == token.TwoApostrophes ||
			t.Mark == token.DoubleLeft && !t.Has(token.Open) // a typo, but a common one
	}
}

// dropMarkup removes spans that are attribute values of markup left in the
// text (<tweet id="…">) and empty spans, keeping the continuation links.
func dropMarkup(tx *token.Text, qs []qspan) []qspan {
	idx := make([]int, len(qs)) // new index of each kept span, -1 when dropped
	n := 0
	for k, q := range qs {
		idx[k] = -1
		if q.from < q.to && !(q.open > 0 && tx.IsPunct(q.open-1, "=")) {
			idx[k] = n
			n++
		}
	}
	out := make([]qspan, 0, n)
	for k, q := range qs {
		if idx[k] < 0 {
			continue
		}
		if q.cont >= 0 {
			q.cont = idx[q.cont]
		}
		if q.prev >= 0 {
			q.prev = idx[q.prev]
		}
		out = append(out, q)
	}
	return out
}

// pairSingles pairs single quotation marks outside the double-quoted spans,
// within one sentence: ‘like this’ in headlines and British copy.
func pairSingles(tx *token.Text, doubles []qspan) []qspan {
	inside := func(i int) bool {
		for _, q := range doubles {
			if i >= q.open && (q.close < 0 && i < q.to || i <= q.close) {
				return true
			}
		}
		return false
	}
	var out []qspan
	for _, s := range tx.Sents {
		open := -1
		for i := s.From; i < s.To; i++ {
			t := tx.Tokens[i]
			if t.Kind != token.Quote || t.Mark.Double() {
				continue
			}
			if open < 0 {
				if t.Has(token.Open) && !t.Has(token.Close) && t.Mark != token.SingleRight && !inside(i) {
					open = i
				}
				continue
			}
			if t.Has(token.Close) && !t.Has(token.Open) && i > open+1 {
				out = append(out, qspan{open: open, close: i, from: open + 1, to: i, cont: -1, prev: -1, single: true})
				open = -1
			}
		}
	}
	return out
}

// mergeSingles adds single-quoted spans to the double ones in text order,
// fixing the continuation links.
func mergeSingles(doubles, singles []qspan) []qspan {
	if len(singles) == 0 {
		return doubles
	}
	out := make([]qspan, 0, len(doubles)+len(singles))
	newIdx := make([]int, len(doubles))
	d, s := 0, 0
	for d < len(doubles) || s < len(singles) {
		if s >= len(singles) || d < len(doubles) && doubles[d].open < singles[s].open {
			newIdx[d] = len(out)
			out = append(out, doubles[d])
			d++
		} else {
			out = append(out, singles[s])
			s++
		}
	}
	for k := range out {
		if out[k].single {
			continue
		}
		if out[k].cont >= 0 {
			out[k].cont = newIdx[out[k].cont]
		}
		if out[k].prev >= 0 {
			out[k].prev = newIdx[out[k].prev]
		}
	}
	return out
}

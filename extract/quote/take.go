package quote

import "github.com/whosaid/whosaid/extract/token"

// Which quotation an attribution takes: the quote before or after its cue,
// one in the sentence or paragraph before, and where the reported clause
// of a cue ends.

// ownAttribution reports whether quote q, opening a paragraph after the
// one of the cue at c, has an attribution of its own in its sentence: in
// "… is recorded in detail:" then "“Here comes Big Daddy,” she said", the
// quote is hers.
func (f *finder) ownAttribution(q, c int) bool {
	tx := f.tx
	qs := f.qs[q]
	if qs.close < 0 || tx.ParaOf(qs.open) == tx.ParaOf(c) {
		return false
	}
	sent := tx.SentOf(qs.close)
	return f.hasCue(token.Span{From: qs.close + 1, To: sent.To})
}

// subjectWord reports whether token i is a capitalized or role word, the
// kind "and" joins inside one subject ("the Florida senator and Republican
// presidential candidate").
func (f *finder) subjectWord(i int) bool {
	t := f.tx.Tokens[i]
	return t.Kind == token.Word && (t.Has(token.Upper) || roleLike(f.tx.Lower(i)))
}

// laterQuote finds the quote that follows cue ci later in its sentence,
// after a comma or colon, and runs to the sentence end, with no other cue
// and no "that" between: the cue's content despite the adjuncts before it.
func (f *finder) laterQuote(ci int, g group) int {
	tx := f.tx
	c := f.cues[ci]
	for i := c.span.To; i < g.sentEnd; i++ {
		if tx.Is(i, "that") || ci+1 < len(f.cues) && f.cues[ci+1].span.From == i {
			return -1
		}
		q := f.quoteOpenAt(i)
		if q < 0 {
			continue
		}
		if f.claimed[q] || !(tx.IsPunct(i-1, ",") || tx.IsPunct(i-1, ":")) || !f.wholeRest(q, g.sentEnd) {
			return -1
		}
		return q
	}
	return -1
}

// endsAttribution reports whether nothing but the end of the sentence or a
// new clause follows the group: "…," Smith said. / "…," Smith said, adding …
func (f *finder) endsAttribution(g group) bool {
	tx := f.tx
	i := g.after
	// "…?" Sanders asked rhetorically. / "…," Levine said of Trump.
	for i < g.sentEnd && tx.Tokens[i].Kind == token.Word && isAdverb(tx.Lower(i)) {
		i++
	}
	if i < g.sentEnd && i == g.after && afterQuoteAdjuncts[tx.Lower(i)] {
		return true
	}
	return i >= g.sentEnd || tx.IsPunct(i, ",") || tx.IsPunct(i, ";") ||
		tx.IsPunct(i, ":") || tx.IsPunct(i, "\u2014") || tx.Is(i, "and")
}

// standsAfter reports whether an attribution standing alone after the
// quote that closes at b can be that quote's: in the same paragraph, and
// not one that introduces what follows with a colon ("Caddell continued:").
func (f *finder) standsAfter(q, b int, g group) bool {
	if b >= g.s0 {
		return true
	}
	if f.tx.ParaOf(b) != f.tx.ParaOf(g.s0) || f.tx.IsPunct(g.after, ":") {
		return false
	}
	if f.attributionComma(q) {
		return true
	}
	// A quote closed with a period is an attribution's only when the
	// attribution ends its sentence ("“…missing.” Trump said."): in "“B.”
	// He added, “C.”" or "“B.” He said, twice, that …" the cue has content
	// of its own, and B goes with the attribution before it.
	i := g.after
	for i < g.sentEnd && f.tx.Tokens[i].Kind == token.Word && isAdverb(f.tx.Lower(i)) {
		i++
	}
	return i >= g.sentEnd || i == g.after && afterQuoteAdjuncts[f.tx.Lower(i)]
}

// afterQuoteAdjuncts open what may follow "…," Smith said without being
// its content: "said of the senator", "said about the plan", "said as the
// crowd cheered".
var afterQuoteAdjuncts = map[string]bool{"of": true, "as": true, "about": true}

// attributionComma reports whether the quote q ends the way a quote before
// its attribution does: with a comma, question mark, exclamation mark or
// dash inside the marks.
func (f *finder) attributionComma(q int) bool {
	tx := f.tx
	qs := f.qs[q]
	if qs.close < 0 || qs.to <= qs.from {
		return false
	}
	last := qs.to - 1
	for last > qs.from && tx.Tokens[last].Kind == token.Quote && !tx.Tokens[last].Mark.Double() {
		last-- // "… the labels of ‘criminal, super predator,’”"
	}
	return tx.IsPunct(last, ",") || tx.IsPunct(last, "?") || tx.IsPunct(last, "!") ||
		tx.IsPunct(last, "\u2014") || tx.IsPunct(last, "--")
}

// quoteOpensSentence reports whether quote q opens the sentence of group g
// and closes on a comma: "“…,” Merkel told reporters after the meeting
// that was held …" has its content already, whatever "that" follows.
func (f *finder) quoteOpensSentence(q int, g group) bool {
	for i := g.s0; i < f.qs[q].open; i++ {
		if k := f.tx.Tokens[i].Kind; k != token.Punct && k != token.Quote {
			return false
		}
	}
	return f.attributionComma(q)
}

// takeQuote makes the quoted span q the content of a: a direct quote when it
// opens its sentence, else the clause up to it with q as a partial quote.
func (f *finder) takeQuote(a *attr, q int, g group) {
	qs := f.qs[q]
	first := qs.open
	for first > g.s0 && f.qs[q].prev < 0 {
		t := f.tx.Tokens[first-1]
		if t.Kind == token.Punct && !f.tx.IsPunct(first-1, ",") {
			first--
			continue
		}
		break
	}
	// A quote set off by a dash is a sentence of its own: "… - “faith that
	// shows itself,” he said - …".
	d := qs.open - 1
	dashed := d > g.s0 && (isDelim(f.tx, d) && !f.tx.IsPunct(d, ",") || f.tx.IsPunct(d, "-") && f.tx.Tokens[d].Has(token.SpaceBefore))
	if first <= g.s0 || qs.prev >= 0 || dashed {
		a.direct, a.quotes = true, []int{q}
		return
	}
	s0 := f.afterDateline(g.s0)
	a.parts = []token.Span{{From: s0, To: qs.close + 1}}
	a.partial = f.quotesIn(s0, qs.close+1)
}

// wholeRest reports whether quoted span q runs to the end of its sentence
// (or on into the next paragraph), so that it is the whole content.
func (f *finder) wholeRest(q, sentEnd int) bool {
	qs := f.qs[q]
	if qs.close < 0 {
		return true
	}
	return qs.close+1 >= sentEnd || f.tx.SentOf(qs.close).From != f.tx.SentOf(qs.open).From
}

// quotesIn returns the quoted spans that lie within [from, to).
func (f *finder) quotesIn(from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		if q := f.quoteOpenAt(i); q >= 0 && !f.claimed[q] && (f.qs[q].close < to || f.qs[q].close < 0) && !f.notQuote(q) {
			out = append(out, q)
		}
	}
	return out
}

// clauseEnd returns where the reported clause that starts at from ends: at
// the end of the sentence, at a semicolon, or before the next cue when
// that cue is coordinated with this one ("… and proposed …", "…, and Jones
// said …").
func (f *finder) clauseEnd(ci, from, sentEnd int) int {
	tx := f.tx
	end := sentEnd
	for i := from; i < sentEnd; i++ {
		if tx.IsPunct(i, ";") {
			end = i
			break
		}
	}
	for cj := ci + 1; cj < len(f.cues); cj++ {
		n := f.cues[cj]
		if n.span.From >= end {
			break
		}
		if n.participle && tx.IsPunct(n.span.From-1, ",") && n.span.From-1 > from {
			// "defended the plan, calling it …": the participle opens an
			// attribution of its own.
			end = n.span.From - 1
			break
		}
		ng := f.groupOf(n)
		k := ng.start - 1
		if tx.Is(k, "and") || tx.Is(k, "but") || tx.Is(k, "while") {
			k--
			for k > from && tx.IsPunct(k, ",") {
				k--
			}
			if k+1 > from {
				end = k + 1
			}
			break
		}
		if n.according && isDelim(tx, n.span.From-1) && n.span.From-1 > from {
			end = n.span.From - 1 // "…, according to officials"
			break
		}
		if (ng.src.Len() > 0 || !n.participle) && !n.according {
			// "Asked about it, Adelson said, “…”", "…, Bob said, while …"
			// and "…, to which 21 percent said “…”": a later attribution
			// set off by a comma closes this clause.
			if d := f.delimBefore(k, from); d > from {
				end = d
				break
			}
			// "An official, speaking on condition of anonymity, said …":
			// the comma before the later cue itself.
			kk := n.span.From - 1
			for kk > from && tx.Tokens[kk].Kind == token.Word && isAuxWord(tx.Lower(kk)) {
				kk--
			}
			if kk > from && isDelim(tx, kk) && ng.src.Len() > 0 && ng.src.To <= from {
				end = kk
				break
			}
			// "praised his ''faith'' - ''faith that …,'' he said - and …":
			// the quote before a later attribution is that one's.
			if q := f.quoteCloseAt(k); q >= 0 && f.attributionComma(q) && f.qs[q].open > from {
				end = f.qs[q].open
				break
			}
		}
	}
	for end > from && tx.Tokens[end-1].Kind == token.Punct && !f.inQuote(end-1) {
		end--
	}
	return end
}

// throughQuote extends a clause [from, end) that opens a quote closing
// after end, in a later sentence of the paragraph ("He said Cruz “has
// courage. He’s not afraid.”"), to the quote's end.
func (f *finder) throughQuote(from, end int) int {
	for i := from; i < end; i++ {
		q := f.quoteOpenAt(i)
		if q < 0 {
			continue
		}
		qs := f.qs[q]
		if qs.close >= end && qs.prev < 0 && !f.claimed[q] {
			return qs.close + 1
		}
		if qs.close >= 0 {
			i = qs.close
		}
	}
	return end
}

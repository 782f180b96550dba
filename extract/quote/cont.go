package quote

import (
	"strings"

	"github.com/whosaid/whosaid/extract/token"
)

// continuations gives the speaker of an attributed quote to the quotes that
// carry it on: the next paragraph of a quote left open at a paragraph's end,
// a second quoted sentence after the attribution ("…," she said. "…"), and
// paragraphs that open with a whole quote right after an attributed one.
// A quote with an attribution of its own is never taken.
func (f *finder) continuations() {
	owner := make([]int, len(f.qs))
	for q := range owner {
		owner[q] = -1
	}
	for k, a := range f.attrs {
		for _, q := range a.quotes {
			owner[q] = k
		}
		for _, q := range a.partial {
			owner[q] = k
		}
	}
	tx := f.tx
	for q, qs := range f.qs {
		if owner[q] >= 0 || f.claimed[q] || qs.single || f.notQuote(q) || f.stageDirection(q) {
			continue
		}
		sent := tx.SentOf(qs.open)
		rest := sent.Span
		if !f.opensSentence(qs.open) {
			if !f.afterAbbreviation(qs.open) {
				continue
			}
			// "… gaveled shortly before 5 a.m. “Every county gets a
			// line.”": the abbreviation's period ended the sentence.
			rest.From = qs.open
		}
		if !f.wholeRest(q, sentenceEnd(tx, sent.Span)) || f.hasCue(rest) {
			continue
		}
		from := -1
		if qs.prev >= 0 && owner[qs.prev] >= 0 {
			from = owner[qs.prev]
		} else if k := f.lastAttrBefore(qs.open); k >= 0 && f.near(k, qs.open) {
			from = k
		}
		if from < 0 {
			a := attr{from: -1, direct: true, quotes: []int{q}}
			if c, src, ok := f.introducedBy(qs.open); ok {
				// "The editorial board writes:" closing the paragraph before.
				a.cue, a.src = c, src
			} else if c, src, ok := f.signedBy(q); ok {
				// A quote signed in the next paragraph: "— Sanders."
				a.cue, a.src = c, src
			}
			// Else a whole quoted sentence whose speaker the text does not
			// give: a quote all the same, of an unknown speaker.
			f.attrs = append(f.attrs, a)
			owner[q] = len(f.attrs) - 1
			f.claimed[q] = true
			continue
		}
		f.attrs = append(f.attrs, attr{cue: f.attrs[from].cue, src: f.attrs[from].src, from: from,
			direct: true, quotes: []int{q}})
		owner[q] = len(f.attrs) - 1
		f.claimed[q] = true
	}
}

// afterAbbreviation reports whether the quote mark at token i follows an
// abbreviation's period and opens on a capital, a sentence the tokenizer
// could not tell apart.
func (f *finder) afterAbbreviation(i int) bool {
	tx := f.tx
	if i < 1 || i+1 >= len(tx.Tokens) || tx.Tokens[i-1].Kind != token.Word || !tx.Tokens[i-1].Has(token.Abbrev) {
		return false
	}
	return strings.HasSuffix(tx.Text(i-1), ".") && tx.Tokens[i+1].Has(token.Upper)
}

// stageDirection reports whether quote q holds only words in brackets, a
// transcript's note on what happened: "(CROSSTALK.)", "[LAUGHTER]".
func (f *finder) stageDirection(q int) bool {
	tx := f.tx
	qs := f.qs[q]
	if qs.to-qs.from < 3 || !(tx.IsPunct(qs.from, "(") || tx.IsPunct(qs.from, "[")) {
		return false
	}
	for i := qs.from + 1; i < qs.to; i++ {
		if tx.IsPunct(i, ")") || tx.IsPunct(i, "]") {
			for j := i + 1; j < qs.to; j++ {
				if tx.Tokens[j].Kind != token.Punct {
					return false
				}
			}
			return true
		}
	}
	return false
}

// opensSentence reports whether token i is the first of its sentence, but
// for punctuation before it.
func (f *finder) opensSentence(i int) bool {
	s := f.tx.SentOf(i)
	for k := s.From; k < i; k++ {
		if f.tx.Tokens[k].Kind != token.Punct {
			return false
		}
	}
	return true
}

// hasCue reports whether a cue lies in span sp outside quotes.
func (f *finder) hasCue(sp token.Span) bool {
	for _, c := range f.cues {
		if c.span.From >= sp.From && c.span.From < sp.To {
			return true
		}
	}
	return false
}

// lastAttrBefore returns the attribution whose content or cue comes last
// before token i, or -1.
func (f *finder) lastAttrBefore(i int) int {
	best, pos := -1, -1
	for k, a := range f.attrs {
		if a.src.Len() == 0 && a.from < 0 && !a.direct {
			// "“…,” McCain said, asked about it in an interview. “…”":
			// a reported clause with no speaker passes the quote on.
			continue
		}
		if !a.direct && f.relative(a.src) && best >= 0 && f.tx.SentOf(f.attrs[best].cue.From).From == f.tx.SentOf(a.cue.From).From {
			// "“…,” said Mr. Ekovich, who noted that … “…”": the quote
			// goes on from the attribution the relative clause hangs on.
			continue
		}
		p := f.attrEnd(a)
		if p <= i && p > pos {
			best, pos = k, p
		}
	}
	return best
}

// attrEnd returns the token after the last one an attribution covers.
func (f *finder) attrEnd(a attr) int {
	end := a.cue.To
	for _, q := range a.quotes {
		if e := f.qs[q].to; e > end {
			end = e
		}
	}
	for _, p := range a.parts {
		if p.To > end {
			end = p.To
		}
	}
	return end
}

// near reports whether attribution k is in the paragraph of token i or the
// one before, with no other sentence of the writer's between them.
func (f *finder) near(k, i int) bool {
	tx := f.tx
	end := f.attrEnd(f.attrs[k])
	if end > 0 {
		end--
	}
	pa, pi := tx.ParaOf(end), tx.ParaOf(i)
	if pi-pa > 1 {
		return false
	}
	// Every sentence between must be part of the attribution or quoted.
	for s := int(tx.Tokens[end].Sent) + 1; s < int(tx.Tokens[i].Sent); s++ {
		if !f.inQuote(tx.Sents[s].From) {
			return false
		}
	}
	return f.attrs[k].src.Len() > 0 || f.attrs[k].from >= 0
}

// introducedBy reads the paragraph before token i when it ends with a colon
// ("The editorial board writes:"): the colon as cue and the subject of its
// sentence as source.
func (f *finder) introducedBy(i int) (cue, src token.Span, ok bool) {
	tx := f.tx
	p := tx.ParaOf(i)
	if p == 0 || tx.Paras[p].From != i {
		return cue, src, false
	}
	prev := tx.Paras[p-1]
	last := prev.To - 1
	if last < prev.From || !tx.IsPunct(last, ":") {
		return cue, src, false
	}
	src = f.mainSubject(last, tx.SentOf(last).From)
	return token.Span{From: last, To: last + 1}, src, src.Len() > 0
}

// signedBy reads the paragraph after quote q when it only names who said
// it: "— Sanders." or "- Bernie Sanders".
func (f *finder) signedBy(q int) (cue, src token.Span, ok bool) {
	tx := f.tx
	qs := f.qs[q]
	if qs.close < 0 {
		return cue, src, false
	}
	p := tx.ParaOf(qs.close)
	if tx.Paras[p].To != qs.close+1 && !(tx.Paras[p].To == qs.close+2 && tx.Tokens[qs.close+1].Kind == token.Punct) {
		return cue, src, false
	}
	if p+1 >= len(tx.Paras) {
		return cue, src, false
	}
	n := tx.Paras[p+1]
	if n.Len() < 2 || !isSignDash(tx, n.From) {
		return cue, src, false
	}
	return f.signature(n.From, n.To, 4)
}

// signature reads "― Name" from the dash at d to end: a dash, then one to
// max capitalized words (initials and a comma allowed) and an optional
// period.
func (f *finder) signature(d, end, max int) (cue, src token.Span, ok bool) {
	tx := f.tx
	if tx.IsPunct(end-1, ".") {
		end--
	}
	if end-d-1 < 1 || end-d-1 > max {
		return cue, src, false
	}
	for i := d + 1; i < end; i++ {
		if !f.nameWord(i) && !tx.IsPunct(i, ",") {
			return cue, src, false
		}
	}
	return token.Span{From: d, To: d + 1}, token.Span{From: d + 1, To: end}, true
}

// isSignDash reports whether token i is a dash that can set off a
// signature: - – — ― or --.
func isSignDash(tx *token.Text, i int) bool {
	return tx.IsPunct(i, "-") || tx.IsPunct(i, "\u2014") || tx.IsPunct(i, "\u2013") ||
		tx.IsPunct(i, "\u2015") || tx.IsPunct(i, "--")
}

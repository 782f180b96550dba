package quote

import (
	"sort"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// The source model chooses the source of each attribution among candidate
// phrases of its sentence: the phrase the rules found, every name and
// pronoun, the noun phrases that stand before a verb, a comma or another
// cue, and "none". The rules know the layouts; the model learns from
// PolNeAR which layout wins when they disagree.

// cand is one candidate source of an attribution.
type cand struct {
	span token.Span // empty for "no source"
	rule bool       // the rules' choice
}

// srcReach is how far from its cue, in tokens, a source candidate may be;
// PolNeAR's sources almost all stand within it.
const srcReach = 30

// candidates lists the candidate sources of attribution a, "none" first.
func (f *finder) candidates(a *attr) []cand {
	tx := f.tx
	sent := tx.SentOf(a.cue.From)
	out := []cand{{}}
	add := func(sp token.Span, rule bool) {
		if sp.Len() <= 0 || sp.From < sent.From || sp.To > sent.To {
			return
		}
		for k := range out {
			if out[k].span == sp {
				out[k].rule = out[k].rule || rule
				return
			}
		}
		out = append(out, cand{span: sp, rule: rule})
	}
	add(a.src, true)
	if a.src.Len() == 0 {
		out[0].rule = true
	}
	// Sources stand near their cue: look at most srcReach tokens away.
	lo, hi := max(f.afterDateline(sent.From), a.cue.From-srcReach), min(sent.To, a.cue.To+srcReach)
	for i := lo; i < hi; i++ {
		if f.inQuote(i) || i >= a.cue.From && i < a.cue.To {
			continue
		}
		t := tx.Tokens[i]
		if t.Kind == token.Word {
			if w := tx.Lower(i); pronounSources[w] || w == "who" || w == "which" {
				add(token.Span{From: i, To: i + 1}, false)
				continue
			}
		}
		if f.people != nil {
			if m, ok := f.people.At(i); ok && m.From == i {
				add(token.Span{From: m.From, To: m.To}, false)
			}
		}
		// A phrase that ends before a verb-like word, a comma or a cue.
		if i+1 < sent.To && t.Kind == token.Word && f.endsPhrase(i+1) {
			if sp, _ := f.leftNP(i, sent.From); sp.Len() > 0 {
				add(sp, false)
			}
		}
	}
	if r := f.rightNP(a.cue.To, sentenceEnd(tx, sent.Span)); r.Len() > 0 {
		add(r, false)
	}
	return out
}

// endsPhrase reports whether token j closes the noun phrase before it:
// punctuation, an auxiliary, or a cue.
func (f *finder) endsPhrase(j int) bool {
	tx := f.tx
	t := tx.Tokens[j]
	if t.Kind == token.Punct || t.Kind == token.Quote {
		return true
	}
	if isAuxWord(tx.Lower(j)) {
		return true
	}
	return f.cueAtTok(j)
}

// cueAtTok reports whether a cue starts at token j.
func (f *finder) cueAtTok(j int) bool {
	k := sort.Search(len(f.cues), func(i int) bool { return f.cues[i].span.From >= j })
	return k < len(f.cues) && f.cues[k].span.From == j
}

// srcFeatures appends the features of candidate c for attribution a.
func (f *finder) srcFeatures(buf []uint32, a *attr, c cand) []uint32 {
	tx := f.tx
	cw := tx.Lower(a.cue.From)
	shape := f.attrShape(a)
	rule := "-"
	if c.rule {
		rule = "r"
	}
	if c.span.Len() == 0 {
		return append(buf, feat('N'), feat('N', cw), feat('N', shape), feat('N', rule),
			feat('N', shape, cw), feat('N', rule, shape))
	}
	sp := c.span
	dir, from, to := "L", sp.To, a.cue.From
	if sp.From >= a.cue.To {
		dir, from, to = "R", a.cue.To, sp.From
	}
	kind := f.candKind(sp)
	gap := to - from
	commas, quote, that, cue, conj, aux := 0, "-", "-", "-", "-", true
	for i := from; i < to; i++ {
		switch {
		case tx.IsPunct(i, ","):
			commas++
		case tx.Tokens[i].Kind == token.Quote:
			quote = "q"
		case tx.Is(i, "that"):
			that = "t"
		case tx.Is(i, "and") || tx.Is(i, "but") || tx.Is(i, "or"):
			conj = "c"
		}
		if tx.Tokens[i].Kind != token.Word || !isAuxWord(tx.Lower(i)) {
			aux = false
		}
		if f.cueAtTok(i) {
			cue = "k"
		}
	}
	adj := "-"
	if aux {
		adj = "adj"
	}
	head := tx.Lower(sp.To - 1)
	sent := tx.SentOf(sp.From)
	initial := "-"
	if f.opensSentence(sp.From) || sp.From == sent.From {
		initial = "i"
	}
	inside := "-"
	if f.insideContent(a, sp) {
		inside = "in"
	}
	prev, next := "<s>", "</s>"
	if sp.From > sent.From {
		prev = tx.Lower(sp.From - 1)
	}
	if sp.To < sent.To {
		next = tx.Lower(sp.To)
	}
	d := distBucket(gap)
	cm := strconv.Itoa(min(commas, 2))
	return append(buf,
		feat('b'),
		feat('k', kind), feat('k', kind, dir), feat('k', kind, dir, adj),
		feat('d', dir, d), feat('d', dir, d, kind),
		feat('c', dir, cm), feat('c', dir, cm, kind),
		feat('q', dir, quote), feat('t', dir, that), feat('o', dir, cue), feat('j', dir, conj),
		feat('r', rule), feat('r', rule, kind), feat('r', rule, dir, adj),
		feat('h', head, dir), feat('w', cw, dir), feat('w', cw, dir, kind),
		feat('s', initial, dir), feat('i', inside), feat('i', inside, kind),
		feat('S', shape, dir, kind), feat('S', shape, dir, adj),
		feat('p', prev, dir), feat('n', next, dir),
	)
}

// candKind names the sort of phrase sp is.
func (f *finder) candKind(sp token.Span) string {
	tx := f.tx
	if sp.Len() == 1 {
		switch w := tx.Lower(sp.From); {
		case w == "who" || w == "which":
			return "who"
		case pronounSources[w]:
			return "pron:" + w
		}
	}
	if f.people != nil {
		if m, ok := f.people.At(sp.To - 1); ok && m.From == sp.From && m.To == sp.To {
			if m.Actor < 0 {
				return "name"
			}
			switch f.people.KindOf(m.Actor) {
			case actor.Person:
				return "person"
			case actor.Organization:
				return "org"
			case actor.Place:
				return "place"
			}
			return "name"
		}
	}
	if tx.Tokens[sp.From].Has(token.Upper) {
		return "caps"
	}
	return "np"
}

// attrShape sums up an attribution's layout: direct, partial or reported,
// and whether its content comes before or after the cue.
func (f *finder) attrShape(a *attr) string {
	k := "I"
	switch {
	case a.direct:
		k = "D"
	case len(a.partial) > 0:
		k = "P"
	}
	first := a.cue.To
	if a.direct && len(a.quotes) > 0 {
		first = f.qs[a.quotes[0]].open
	} else if len(a.parts) > 0 {
		first = a.parts[0].From
	}
	if first < a.cue.From {
		return k + "<"
	}
	return k + ">"
}

// insideContent reports whether sp lies within a's content.
func (f *finder) insideContent(a *attr, sp token.Span) bool {
	for _, q := range a.quotes {
		if sp.From >= f.qs[q].open && sp.To <= f.qs[q].to+1 {
			return true
		}
	}
	for _, p := range a.parts {
		if sp.From >= p.From && sp.To <= p.To {
			return true
		}
	}
	return false
}

func distBucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n <= 2:
		return "1-2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	}
	return "11+"
}

// chooseSources lets the source model pick the source of every attribution
// built from a cue (continuations and interview answers keep theirs).
func (f *finder) chooseSources() {
	if f.srcModel == nil || len(f.srcModel.w) == 0 {
		return
	}
	var buf []uint32
	for k := range f.attrs {
		a := &f.attrs[k]
		if a.from >= 0 || a.resolved {
			continue
		}
		a.rule = a.src
		if a.src.Len() > 0 && !f.cues[max(a.cueIdx-1, 0)].according && a.src == f.possessor(a.cue.From, f.tx.SentOf(a.cue.From).From) {
			continue // "his claim": the grammar says whose
		}
		if a.src.Len() == 0 && f.passiveCue(a.cue) {
			continue // "He has been harshly criticized": by no one named
		}
		best, bestScore := -1, float32(0)
		cs := f.candidates(a)
		for ci, c := range cs {
			buf = f.srcFeatures(buf[:0], a, c)
			if s := f.srcModel.score(buf); best < 0 || s > bestScore {
				best, bestScore = ci, s
			}
		}
		a.src = cs[best].span
	}
}

// passiveCue reports whether the cue at sp is a passive participle after a
// form of "be" ("has been criticized", "were rated"), whose subject is
// what is said or done, not who says it.
func (f *finder) passiveCue(sp token.Span) bool {
	tx := f.tx
	if !passive(tx.Lower(sp.From)) {
		return false
	}
	// "is quoted as saying", "was prompted to say", "could be heard
	// grousing": the subject is the one who speaks after all.
	if n := sp.To; n < len(tx.Tokens) && (tx.Is(n, "to") || tx.Is(n, "as") || strings.HasSuffix(tx.Lower(n), "ing")) {
		return false
	}
	s0 := tx.SentOf(sp.From).From
	for k := sp.From - 1; k >= s0 && tx.Tokens[k].Kind == token.Word && isAuxWord(tx.Lower(k)); k-- {
		if beForms[tx.Lower(k)] {
			return true
		}
	}
	return false
}

package quote

import (
	"strconv"

	"github.com/whosaid/whosaid/extract/token"
)

// The keep model is the third linear model: it reads a finished
// attribution built from a cue (the cue and its score, the source chosen,
// the content and its layout, what surrounds them) and says whether it is
// someone's statement or a verb that only looked like a cue ("Boston went
// on to win", "the Trump team is pressing forward"). The cue model sees
// one token and its neighbours; the keep model sees the whole attribution,
// which is where most false cues give themselves away. It is trained on
// attributions found in texts the cue and source models did not learn
// from, so that it learns from the errors they make on new text.

// keepThreshold is the score below which an attribution is dropped. The
// perceptron's own boundary is zero; a lower bar keeps more of the
// attributions it is unsure of, which PolNeAR's recall needs (its notion
// of attribution is broader than statements: beliefs, endorsements, votes).
const keepThreshold = -4

// personKeepThreshold is the lower bar for an attribution whose source is
// a person, a personal pronoun or a relative pronoun, when its cue passed
// the cue model's own threshold: a lonely cue, taken only because nothing
// else in its sentence scored ("Tom Jones met Mary Smith."), keeps the
// ordinary bar.
const personKeepThreshold = -8

// prune drops the attributions built from cues that the keep model does
// not take for statements, before continuations are given speakers, and
// those nested in the clause another reports. The quoted spans they
// claimed are released.
func (f *finder) prune() {
	defer f.dropReported()
	if f.keepModel == nil || len(f.keepModel.w) == 0 {
		return
	}
	ranges := f.contentRanges()
	var buf []uint32
	kept := f.attrs[:0]
	for k := range f.attrs {
		a := f.attrs[k]
		if f.anaphoricObject(&a) {
			continue
		}
		if a.cueIdx == 0 || a.from >= 0 || a.direct && pruneIndirectOnly {
			kept = append(kept, a)
			continue
		}
		buf = f.keepFeatures(buf[:0], &a, k, ranges)
		th := float32(keepThreshold)
		if (f.personMention(a.src) || f.relativePronoun(a.src)) && f.cues[a.cueIdx-1].score > cueThreshold {
			th = personKeepThreshold
		}
		if f.keepModel.score(buf) >= th {
			kept = append(kept, a)
			continue
		}
		for _, q := range a.quotes {
			f.claimed[q] = false
		}
		for _, q := range a.partial {
			f.claimed[q] = false
		}
	}
	f.attrs = kept
}

// dropReported removes the attributions whose source opens the reported
// clause of a verb of saying: in "Merrill says Machado promised to …",
// Machado's promise is what Merrill says. The clause is Merrill's claim;
// PolNeAR, which gives every word to one attribution at most, never
// nests one inside another.
func (f *finder) dropReported() {
	if f.cueModel == nil {
		return
	}
	tx := f.tx
	drop := make([]bool, len(f.attrs))
	for k := range f.attrs {
		o := &f.attrs[k]
		if o.direct || len(o.parts) != 1 || o.from >= 0 || o.parts[0].From < o.cue.To || !f.cueModel.strong(tx.Lower(o.cue.From)) {
			continue
		}
		p := o.parts[0]
		first := p.From
		if tx.Is(first, "that") {
			first++
		}
		for j := range f.attrs {
			a := &f.attrs[j]
			if j == k || a.direct || a.from >= 0 || a.cue.From <= p.From || a.cue.From >= p.To || a.src.From != first || a.src.Len() == 0 {
				continue
			}
			drop[j] = true
		}
	}
	kept := f.attrs[:0]
	for k, a := range f.attrs {
		if !drop[k] {
			kept = append(kept, a)
			continue
		}
		for _, q := range a.partial {
			f.claimed[q] = false
		}
	}
	f.attrs = kept
}

// pruneIndirectOnly keeps the keep model off direct quotes: a quotation
// with a cue next to it is someone's words, and the model's errors there
// would cost more than they save.
const pruneIndirectOnly = true

// contentRanges returns the token range each attribution's content spans,
// from its first token to its last.
func (f *finder) contentRanges() []token.Span {
	out := make([]token.Span, len(f.attrs))
	for k := range f.attrs {
		r := token.Span{From: -1}
		for _, sp := range f.contentSpans(&f.attrs[k]) {
			if r.From < 0 || sp.From < r.From {
				r.From = sp.From
			}
			r.To = max(r.To, sp.To)
		}
		if r.From < 0 {
			r.From = 0
		}
		out[k] = r
	}
	return out
}

// contentSpans returns the token spans that attribution a emits as quotes.
func (f *finder) contentSpans(a *attr) []token.Span {
	var out []token.Span
	switch {
	case a.direct && len(a.quotes) == 0:
		out = append(out, a.parts...)
	case a.direct:
		for _, q := range a.quotes {
			out = append(out, token.Span{From: f.qs[q].from, To: f.qs[q].to})
		}
	case len(a.partial) > 0:
		for _, q := range a.partial {
			out = append(out, token.Span{From: f.qs[q].from, To: f.qs[q].to})
		}
	default:
		out = append(out, a.parts...)
	}
	return out
}

// keepFeatures appends the features of attribution a (index k) to buf;
// ranges are the content ranges of all attributions.
func (f *finder) keepFeatures(buf []uint32, a *attr, k int, ranges []token.Span) []uint32 {
	tx := f.tx
	c := f.cues[a.cueIdx-1]
	cw := tx.Lower(c.span.From)
	shape := f.attrShape(a)
	sk := "none"
	if a.src.Len() > 0 {
		sk = f.candKind(a.src)
	}
	sb := scoreBucket(c.score)
	flags := "-"
	switch {
	case c.according:
		flags = "acc"
	case c.participle:
		flags = "part"
	case c.hearsay:
		flags = "hear"
	case c.foreign:
		flags = "for"
	}
	r := ranges[k]
	cf, cl := "<none>", "0"
	if r.To > r.From {
		cf = f.keepWord(r.From)
		cl = distBucket(r.To - r.From)
	}
	nested, outer := "-", "-"
	for j, o := range ranges {
		if j == k || f.attrs[j].cueIdx == 0 {
			continue
		}
		if c.span.From >= o.From && c.span.From < o.To {
			nested = "n"
		}
		if oc := f.attrs[j].cue; oc.From >= r.From && oc.From < r.To {
			outer = "o"
		}
	}
	sent := tx.SentOf(c.span.From)
	head := "-"
	if tx.TitleCase(sent.Span) {
		head = "h"
	}
	prev, next := "<s>", "</s>"
	if c.span.From > sent.From {
		prev = f.keepWord(c.span.From - 1)
	}
	if c.span.To < sent.To {
		next = f.keepWord(c.span.To)
	}
	srcDir := "-"
	if a.src.Len() > 0 {
		srcDir = "L"
		if a.src.From >= c.span.To {
			srcDir = "R"
		}
	}
	return append(buf,
		feat('b'),
		feat('w', cw), feat('w', cw, shape), feat('s', shape), feat('s', shape, sk),
		feat('k', sk), feat('k', sk, cw), feat('k', sk, srcDir), feat('k', sk, sb),
		feat('c', sb), feat('c', sb, shape), feat('c', sb, flags),
		feat('f', flags), feat('f', flags, cw),
		feat('1', cf), feat('1', cf, cw), feat('1', cf, shape), feat('l', cl), feat('l', cl, shape),
		feat('n', nested, outer), feat('n', nested, outer, shape), feat('n', nested, sk),
		feat('h', head), feat('h', head, cw),
		feat('p', prev), feat('p', prev, cw), feat('x', next), feat('x', next, cw),
		feat('r', strconv.FormatBool(a.src == a.rule)),
	)
}

// keepWord is token i as a keep feature: the lower-cased word, or the
// class of a mark.
func (f *finder) keepWord(i int) string {
	t := f.tx.Tokens[i]
	switch t.Kind {
	case token.Quote:
		return "<q>"
	case token.Number:
		return "<num>"
	case token.Word:
		if t.Has(token.Upper) && f.people != nil {
			if m, ok := f.people.At(i); ok && m.Actor >= 0 {
				return "<" + f.people.KindOf(m.Actor) + ">"
			}
		}
	}
	return f.tx.Lower(i)
}

// scoreBucket sorts a cue score into a handful of classes.
func scoreBucket(s float32) string {
	switch {
	case s == 0:
		return "0"
	case s < -4:
		return "<-4"
	case s < -2:
		return "-4..-2"
	case s < 0:
		return "-2..0"
	case s < 3:
		return "0..3"
	case s < 8:
		return "3..8"
	}
	return "8+"
}

// relativePronoun reports whether sp is "who" or "which".
func (f *finder) relativePronoun(sp token.Span) bool {
	return sp.Len() == 1 && (f.tx.Is(sp.From, "who") || f.tx.Is(sp.From, "which"))
}

// anaphoricObject reports whether a is a reported-speech attribution of
// "make" whose content is a definite noun of speech, words reported
// elsewhere: "Trump made the comments Friday", "made this statement
// during the debate". The words themselves are the attribution; PolNeAR
// does not annotate the act of making them.
func (f *finder) anaphoricObject(a *attr) bool {
	if a.direct || len(a.quotes) > 0 || len(a.partial) > 0 || len(a.parts) != 1 {
		return false
	}
	tx := f.tx
	p := a.parts[0]
	if p.Len() < 2 || p.From < a.cue.To {
		return false
	}
	switch tx.Lower(a.cue.From) {
	case "made", "make", "makes", "making":
	default:
		return false // "echoed those comments", "dismissed the remark": a reaction is a claim
	}
	switch tx.Lower(p.From) {
	case "the", "this", "these", "those", "that", "his", "her", "their", "its":
	default:
		return false
	}
	return speechNouns[tx.Lower(p.From+1)]
}

// speechNouns name what someone said.
var speechNouns = map[string]bool{
	"comment": true, "comments": true, "remark": true, "remarks": true, "statement": true,
	"statements": true, "pledge": true, "claim": true, "claims": true,
}

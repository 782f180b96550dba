package quote

import (
	"sort"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// Find returns the quotes of tx, in text order: direct quotes with their
// speakers, partial quotes inside the writer's sentences, and reported
// speech. people is the text's actors (from actor.Find), used to name
// speakers; it may be nil, and then speakers keep only their mention.
func Find(tx *token.Text, people *actor.Set) []Quote {
	return newFinder(tx, people, defaultCues(), defaultSources(), defaultKeep()).find()
}

// find runs every stage over the text and returns its quotes.
func (f *finder) find() []Quote {
	f.attributions()
	f.chooseSources()
	f.prune()
	f.continuations()
	return f.emit()
}

// attributions builds the text's attributions: the layouts that settle a
// speaker by themselves (interviews, signed paragraphs, dialogues), then
// the cues and what each attributes. The keep model learns from what this
// builds, so training and Find share it.
func (f *finder) attributions() {
	f.interviews()
	f.signedParagraphs()
	f.dialogues()
	f.findCues()
	f.attribute()
}

// finder holds one text's working state.
type finder struct {
	tx      *token.Text
	people  *actor.Set
	qs      []qspan
	qAt     []int32 // per token: index+1 of the quoted span it lies in (marks included), 0 outside
	quoted  []bool  // per token: inside double quotes, marks included
	cues    []cue
	attrs   []attr
	claimed []bool // per qspan: used by an attribution

	// srcModel and keepModel may be nil: the rules' sources stand, and
	// every attribution is kept.
	cueModel, srcModel, keepModel *Model
}

func newFinder(tx *token.Text, people *actor.Set, cues, sources, keep *Model) *finder {
	f := &finder{tx: tx, people: people, qs: pairMarks(tx), cueModel: cues, srcModel: sources, keepModel: keep}
	f.qAt = make([]int32, len(tx.Tokens))
	for k, q := range f.qs {
		end := q.to
		if q.close >= 0 {
			end = q.close + 1
		}
		for i := q.open; i < end; i++ {
			f.qAt[i] = int32(k + 1)
		}
	}
	f.quoted = make([]bool, len(tx.Tokens))
	for i, k := range f.qAt {
		f.quoted[i] = k != 0 && !f.qs[k-1].single
	}
	f.claimed = make([]bool, len(f.qs))
	return f
}

// inQuote reports whether token i lies inside a quoted span (marks included).
func (f *finder) inQuote(i int) bool { return f.qAt[i] != 0 }

// quoteAt returns the span whose open or close mark is token i, or -1.
func (f *finder) quoteOpenAt(i int) int {
	if i < 0 || i >= len(f.qAt) || f.qAt[i] == 0 {
		return -1
	}
	k := int(f.qAt[i] - 1)
	if f.qs[k].open == i {
		return k
	}
	return -1
}

func (f *finder) quoteCloseAt(i int) int {
	if i < 0 || i >= len(f.qAt) || f.qAt[i] == 0 {
		return -1
	}
	k := int(f.qAt[i] - 1)
	if f.qs[k].close == i {
		return k
	}
	return -1
}

// attr is one attribution found: a cue, its source and its content.
type attr struct {
	cue      token.Span
	src      token.Span // the source's words; empty when none
	rule     token.Span // the source the rules found, before the source model chose
	parts    []token.Span
	quotes   []int // quoted spans that make the content, for direct quotes
	partial  []int // quoted spans inside a reported clause
	direct   bool
	from     int // index of the attribution a continuation belongs to, or -1
	sp       Speaker
	resolved bool
	cueIdx   int // index+1 of the cue in finder.cues; 0 for layouts without one
}

// emit turns the attributions into Quotes with code-point offsets.
func (f *finder) emit() []Quote {
	tx := f.tx
	var out []Quote
	for k := range f.attrs {
		a := &f.attrs[k]
		sp := f.speaker(k)
		cueText := tx.Slice(a.cue.From, a.cue.To)
		var cue0, cue1 int
		if a.cue.From < a.cue.To {
			cue0 = tx.CodePoint(int(tx.Tokens[a.cue.From].Start))
			cue1 = tx.CodePoint(int(tx.Tokens[a.cue.To-1].End))
		}
		add := func(kind string, from, to int) {
			if kind != Indirect && to-from > 1 && tx.IsPunct(to-1, ",") {
				// "We feel the Russian position is really being heard,"
				// Dmitriev said: the comma stands for the period the
				// quoting convention moved; it is not the speaker's.
				to--
			}
			if from >= to {
				return
			}
			b0, b1 := int(tx.Tokens[from].Start), int(tx.Tokens[to-1].End)
			out = append(out, Quote{Text: tx.Src[b0:b1], Kind: kind, Cue: cueText,
				Start: tx.CodePoint(b0), End: tx.CodePoint(b1), Speaker: sp,
				CueStart: cue0, CueEnd: cue1})
		}
		switch {
		case a.direct && len(a.quotes) == 0:
			for _, p := range a.parts {
				add(Direct, p.From, p.To)
			}
		case a.direct:
			for _, q := range a.quotes {
				add(Direct, f.qs[q].from, f.qs[q].to)
			}
		case len(a.partial) > 0:
			for _, q := range a.partial {
				add(Partial, f.qs[q].from, f.qs[q].to)
			}
		default:
			for _, p := range a.parts {
				add(Indirect, p.From, p.To)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return dropNested(out)
}

// dropNested removes each reported clause that lies within the content of
// another quote, given by another cue, of the same speaker: "Dmitriev noted
// that Russia sees momentum, citing gains" is one claim of his, not two.
// Quoted words stay: they are the speaker's own, whatever holds them.
func dropNested(qs []Quote) []Quote {
	out := qs[:0]
	for i, q := range qs {
		inner := false
		if q.Kind != Indirect {
			out = append(out, q)
			continue
		}
		for j, o := range qs {
			if i != j && o.CueStart != q.CueStart && o.Start <= q.Start && q.End <= o.End &&
				(o.Start != q.Start || o.End != q.End || j < i) && sameSpeaker(o.Speaker, q.Speaker) {
				inner = true
				break
			}
		}
		if !inner {
			out = append(out, q)
		}
	}
	return out
}

// sameSpeaker reports whether a and b are known to be one speaker: the
// same name, or the same mention.
func sameSpeaker(a, b Speaker) bool {
	if a.Name != "" || b.Name != "" {
		return a.Name == b.Name
	}
	return a.End > a.Start && a.Start == b.Start && a.End == b.End
}

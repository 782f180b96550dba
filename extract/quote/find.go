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
	f := newFinder(tx, people, defaultCues(), defaultSources())
	f.interviews()
	f.dialogues()
	f.findCues()
	f.attribute()
	f.chooseSources()
	f.continuations()
	return f.emit()
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

	cueModel, srcModel *Model // srcModel may be nil: the rules' sources stand
}

func newFinder(tx *token.Text, people *actor.Set, cues, sources *Model) *finder {
	f := &finder{tx: tx, people: people, qs: pairMarks(tx), cueModel: cues, srcModel: sources}
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
	parts    []token.Span
	quotes   []int // quoted spans that make the content, for direct quotes
	partial  []int // quoted spans inside a reported clause
	direct   bool
	from     int // index of the attribution a continuation belongs to, or -1
	sp       Speaker
	resolved bool
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
	return out
}

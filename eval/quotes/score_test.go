package quotes

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/quote"
)

const ann = "T1\tSource 0 5\tSmith\n" +
	"T2\tCue 6 10\tsaid\n" +
	"T3\tContent 11 20;30 40\tthat it was\nrunning on\n" +
	"T4\tAttribution 6 10\tsaid\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
	"T5\tCue 50 61\taccording to\n" +
	"T6\tContent 62 80\tsomething\n" +
	"E2\tAttribution:T5 Cue:T5 Content:T6\n" +
	"T7\tDiscard 90 95\tnoise\n"

func TestReadBrat(t *testing.T) {
	atts, err := ReadBrat(strings.NewReader(ann))
	if err != nil {
		t.Fatal(err)
	}
	if len(atts) != 2 {
		t.Fatalf("got %d attributions, want 2", len(atts))
	}
	a := atts[0]
	if len(a.Content) != 2 || a.Content[1] != (Span{30, 40}) || a.Source[0] != (Span{0, 5}) || a.Cue[0] != (Span{6, 10}) {
		t.Errorf("first attribution = %+v", a)
	}
	if len(atts[1].Source) != 0 {
		t.Errorf("second attribution has a source: %+v", atts[1])
	}
	if _, err := ReadBrat(strings.NewReader("T1\tSource x y\tz\n")); err == nil {
		t.Error("bad offsets: no error")
	}
}

func TestScore(t *testing.T) {
	text := strings.Repeat("x", 200) + " “quoted words here” " + strings.Repeat("y", 50)
	gold := []Attribution{
		{Source: []Span{{0, 5}}, Content: []Span{{10, 50}}},               // matched, right source
		{Source: []Span{{60, 65}}, Content: []Span{{70, 90}, {100, 120}}}, // matched by its second part, wrong source
		{Content: []Span{{130, 150}}},                                     // no source, none predicted: right
		{Source: []Span{{0, 1}}, Content: []Span{{160, 170}}},             // missed
		{Source: []Span{{0, 1}}, Content: []Span{{200, 222}}},             // direct, matched
	}
	pred := []quote.Quote{
		{Kind: quote.Indirect, Start: 20, End: 60, Speaker: quote.Speaker{Start: 2, End: 4}},   // overlap 30 of 40: match
		{Kind: quote.Indirect, Start: 100, End: 125, Speaker: quote.Speaker{Start: 0, End: 3}}, // overlap 20 ≥ 25/2
		{Kind: quote.Indirect, Start: 135, End: 145},                                           // inside, no speaker
		{Kind: quote.Indirect, Start: 171, End: 190},                                           // spurious
		{Kind: quote.Direct, Start: 202, End: 221, Speaker: quote.Speaker{Start: 0, End: 1}},
		{Kind: quote.Partial, Start: 15, End: 18, Speaker: quote.Speaker{Start: 40, End: 41}}, // tiny, inside the first gold
	}
	r := Score(text, gold, pred)
	all := r.All
	if all.Pred != 6 || all.Gold != 5 || all.PredMatched != 5 || all.GoldMatched != 4 || all.PredSource != 3 || all.GoldSource != 3 {
		t.Errorf("all = %+v", all)
	}
	if all.Pairs != 4 {
		t.Errorf("one-to-one pairs = %d, want 4", all.Pairs)
	}
	d := r.Direct
	if d.Gold != 1 || d.Pred != 2 || d.GoldMatched != 1 || d.PredMatched != 1 {
		t.Errorf("direct = %+v", d)
	}
	var kinds []string
	for _, m := range r.Misses {
		kinds = append(kinds, m.What)
	}
	if got := strings.Join(kinds, ","); got != "spurious,source,missed" {
		t.Errorf("misses = %s", got)
	}
	f := all.Content()
	if f.P != 5.0/6 || f.R != 4.0/5 {
		t.Errorf("content figures = %+v", f)
	}
}

// FuzzReadBrat: any .ann file either fails to read or gives spans that
// start at or after 0 and do not end before they start; and scoring them
// against a text and a prediction does not panic, whatever their offsets.
func FuzzReadBrat(f *testing.F) {
	f.Add(ann)
	f.Add("T1\tContent -5 -1\tx\nE1\tAttribution:T1 Content:T1\n")
	f.Add("T1\tContent 3 900;2 1\tx\nE1\tContent:T1 Source:T9\n")
	f.Add("E1\tAttribution\nT\t\nT1x\tCue 1 2\n")
	f.Fuzz(func(t *testing.T, in string) {
		atts, err := ReadBrat(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, a := range atts {
			for _, ss := range [][]Span{a.Source, a.Cue, a.Content} {
				for _, s := range ss {
					if s.Start < 0 || s.End < s.Start {
						t.Fatalf("span %+v from %q", s, in)
					}
				}
			}
		}
		pred := []quote.Quote{{Text: "x", Kind: quote.Direct, Start: 0, End: 10, Speaker: quote.Speaker{Start: 0, End: 5}}}
		Score("Smith said that it was running on and on.", atts, pred)
	})
}

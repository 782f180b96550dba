package dates

import (
	"fmt"
	"io"
	"time"

	"github.com/whosaid/whosaid/extract/when"
)

// Finder is the function under test: package when's Find.
type Finder func(text string, doc time.Time) []when.Date

// Miss is one disagreement with the gold, kept for the report.
type Miss struct {
	Doc   string
	Gold  Span      // the gold span; zero for a false alarm
	Found when.Date // what the finder gave; zero for a missed date
}

// Result is the score of one part (or several added up).
type Result struct {
	Gold, Found, Matched int // gold dates, found dates, found dates overlapping a gold one
	ValueRight           int // matched dates whose value equals the gold value
	NonDates             int // annotated tricky non-dates
	NonDatesHit          int // of those, how many the finder took for dates
	Missed               []Miss
	FalseAlarms          []Miss
	WrongValues          []Miss
}

// Precision is matched / found.
func (r Result) Precision() float64 { return ratio(r.Matched, r.Found) }

// Recall is matched / gold.
func (r Result) Recall() float64 { return ratio(r.Matched, r.Gold) }

// F1 is the harmonic mean of precision and recall.
func (r Result) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

// ValueAccuracy is the share of matched dates with the gold value.
func (r Result) ValueAccuracy() float64 { return ratio(r.ValueRight, r.Matched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add adds another result to r.
func (r *Result) Add(o Result) {
	r.Gold += o.Gold
	r.Found += o.Found
	r.Matched += o.Matched
	r.ValueRight += o.ValueRight
	r.NonDates += o.NonDates
	r.NonDatesHit += o.NonDatesHit
	r.Missed = append(r.Missed, o.Missed...)
	r.FalseAlarms = append(r.FalseAlarms, o.FalseAlarms...)
	r.WrongValues = append(r.WrongValues, o.WrongValues...)
}

// Score runs find over every document and matches what it finds to the
// gold: a found date matches the first unmatched gold date it overlaps
// (TempEval's relaxed, overlap match), one to one.
func Score(docs []Doc, find Finder) Result {
	var r Result
	for _, d := range docs {
		r.Add(scoreDoc(d, find(d.Text, d.Date)))
	}
	return r
}

func scoreDoc(d Doc, found []when.Date) Result {
	r := Result{Gold: len(d.Dates), Found: len(found), NonDates: len(d.NonDates)}
	used := make([]bool, len(d.Dates))
	for _, f := range found {
		g := -1
		for k, s := range d.Dates {
			if !used[k] && overlaps(s, f) {
				g = k
				break
			}
		}
		if g < 0 {
			r.FalseAlarms = append(r.FalseAlarms, Miss{Doc: d.Path, Found: f})
			continue
		}
		used[g] = true
		r.Matched++
		if f.Value == d.Dates[g].Value {
			r.ValueRight++
		} else {
			r.WrongValues = append(r.WrongValues, Miss{Doc: d.Path, Gold: d.Dates[g], Found: f})
		}
	}
	for k, s := range d.Dates {
		if !used[k] {
			r.Missed = append(r.Missed, Miss{Doc: d.Path, Gold: s})
		}
	}
	for _, s := range d.NonDates {
		for _, f := range found {
			if overlaps(s, f) {
				r.NonDatesHit++
				break
			}
		}
	}
	return r
}

func overlaps(s Span, f when.Date) bool {
	return f.Start < s.End && s.Start < f.End
}

// Report writes a part's figures and, when detail is set, every miss,
// false alarm and wrong value.
func Report(w io.Writer, name string, r Result, detail bool) {
	fmt.Fprintf(w, "%s: gold %d, found %d, matched %d\n", name, r.Gold, r.Found, r.Matched)
	fmt.Fprintf(w, "  detection  P %.3f  R %.3f  F1 %.3f\n", r.Precision(), r.Recall(), r.F1())
	fmt.Fprintf(w, "  value accuracy %.3f (%d/%d matched)\n", r.ValueAccuracy(), r.ValueRight, r.Matched)
	fmt.Fprintf(w, "  tricky non-dates taken for dates: %d of %d\n", r.NonDatesHit, r.NonDates)
	if !detail {
		return
	}
	for _, m := range r.Missed {
		fmt.Fprintf(w, "  miss   %q (%s) at %d in %s\n", m.Gold.Text, m.Gold.Value, m.Gold.Start, m.Doc)
	}
	for _, m := range r.FalseAlarms {
		fmt.Fprintf(w, "  extra  %q (%s) at %d in %s\n", m.Found.Text, m.Found.Value, m.Found.Start, m.Doc)
	}
	for _, m := range r.WrongValues {
		fmt.Fprintf(w, "  value  %q: gold %s, found %s at %d in %s\n", m.Gold.Text, m.Gold.Value, m.Found.Value, m.Found.Start, m.Doc)
	}
}

// Run scores find on every gold part in dir and writes each part's
// figures and then the total; with detail, the misses too.
func Run(w io.Writer, dir string, find Finder, detail bool) (Result, error) {
	parts, err := ReadDir(dir)
	if err != nil {
		return Result{}, err
	}
	var all Result
	for _, p := range parts {
		r := Score(p.Docs, find)
		Report(w, fmt.Sprintf("part %s (%d texts)", p.Name, len(p.Docs)), r, detail)
		all.Add(r)
	}
	if len(parts) > 1 {
		Report(w, "all parts", all, false)
	}
	return all, nil
}

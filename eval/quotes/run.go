package quotes

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/whosaid/whosaid/extract/quote"
)

// Doc is one gold text: its name, the text, and its attributions from the
// first annotator file in sorted order.
type Doc struct {
	Name string
	Text string
	Gold []Attribution
}

// Load reads the gold texts under dir, which holds text/<name>.txt and
// attributions/<name>_<annotator>.ann (PolNeAR's layout). Texts with no
// annotation file are skipped: nobody annotated them.
func Load(dir string) ([]Doc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", dir, err)
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("load %s: no text/*.txt files", dir)
	}
	sort.Strings(texts)
	var docs []Doc
	for _, tf := range texts {
		name := strings.TrimSuffix(filepath.Base(tf), ".txt")
		anns, err := filepath.Glob(filepath.Join(dir, "attributions", globEscape(name)+"_*.ann"))
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", name, err)
		}
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		text, err := os.ReadFile(tf)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", name, err)
		}
		gold, err := readAnn(anns[0])
		if err != nil {
			return nil, err
		}
		docs = append(docs, Doc{Name: name, Text: string(text), Gold: gold})
	}
	return docs, nil
}

func readAnn(path string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	atts, err := ReadBrat(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return atts, nil
}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	return r.Replace(s)
}

// Options choose the texts to score and what to report besides the figures.
type Options struct {
	// Folds > 0 keeps only the texts whose index in sorted order is Fold
	// modulo Folds: a fold of the training data to develop on.
	Fold, Folds int
	// Misses, when not nil, receives every text's missed, spurious and
	// wrongly sourced attributions.
	Misses io.Writer
}

// Report is the outcome of scoring a set of texts.
type Report struct {
	All, Direct Counts
	Elapsed     time.Duration // time spent finding quotes, not loading or scoring
}

// Run finds the quotes of every gold text in docs with find and scores them.
func Run(ctx context.Context, docs []Doc, opt Options, find func(text string) []quote.Quote) (Report, error) {
	var rep Report
	for i, d := range docs {
		if opt.Folds > 0 && i%opt.Folds != opt.Fold {
			continue
		}
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		t0 := time.Now()
		pred := find(d.Text)
		rep.Elapsed += time.Since(t0)
		res := Score(d.Text, d.Gold, pred)
		rep.All.Add(res.All)
		rep.Direct.Add(res.Direct)
		if opt.Misses != nil {
			if err := writeMisses(opt.Misses, d.Name, res.Misses); err != nil {
				return rep, err
			}
		}
	}
	return rep, nil
}

func writeMisses(w io.Writer, name string, ms []Miss) error {
	if len(ms) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "== %s\n", name); err != nil {
		return fmt.Errorf("write misses: %w", err)
	}
	for _, m := range ms {
		var line string
		switch m.What {
		case "spurious":
			line = fmt.Sprintf("  + %s %q [%s] %q: %s", m.Pred.Kind, m.Pred.Speaker.Mention,
				m.Pred.Speaker.Kind, m.Pred.Cue, oneLine(m.Pred.Text))
		case "missed":
			line = fmt.Sprintf("  - %q %q: %s", m.Source, m.Cue, oneLine(m.Context))
		case "source":
			line = fmt.Sprintf("  ~ got %q want %q (cue %q, gold %q): %s", m.Got,
				m.Source, m.Pred.Cue, m.Cue, oneLine(m.Context))
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return fmt.Errorf("write misses: %w", err)
		}
	}
	return nil
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}

// Write prints the report: content and source precision, recall and F1 for
// all attributions and for direct quotes, each also with one-to-one pairing.
func (r Report) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "texts %d   time finding quotes %v\n", r.All.Texts, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(&b, "%-8s %6s %6s | %-22s | %-22s | %-12s %-12s\n", "", "pred", "gold",
		"content P / R / F1", "source P / R / F1", "1:1 content", "1:1 source")
	for _, row := range []struct {
		name string
		c    Counts
	}{{"all", r.All}, {"direct", r.Direct}} {
		c, s := row.c.Content(), row.c.Source()
		fmt.Fprintf(&b, "%-8s %6d %6d | %.3f / %.3f / %.3f  | %.3f / %.3f / %.3f  | F1 %.3f     F1 %.3f\n",
			row.name, row.c.Pred, row.c.Gold, c.P, c.R, c.F1, s.P, s.R, s.F1,
			row.c.StrictContent().F1, row.c.StrictSource().F1)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

package body

import (
	"context"
	"fmt"
	"io"
)

// Extractor returns the article body of one page fetched from pageURL.
type Extractor func(page []byte, pageURL string) (string, error)

// Run extracts every gold page of the benchmark in dir with fn and returns
// the predictions by page id. A page fn fails on is an empty prediction and
// is reported through onErr (which may be nil); only unreadable benchmark
// files stop the run.
func Run(ctx context.Context, dir string, gold []Page, fn Extractor, onErr func(id string, err error)) (map[string]string, error) {
	preds := make(map[string]string, len(gold))
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		page, err := ReadHTML(dir, g.ID)
		if err != nil {
			return nil, err
		}
		text, err := fn(page, g.URL)
		if err != nil && onErr != nil {
			onErr(g.ID, err)
		}
		preds[g.ID] = text
	}
	return preds, nil
}

// WriteReport prints the set's scores and its worst pages with their F1,
// precision and recall.
func WriteReport(w io.Writer, pages []PageScore, worst int) error {
	s := Summarize(pages)
	if _, err := fmt.Fprintf(w, "pages %d  F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f\n",
		s.Pages, s.F1, s.Precision, s.Recall, s.Accuracy); err != nil {
		return err
	}
	if worst <= 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "\nworst %d pages:\n", min(worst, len(pages))); err != nil {
		return err
	}
	for _, p := range Worst(pages, worst) {
		c := p.Counts
		if _, err := fmt.Fprintf(w, "  F1 %.3f  P %.3f  R %.3f  %.12s  %s\n",
			p.F1(), c.Precision(), c.Recall(), p.ID, p.URL); err != nil {
			return err
		}
	}
	return nil
}

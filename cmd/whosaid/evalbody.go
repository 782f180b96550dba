package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/whosaid/whosaid/eval/body"
	"github.com/whosaid/whosaid/extract"
)

// defaultBenchDir is where the article-extraction benchmark sits relative to
// a checkout.
const defaultBenchDir = "../shared/bench/article-extraction"

// runEvalBody scores extract's article bodies (or a published system's
// output, with --system) against the benchmark's gold.
func runEvalBody(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval body", "eval body [--worst N] [--pages] [--json] [--system FILE] [--out FILE] [DIR]")
	worst := fs.Int("worst", 10, "list the `N` pages with the lowest F1")
	pages := fs.Bool("pages", false, "list every page's scores, worst first")
	asJSON := fs.Bool("json", false, "print the summary and per-page scores as JSON")
	system := fs.String("system", "", "score this output `FILE` (benchmark format) instead of running extract")
	out := fs.String("out", "", "write extract's predictions to `FILE` in the benchmark's output format")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dir, err := optionalArg(pos, defaultBenchDir)
	if err != nil {
		return err
	}
	gold, err := body.ReadGold(dir)
	if err != nil {
		return err
	}
	var preds map[string]string
	if *system != "" {
		preds, err = body.ReadOutput(*system)
	} else {
		preds, err = body.Run(ctx, dir, gold, extractBody, func(id string, err error) {
			e.log.Warn("extract failed", "page", id, "err", err)
		})
	}
	if err != nil {
		return err
	}
	if *out != "" {
		if err := writeOutput(*out, preds); err != nil {
			return err
		}
	}
	scores := body.Score(gold, preds)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Summary body.Summary     `json:"summary"`
			Pages   []body.PageScore `json:"pages"`
		}{body.Summarize(scores), scores})
	}
	n := *worst
	if *pages {
		n = len(scores)
	}
	return body.WriteReport(e.stdout, scores, n)
}

func extractBody(page []byte, pageURL string) (string, error) {
	a, err := extract.Extract(page, pageURL, extract.Options{NoAnalysis: true})
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// writeOutput saves predictions as {"<id>": {"articleBody": "..."}}, the
// shape of the benchmark's output/ files, for page-by-page comparison.
func writeOutput(path string, preds map[string]string) error {
	type rec struct {
		ArticleBody string `json:"articleBody"`
	}
	m := make(map[string]rec, len(preds))
	for id, t := range preds {
		m[id] = rec{t}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode predictions: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	return nil
}

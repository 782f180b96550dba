package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/eval/quotes"
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/quote"
)

// runEvalQuotes scores the quotes and speakers that extract --plain finds in
// a directory of attribution gold (PolNeAR's layout).
func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "eval quotes [--fold K/N] [--misses FILE|-] DIR")
	fold := fs.String("fold", "", "score only fold K of N (texts whose sorted index is K mod N), e.g. 0/5")
	misses := fs.String("misses", "", "write each text's missed, spurious and wrongly sourced attributions to FILE (- for stdout)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one DIR, got %d arguments", len(pos))
	}
	var opt quotes.Options
	if *fold != "" {
		k, n, ok := strings.Cut(*fold, "/")
		opt.Fold, err = strconv.Atoi(k)
		if err == nil {
			opt.Folds, err = strconv.Atoi(n)
		}
		if !ok || err != nil || opt.Folds <= 0 || opt.Fold < 0 || opt.Fold >= opt.Folds {
			return usagef("--fold wants K/N with 0 ≤ K < N, got %q", *fold)
		}
	}
	switch *misses {
	case "":
	case "-":
		opt.Misses = e.stdout
	default:
		f, err := os.Create(*misses)
		if err != nil {
			return fmt.Errorf("misses: %w", err)
		}
		defer f.Close() // a second Close after the checked one below is harmless
		opt.Misses = f
	}
	docs, err := quotes.Load(pos[0])
	if err != nil {
		return err
	}
	rep, err := quotes.Run(ctx, docs, opt, func(text string) []quote.Quote {
		return extract.FromText(text, "", extract.TextOptions{}).Quotes
	})
	if err != nil {
		return err
	}
	if c, ok := opt.Misses.(io.Closer); ok && opt.Misses != e.stdout {
		if err := c.Close(); err != nil {
			return fmt.Errorf("misses: %w", err)
		}
	}
	return rep.Write(e.stdout)
}

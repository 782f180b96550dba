package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	evaldates "github.com/whosaid/whosaid/eval/dates"
	"github.com/whosaid/whosaid/eval/quotes"
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/quote"
	"github.com/whosaid/whosaid/extract/when"
)

// runEval scores extract against gold data. Each kind of gold has its own
// sub-command; the scoring itself lives in package eval and its children.
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("eval what? body, meta, quotes or dates")
	}
	switch args[0] {
	case "body":
		return runEvalBody(ctx, e, args[1:])
	case "meta":
		return runEvalMeta(ctx, e, args[1:])
	case "quotes":
		return runEvalQuotes(ctx, e, args[1:])
	case "dates":
		return evalDates(e, args[1:])
	default:
		return usagef("eval: unknown kind %q (body, meta, quotes, dates)", args[0])
	}
}

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

// evalDates runs `whosaid eval dates [-q] [DIR]`: detection and value
// figures of package when against the gold files in DIR (default
// eval/dates/testdata), with every miss listed unless -q.
func evalDates(e *env, args []string) error {
	fs := newFlags(e, "eval dates", "eval dates [-q] [DIR]")
	quiet := fs.Bool("q", false, "print the figures only, not the misses")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := "eval/dates/testdata"
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	_, err := evaldates.Run(e.stdout, dir, when.Find, !*quiet)
	return err
}

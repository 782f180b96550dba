package main

import (
	"context"

	evaldates "github.com/whosaid/whosaid/eval/dates"
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
	case "dates":
		return evalDates(e, args[1:])
	default:
		return usagef("eval: unknown kind %q (body, meta, quotes, dates)", args[0])
	}
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

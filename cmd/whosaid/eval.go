package main

import (
	"context"
	"fmt"
)

const evalUsage = `usage: whosaid eval KIND [flags] [DIR]

  body    [DIR]  body text against the article-extraction benchmark (default ../shared/bench/article-extraction)
  meta    [DIR]  title, authors, dates and site against hand-made gold for that benchmark's pages
  quotes  DIR    quotes and speakers against attribution gold (PolNeAR's layout)
  dates   [DIR]  date expressions against hand-made TIMEX gold (default eval/dates/testdata)

Run 'whosaid eval KIND -h' for a kind's flags.
`

// runEval scores extract against gold data. Each kind of gold has its own
// sub-command; the scoring itself lives in package eval and its children.
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("eval what? body, meta, quotes or dates")
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(e.stdout, evalUsage)
		return nil
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

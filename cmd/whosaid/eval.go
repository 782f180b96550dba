package main

import "context"

// runEval scores extract against gold data. Each kind of gold has its own
// sub-command; the scoring itself lives in package eval and its children.
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("eval what? body, meta, quotes or dates")
	}
	switch args[0] {
	case "body":
		return runEvalBody(ctx, e, args[1:])
	default:
		return usagef("eval: unknown kind %q (body, meta, quotes, dates)", args[0])
	}
}

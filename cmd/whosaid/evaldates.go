package main

import (
	evaldates "github.com/whosaid/whosaid/eval/dates"
	"github.com/whosaid/whosaid/extract/when"
)

// evalDates runs `whosaid eval dates [-q] [DIR]`: detection and value
// figures of package when against the gold files in DIR (default
// eval/dates/testdata), with every miss listed unless -q.
func evalDates(e *env, args []string) error {
	fs := newFlags(e, "eval dates", "eval dates [-q] [DIR]")
	quiet := fs.Bool("q", false, "print the figures only, not the misses")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dir, err := optionalArg(pos, "eval/dates/testdata")
	if err != nil {
		return err
	}
	_, err = evaldates.Run(e.stdout, dir, when.Find, !*quiet)
	return err
}

// Command whosaid reads news feeds, fetches every new article, extracts who
// said what and when, indexes the quotes for search and exports them as JSON
// claims.
//
// Usage:
//
//	whosaid demo [--data DIR]
//	whosaid crawl [--data DIR] [--every DURATION] [--delay DURATION] [--timeout DURATION] SOURCE...
//	whosaid extract [--url URL] [--plain [--published DATE]] FILE|URL|-
//	whosaid search [QUERY] [--speaker NAME] [--from DATE] [--to DATE] [--limit N] [--json] [--data DIR]
//	whosaid export [--format json|jsonl] [--data DIR]
//	whosaid reindex [--data DIR]
//	whosaid reextract [--data DIR]
//	whosaid eval body|meta|quotes|dates [DIR]
//
// Run "whosaid help COMMAND" for a command's flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: its name, a one-line summary and how to run it.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch of the outside world, so that tests can
// run commands against buffers instead of the process's own streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	log            *slog.Logger
}

func commands() []command {
	return []command{
		{"demo", "crawl the embedded fixtures on a loopback server, then search them", runDemo},
		{"crawl", "fetch feeds and pages, extract them, index their claims", runCrawl},
		{"extract", "extract one page (file, URL or -) into article JSON", runExtract},
		{"search", "search claims by words, speaker and date", runSearch},
		{"export", "write every claim as JSON or JSON lines", runExport},
		{"reindex", "rebuild the search index from the stored articles", runReindex},
		{"reextract", "extract every stored page again, without fetching", runReextract},
		{"eval", "score extract against gold data: body, meta, quotes, dates", runEval},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		log:    slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
	// Libraries that write to the standard logger (bleve's scorch, on a
	// damaged index: "unable to load snapshot ... continuing") go through
	// this log at debug level: the error whosaid reports says it better.
	slog.SetDefault(e.log)
	slog.SetLogLoggerLevel(slog.LevelDebug)
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run dispatches args to a subcommand and returns the process exit code:
// 0 on success, 1 when the command failed, 2 for a usage error.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" && len(args) == 1 {
		// Asked for: the answer goes to stdout, and asking is no error.
		usage(e.stdout)
		return 0
	}
	name := args[0]
	if name == "help" {
		name, args = args[1], []string{args[1], "-h"}
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, new(usageError)):
			fmt.Fprintf(e.stderr, "whosaid %s: %v\n", name, err)
			return 2
		default:
			fmt.Fprintf(e.stderr, "whosaid %s: %v\n", name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "whosaid: unknown command %q\n\n", name)
	usage(e.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "whosaid: who said what, and when, in the news\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s  %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'whosaid help COMMAND' for its flags.")
}

// usageError is a mistake in how a command was called (exit status 2).
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// newFlags returns a flag set that reports errors instead of exiting, and
// prints its usage to e.stderr.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: whosaid %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseNoArgs parses args for a command that takes flags only.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err == nil && len(pos) > 0 {
		err = usagef("unexpected arguments %q", pos)
	}
	return err
}

// parseFlags parses args, allowing flags after positional arguments
// ("whosaid search Dmitriev --json"), which the flag package alone does not.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

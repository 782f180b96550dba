package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/ingest/crawl"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
	"github.com/whosaid/whosaid/ingest/store"
)

// runCrawl fetches every SOURCE (feed or page URL) into the data dir's
// store, then indexes what it stored (and whatever an earlier, killed run
// left unindexed). It prints one summary line per crawl on stderr and fails
// only when every source failed; with --every it crawls again on that
// schedule until interrupted.
//
// The store is open only while a crawl runs and the index only while it is
// indexed, so that between scheduled crawls, and while pages are fetched,
// 'whosaid search' and 'whosaid export' can read the data dir.
func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "crawl", "crawl [--data DIR] [--every DURATION] [--delay DURATION] [--timeout DURATION] SOURCE...")
	data := dataFlag(fs)
	every := fs.Duration("every", 0, "crawl again every `DURATION` (e.g. 30m) until interrupted")
	delay := fs.Duration("delay", polite.DefaultDelay, "wait between two requests to one host; 0 for none (your own servers only)")
	timeout := fs.Duration("timeout", 0, "stop fetching after `DURATION` (e.g. 20m), index what was stored and leave the rest for the next crawl; 0 for no limit")
	sources, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return usagef("want at least one SOURCE: a feed URL (RSS, Atom, JSON Feed) or a page URL")
	}
	for _, s := range sources {
		if _, err := fetch.ParseHTTP(s); err != nil {
			return usagef("SOURCE %q: want an http:// or https:// URL", s)
		}
		if len(s) > fetch.MaxURLBytes {
			return usagef("SOURCE %.80q…: longer than %d bytes", s, fetch.MaxURLBytes)
		}
	}
	if *every < 0 || *delay < 0 || *timeout < 0 {
		return usagef("--every, --delay and --timeout must not be negative")
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("data directory %s: %w", dir, err)
	}
	hostDelay := *delay
	if hostDelay == 0 {
		hostDelay = -1 // polite.Config: negative is none, zero the default
	}
	// One polite client for every round: it remembers each host's
	// robots.txt and rate between them.
	client := polite.New(fetch.New(fetch.Config{}), polite.Config{Delay: hostDelay, Log: e.log})
	for round := 1; ; round++ {
		sum, err := crawlRound(ctx, e, dir, client, sources, *timeout)
		switch {
		case err != nil && *every > 0 && ctx.Err() != nil:
			return nil // an interrupt is how a scheduled crawl ends
		case err != nil && *every > 0 && round > 1 && busy(err):
			// A search or export was reading the data dir; the next
			// round catches up on what this one could not do.
			e.log.Warn("crawl skipped: data dir busy", slog.String("error", err.Error()))
		case err != nil:
			return err
		case *every == 0 && sum.AllFailed():
			return errors.New("every source failed")
		case *every == 0:
			return nil
		}
		t := time.NewTimer(*every)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// busy reports an error that only says another process had the store or
// the index.
func busy(err error) bool {
	return errors.Is(err, store.ErrLocked) || errors.Is(err, index.ErrLocked)
}

// crawlRound opens the store, runs one crawl, prints its summary line (also
// when it was interrupted: what was stored before stays stored), indexes
// what is pending and closes everything it opened. A crawl that reaches
// its time limit (timeout > 0) ends there as if it were done: the pages it
// did not reach wait for the next crawl, and what it stored is indexed.
func crawlRound(ctx context.Context, e *env, dir string, client *polite.Client, sources []string, timeout time.Duration) (sum *crawl.Summary, err error) {
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		return nil, explainBusy(err)
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	c := crawl.New(crawl.Config{Client: client, Store: st, Log: e.log})
	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if timeout > 0 {
		runCtx, cancel = context.WithTimeout(ctx, timeout)
	}
	sum, err = c.Run(runCtx, sources)
	cancel()
	fmt.Fprintf(e.stderr, "crawl: %s\n", sum)
	switch {
	case err != nil && ctx.Err() != nil:
		return sum, fmt.Errorf("interrupted; what was stored is kept: %w", err)
	case err != nil && errors.Is(err, context.DeadlineExceeded) && runCtx.Err() != nil:
		fmt.Fprintf(e.stderr, "crawl: stopped at the %s time limit; the next crawl fetches the rest\n", timeout)
		err = nil
	}
	if err != nil {
		return sum, err
	}
	ix, err := openIndex(dir)
	if err != nil {
		return sum, fmt.Errorf("%w\n(the pages are stored; the next crawl indexes them)", err)
	}
	defer func() { err = errors.Join(err, ix.Close()) }()
	_, _, err = indexPending(ctx, st, ix, e.log)
	return sum, explainIndexError(err, dir)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/whosaid/whosaid/ingest/crawl"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
	"github.com/whosaid/whosaid/ingest/store"
)

// runCrawl fetches every SOURCE (feed or page URL) into the data dir's
// store, then indexes what it stored (and whatever an earlier, killed run
// left unindexed). It prints one summary line per crawl on stderr and fails only when
// every source failed; with --every it crawls again on that schedule until
// interrupted.
func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "crawl", "crawl [--data DIR] [--every DURATION] [--delay DURATION] SOURCE...")
	data := fs.String("data", "", "data directory (default $WHOSAID_DATA, else $XDG_DATA_HOME/whosaid)")
	every := fs.Duration("every", 0, "crawl again every `DURATION` (e.g. 30m) until interrupted")
	delay := fs.Duration("delay", polite.DefaultDelay, "wait between two requests to one host; 0 for none (your own servers only)")
	sources, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return usagef("want at least one SOURCE: a feed URL (RSS, Atom, JSON Feed) or a page URL")
	}
	if *every < 0 || *delay < 0 {
		return usagef("--every and --delay must not be negative")
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("data directory %s: %w", dir, err)
	}
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := openIndex(dir)
	if err != nil {
		return err
	}
	defer ix.Close()

	hostDelay := *delay
	if hostDelay == 0 {
		hostDelay = -1 // polite.Config: negative is none, zero the default
	}
	c := crawl.New(crawl.Config{
		Client: polite.New(fetch.New(fetch.Config{}), polite.Config{Delay: hostDelay, Log: e.log}),
		Store:  st,
		Log:    e.log,
	})
	for {
		sum, err := crawlOnce(ctx, e, c, sources)
		if err == nil {
			_, _, err = indexPending(ctx, st, ix, e.log)
		}
		switch {
		case err != nil && *every > 0 && ctx.Err() != nil:
			return nil // an interrupt is how a scheduled crawl ends
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

// crawlOnce runs one crawl and prints its summary line, also when it was
// interrupted: what was stored before stays stored.
func crawlOnce(ctx context.Context, e *env, c *crawl.Crawler, sources []string) (*crawl.Summary, error) {
	sum, err := c.Run(ctx, sources)
	fmt.Fprintf(e.stderr, "crawl: %s\n", sum)
	if err != nil && ctx.Err() != nil {
		return sum, fmt.Errorf("interrupted; what was stored is kept: %w", err)
	}
	return sum, err
}

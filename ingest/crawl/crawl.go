// Package crawl turns sources (feed URLs or page URLs) into stored articles.
// For a feed it fetches every item not seen before, exactly once; for a page
// it fetches the page unless it is stored. Each page is extracted and stored
// with its raw body in one transaction. Failures are logged, counted by
// reason and source, and the crawl goes on.
//
// Indexing is not done here: the store tracks which articles are not yet
// indexed (store.Unindexed), and Config.OnStored tells a caller of each
// article as it is stored.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
	"github.com/whosaid/whosaid/ingest/store"
)

// Defaults for Config.
const (
	// DefaultWorkers is how many sources are crawled at once. Requests are
	// further bounded by the polite client's in-flight cap and per-host rate.
	DefaultWorkers = 4
	// DefaultMaxAttempts is how many times a feed item whose page fails is
	// tried, one try per run, before it is given up: enough to ride out a
	// site's bad day, few enough that a dead link stops costing a request.
	DefaultMaxAttempts = 5
)

// Config is what a Crawler works with. Client and Store are required.
type Config struct {
	Client *polite.Client
	Store  *store.Store
	// Log receives a warning per failure and a debug line per stored
	// page. Nil discards.
	Log         *slog.Logger
	Workers     int // default DefaultWorkers
	MaxAttempts int // default DefaultMaxAttempts
	// OnStored, when set, is called after each article is stored, from the
	// worker that stored it (so possibly concurrently). url is the store's
	// key for the page. The article is also left marked unindexed in the
	// store until the caller calls MarkIndexed.
	OnStored func(ctx context.Context, url string, a *extract.Article)
}

// Crawler crawls sources into a store. A Crawler may Run many times (for a
// crawl on a schedule), but not concurrently with itself.
type Crawler struct {
	cfg      Config
	log      *slog.Logger
	inflight inflight
	extract  extractFunc // extract.Extract; a test may swap it
}

// New returns a Crawler for cfg.
func New(cfg Config) *Crawler {
	if cfg.Workers <= 0 {
		cfg.Workers = DefaultWorkers
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Crawler{cfg: cfg, log: log, extract: extract.Extract}
}

// Run crawls every source once; a source given twice is crawled once.
// Failures of sources and pages are counted in the Summary, not returned.
// The error is non-nil only when the crawl could not go on: the context
// ended (the Summary then counts what was done before) or the store failed
// to write.
func (c *Crawler) Run(ctx context.Context, sources []string) (*Summary, error) {
	sources = unique(sources)
	results := make([]*sourceRun, len(sources))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var errOnce sync.Once
	var runErr error
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range min(c.cfg.Workers, len(sources)) {
		wg.Go(func() {
			for i := range jobs {
				r := &sourceRun{res: SourceResult{URL: sources[i]}, failed: map[Reason]int{}}
				results[i] = r
				if err := c.source(ctx, r); err != nil {
					errOnce.Do(func() { runErr = err })
					cancel()
				}
			}
		})
	}
feed:
	for i := range sources {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	sum := merge(results)
	if runErr == nil {
		runErr = ctx.Err()
	}
	return sum, runErr
}

// unique is sources without repeats, in their first order: two workers on
// one source would race on its state and fetch its feed twice.
func unique(sources []string) []string {
	seen := make(map[string]bool, len(sources))
	out := make([]string, 0, len(sources))
	for _, s := range sources {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// sourceRun is one source's share of a Summary, filled by one worker.
type sourceRun struct {
	res                                 SourceResult
	unchanged                           bool
	items, new, fetched, skipped, empty int
	freshFailed                         int // pages that failed on their first attempt
	failed                              map[Reason]int
}

// fail counts a failure of a page of the source (or of the source).
func (r *sourceRun) fail(err error) {
	r.failed[reasonOf(err)]++
	r.res.Failed++
}

func merge(runs []*sourceRun) *Summary {
	s := &Summary{Failed: map[Reason]int{}}
	for _, r := range runs {
		if r == nil {
			continue // never started: the context ended first
		}
		s.Sources = append(s.Sources, r.res)
		s.Feeds += btoi(r.res.Kind == "feed")
		s.Pages += btoi(r.res.Kind == "page")
		s.Unchanged += btoi(r.unchanged)
		s.Items += r.items
		s.New += r.new
		s.Fetched += r.fetched
		s.Stored += r.res.Stored
		s.Skipped += r.skipped
		s.NoText += r.empty
		for k, v := range r.failed {
			s.Failed[k] += v
		}
	}
	return s
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// source crawls one source and records its state in the store. It returns
// an error only for a store failure or the end of ctx.
func (c *Crawler) source(ctx context.Context, r *sourceRun) error {
	if len(r.res.URL) > fetch.MaxURLBytes {
		// No state is kept for it: the store could not key it.
		r.res.Err = fmt.Errorf("source %.80s…: %w", r.res.URL, fetch.ErrURLTooLong)
		r.fail(r.res.Err)
		r.res.Unusable = true
		c.log.Warn("source failed", slog.String("reason", string(ReasonURLTooLong)))
		return nil
	}
	src, err := c.cfg.Store.Source(r.res.URL)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	src.URL = r.res.URL
	err = c.crawlSource(ctx, r, &src)
	if ctx.Err() != nil {
		// Whatever was stored is stored; the source's counts wait for a
		// run that finishes it.
		return ctx.Err()
	}
	if err != nil {
		return err
	}
	src.Crawls++
	src.LastFetch = time.Now().UTC()
	src.LastError = ""
	if r.res.Err != nil {
		src.Failures++
		src.LastError = r.res.Err.Error()
	}
	src.Stored += r.res.Stored
	if src.Kind == "feed" {
		if src.Items, err = c.cfg.Store.ItemCount(src.URL); err != nil {
			return err
		}
	}
	// A retry that fails again does not make a source unusable: it had
	// nothing new to give, which is not a failure.
	r.res.Unusable = r.res.Stored == 0 && r.skipped == 0 && (r.res.Err != nil || r.freshFailed > 0)
	return c.cfg.Store.PutSource(src)
}

// crawlSource fetches one source and dispatches on what it is.
func (c *Crawler) crawlSource(ctx context.Context, r *sourceRun, src *store.Source) error {
	log := c.log.With(slog.String("source", src.URL))
	if _, err := fetch.ParseHTTP(src.URL); err != nil {
		r.res.Err = fmt.Errorf("source %q: %w", src.URL, err)
		r.fail(r.res.Err)
		log.Warn("source failed", slog.String("reason", string(ReasonNotHTTP)))
		return nil
	}
	if src.Kind == "page" {
		stored, err := c.cfg.Store.HasPage(src.URL)
		if err != nil {
			return err
		}
		if stored {
			r.res.Kind = "page"
			r.skipped++
			return nil
		}
	}
	out, err := c.fetchSource(ctx, src)
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		r.res.Err = err
		r.fail(err)
		log.Warn("source failed", slog.String("reason", string(reasonOf(err))), slog.String("error", err.Error()))
		if src.Kind == "feed" {
			// Items that failed before may still be fetched.
			r.res.Kind = "feed"
			return c.items(ctx, r, src.URL)
		}
		return nil
	case out.page != nil:
		r.res.Kind = "page"
		src.Kind = "page"
		r.fetched++
		pageErr, err := c.storeFetched(ctx, r, src.URL, out.page, time.Time{})
		r.res.Err = pageErr
		return err
	}
	r.res.Kind = "feed"
	src.Kind = "feed"
	if out.notModified {
		r.unchanged = true
		log.Debug("feed unchanged")
	} else if err := c.addItems(r, src, out); err != nil {
		return err
	}
	return c.items(ctx, r, src.URL)
}

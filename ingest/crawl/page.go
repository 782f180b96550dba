package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/decode"
	"github.com/whosaid/whosaid/ingest/feed"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/store"
)

// fetched is a source's answer: a feed, a page, or "unchanged".
type fetched struct {
	resp        *fetch.Response
	feed        *feed.Feed // set for a feed
	page        *fetch.Response
	notModified bool
}

// fetchSource fetches a source, conditionally when it is a feed seen before,
// and tells a feed from a page.
func (c *Crawler) fetchSource(ctx context.Context, src *store.Source) (*fetched, error) {
	req := fetch.Request{URL: src.URL, TextOnly: true}
	if src.Kind == "feed" {
		req.ETag, req.LastModified = src.ETag, src.LastModified
	}
	resp, err := c.cfg.Client.Get(ctx, req)
	if err != nil {
		return nil, err
	}
	if resp.NotModified {
		return &fetched{resp: resp, notModified: true}, nil
	}
	if len(bytes.TrimSpace(resp.Body)) == 0 {
		return nil, fmt.Errorf("source %s: %w", src.URL, decode.ErrEmpty)
	}
	switch feed.Detect(resp.Body, resp.ContentType) {
	case feed.IsFeed:
		var f *feed.Feed
		err := guard(c.log, src.URL, func() (err error) {
			f, err = feed.Parse(resp.Body, resp.ContentType, resp.URL)
			return err
		})
		if err != nil && !errors.Is(err, feed.ErrNotFeed) {
			err = fmt.Errorf("%w: %w", errBadFeed, err)
		}
		if err != nil {
			return nil, err
		}
		return &fetched{resp: resp, feed: f}, nil
	case feed.IsHTML:
		return &fetched{resp: resp, page: resp}, nil
	}
	return nil, fmt.Errorf("source %s: %w nor a feed (%s)", src.URL, errNotHTML, resp.ContentType)
}

// addItems records a feed's validators and title and its items not seen.
func (c *Crawler) addItems(r *sourceRun, src *store.Source, out *fetched) error {
	src.ETag, src.LastModified = out.resp.ETag, out.resp.LastModified
	if out.feed.Title != "" {
		src.Title = out.feed.Title
	}
	now := time.Now().UTC()
	items := make([]store.Item, 0, len(out.feed.Items))
	for _, it := range out.feed.Items {
		items = append(items, store.Item{Key: it.Key(), URL: it.Link, Title: it.Title, Published: it.Published, FirstSeen: now})
	}
	r.items += len(items)
	n, err := c.cfg.Store.AddItems(src.URL, items)
	if err != nil {
		return err
	}
	r.new += n
	if out.feed.NoLink > 0 {
		c.log.Info("feed items without a link skipped", slog.String("source", src.URL), slog.Int("items", out.feed.NoLink))
	}
	return nil
}

// items fetches the pending items of a feed: new ones, and ones that failed
// fewer than MaxAttempts times before. Newest go first, so that a crawl cut
// short (its time limit, an interrupt) has the latest news; undated items
// go last, in the store's order.
func (c *Crawler) items(ctx context.Context, r *sourceRun, feedURL string) error {
	pending, err := c.cfg.Store.PendingItems(feedURL, c.cfg.MaxAttempts)
	if err != nil {
		return err
	}
	slices.SortStableFunc(pending, func(a, b store.Item) int {
		return b.Published.Compare(a.Published) // zero time is oldest
	})
	for _, it := range pending {
		pageErr, err := c.page(ctx, r, it.URL, it.Published)
		if err != nil {
			return err // a cancelled fetch is not an attempt
		}
		if pageErr == nil {
			it.Done, it.LastError = true, ""
		} else {
			if it.Attempts == 0 {
				r.freshFailed++
			}
			it.Attempts++
			if permanent(pageErr) {
				it.Attempts = max(it.Attempts, c.cfg.MaxAttempts)
			}
			it.LastError = pageErr.Error()
		}
		if err := c.cfg.Store.PutItem(feedURL, it); err != nil {
			return err
		}
	}
	return nil
}

// permanent reports a page failure that a later try would meet again, so
// that the item is given up at once instead of costing a download on each
// of MaxAttempts runs: a link to something that is not a page (a podcast
// episode, a PDF), a page over the size cap, or one that redirects to a
// URL too long to fetch.
func permanent(err error) bool {
	return errors.Is(err, errNotHTML) || errors.Is(err, fetch.ErrNotText) ||
		errors.Is(err, decode.ErrBinary) || errors.Is(err, fetch.ErrTooLarge) ||
		errors.Is(err, fetch.ErrURLTooLong)
}

// page fetches, extracts and stores the page at u unless it is stored.
// pageErr is why this page failed (counted and logged); err is a failure
// that stops the crawl (the store, or ctx).
func (c *Crawler) page(ctx context.Context, r *sourceRun, u string, published time.Time) (pageErr, err error) {
	release, err := c.inflight.acquire(ctx, u)
	if err != nil {
		return nil, err
	}
	defer release()
	has, err := c.cfg.Store.HasPage(u)
	if err != nil {
		return nil, err
	}
	if has {
		r.skipped++
		return nil, nil
	}
	resp, err := c.cfg.Client.Get(ctx, fetch.Request{URL: u, TextOnly: true})
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		c.pageFailed(r, u, err)
		return err, nil
	}
	r.fetched++
	if resp.URL != u {
		// A redirect (a feed's tracking link, a moved article): the page is
		// stored under where it ended, so that two links to one article
		// store it once.
		if has, err := c.cfg.Store.HasPage(resp.URL); err != nil || has {
			if has {
				r.skipped++
			}
			return nil, err
		}
	}
	return c.storeFetched(ctx, r, resp.URL, resp, published)
}

// storeFetched extracts a fetched page and stores it under key with its
// article, then tells OnStored.
func (c *Crawler) storeFetched(ctx context.Context, r *sourceRun, key string, resp *fetch.Response, published time.Time) (pageErr, err error) {
	a, err := extractPage(c.log, c.extract, resp.Body, resp.URL, resp.ContentType, published)
	if err != nil {
		c.pageFailed(r, key, err)
		return err, nil
	}
	p := &store.Page{
		URL: key, FinalURL: resp.URL, Status: resp.Status, ContentType: resp.ContentType,
		FetchedAt: resp.FetchedAt, FeedPublished: published, Body: resp.Body,
	}
	added, err := c.cfg.Store.AddPage(p, a)
	if err != nil {
		return nil, err
	}
	if !added {
		// Another worker stored it meanwhile, reached through another
		// link that leads to the same page.
		r.skipped++
		return nil, nil
	}
	r.res.Stored++
	if a.Text == "" {
		// Kept all the same: the raw page is there for a better extractor.
		r.empty++
		c.log.Warn("stored page has no article text", slog.String("url", key))
	} else {
		c.log.Debug("stored", slog.String("url", key), slog.String("title", a.Title))
	}
	if c.cfg.OnStored != nil {
		c.cfg.OnStored(ctx, key, a)
	}
	return nil, nil
}

func (c *Crawler) pageFailed(r *sourceRun, u string, err error) {
	r.fail(err)
	c.log.Warn("page failed", slog.String("source", r.res.URL), slog.String("url", u),
		slog.String("reason", string(reasonOf(err))), slog.String("error", err.Error()))
}

// extractFunc is the signature of extract.Extract.
type extractFunc func(page []byte, pageURL string, opt extract.Options) (*extract.Article, error)

// extractPage checks that body is an HTML page and extracts its article. A
// page that does not state its publication date takes the feed's.
func extractPage(log *slog.Logger, fn extractFunc, body []byte, finalURL, contentType string, published time.Time) (*extract.Article, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fmt.Errorf("page %s: %w", finalURL, decode.ErrEmpty)
	}
	if feed.Detect(body, contentType) != feed.IsHTML {
		return nil, fmt.Errorf("page %s: %w (%s)", finalURL, errNotHTML, contentType)
	}
	// A page that states no date of its own is dated by its feed item; the
	// article keeps only what the page says (claims tell the two apart).
	var a *extract.Article
	err := guard(log, finalURL, func() (err error) {
		a, err = fn(body, finalURL, extract.Options{ContentType: contentType, DocDate: published})
		return err
	})
	if err != nil {
		if !errors.Is(err, decode.ErrEmpty) && !errors.Is(err, decode.ErrBinary) && !errors.Is(err, errPanic) {
			err = fmt.Errorf("%w: %w", errExtract, err)
		}
		return nil, err
	}
	return a, nil
}

// guard runs fn, a parser of what came off the network, and turns a panic
// into an error wrapping errPanic, with the stack logged. Parsers are fuzzed
// not to panic, but one page that trips a bug in extract or in a library
// must cost that page, not the crawl of every other source; and since the
// failure is counted as an attempt, the page is not retried for ever.
func guard(log *slog.Logger, url string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("parser panicked; please report this page", slog.String("url", url),
				slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
			err = fmt.Errorf("%s: %w: %v", url, errPanic, r)
		}
	}()
	return fn()
}

// inflight makes sure two workers never fetch the same URL at once (the same
// article listed in two feeds): the second waits, then finds it stored.
type inflight struct {
	mu sync.Mutex
	m  map[string]chan struct{}
}

// acquire waits until no other worker holds key and takes it; release gives
// it back.
func (f *inflight) acquire(ctx context.Context, key string) (release func(), err error) {
	for {
		f.mu.Lock()
		if f.m == nil {
			f.m = map[string]chan struct{}{}
		}
		busy, ok := f.m[key]
		if !ok {
			done := make(chan struct{})
			f.m[key] = done
			f.mu.Unlock()
			return func() {
				f.mu.Lock()
				delete(f.m, key)
				f.mu.Unlock()
				close(done)
			}, nil
		}
		f.mu.Unlock()
		select {
		case <-busy:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

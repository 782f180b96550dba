// Package polite wraps a fetch.Client with the manners a crawler owes the
// sites it reads: it obeys robots.txt, spaces its requests to each host, backs
// off when a host says it is busy, and caps how many requests are in flight
// across all hosts.
package polite

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/whosaid/whosaid/ingest/fetch"
)

// Defaults for Config.
const (
	// DefaultDelay is the wait between two requests to one host: one page a
	// second is the rate crawlers are commonly expected to keep to without
	// a Crawl-delay telling them otherwise.
	DefaultDelay = time.Second
	// DefaultMaxInFlight bounds requests under way across all hosts, so that
	// a crawl of many feeds stays a light load on the machine and its link.
	DefaultMaxInFlight = 4
	// DefaultMaxWait is the longest a request waits for a host that asked
	// us (Retry-After) to come back later; past it the request fails with
	// ErrBackoff and the crawl moves on to other work.
	DefaultMaxWait = 30 * time.Second
)

// maxCrawlDelay bounds a robots.txt Crawl-delay: a site that asks for an hour
// between requests is honoured up to a minute, and the crawl of its items
// takes as long as that implies.
const maxCrawlDelay = time.Minute

// ErrDisallowed is returned for a URL that the site's robots.txt forbids to
// whosaid.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// ErrBackoff is returned, without a request, for a host that asked us to wait
// longer than Config.MaxWait.
var ErrBackoff = errors.New("host asked us to back off")

// Config tunes a Client. Zero values mean the defaults.
type Config struct {
	// Delay is the minimum time between two requests to one host. Negative
	// means no delay (tests, or a crawl of one's own loopback server).
	Delay       time.Duration
	MaxInFlight int
	MaxWait     time.Duration
	// Agent is the name matched against robots.txt User-agent lines;
	// default "whosaid", the product token of fetch.UserAgent.
	Agent string
	// Log receives a line for every robots.txt that could not be read.
	// Nil discards them.
	Log *slog.Logger
}

// Client is a fetch.Client with manners. It is safe for concurrent use.
type Client struct {
	f     *fetch.Client
	cfg   Config
	slots chan struct{} // one token per request in flight

	mu    sync.Mutex
	hosts map[string]*host // by scheme://host:port
}

// host is what the Client knows of one site.
type host struct {
	lim *rate.Limiter

	robotsMu sync.Mutex // guards robots; held while robots.txt is fetched
	robots   *robots

	mu          sync.Mutex // guards pausedUntil
	pausedUntil time.Time
}

// New returns a Client that fetches through f.
func New(f *fetch.Client, cfg Config) *Client {
	if cfg.Delay == 0 {
		cfg.Delay = DefaultDelay
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
	}
	if cfg.MaxWait <= 0 {
		cfg.MaxWait = DefaultMaxWait
	}
	if cfg.Agent == "" {
		cfg.Agent = "whosaid"
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Client{f: f, cfg: cfg, slots: make(chan struct{}, cfg.MaxInFlight), hosts: map[string]*host{}}
}

// Get fetches req.URL once robots.txt allows it and the host's turn has come.
func (c *Client) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	u, err := fetch.ParseHTTP(req.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	h := c.host(u)
	ok, err := c.allowed(ctx, h, u)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ErrDisallowed)
	}
	return c.do(ctx, h, req)
}

// host returns the state kept for u's site, creating it on first use.
func (c *Client) host(u *url.URL) *host {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.hosts[key]
	if !ok {
		limit := rate.Every(c.cfg.Delay)
		if c.cfg.Delay < 0 {
			limit = rate.Inf
		}
		h = &host{lim: rate.NewLimiter(limit, 1)}
		c.hosts[key] = h
	}
	return h
}

// do sends one request when the host's rate allows and a slot is free. The
// host's turn is awaited before a slot is taken, so that a request queued
// behind a slow host does not hold a slot other hosts could use.
func (c *Client) do(ctx context.Context, h *host, req fetch.Request) (*fetch.Response, error) {
	if err := c.awaitPause(ctx, h, req.URL); err != nil {
		return nil, err
	}
	if err := h.lim.Wait(ctx); err != nil {
		// The limiter fails at once when the host's turn comes after the
		// context's deadline. The request cannot be made in time, but
		// ending before the deadline would make the caller count it as a
		// failed page (an attempt, a reason) rather than the end of its
		// time: wait for the deadline, then say so.
		if _, ok := ctx.Deadline(); !ok && ctx.Err() == nil {
			return nil, fmt.Errorf("fetch %s: %w", req.URL, err) // not about time
		}
		<-ctx.Done()
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ctx.Err())
	}
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ctx.Err())
	}
	resp, err := c.f.Get(ctx, req)
	<-c.slots
	var se *fetch.StatusError
	if errors.As(err, &se) && se.RetryAfter > 0 {
		h.mu.Lock()
		if until := time.Now().Add(se.RetryAfter); until.After(h.pausedUntil) {
			h.pausedUntil = until
		}
		h.mu.Unlock()
	}
	return resp, err
}

// awaitPause waits out a host's Retry-After, or fails at once when it is
// longer than MaxWait.
func (c *Client) awaitPause(ctx context.Context, h *host, u string) error {
	h.mu.Lock()
	wait := time.Until(h.pausedUntil)
	h.mu.Unlock()
	if wait <= 0 {
		return nil
	}
	if wait > c.cfg.MaxWait {
		return fmt.Errorf("fetch %s: %w for %s", u, ErrBackoff, wait.Round(time.Second))
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("fetch %s: %w", u, ctx.Err())
	}
}

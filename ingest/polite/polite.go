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
	"net/http"
	"net/url"
	"strings"
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
// A redirect is followed on the same terms: robots.txt of the host it leads
// to must allow the new URL, and that host's turn must come.
func (c *Client) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	u, err := fetch.ParseHTTP(req.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	h := c.host(u)
	if err := c.mayFetch(ctx, h, u); err != nil {
		return nil, err
	}
	return c.do(ctx, h, req, true)
}

// mayFetch fails with ErrDisallowed when robots.txt forbids u.
func (c *Client) mayFetch(ctx context.Context, h *host, u *url.URL) error {
	ok, err := c.allowed(ctx, h, u)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("fetch %s: %w", u, ErrDisallowed)
	}
	return nil
}

// siteKey names u's site as robots.txt scopes it: scheme, host and port.
// Host names are case-insensitive and url.Parse keeps them as written; a
// scheme's default port is the same site as no port.
func siteKey(u *url.URL) string {
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if port == "" || u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443" {
		port = ""
	} else {
		port = ":" + port
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // an IPv6 literal
	}
	return u.Scheme + "://" + host + port
}

// host returns the state kept for u's site, creating it on first use.
func (c *Client) host(u *url.URL) *host {
	key := siteKey(u)
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
// behind a slow host does not hold a slot other hosts could use; for the
// same reason a redirect gives its slot back while it waits for the next
// host (see hop). checkRobots is false for robots.txt itself, which every
// robots.txt allows (RFC 9309 §2.2.3) and whose fetch must not wait for
// itself.
func (c *Client) do(ctx context.Context, h *host, req fetch.Request, checkRobots bool) (*fetch.Response, error) {
	if err := c.turn(ctx, h, req.URL); err != nil {
		return nil, err
	}
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("fetch %s: %w", req.URL, ctx.Err())
	}
	held := true // hop runs on this goroutine, inside Get
	req.Redirect = func(next *http.Request) error {
		<-c.slots
		held = false
		if err := c.hop(next, checkRobots); err != nil {
			return err
		}
		select {
		case c.slots <- struct{}{}:
			held = true
			return nil
		case <-next.Context().Done():
			return next.Context().Err()
		}
	}
	resp, err := c.f.Get(ctx, req)
	if held {
		<-c.slots
	}
	var se *fetch.StatusError
	if errors.As(err, &se) && se.RetryAfter > 0 {
		// The host that asked is the one that answered, after redirects.
		if u, perr := fetch.ParseHTTP(se.URL); perr == nil {
			h = c.host(u)
		}
		h.mu.Lock()
		if until := time.Now().Add(se.RetryAfter); until.After(h.pausedUntil) {
			h.pausedUntil = until
		}
		h.mu.Unlock()
	}
	return resp, err
}

// hop readies the next request of a redirect: robots.txt of its host must
// allow it (unless it is for robots.txt), and that host's turn must come.
func (c *Client) hop(next *http.Request, checkRobots bool) error {
	ctx := next.Context()
	if _, err := fetch.ParseHTTP(next.URL.String()); err != nil {
		return err
	}
	h := c.host(next.URL)
	if checkRobots {
		if err := c.mayFetch(ctx, h, next.URL); err != nil {
			return err
		}
	}
	return c.turn(ctx, h, next.URL.String())
}

// turn waits until host h may be sent a request for u: after any pause it
// asked for, and its rate's next slot.
func (c *Client) turn(ctx context.Context, h *host, u string) error {
	if err := c.awaitPause(ctx, h, u); err != nil {
		return err
	}
	if err := h.lim.Wait(ctx); err != nil {
		// The limiter fails at once when the host's turn comes after the
		// context's deadline. The request cannot be made in time, but
		// ending before the deadline would make the caller count it as a
		// failed page (an attempt, a reason) rather than the end of its
		// time: wait for the deadline, then say so.
		if _, ok := ctx.Deadline(); !ok && ctx.Err() == nil {
			return fmt.Errorf("fetch %s: %w", u, err) // not about time
		}
		<-ctx.Done()
		return fmt.Errorf("fetch %s: %w", u, ctx.Err())
	}
	return nil
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

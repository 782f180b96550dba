package polite

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"

	"github.com/whosaid/whosaid/ingest/fetch"
)

// How long a robots.txt verdict is kept. RFC 9309 §2.4 asks crawlers not to
// cache one for more than 24 hours; a failed fetch is retried sooner, so that
// rules published after an outage take effect within minutes.
const (
	robotsTTL        = 24 * time.Hour
	robotsFailureTTL = 10 * time.Minute
)

// robotsParseBytes is how much of a robots.txt is parsed: RFC 9309 §2.5
// asks crawlers to read at least the first 500 KiB, and the rules there hold
// whatever follows. robotsMaxBytes is how much is fetched: a file over it
// (a runaway generator, or not a robots.txt at all) is treated as
// unreadable.
const (
	robotsParseBytes = 500 << 10
	robotsMaxBytes   = fetch.DefaultMaxBytes
)

// robots is a site's parsed robots.txt and when to fetch it again.
type robots struct {
	data    *robotstxt.RobotsData // nil: everything is allowed
	expires time.Time
}

// allowed reports whether robots.txt lets whosaid fetch u, fetching the file
// on first use of the host and when the cached copy expires.
func (c *Client) allowed(ctx context.Context, h *host, u *url.URL) (bool, error) {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if h.robots == nil || time.Now().After(h.robots.expires) {
		r, err := c.fetchRobots(ctx, h, u)
		if err != nil {
			return false, err
		}
		h.robots = r
	}
	if h.robots.data == nil {
		return true, nil
	}
	return h.robots.data.TestAgent(u.RequestURI(), c.cfg.Agent), nil
}

// fetchRobots fetches and parses the robots.txt of u's site, through the
// same rate limit and slots as any other request. It fails only when ctx ends.
//
// A 4xx means the site has no robots.txt: everything is allowed (RFC 9309
// §2.3.1.3). Any other failure (a 5xx, a timeout, a refused connection, a
// file that does not parse) also allows everything, with a log line, which
// is laxer than RFC 9309's "assume complete disallow" for server errors. We
// take that liberty because whosaid only fetches URLs that the site itself
// lists in its feed, or that its user named, at one request per second per
// host: a broken robots.txt server should not silently drop a publisher's
// own feed from the crawl. The verdict is re-checked after robotsFailureTTL.
func (c *Client) fetchRobots(ctx context.Context, h *host, u *url.URL) (*robots, error) {
	robotsURL := u.Scheme + "://" + u.Host + "/robots.txt"
	allowAll := &robots{expires: time.Now().Add(robotsFailureTTL)}
	resp, err := c.do(ctx, h, fetch.Request{URL: robotsURL, Accept: "text/plain", MaxBytes: robotsMaxBytes}, false)
	if ctx.Err() != nil {
		return nil, fmt.Errorf("fetch %s: %w", robotsURL, ctx.Err())
	}
	var se *fetch.StatusError
	switch {
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
		c.setCrawlDelay(h, 0)
		return &robots{expires: time.Now().Add(robotsTTL)}, nil
	case err != nil:
		c.cfg.Log.Warn("robots.txt unreadable; allowing all", slog.String("url", robotsURL), slog.String("error", err.Error()))
		return allowAll, nil
	}
	data, err := parseRobots(head(resp.Body, robotsParseBytes))
	if err != nil {
		c.cfg.Log.Warn("robots.txt does not parse; allowing all", slog.String("url", robotsURL), slog.String("error", err.Error()))
		return allowAll, nil
	}
	var crawlDelay time.Duration
	if g := data.FindGroup(c.cfg.Agent); g != nil {
		crawlDelay = g.CrawlDelay
	}
	c.setCrawlDelay(h, crawlDelay)
	return &robots{data: data, expires: time.Now().Add(robotsTTL)}, nil
}

// setCrawlDelay spaces requests to h by the robots.txt Crawl-delay d, up
// to maxCrawlDelay, when it asks for more than Config.Delay, and by
// Config.Delay otherwise: each fresh robots.txt decides again, so a
// Crawl-delay the site has since dropped stops slowing a long crawl. A
// negative Config.Delay (no delay at all) is left alone.
func (c *Client) setCrawlDelay(h *host, d time.Duration) {
	if c.cfg.Delay < 0 {
		return
	}
	h.lim.SetLimit(rate.Every(max(c.cfg.Delay, min(d, maxCrawlDelay))))
}

// head is the start of a robots.txt body, at most max bytes, cut after its
// last whole line so that a rule is never read half.
func head(body []byte, max int) []byte {
	if len(body) <= max {
		return body
	}
	body = body[:max]
	if i := bytes.LastIndexByte(body, '\n'); i >= 0 {
		body = body[:i+1]
	}
	return body
}

// parseRobots parses a robots.txt body. The parser compiles patterns from
// the file, so it is guarded like any parser of network input.
func parseRobots(body []byte) (data *robotstxt.RobotsData, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("robots.txt parser panicked: %v", r)
		}
	}()
	return robotstxt.FromBytes(body)
}

// Package fetch does one HTTP GET the way a well-behaved crawler should: it
// names itself, bounds every wait and every body, follows a few redirects but
// not a loop, asks conditionally for what it saw before, and turns every HTTP
// failure into a typed error a caller can branch on.
//
// Politeness across requests (robots.txt, rates) is package polite's job.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// UserAgent names whosaid and where to read about it, so that a site owner
// who sees it in a log knows who is calling and how to object.
const UserAgent = "whosaid/0.1 (+https://github.com/whosaid/whosaid)"

// DefaultMaxBytes caps a response body. It matches extract/decode.MaxBytes
// (8 MiB): the 181 benchmark article pages weigh 30 KB to 1.8 MB, so every
// real page fits whole, while a runaway server or a mislabelled video is cut
// off early instead of filling memory.
const DefaultMaxBytes = 8 << 20

// Default timeouts. A news site that takes longer than these to connect or to
// start answering is down for our purpose; the overall limit covers a slow
// body trickling in.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultHeaderTimeout  = 20 * time.Second
	DefaultTimeout        = 60 * time.Second
	// DefaultMaxRedirects follows the usual http→https→www→canonical chain
	// with room to spare; net/http's own default is 10.
	DefaultMaxRedirects = 5
)

// ErrTooLarge is returned when a body is longer than the cap. The body is not
// returned: a cut page extracts to a cut article and a cut feed is not valid
// XML, so a partial body would be stored as if it were the real thing.
var ErrTooLarge = errors.New("response body over the size cap")

// ErrNotText is returned, before the body is read, for a request with
// TextOnly whose answer is labelled as an image, audio, video, font or a
// known binary document: a feed's link to a podcast episode can be
// hundreds of megabytes, of which the size cap would still read 8 MiB.
var ErrNotText = errors.New("not a text response")

// MaxURLBytes is the longest URL fetched, or followed in a redirect:
// RFC 9110 §4.1 asks every party to support 8000 octets, so a link longer
// than that is broken or hostile. It also keeps every URL the crawl stores
// well under bbolt's key limit (32 KiB).
const MaxURLBytes = 8000

// ErrURLTooLong is returned for a URL, or a redirect target, longer than
// MaxURLBytes.
var ErrURLTooLong = fmt.Errorf("URL longer than %d bytes", MaxURLBytes)

// ErrNotHTTP is returned for a URL that is not an absolute http(s) URL
// with a host: the only kind a crawler fetches.
var ErrNotHTTP = errors.New("not an http(s) URL")

// ParseHTTP parses raw, failing with ErrNotHTTP unless it is an absolute
// http(s) URL with a host.
func ParseHTTP(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, ErrNotHTTP
	}
	return u, nil
}

// ErrRedirectLoop is returned when a redirect leads back to a URL already
// visited in the same request.
var ErrRedirectLoop = errors.New("redirect loop")

// ErrTooManyRedirects is returned when a request is redirected more than
// Config.MaxRedirects times without looping.
var ErrTooManyRedirects = errors.New("too many redirects")

// Config tunes a Client. The zero value of every field means its default.
type Config struct {
	UserAgent      string        // default UserAgent
	MaxBytes       int64         // body cap; default DefaultMaxBytes
	ConnectTimeout time.Duration // TCP (and TLS handshake) connect; default DefaultConnectTimeout
	HeaderTimeout  time.Duration // request sent → response headers; default DefaultHeaderTimeout
	Timeout        time.Duration // whole request including the body; default DefaultTimeout
	MaxRedirects   int           // default DefaultMaxRedirects

	// Transport replaces the HTTP transport (its timeouts then are its own).
	// Nil means a transport built from the timeouts above.
	Transport http.RoundTripper
}

// Client fetches URLs. It is safe for concurrent use.
type Client struct {
	hc        *http.Client
	userAgent string
	maxBytes  int64
}

// New returns a Client configured by cfg.
func New(cfg Config) *Client {
	c := &Client{userAgent: cfg.UserAgent, maxBytes: cfg.MaxBytes}
	if c.userAgent == "" {
		c.userAgent = UserAgent
	}
	if c.maxBytes <= 0 {
		c.maxBytes = DefaultMaxBytes
	}
	maxRedirects := cfg.MaxRedirects
	if maxRedirects <= 0 {
		maxRedirects = DefaultMaxRedirects
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	rt := cfg.Transport
	if rt == nil {
		rt = newTransport(cfg)
	}
	c.hc = &http.Client{
		Transport:     rt,
		Timeout:       timeout,
		CheckRedirect: checkRedirect(maxRedirects),
	}
	return c
}

func newTransport(cfg Config) *http.Transport {
	connect := cfg.ConnectTimeout
	if connect <= 0 {
		connect = DefaultConnectTimeout
	}
	header := cfg.HeaderTimeout
	if header <= 0 {
		header = DefaultHeaderTimeout
	}
	d := &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   connect,
		ResponseHeaderTimeout: header,
		ExpectContinueTimeout: time.Second,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
		// Compression stays on: the transport asks for gzip and decompresses
		// it transparently, and the size cap applies to the decompressed
		// bytes, so a gzip bomb is cut like any other oversized body.
	}
}

// checkRedirect stops at a loop or after max hops with a sentinel error;
// net/http wraps it in a *url.Error, which errors.Is sees through.
func checkRedirect(max int) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		next := req.URL.String()
		if len(next) > MaxURLBytes {
			return fmt.Errorf("%w: redirect to %.80s…", ErrURLTooLong, next)
		}
		for _, r := range via {
			if r.URL.String() == next {
				return fmt.Errorf("%w: back to %s after %d hops", ErrRedirectLoop, next, len(via))
			}
		}
		if len(via) > max {
			return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, max)
		}
		if hook, _ := req.Context().Value(redirectKey{}).(func(*http.Request) error); hook != nil {
			return hook(req)
		}
		return nil
	}
}

// redirectKey carries a Request's Redirect hook to checkRedirect, which
// the http.Client, shared by every request, calls with the request alone.
type redirectKey struct{}

// Request is one GET. ETag and LastModified, when set, make it conditional:
// a server whose copy is unchanged answers 304 and Response.NotModified.
type Request struct {
	URL          string
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since, verbatim as the server gave it
	Accept       string // default: HTML and feeds, anything else last
	MaxBytes     int64  // overrides the client's cap when > 0 (robots.txt wants less)
	// Redirect, when set, is called before each redirect is followed,
	// with the request about to be sent (its Context is the caller's); an
	// error stops the fetch with that error. It runs on the caller's
	// goroutine. Package polite uses it to give every hop of a redirect
	// the robots.txt check and host pace of a first request.
	Redirect func(next *http.Request) error
	// TextOnly fails with ErrNotText, without reading the body, when the
	// Content-Type names a binary media type (see binaryType). An absent
	// or generic label (application/octet-stream) is let through: the
	// body decides.
	TextOnly bool
}

// defaultAccept says what whosaid can use, in order of preference.
const defaultAccept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml," +
	"application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"

// Response is a completed fetch. Body is the whole (decompressed) body.
type Response struct {
	URL          string // the final URL, after redirects
	Status       int
	ContentType  string // the Content-Type header as sent (charset included), or sniffed when absent
	ETag         string
	LastModified string
	NotModified  bool // 304: the caller's copy is current; Body is empty
	Body         []byte
	FetchedAt    time.Time
}

// MediaType is the Content-Type without parameters, lower case:
// "text/html". "" when the type does not parse.
func (r *Response) MediaType() string {
	mt, _, err := mime.ParseMediaType(r.ContentType)
	if err != nil {
		return ""
	}
	return mt
}

// Get fetches req.URL. Any status other than 2xx and 304 is a *StatusError.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	if len(req.URL) > MaxURLBytes {
		return nil, fmt.Errorf("fetch %.80s…: %w", req.URL, ErrURLTooLong)
	}
	if _, err := ParseHTTP(req.URL); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	// Set even when nil: ctx may come from inside another request's
	// Redirect hook (polite fetches robots.txt there), whose hook is not
	// this request's.
	ctx = context.WithValue(ctx, redirectKey{}, req.Redirect)
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	hreq.Header.Set("User-Agent", c.userAgent)
	accept := req.Accept
	if accept == "" {
		accept = defaultAccept
	}
	hreq.Header.Set("Accept", accept)
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.hc.Do(hreq)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FetchedAt:    time.Now().UTC(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		// Drain a little so the connection can be reused; the error page
		// itself is of no use.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, newStatusError(out.URL, resp, out.FetchedAt)
	}
	if req.TextOnly && binaryType(out.MediaType()) {
		return nil, fmt.Errorf("fetch %s: %w (%s)", req.URL, ErrNotText, out.ContentType)
	}
	max := c.maxBytes
	if req.MaxBytes > 0 {
		max = req.MaxBytes
	}
	if out.Body, err = readCapped(resp.Body, max); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", req.URL, err)
	}
	if out.ContentType == "" && len(out.Body) > 0 {
		out.ContentType = http.DetectContentType(out.Body)
	}
	return out, nil
}

// readCapped reads all of r, or fails with ErrTooLarge once it passes max.
// It reads one byte past the cap to tell "exactly max" from "more".
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, max)
	}
	return b, nil
}

// binaryType reports whether a media type is surely not text: images,
// audio, video, fonts, 3D models, and the documents and archives that
// feeds link to.
func binaryType(mt string) bool {
	major, _, _ := strings.Cut(mt, "/")
	switch major {
	case "image", "audio", "video", "font", "model":
		return true
	}
	switch mt {
	case "application/pdf", "application/zip", "application/gzip", "application/x-gzip",
		"application/msword", "application/vnd.ms-excel", "application/x-shockwave-flash":
		return true
	}
	return false
}

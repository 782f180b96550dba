package fetch

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// StatusError is an HTTP answer other than 2xx or 304.
type StatusError struct {
	URL    string // the URL that answered (after redirects)
	Code   int    // 404, 429, 500, …
	Status string // the status line's text: "404 Not Found"
	// RetryAfter is how long the server asked us to wait (429, 503), from
	// its Retry-After header; 0 when it did not say.
	RetryAfter time.Duration
}

// Error names the URL and the status line, and the wait the server asked
// for when it gave one.
func (e *StatusError) Error() string {
	msg := fmt.Sprintf("fetch %s: %s", e.URL, e.Status)
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// Temporary reports whether the same request may succeed later: rate
// limiting, timeouts and server errors, but not 4xx like 404 or 410.
func (e *StatusError) Temporary() bool {
	return e.Code == http.StatusTooManyRequests || e.Code == http.StatusRequestTimeout || e.Code >= 500
}

func newStatusError(u string, resp *http.Response, now time.Time) *StatusError {
	status := resp.Status
	if status == "" {
		status = strconv.Itoa(resp.StatusCode)
	}
	return &StatusError{
		URL:        u,
		Code:       resp.StatusCode,
		Status:     status,
		RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), now),
	}
}

// parseRetryAfter reads a Retry-After value, either delay-seconds or an
// HTTP-date (RFC 9110 §10.2.3), as a duration from now. Anything unreadable,
// negative or in the past is 0.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	// Waits are capped at a day: a longer one is a misconfiguration, and
	// the multiplication below must not overflow.
	const maxWait = 24 * time.Hour
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return min(time.Duration(min(secs, int64(maxWait/time.Second)))*time.Second, maxWait)
	}
	t, err := http.ParseTime(v)
	if err != nil || !t.After(now) {
		return 0
	}
	return min(t.Sub(now), maxWait)
}

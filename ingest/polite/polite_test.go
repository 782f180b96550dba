package polite

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/whosaid/whosaid/ingest/fetch"
)

// site is a test server with a given robots.txt answer that counts hits.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int

	robotsOnce   sync.Once
	robotsServed chan struct{} // closed once robots.txt has been answered
}

func newSite(t *testing.T, robotsStatus int, robotsBody string) *site {
	t.Helper()
	s := &site{hits: map[string]int{}, robotsServed: make(chan struct{})}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			w.WriteHeader(robotsStatus)
			fmt.Fprint(w, robotsBody)
			s.robotsOnce.Do(func() { close(s.robotsServed) })
		case "/busy":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		default:
			fmt.Fprint(w, "<p>ok</p>")
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func TestRobots(t *testing.T) {
	const rules = "User-agent: otherbot\nDisallow: /\n\nUser-agent: whosaid\nDisallow: /private\n"
	tests := []struct {
		name        string
		status      int
		body        string
		path        string
		wantAllowed bool
	}{
		{"allowed path", 200, rules, "/public/a", true},
		{"disallowed path", 200, rules, "/private/a", false},
		{"disallowed with query", 200, "User-agent: *\nDisallow: /*?print\n", "/a?print=1", false},
		{"rules for another agent", 200, "User-agent: otherbot\nDisallow: /\n", "/a", true},
		{"wildcard agent", 200, "User-agent: *\nDisallow: /\n", "/a", false},
		{"no robots.txt", 404, "", "/private/a", true},
		{"forbidden robots.txt", 403, "", "/a", true},
		{"server error is allowed", 500, "User-agent: *\nDisallow: /\n", "/a", true},
		{"empty robots.txt", 200, "", "/a", true},
		// RFC 9309 §2.5: at least the first 500 KiB are read; rules there
		// hold whatever follows.
		{"huge robots.txt", 200, "User-agent: *\nDisallow: /private\n" + strings.Repeat("# padding of a generated file\n", 40000), "/private/a", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t, tt.status, tt.body)
			c := New(fetch.New(fetch.Config{}), Config{Delay: -1})
			resp, err := c.Get(context.Background(), fetch.Request{URL: s.URL + tt.path})
			if tt.wantAllowed {
				if err != nil {
					t.Fatalf("Get: %v", err)
				}
				if string(resp.Body) != "<p>ok</p>" {
					t.Errorf("body = %q", resp.Body)
				}
				return
			}
			if !errors.Is(err, ErrDisallowed) {
				t.Fatalf("err = %v, want ErrDisallowed", err)
			}
			if n := s.count(tt.path[:len(tt.path)-len("/a")] + "/a"); n != 0 {
				t.Errorf("disallowed path was requested %d times", n)
			}
		})
	}
}

func TestRobotsFetchedOncePerHost(t *testing.T) {
	s := newSite(t, 200, "User-agent: *\nDisallow: /x\n")
	c := New(fetch.New(fetch.Config{}), Config{Delay: -1})
	for _, p := range []string{"/a", "/b", "/x", "/c"} {
		c.Get(context.Background(), fetch.Request{URL: s.URL + p})
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
	if n := s.count("/a") + s.count("/b") + s.count("/c"); n != 3 {
		t.Errorf("allowed pages fetched %d times, want 3", n)
	}
}

func TestRobotsUnreachableAllows(t *testing.T) {
	// A server that is gone: robots.txt and the page both fail to connect,
	// and the error reported is the page's, not a robots verdict.
	s := httptest.NewServer(http.NotFoundHandler())
	addr := s.URL
	s.Close()
	c := New(fetch.New(fetch.Config{}), Config{Delay: -1})
	_, err := c.Get(context.Background(), fetch.Request{URL: addr + "/a"})
	if err == nil || errors.Is(err, ErrDisallowed) {
		t.Fatalf("err = %v, want a connection error", err)
	}
}

func TestDelayPerHost(t *testing.T) {
	s := newSite(t, 404, "")
	const delay = 50 * time.Millisecond
	c := New(fetch.New(fetch.Config{}), Config{Delay: delay})
	start := time.Now()
	// robots.txt and three pages: four requests, three waits.
	for _, p := range []string{"/a", "/b", "/c"} {
		if _, err := c.Get(context.Background(), fetch.Request{URL: s.URL + p}); err != nil {
			t.Fatal(err)
		}
	}
	if got := time.Since(start); got < 3*delay {
		t.Errorf("4 requests to one host took %s, want at least %s", got, 3*delay)
	}
}

func TestCrawlDelay(t *testing.T) {
	s := newSite(t, 200, "User-agent: *\nCrawl-delay: 0.1\n")
	c := New(fetch.New(fetch.Config{}), Config{Delay: time.Millisecond})
	start := time.Now()
	for _, p := range []string{"/a", "/b"} {
		if _, err := c.Get(context.Background(), fetch.Request{URL: s.URL + p}); err != nil {
			t.Fatal(err)
		}
	}
	if got := time.Since(start); got < 100*time.Millisecond {
		t.Errorf("two pages after Crawl-delay 0.1 took %s, want at least 100ms", got)
	}
}

// TestCrawlDelayRenewed: each fresh robots.txt sets the host's pace again,
// so a Crawl-delay the site drops, or a robots.txt it removes, stops
// slowing the crawl.
func TestCrawlDelayRenewed(t *testing.T) {
	var mu sync.Mutex
	status, body := 200, "User-agent: *\nCrawl-delay: 5\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	const delay = 10 * time.Millisecond
	c := New(fetch.New(fetch.Config{}), Config{Delay: delay})
	u, _ := fetch.ParseHTTP(srv.URL + "/a")
	h := c.host(u)
	for _, step := range []struct {
		status int
		body   string
		want   time.Duration
	}{
		{200, "User-agent: *\nCrawl-delay: 5\n", 5 * time.Second},
		{200, "User-agent: *\nDisallow: /private\n", delay},
		{200, "User-agent: *\nCrawl-delay: 3600\n", maxCrawlDelay},
		{404, "", delay},
	} {
		mu.Lock()
		status, body = step.status, step.body
		mu.Unlock()
		h.lim.SetLimit(rate.Inf) // the test does not wait out the pace it sets
		if _, err := c.fetchRobots(context.Background(), h, u); err != nil {
			t.Fatal(err)
		}
		if got, want := h.lim.Limit(), rate.Every(step.want); got != want {
			t.Errorf("after %d %q: limit %v, want %v (every %s)", step.status, step.body, got, want, step.want)
		}
	}
}

func TestMaxInFlight(t *testing.T) {
	var inFlight, peak atomic.Int32
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond) // hold the request so that others would overlap
		w.WriteHeader(http.StatusNotFound)
	})
	var urls []string
	for range 4 {
		s := httptest.NewServer(handler)
		t.Cleanup(s.Close)
		urls = append(urls, s.URL+"/a", s.URL+"/b")
	}
	c := New(fetch.New(fetch.Config{}), Config{Delay: -1, MaxInFlight: 2})
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Go(func() { c.Get(context.Background(), fetch.Request{URL: u}) })
	}
	wg.Wait()
	if p := peak.Load(); p > 2 {
		t.Errorf("peak requests in flight = %d, want ≤ 2", p)
	}
}

func TestBackoff(t *testing.T) {
	s := newSite(t, 404, "")
	c := New(fetch.New(fetch.Config{}), Config{Delay: -1})
	_, err := c.Get(context.Background(), fetch.Request{URL: s.URL + "/busy"})
	var se *fetch.StatusError
	if !errors.As(err, &se) || se.Code != 429 {
		t.Fatalf("first err = %v, want a 429", err)
	}
	_, err = c.Get(context.Background(), fetch.Request{URL: s.URL + "/a"})
	if !errors.Is(err, ErrBackoff) {
		t.Fatalf("second err = %v, want ErrBackoff", err)
	}
	if n := s.count("/a"); n != 0 {
		t.Errorf("host that asked for an hour's rest was called %d times", n)
	}
}

func TestCancelled(t *testing.T) {
	// With an hour between requests, the page waits behind robots.txt until
	// the context ends.
	s := newSite(t, 404, "")
	c := New(fetch.New(fetch.Config{}), Config{Delay: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-s.robotsServed
		cancel()
	}()
	_, err := c.Get(ctx, fetch.Request{URL: s.URL + "/a"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n := s.count("/a"); n != 0 {
		t.Errorf("page fetched %d times before its turn", n)
	}
}

func TestNotHTTP(t *testing.T) {
	c := New(fetch.New(fetch.Config{}), Config{})
	for _, u := range []string{"file:///etc/passwd", "http://", "nonsense"} {
		if _, err := c.Get(context.Background(), fetch.Request{URL: u}); err == nil {
			t.Errorf("Get(%q) succeeded", u)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private\nCrawl-delay: 2\n"))
	f.Add([]byte("User-agent: whosaid\nAllow: /a$\nDisallow: /*?*\nSitemap: http://x/s.xml\n"))
	f.Add([]byte("\xff\xfe garbage :: ::\n\n\nDisallow"))
	f.Fuzz(func(t *testing.T, body []byte) {
		data, err := parseRobots(body)
		if err != nil {
			return
		}
		data.TestAgent("/some/path?q=1", "whosaid")
	})
}

// TestDeadlineBeforeTurn: a request whose host's turn comes after the
// context's deadline ends with the context's own error when the context
// ends, so a caller can tell "out of time" from a failure of the page.
func TestDeadlineBeforeTurn(t *testing.T) {
	s := newSite(t, http.StatusNotFound, "")
	c := New(fetch.New(fetch.Config{}), Config{Delay: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx, fetch.Request{URL: s.URL + "/a"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("first Get (waits on robots.txt's turn): err = %v, want context.DeadlineExceeded", err)
	}
	if ctx.Err() == nil {
		t.Error("Get returned a deadline error before the deadline")
	}
}

// TestRedirects: a redirect is followed on the terms of a first request.
// The host it leads to is asked for its robots.txt, which may forbid the
// new URL; that host's pace is kept; and the slot the request held is
// given back meanwhile, so that even with one slot the robots.txt of the
// new host can be fetched.
func TestRedirects(t *testing.T) {
	other := newSite(t, 200, "User-agent: *\nDisallow: /private\n")
	var hits sync.Map
	src := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := hits.LoadOrStore(r.URL.Path, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/to-private":
			http.Redirect(w, r, other.URL+"/private/a", http.StatusFound)
		case "/to-public":
			http.Redirect(w, r, other.URL+"/public/a", http.StatusFound)
		case "/here":
			http.Redirect(w, r, "/there", http.StatusFound)
		default:
			fmt.Fprint(w, "<p>ok</p>")
		}
	}))
	defer src.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	c := New(fetch.New(fetch.Config{}), Config{Delay: -1, MaxInFlight: 1})
	if _, err := c.Get(ctx, fetch.Request{URL: src.URL + "/to-private"}); !errors.Is(err, ErrDisallowed) {
		t.Errorf("redirect to a disallowed URL: err = %v, want ErrDisallowed", err)
	}
	if n := other.count("/private/a"); n != 0 {
		t.Errorf("disallowed redirect target requested %d times", n)
	}
	if resp, err := c.Get(ctx, fetch.Request{URL: src.URL + "/to-public"}); err != nil || resp.URL != other.URL+"/public/a" {
		t.Errorf("redirect to an allowed URL: %v, %v", resp, err)
	}
	if n := other.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt of the redirect's host fetched %d times, want 1", n)
	}

	const delay = 150 * time.Millisecond
	c = New(fetch.New(fetch.Config{}), Config{Delay: delay})
	if _, err := c.Get(ctx, fetch.Request{URL: src.URL + "/robots.txt"}); err == nil {
		t.Fatal("robots.txt of the test server should be a 404")
	}
	start := time.Now()
	if _, err := c.Get(ctx, fetch.Request{URL: src.URL + "/here"}); err != nil {
		t.Fatal(err)
	}
	// /here waits its turn after robots.txt, /there its turn after /here.
	if got := time.Since(start); got < 2*delay-10*time.Millisecond {
		t.Errorf("a redirect within one host took %s, want two turns of %s", got, delay)
	}
}

// TestHostKey: one site is one host, however its name is capitalised,
// so that it gets one robots.txt fetch and one pace.
func TestHostKey(t *testing.T) {
	c := New(fetch.New(fetch.Config{}), Config{})
	a, _ := fetch.ParseHTTP("https://News.Example.COM/a")
	b, _ := fetch.ParseHTTP("https://news.example.com/b")
	other, _ := fetch.ParseHTTP("http://news.example.com/b")
	if c.host(a) != c.host(b) {
		t.Error("one host under two capitalisations has two states")
	}
	if c.host(b) == c.host(other) {
		t.Error("http and https of one host share a state; robots.txt is per scheme")
	}
}

// TestSiteKey: one site whatever the case of its host name and whether its
// default port is written; another port or scheme is another site.
func TestSiteKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"https://News.Example.com/a", "https://news.example.com/b", true},
		{"http://x.example:80/a", "http://x.example/b", true},
		{"https://x.example:443/a", "https://x.example/b", true},
		{"http://x.example:8080/a", "http://x.example/b", false},
		{"https://x.example:80/a", "https://x.example/b", false},
		{"http://x.example/a", "https://x.example/a", false},
		{"http://[::1]:80/a", "http://[::1]/b", true},
		{"http://[::1]:8080/a", "http://[::1]/b", false},
	}
	for _, tt := range tests {
		a, _ := url.Parse(tt.a)
		b, _ := url.Parse(tt.b)
		if got := siteKey(a) == siteKey(b); got != tt.same {
			t.Errorf("siteKey(%s) = %q, siteKey(%s) = %q; same = %v, want %v", tt.a, siteKey(a), tt.b, siteKey(b), got, tt.same)
		}
	}
}

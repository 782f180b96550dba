package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const page = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>"

// testServer serves the cases the fetcher must tell apart.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != UserAgent {
			http.Error(w, "who are you?", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip only", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		zw := gzip.NewWriter(w)
		zw.Write([]byte(page))
		zw.Close()
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		// 1 MiB of zeros compresses to about 1 KB; the cap must apply to
		// what it inflates to.
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		zw := gzip.NewWriter(w)
		zw.Write(make([]byte, 1<<20))
		zw.Close()
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("a"), 2000))
	})
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("a"), 1000))
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // stop net/http from sniffing for us
		w.Write([]byte(page))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-b", http.StatusFound)
	})
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		// /hop/N redirects to /hop/N-1; /hop/0 is the page.
		n := strings.TrimPrefix(r.URL.Path, "/hop/")
		if n == "0" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(page))
			return
		}
		http.Redirect(w, r, "/hop/"+string(rune(n[0]-1)), http.StatusFound)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		const etag = `"v1"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>F</title></channel></rss>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := testServer(t)
	c := New(Config{MaxBytes: 1000})
	tests := []struct {
		name     string
		req      Request
		wantBody string // checked when non-empty
		wantCT   string // checked when non-empty
		wantURL  string // path of the final URL, checked when non-empty
		wantCode int    // a *StatusError with this code
		wantErr  error  // a sentinel, for errors.Is
		want304  bool
	}{
		{name: "page keeps its content type", req: Request{URL: "/page"}, wantBody: page, wantCT: "text/html; charset=iso-8859-1"},
		{name: "gzip is decoded", req: Request{URL: "/gzip"}, wantBody: page},
		{name: "missing content type is sniffed", req: Request{URL: "/untyped"}, wantCT: "text/html; charset=utf-8"},
		{name: "body exactly at the cap", req: Request{URL: "/exact"}, wantBody: strings.Repeat("a", 1000)},
		{name: "body over the cap", req: Request{URL: "/big"}, wantErr: ErrTooLarge},
		{name: "gzip bomb over the cap", req: Request{URL: "/bomb"}, wantErr: ErrTooLarge},
		{name: "per-request cap", req: Request{URL: "/page", MaxBytes: 10}, wantErr: ErrTooLarge},
		{name: "404", req: Request{URL: "/missing"}, wantCode: 404},
		{name: "500", req: Request{URL: "/broken"}, wantCode: 500},
		{name: "429", req: Request{URL: "/busy"}, wantCode: 429},
		{name: "redirect loop", req: Request{URL: "/loop-a"}, wantErr: ErrRedirectLoop},
		{name: "redirects within the limit", req: Request{URL: "/hop/5"}, wantBody: page, wantURL: "/hop/0"},
		{name: "too many redirects", req: Request{URL: "/hop/7"}, wantErr: ErrTooManyRedirects},
		{name: "feed without validators", req: Request{URL: "/feed"}, wantCT: "application/rss+xml"},
		{name: "conditional GET unchanged", req: Request{URL: "/feed", ETag: `"v1"`}, want304: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.req.URL = srv.URL + tt.req.URL
			resp, err := c.Get(context.Background(), tt.req)
			if tt.wantCode != 0 || tt.wantErr != nil {
				var se *StatusError
				switch {
				case err == nil:
					t.Fatalf("Get succeeded with status %d, want an error", resp.Status)
				case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
					t.Fatalf("Get error = %v, want %v", err, tt.wantErr)
				case tt.wantCode != 0 && (!errors.As(err, &se) || se.Code != tt.wantCode):
					t.Fatalf("Get error = %v, want a StatusError with code %d", err, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if resp.NotModified != tt.want304 {
				t.Errorf("NotModified = %v, want %v", resp.NotModified, tt.want304)
			}
			if tt.wantBody != "" && string(resp.Body) != tt.wantBody {
				t.Errorf("Body = %.40q, want %.40q", resp.Body, tt.wantBody)
			}
			if tt.wantCT != "" && resp.ContentType != tt.wantCT {
				t.Errorf("ContentType = %q, want %q", resp.ContentType, tt.wantCT)
			}
			if tt.wantURL != "" && resp.URL != srv.URL+tt.wantURL {
				t.Errorf("URL = %q, want %q", resp.URL, srv.URL+tt.wantURL)
			}
		})
	}
}

func TestGetValidators(t *testing.T) {
	srv := testServer(t)
	resp, err := New(Config{}).Get(context.Background(), Request{URL: srv.URL + "/feed"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.ETag != `"v1"` || resp.LastModified != "Mon, 02 Jan 2006 15:04:05 GMT" {
		t.Errorf("validators = %q, %q; want the server's", resp.ETag, resp.LastModified)
	}
	if resp.MediaType() != "application/rss+xml" {
		t.Errorf("MediaType = %q", resp.MediaType())
	}
}

func TestGetRetryAfter(t *testing.T) {
	srv := testServer(t)
	_, err := New(Config{}).Get(context.Background(), Request{URL: srv.URL + "/busy"})
	var se *StatusError
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want a *StatusError", err)
	}
	if se.RetryAfter != 2*time.Minute || !se.Temporary() {
		t.Errorf("RetryAfter = %s, Temporary = %v; want 2m0s, true", se.RetryAfter, se.Temporary())
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 10, 24, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"30", 30 * time.Second},
		{"0", 0},
		{"-5", 0},
		{"99999999999999", 24 * time.Hour},
		{"Fri, 24 Oct 2025 12:01:30 GMT", 90 * time.Second},
		{"Fri, 24 Oct 2025 11:00:00 GMT", 0}, // in the past
		{"soon", 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestGetHeaderTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := New(Config{HeaderTimeout: 50 * time.Millisecond})
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err == nil || !strings.Contains(err.Error(), "timeout") {
		t.Fatalf("err = %v, want a header timeout", err)
	}
}

func TestGetCancelled(t *testing.T) {
	srv := testServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(Config{}).Get(ctx, Request{URL: srv.URL + "/page"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestGetBadURL(t *testing.T) {
	for _, u := range []string{"ftp://example.com/x", "mailto:a@b.c", "://nope"} {
		if _, err := New(Config{}).Get(context.Background(), Request{URL: u}); err == nil {
			t.Errorf("Get(%q) succeeded, want an error", u)
		}
	}
}

// TestGetLongURL: a URL, or a redirect target, over MaxURLBytes is refused
// without a request for it.
func TestGetLongURL(t *testing.T) {
	long := "/" + strings.Repeat("x", MaxURLBytes)
	var asked atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == long {
			asked.Add(1)
		}
		http.Redirect(w, r, long, http.StatusFound)
	}))
	defer srv.Close()
	for _, u := range []string{srv.URL + long, srv.URL + "/moved"} {
		if _, err := New(Config{}).Get(context.Background(), Request{URL: u}); !errors.Is(err, ErrURLTooLong) {
			t.Errorf("Get(%.40s…) = %v, want ErrURLTooLong", u, err)
		}
	}
	if n := asked.Load(); n != 0 {
		t.Errorf("the long URL was requested %d times", n)
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "Fri, 24 Oct 2025 12:01:30 GMT", "-1", "1e9", ""} {
		f.Add(s)
	}
	now := time.Date(2025, 10, 24, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		if d := parseRetryAfter(v, now); d < 0 || d > 24*time.Hour {
			t.Fatalf("parseRetryAfter(%q) = %s", v, d)
		}
	})
}

// TestGetTextOnly: a request for text gives up on an image, audio or video
// answer at its headers, without reading a body that may be gigabytes.
func TestGetTextOnly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", r.URL.Query().Get("type"))
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("<html><p>some bytes</p>"))
		w.(http.Flusher).Flush()
		if r.URL.Query().Get("endless") != "" {
			<-r.Context().Done() // a body that never ends: reading it would time out
		}
	}))
	defer srv.Close()
	c := New(Config{Timeout: 5 * time.Second})
	for _, tt := range []struct {
		contentType string
		want        error
	}{
		{"video/mp4", ErrNotText},
		{"audio/mpeg", ErrNotText},
		{"image/jpeg", ErrNotText},
		{"application/pdf", ErrNotText},
		{"text/html; charset=utf-8", nil},
		{"application/rss+xml", nil},
		{"application/octet-stream", nil}, // unlabelled: the body decides
		{"", nil},
	} {
		q := "?type=" + strings.ReplaceAll(tt.contentType, " ", "%20")
		if tt.want != nil {
			q += "&endless=1"
		}
		_, err := c.Get(context.Background(), Request{URL: srv.URL + q, TextOnly: true})
		if !errors.Is(err, tt.want) {
			t.Errorf("%q: err = %v, want %v", tt.contentType, err, tt.want)
		}
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "?type=image/png"}); err != nil {
		t.Errorf("without TextOnly an image is fetched: %v", err)
	}
}

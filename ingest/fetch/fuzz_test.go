package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// rawTransport answers every request with the same raw HTTP response
// bytes, parsed as net/http would read them off the wire.
type rawTransport []byte

func (raw rawTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(raw)), req)
	if err != nil {
		return nil, fmt.Errorf("raw response: %w", err)
	}
	return resp, nil
}

// FuzzGet hands Get any response a server could send: any status,
// headers, redirect and body. It must not panic, must stop at the size
// cap and at redirect loops, and must return a body only with a 2xx.
func FuzzGet(f *testing.F) {
	for _, s := range []string{
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page,
		"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
		"HTTP/1.1 301 Moved\r\nLocation: /elsewhere\r\n\r\n",
		"HTTP/1.1 302 Found\r\nLocation: http://other.example/\r\n\r\n",
		"HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n",
		"HTTP/1.1 429 Too Many\r\nRetry-After: 120\r\n\r\n",
		"HTTP/1.1 500 Oops\r\n\r\nbroken",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"\r\n\r\n\x00\x01",
	} {
		f.Add([]byte(s))
	}
	const max = 1 << 10
	f.Fuzz(func(t *testing.T, raw []byte) {
		c := New(Config{Transport: rawTransport(raw), MaxBytes: max, Timeout: 5 * time.Second})
		resp, err := c.Get(context.Background(), Request{URL: "http://fuzz.example/a"})
		if err != nil {
			return
		}
		if len(resp.Body) > max {
			t.Fatalf("body of %d bytes, over the cap of %d", len(resp.Body), max)
		}
		if !resp.NotModified && (resp.Status < 200 || resp.Status > 299) {
			t.Fatalf("status %d returned without an error", resp.Status)
		}
		resp.MediaType()
	})
}

// TestGetTrickle: a server that sends its headers at once and then its
// body a byte at a time, for ever, is cut off by the overall timeout.
func TestGetTrickle(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-r.Context().Done():
				return
			case <-tick.C:
				w.Write([]byte("<"))
				w.(http.Flusher).Flush()
			}
		}
	}))
	defer srv.Close()
	c := New(Config{Timeout: 300 * time.Millisecond})
	start := time.Now()
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Errorf("err = %v, want a timeout", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Get took %s, want about the 300ms timeout", d)
	}
}

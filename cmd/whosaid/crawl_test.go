package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/whosaid/whosaid/ingest/store"
)

// crawlEnv is an env writing to buffers, with only the given variables set.
func crawlEnv(vars map[string]string) (*env, *bytes.Buffer) {
	var stderr bytes.Buffer
	return &env{
		stdin:  strings.NewReader(""),
		stdout: &bytes.Buffer{},
		stderr: &stderr,
		getenv: func(k string) string { return vars[k] },
		log:    slog.New(slog.NewTextHandler(&stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}, &stderr
}

// feedSite serves /rss.xml, a feed of items at the given paths, calling
// onFeed (when not nil) before each answer, and /one.html, an article with
// a quote; the caller adds other paths to mux.
func feedSite(t *testing.T, onFeed func(), items ...string) (srv *httptest.Server, mux *http.ServeMux) {
	mux = http.NewServeMux()
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		if onFeed != nil {
			onFeed()
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>T</title>`)
		for _, p := range items {
			fmt.Fprintf(w, "<item><title>%s</title><link>%s%s</link></item>\n", p, srv.URL, p)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/one.html", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>One</title></head><body><p>"It works," she said.</p></body></html>`)
	})
	return srv, mux
}

// crawlServer is a feed of a good item and a dead one, and a feed that is
// not a feed.
func crawlServer(t *testing.T) *httptest.Server {
	srv, mux := feedSite(t, nil, "/one.html", "/gone.html")
	mux.HandleFunc("/junk.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "not a feed")
	})
	return srv
}

func TestCrawlCommand(t *testing.T) {
	srv := crawlServer(t)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr []string
		wantStored int // articles in the store after the command, -1 when no store
	}{
		{
			name: "feed with one good and one dead item", args: []string{srv.URL + "/rss.xml"},
			wantCode: 0, wantStored: 1,
			wantStderr: []string{"crawl: 1 source (1 feed, 0 pages): 2 items (2 new), 1 fetched, 1 stored", "http 404: 1", "page failed"},
		},
		{
			name: "every source failed", args: []string{srv.URL + "/junk.xml", srv.URL + "/missing.html"},
			wantCode: 1, wantStored: 0,
			wantStderr: []string{"2 failed (http 404: 1, not a feed: 1)", "whosaid crawl: every source failed"},
		},
		{name: "no source", args: nil, wantCode: 2, wantStored: -1, wantStderr: []string{"want at least one SOURCE"}},
		{name: "negative schedule", args: []string{"--every", "-1m", srv.URL}, wantCode: 2, wantStored: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "data")
			e, stderr := crawlEnv(map[string]string{"WHOSAID_DATA": dir})
			args := append([]string{"crawl", "--delay", "0"}, tt.args...)
			if code := run(context.Background(), e, args); code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr does not say %q:\n%s", w, stderr)
				}
			}
			if tt.wantStored < 0 {
				return
			}
			st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if stats, err := st.Stats(); err != nil || stats.Articles != tt.wantStored {
				t.Errorf("store holds %+v, %v; want %d articles", stats, err, tt.wantStored)
			}
		})
	}
}

func TestCrawlCommandLockedStore(t *testing.T) {
	srv := crawlServer(t)
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, stderr := crawlEnv(nil)
	if code := run(context.Background(), e, []string{"crawl", "--data", dir, srv.URL + "/rss.xml"}); code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "locked by another whosaid") || !strings.Contains(stderr.String(), dir) {
		t.Errorf("stderr does not say the store is locked and where:\n%s", stderr)
	}
}

func TestCrawlCommandEvery(t *testing.T) {
	// A scheduled crawl runs until interrupted, and an interrupt is a
	// normal end. The server cancels the context on the second fetch of
	// the feed, i.e. during the second scheduled crawl.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var feeds atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss.xml" {
			http.NotFound(w, r)
			return
		}
		if feeds.Add(1) == 2 {
			cancel()
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>T</title></channel></rss>`)
	}))
	defer srv.Close()
	e, stderr := crawlEnv(nil)
	code := run(ctx, e, []string{"crawl", "--data", t.TempDir(), "--delay", "0", "--every", "1ms", srv.URL + "/rss.xml"})
	if code != 0 {
		t.Errorf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if n := strings.Count(stderr.String(), "crawl: "); n != 2 {
		t.Errorf("%d summary lines, want one per crawl:\n%s", n, stderr)
	}
	if n := feeds.Load(); n != 2 {
		t.Errorf("feed fetched %d times, want 2 (two scheduled crawls)", n)
	}
}

func TestDataDir(t *testing.T) {
	tests := []struct {
		name string
		flag string
		vars map[string]string
		want string // "" for an error
	}{
		{"flag wins", "/flag/dir/", map[string]string{"WHOSAID_DATA": "/env", "HOME": "/home/u"}, "/flag/dir"},
		{"WHOSAID_DATA", "", map[string]string{"WHOSAID_DATA": "/env/data", "XDG_DATA_HOME": "/xdg"}, "/env/data"},
		{"XDG_DATA_HOME", "", map[string]string{"XDG_DATA_HOME": "/xdg", "HOME": "/home/u"}, "/xdg/whosaid"},
		{"relative XDG_DATA_HOME is ignored", "", map[string]string{"XDG_DATA_HOME": "rel", "HOME": "/home/u"}, "/home/u/.local/share/whosaid"},
		{"HOME", "", map[string]string{"HOME": "/home/u"}, "/home/u/.local/share/whosaid"},
		{"nothing set", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := crawlEnv(tt.vars)
			got, err := dataDir(e, tt.flag)
			if tt.want == "" {
				if err == nil {
					t.Errorf("dataDir = %q, want an error", got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("dataDir = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestCrawlCommandUnwritableDataDir(t *testing.T) {
	// A data dir below a regular file cannot be created, even by root.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	e, stderr := crawlEnv(nil)
	dir := filepath.Join(file, "data")
	if code := run(context.Background(), e, []string{"crawl", "--data", dir, "http://127.0.0.1:1/feed"}); code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), dir) {
		t.Errorf("stderr does not name %s:\n%s", dir, stderr)
	}
}

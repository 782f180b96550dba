package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/fixtures"
	"github.com/whosaid/whosaid/index/claim"
)

// runCmd runs one whosaid command line and returns its exit code, stdout
// and stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(""),
		stdout: &stdout,
		stderr: &stderr,
		getenv: func(string) string { return "" },
		log:    slog.New(slog.NewTextHandler(&stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	code := run(context.Background(), e, args)
	return code, stdout.String(), stderr.String()
}

// fixtureSite serves the fixtures on a loopback port, as a site whose
// feeds link to its own address, and returns that address.
func fixtureSite(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	srv := httptest.NewUnstartedServer(fixtures.Handler(base))
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return base
}

// TestPipeline is the user's path end to end: crawl an RSS and an Atom feed
// served on loopback, search by speaker, export every claim.
func TestPipeline(t *testing.T) {
	base := fixtureSite(t)
	dir := t.TempDir()
	code, _, stderr := runCmd(t, "crawl", "--data", dir, "--delay", "0", base+"/feed/", base+"/feeds/atom.xml")
	if code != 0 {
		t.Fatalf("crawl exit %d:\n%s", code, stderr)
	}
	// The redirecting feed link and the direct one are one article; the
	// deliberate 404 is the only failure.
	if !strings.Contains(stderr, "1 failed (http 404: 1)") {
		t.Errorf("crawl summary does not report the one 404:\n%s", stderr)
	}

	var claims []claim.Claim
	code, out, stderr := runCmd(t, "export", "--data", dir, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, stderr)
	}
	ids := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("export line %q: %v", sc.Text(), err)
		}
		for _, f := range []string{"id", "text", "kind", "cue", "speaker", "said_on", "said_on_source", "article"} {
			if _, ok := raw[f]; !ok {
				t.Errorf("export line lacks %q: %s", f, sc.Text())
			}
		}
		var c claim.Claim
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if ids[c.ID] {
			t.Errorf("claim %s exported twice", c.ID)
		}
		ids[c.ID] = true
		claims = append(claims, c)
	}
	if len(claims) < len(fixtures.Pages()) {
		t.Fatalf("export gave %d claims for %d pages of quotes", len(claims), len(fixtures.Pages()))
	}

	code, out, stderr = runCmd(t, "search", "--data", dir, "--speaker", "Dmitriev", "--json")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, stderr)
	}
	var hits []claim.Claim
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("search --json output: %v\n%s", err, out)
	}
	want := 0
	for _, c := range claims {
		if c.Speaker.Name == "Kirill Dmitriev" {
			want++
		}
	}
	if want < 3 || len(hits) != want {
		t.Errorf("search --speaker Dmitriev: %d hits, %d claims of his exported; want them all, at least 3", len(hits), want)
	}
	for _, h := range hits {
		if h.Speaker.Name != "Kirill Dmitriev" {
			t.Errorf("search --speaker Dmitriev returned %q's words: %q", h.Speaker.Name, h.Text)
		}
	}

	// A query with no words in it is a mistake on the command line.
	if code, _, stderr := runCmd(t, "search", "--data", dir, "--", "!!!"); code != 2 || !strings.Contains(stderr, "no words") {
		t.Errorf("search !!!: exit %d, %q; want 2 and why", code, stderr)
	}
	// Dated search: the seed was published on 2025-11-19 and dates none of
	// Dmitriev's words otherwise.
	for _, tt := range []struct {
		from, to string
		want     int
	}{
		{"2025-11-01", "2025-11-30", want},
		{"2025-10-01", "2025-10-31", 0},
		{"2025-11-19", "2025-11-19", want},
		{"2025-11-20", "", 0},
	} {
		args := []string{"search", "--data", dir, "--speaker", "Dmitriev", "--from", tt.from, "--json"}
		if tt.to != "" {
			args = append(args, "--to", tt.to)
		}
		code, out, stderr := runCmd(t, args...)
		var hits []claim.Claim
		if code != 0 || json.Unmarshal([]byte(out), &hits) != nil {
			t.Fatalf("%v: exit %d, %s%s", args, code, out, stderr)
		}
		if len(hits) != tt.want {
			t.Errorf("search --speaker Dmitriev --from %s --to %s: %d hits, want %d", tt.from, tt.to, len(hits), tt.want)
		}
		for _, h := range hits {
			if h.SaidOn != "2025-11-19" || h.SaidOnSource != claim.SaidOnPublished {
				t.Errorf("claim %q said_on %s (%s), want 2025-11-19 (published)", h.Text, h.SaidOn, h.SaidOnSource)
			}
		}
	}
}

// TestReadCommandsWithoutData: search and export on a data dir that does
// not exist fail with an error naming it, and create nothing.
func TestReadCommandsWithoutData(t *testing.T) {
	dir := t.TempDir() + "/missing"
	for _, args := range [][]string{{"search", "x"}, {"export"}, {"reindex"}} {
		code, _, stderr := runCmd(t, append(args, "--data", dir)...)
		if code != 1 || !strings.Contains(stderr, dir) {
			t.Errorf("%v on a missing dir: exit %d, %q; want 1 and the path", args, code, stderr)
		}
	}
}

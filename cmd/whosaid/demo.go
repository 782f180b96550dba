package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/fixtures"
	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/ingest/crawl"
	"github.com/whosaid/whosaid/ingest/fetch"
	"github.com/whosaid/whosaid/ingest/polite"
	"github.com/whosaid/whosaid/ingest/store"
)

// demoSpeaker is who the demo searches for: the main speaker of the seed
// article among the fixtures.
const demoSpeaker = "Dmitriev"

// runDemo is the main job on the embedded fixtures, offline: it serves them
// on a loopback port as a news site would, crawls the site's feeds into a
// data dir, indexes the claims and shows what a user gets.
func runDemo(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "demo", "demo [--data DIR]")
	data := fs.String("data", "", "crawl into this data dir and keep it (default: a temporary one, removed at the end)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	dir, cleanup, err := demoDir(*data)
	if err != nil {
		return err
	}
	defer cleanup()

	client, stop, err := serveFixtures(e.log)
	if err != nil {
		return err
	}
	defer stop()
	var sources []string
	for _, f := range fixtures.Feeds() {
		sources = append(sources, demoOrigin+f.Path)
	}
	fmt.Fprintf(e.stdout, "Serving the fixtures site as %s on a loopback port\nCrawling its feeds into %s:\n", demoOrigin, dir)
	for _, s := range sources {
		fmt.Fprintf(e.stdout, "  %s\n", s)
	}

	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	ix, err := openIndex(dir)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, ix.Close()) }()
	// The server is our own, on loopback: no delay between requests. The
	// crawl's per-page warnings (the fixtures' deliberate 404) go to the
	// log; the summary says the same in one line.
	c := crawl.New(crawl.Config{
		Client: polite.New(client, polite.Config{Delay: -1, Log: e.log}),
		Store:  st,
		Log:    e.log,
	})
	sum, err := c.Run(ctx, sources)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\ncrawl: %s\n", sum)
	if _, _, err := indexPending(ctx, st, ix, e.log); err != nil {
		return err
	}
	if err := printArticles(ctx, e.stdout, st); err != nil {
		return err
	}
	if err := printClaims(ctx, e.stdout, ix); err != nil {
		return err
	}
	if *data != "" {
		fmt.Fprintf(e.stdout, "\nThe data is kept in %s. Try:\n  whosaid search --data %s --speaker NAME\n  whosaid export --data %s --format jsonl\n", dir, dir, dir)
	} else {
		fmt.Fprintln(e.stdout, "\nRun 'whosaid demo --data DIR' to keep the data and search it yourself.")
	}
	return nil
}

// demoDir is the data dir the demo crawls into: data, created if need be,
// or a temporary one that cleanup removes.
func demoDir(data string) (dir string, cleanup func(), err error) {
	if data != "" {
		if err := os.MkdirAll(data, 0o755); err != nil {
			return "", nil, fmt.Errorf("data directory %s: %w", data, err)
		}
		return data, func() {}, nil
	}
	tmp, err := os.MkdirTemp("", "whosaid-demo-")
	if err != nil {
		return "", nil, fmt.Errorf("temporary data dir: %w", err)
	}
	return tmp, func() { os.RemoveAll(tmp) }, nil
}

// demoOrigin is the fixture site's origin in the URLs the demo crawls and
// stores, whatever port its server got: stable URLs let a second demo into
// the same --data dir find its articles already stored, where a port in
// them made every run store every article again. Requests for it go to
// the loopback server (see serveFixtures); the name is never resolved, and
// .localhost is reserved for loopback in any case (RFC 6761).
const demoOrigin = "http://fixtures.localhost"

// serveFixtures starts the fixtures site on a loopback port and returns a
// fetch client whose every request goes to it, and a function that stops
// it.
func serveFixtures(log *slog.Logger) (client *fetch.Client, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, fmt.Errorf("demo server: %w", err)
	}
	srv := &http.Server{Handler: fixtures.Handler(demoOrigin), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("demo server", slog.String("error", err.Error()))
		}
	}()
	addr := ln.Addr().String()
	var d net.Dialer
	transport := &http.Transport{
		// No proxy: the site is on this machine.
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return d.DialContext(ctx, "tcp", addr)
		},
		ResponseHeaderTimeout: fetch.DefaultHeaderTimeout,
	}
	return fetch.New(fetch.Config{Transport: transport}), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		transport.CloseIdleConnections()
	}, nil
}

// printClaims shows how many claims the index holds, its most quoted
// speakers, and a search by speaker as a user would type it.
func printClaims(ctx context.Context, w io.Writer, ix *index.Index) error {
	res, err := ix.Search(ctx, index.Query{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nClaims indexed: %d.", res.Total)
	if len(res.Speakers) > 0 {
		fmt.Fprint(w, " Most quoted:")
	}
	fmt.Fprintln(w)
	for _, s := range res.Speakers {
		fmt.Fprintf(w, "  %3d  %s\n", s.Claims, s.Name)
	}
	fmt.Fprintf(w, "\n$ whosaid search --speaker %s\n", demoSpeaker)
	res, err = ix.Search(ctx, index.Query{Speaker: demoSpeaker, Limit: 10})
	if err != nil {
		return err
	}
	printHits(w, res)
	return nil
}

// printArticles lists the stored articles, newest first, with what was
// found in each.
func printArticles(ctx context.Context, w io.Writer, st *store.Store) error {
	type row struct {
		published, site, title string
		quotes, actors, dates  int
	}
	var rows []row
	err := st.Articles(ctx, func(_ string, a *extract.Article) error {
		day := a.Published
		if len(day) > len(time.DateOnly) {
			day = day[:len(time.DateOnly)]
		}
		rows = append(rows, row{day, a.SiteName, a.Title, len(a.Quotes), len(a.Actors), len(a.Dates)})
		return nil
	})
	if err != nil {
		return err
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].published > rows[j].published })
	fmt.Fprintf(w, "\nArticles stored: %d\n", len(rows))
	for _, r := range rows {
		fmt.Fprintf(w, "  %-10s  %-22.22s  %-60.60s  %2d quotes  %2d actors  %2d dates\n",
			orDash(r.published), r.site, r.title, r.quotes, r.actors, r.dates)
	}
	return nil
}

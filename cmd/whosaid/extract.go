package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/ingest/fetch"
)

// maxInput caps what extract reads from a file or stdin: far above any real
// page (extract itself reads at most decode.MaxBytes of it), low enough that
// a wrong file does not exhaust memory.
const maxInput = 64 << 20

// readFile reads at most maxInput bytes of a file.
func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxInput))
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "extract [--url URL] [--plain [--published DATE]] FILE|URL|-")
	pageURL := fs.String("url", "", "the page's URL, for a page read from a file or stdin")
	plain := fs.Bool("plain", false, "the input is plain text, not HTML: it becomes the text as it is")
	published := fs.String("published", "", "with --plain: the publication date (RFC 3339 or YYYY-MM-DD) that relative dates resolve against")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one FILE or -, got %d arguments", len(pos))
	}
	src := pos[0]
	var in []byte
	var contentType string
	switch {
	case src == "-":
		in, err = io.ReadAll(io.LimitReader(e.stdin, maxInput))
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		var resp *fetch.Response
		resp, err = fetch.New(fetch.Config{}).Get(ctx, fetch.Request{URL: src})
		if err == nil {
			in, contentType = resp.Body, resp.ContentType
			if *pageURL == "" {
				*pageURL = resp.URL
			}
		}
	default:
		in, err = readFile(src)
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	var a *extract.Article
	if *plain {
		a = extract.FromText(string(in), *pageURL, extract.TextOptions{Published: *published})
	} else if a, err = extract.Extract(in, *pageURL, extract.Options{ContentType: contentType}); err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}

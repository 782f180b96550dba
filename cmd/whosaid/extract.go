package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/whosaid/whosaid/extract"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "extract [--url URL] [--plain [--published DATE]] FILE|-")
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
	if src == "-" {
		in, err = io.ReadAll(io.LimitReader(e.stdin, 64<<20))
	} else {
		in, err = os.ReadFile(src)
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	var a *extract.Article
	if *plain {
		a = extract.FromText(string(in), *pageURL, extract.TextOptions{Published: *published})
	} else if a, err = extract.Extract(in, *pageURL, extract.Options{}); err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}

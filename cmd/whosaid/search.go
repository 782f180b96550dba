package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/index/claim"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "search [QUERY] [--speaker NAME] [--from DATE] [--to DATE] [--limit N] [--json] [--data DIR]")
	speaker := fs.String("speaker", "", "only claims by this speaker: a full name or a surname")
	from := fs.String("from", "", "only claims said on or after this day, YYYY-MM-DD")
	to := fs.String("to", "", "only claims said on or before this day, YYYY-MM-DD")
	limit := fs.Int("limit", index.DefaultLimit, "the most claims to print")
	asJSON := fs.Bool("json", false, "print a JSON array of claims")
	data := dataFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	q := index.Query{Text: strings.Join(pos, " "), Speaker: *speaker, Limit: *limit}
	if q.From, err = parseDay("--from", *from); err != nil {
		return err
	}
	if q.To, err = parseDay("--to", *to); err != nil {
		return err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.From.After(q.To) {
		return usagef("--from %s is after --to %s", *from, *to)
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	ix, err := openIndexReadOnly(dir)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q)
	if errors.Is(err, index.ErrQuery) {
		return usagef("%v", err) // a query with nothing to search for
	}
	if err != nil {
		return explainIndexError(err, dir)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res.Hits)
	}
	printHits(e.stdout, res)
	return nil
}

// parseDay reads a --from or --to value; "" is an open end.
func parseDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usagef("%s %q: want a day as YYYY-MM-DD", flag, s)
	}
	return t, nil
}

// printHits writes a search result for a person to read: one block a claim,
// the speaker and day first, then the words, then where they were found.
func printHits(w io.Writer, res index.Result) {
	switch res.Total {
	case 0:
		fmt.Fprintln(w, "no claims found")
		return
	case 1:
		fmt.Fprintln(w, "1 claim")
	default:
		fmt.Fprintf(w, "%d claims", res.Total)
		if len(res.Hits) < res.Total {
			fmt.Fprintf(w, ", the first %d", len(res.Hits))
		}
		fmt.Fprintln(w)
	}
	for _, c := range res.Hits {
		printClaim(w, c)
	}
}

func printClaim(w io.Writer, c claim.Claim) {
	who := c.Speaker.Name
	if who == "" {
		who = c.Speaker.Mention
	}
	if who == "" {
		who = "(unknown speaker)"
	}
	if c.Speaker.Kind != "" && c.Speaker.Kind != "person" {
		who += " [" + c.Speaker.Kind + "]"
	}
	text := c.Text
	if c.Kind != "indirect" {
		text = "“" + text + "”"
	}
	fmt.Fprintf(w, "\n%s  %s %s:\n  %s\n", orDash(c.SaidOn), who, c.Cue, text)
	site := c.Article.SiteName
	if site != "" {
		site += " · "
	}
	fmt.Fprintf(w, "  — %s%s\n    %s\n", site, c.Article.Title, c.Article.URL)
}

func orDash(s string) string {
	if s == "" {
		return "----------"
	}
	return s
}

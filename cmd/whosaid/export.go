package main

import (
	"context"
	"fmt"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

// runExport streams every claim of every stored article. It reads the
// store, not the index, so that it works whatever state the index is in.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "export [--format json|jsonl] [--data DIR]")
	format := fs.String("format", claim.JSONL, "json (one array) or jsonl (one claim a line)")
	data := dataFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	enc, err := claim.NewEncoder(e.stdout, *format)
	if err != nil {
		return usagef("%v", err)
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	st, err := openStore(dir, true)
	if err != nil {
		return err
	}
	defer st.Close()
	// Two stored pages that declare one canonical URL are one article and
	// give the same claim ids; the index keeps one of each, and so does
	// the export.
	seen := map[string]bool{}
	err = st.Articles(ctx, func(url string, a *extract.Article) error {
		src, err := sourceOf(st, url)
		if err != nil {
			return err
		}
		for _, c := range claim.Of(a, src) {
			if seen[c.ID] {
				continue
			}
			seen[c.ID] = true
			if err := enc.Encode(c); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
		return nil
	})
	if cerr := enc.Close(); err == nil {
		err = cerr
	}
	return err
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/ingest/crawl"
)

// runReindex rebuilds the search index from the stored articles: the way
// back from a damaged index, or from one built by another version.
func runReindex(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "reindex", "reindex [--data DIR]")
	data := dataFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	st, err := openStore(dir, false)
	if err != nil {
		return err
	}
	// The store was written (MarkAllUnindexed, MarkIndexed): its close
	// error counts.
	defer func() { err = errors.Join(err, st.Close()) }()
	// The new index is built beside the old one and swapped in when whole,
	// so a rebuild that fails or is interrupted leaves the old one in place.
	final := filepath.Join(dir, indexDirName)
	fresh := final + ".new"
	if err := os.RemoveAll(fresh); err != nil {
		return fmt.Errorf("remove unfinished rebuild: %w", err)
	}
	if err := st.MarkAllUnindexed(); err != nil {
		return err
	}
	ix, err := index.Open(fresh)
	if err != nil {
		return err
	}
	articles, claims, err := indexPending(ctx, st, ix, e.log)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%w (the old index is untouched; run reindex again)", err)
	}
	if err := swapIn(fresh, final); err != nil {
		// Whatever index is left, the store must not claim it holds
		// every article: the next crawl or reindex indexes them again.
		return errors.Join(fmt.Errorf("install new index: %w", err), st.MarkAllUnindexed())
	}
	fmt.Fprintf(e.stderr, "reindex: %d articles, %d claims\n", articles, claims)
	return nil
}

// swapIn puts the directory fresh in the place of final. The old one is
// moved aside first and put back if the new one cannot take its place, so
// that a failure leaves one whole index at final.
func swapIn(fresh, final string) error {
	old := final + ".old"
	if err := os.RemoveAll(old); err != nil {
		return err
	}
	if err := os.Rename(final, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Rename(fresh, final); err != nil {
		if rerr := os.Rename(old, final); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
		return err
	}
	// The new index is in place; an old one left behind is removed by the
	// next swap.
	_ = os.RemoveAll(old)
	return nil
}

// runReextract runs the current extractor again over every stored raw page,
// without fetching anything, and re-indexes the articles.
func runReextract(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "reextract", "reextract [--data DIR]")
	data := dataFlag(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	st, err := openStore(dir, false)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	done, failed, err := crawl.Reextract(ctx, st, e.log)
	if err != nil {
		return err
	}
	ix, err := openIndex(dir)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, ix.Close()) }()
	_, claims, err := indexPending(ctx, st, ix, e.log)
	fmt.Fprintf(e.stderr, "reextract: %d articles re-extracted (%d failed), %d claims indexed\n", done, failed, claims)
	return explainIndexError(err, dir)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index"
	"github.com/whosaid/whosaid/index/claim"
	"github.com/whosaid/whosaid/ingest/store"
)

// indexDirName is the bleve index's directory inside a data dir, beside
// the store's file.
const indexDirName = "index"

// errNoData is wrapped when a command that reads finds no data dir.
var errNoData = errors.New("no whosaid data here: run 'whosaid crawl' (or 'whosaid demo --data DIR') first, or give --data")

// checkDataDir makes sure dir exists and is a directory, naming it in the
// error when not: the commands that read must not create an empty one.
func checkDataDir(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("data directory %s: %w", dir, errNoData)
	case err != nil:
		return fmt.Errorf("data directory %s: %w", dir, err)
	case !fi.IsDir():
		return fmt.Errorf("data directory %s: not a directory", dir)
	}
	return nil
}

// openStore opens the store of an existing data dir.
func openStore(dir string) (*store.Store, error) {
	if err := checkDataDir(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, store.FileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store %s: %w", path, errNoData)
	}
	return store.Open(path, store.Options{})
}

// openIndex opens the index of an existing data dir, creating it when the
// dir has none yet (a store crawled before any indexing).
func openIndex(dir string) (*index.Index, error) {
	if err := checkDataDir(dir); err != nil {
		return nil, err
	}
	ix, err := index.Open(filepath.Join(dir, indexDirName))
	if errors.Is(err, index.ErrCorrupt) || errors.Is(err, index.ErrOutdated) {
		return nil, fmt.Errorf("%w\nrun 'whosaid reindex --data %s' to rebuild it from the stored articles", err, dir)
	}
	return ix, err
}

// sourceOf is what the store knows about an article's page that dates its
// claims when the page itself does not.
func sourceOf(st *store.Store, url string) (claim.Source, error) {
	p, err := st.PageInfo(url)
	if errors.Is(err, store.ErrNotFound) {
		return claim.Source{}, nil
	}
	if err != nil {
		return claim.Source{}, err
	}
	return claim.Source{FeedDate: p.FeedPublished, Fetched: p.FetchedAt}, nil
}

// indexPending indexes every stored article not yet indexed and marks it,
// so a crawl or an indexing that was killed is caught up by the next run.
// It returns how many articles and claims it indexed.
func indexPending(ctx context.Context, st *store.Store, ix *index.Index, log *slog.Logger) (articles, claims int, err error) {
	err = st.Unindexed(ctx, func(url string, a *extract.Article) error {
		src, err := sourceOf(st, url)
		if err != nil {
			return err
		}
		n, err := ix.Put(ctx, a, src)
		if err != nil {
			return fmt.Errorf("index %s: %w", url, err)
		}
		articles++
		claims += n
		return st.MarkIndexed(url)
	})
	if articles > 0 {
		log.Info("indexed", slog.Int("articles", articles), slog.Int("claims", claims))
	}
	return articles, claims, err
}

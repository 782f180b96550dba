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

// openStore opens the store of an existing data dir, for reading only when
// readOnly: readers share the file, so an export and a search can run side
// by side, but not beside a crawl that is writing.
func openStore(dir string, readOnly bool) (*store.Store, error) {
	if err := checkDataDir(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, store.FileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store %s: %w", path, errNoData)
	}
	st, err := store.Open(path, store.Options{ReadOnly: readOnly})
	return st, explainBusy(err)
}

// openIndex opens the index of an existing data dir for writing, creating
// it when the dir has none yet (a store crawled before any indexing).
func openIndex(dir string) (*index.Index, error) {
	if err := checkDataDir(dir); err != nil {
		return nil, err
	}
	ix, err := index.Open(filepath.Join(dir, indexDirName))
	return ix, explainIndexError(err, dir)
}

// openIndexReadOnly opens the index of an existing data dir to search it.
func openIndexReadOnly(dir string) (*index.Index, error) {
	if err := checkDataDir(dir); err != nil {
		return nil, err
	}
	ix, err := index.OpenReadOnly(filepath.Join(dir, indexDirName))
	if errors.Is(err, index.ErrNoIndex) {
		if _, serr := os.Stat(filepath.Join(dir, store.FileName)); serr == nil {
			return nil, fmt.Errorf("%w\nrun 'whosaid reindex --data %s' to build it from the stored articles", err, dir)
		}
		return nil, fmt.Errorf("%w: %w", err, errNoData)
	}
	return ix, explainIndexError(err, dir)
}

// explainIndexError adds to an index's open error what the user can do.
func explainIndexError(err error, dir string) error {
	if errors.Is(err, index.ErrCorrupt) || errors.Is(err, index.ErrOutdated) {
		return fmt.Errorf("%w\nrun 'whosaid reindex --data %s' to rebuild it from the stored articles", err, dir)
	}
	return explainBusy(err)
}

// explainBusy says why a store or index can be locked: whosaid lets one
// process write a data dir at a time, and no one read it meanwhile.
func explainBusy(err error) error {
	if errors.Is(err, store.ErrLocked) || errors.Is(err, index.ErrLocked) {
		return fmt.Errorf("%w\nanother whosaid (a crawl, reindex or reextract writing, or a search or export reading) is using it; try again when it is done", err)
	}
	return err
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

// indexBatch is how many articles indexPending commits to the index at
// once. Each commit is durable and costs tens of milliseconds whatever its
// size, so one article per commit made a reindex of 10,000 articles take
// minutes; a hundred ten-quote articles are a few megabytes of batch.
const indexBatch = 100

// indexPending indexes every stored article not yet indexed and marks it,
// so a crawl or an indexing that was killed is caught up by the next run.
// Articles are indexed indexBatch at a time and marked in the store only
// once their batch is committed: a kill loses at most the batch under way,
// which the next run indexes again. It returns how many articles and claims
// it indexed.
func indexPending(ctx context.Context, st *store.Store, ix *index.Index, log *slog.Logger) (articles, claims int, err error) {
	docs := make([]index.Doc, 0, indexBatch)
	urls := make([]string, 0, indexBatch)
	flush := func() error {
		if len(docs) == 0 {
			return nil
		}
		n, err := ix.PutMany(ctx, docs)
		if err != nil {
			return fmt.Errorf("index %d articles from %s: %w", len(docs), urls[0], err)
		}
		if err := st.MarkIndexed(urls...); err != nil {
			return err
		}
		articles += len(docs)
		claims += n
		docs, urls = docs[:0], urls[:0]
		return nil
	}
	err = st.Unindexed(ctx, func(url string, a *extract.Article) error {
		src, err := sourceOf(st, url)
		if err != nil {
			return err
		}
		docs = append(docs, index.Doc{Article: a, Source: src})
		urls = append(urls, url)
		if len(docs) < indexBatch {
			return nil
		}
		return flush()
	})
	if errors.Is(err, store.ErrBadRecord) {
		// Every other article was read; the damaged ones are left
		// unindexed, to be rewritten from their raw pages.
		log.Warn("articles in the store do not decode; 'whosaid reextract' rewrites them from their pages",
			slog.String("error", err.Error()))
		err = nil
	}
	if err == nil {
		err = flush()
	}
	if articles > 0 {
		log.Info("indexed", slog.Int("articles", articles), slog.Int("claims", claims))
	}
	return articles, claims, err
}

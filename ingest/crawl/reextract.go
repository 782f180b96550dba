package crawl

import (
	"context"
	"errors"
	"log/slog"

	"github.com/whosaid/whosaid/extract"

	"github.com/whosaid/whosaid/ingest/store"
)

// Reextract runs extract again over every raw page in st and replaces the
// stored articles, which become unindexed, so that an improved extractor
// reaches every article without a single fetch. A page that no longer
// extracts, or whose stored record no longer decodes, keeps its old article
// and is logged and counted in failed.
func Reextract(ctx context.Context, st *store.Store, log *slog.Logger) (done, failed int, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	err = st.Pages(ctx, func(p *store.Page) error {
		a, err := extractPage(log, extract.Extract, p.Body, p.FinalURL, p.ContentType, p.FeedPublished)
		if err != nil {
			failed++
			log.Warn("re-extract failed", slog.String("url", p.URL), slog.String("error", err.Error()))
			return nil
		}
		if err := st.PutArticle(p.URL, a); err != nil {
			return err
		}
		done++
		return nil
	})
	if errors.Is(err, store.ErrBadRecord) {
		// The other pages were re-extracted; the damaged ones count as
		// failed, each named in the log.
		bad := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			bad = j.Unwrap()
		}
		for _, e := range bad {
			log.Warn("stored page does not decode", slog.String("error", e.Error()))
		}
		failed += len(bad)
		err = nil
	}
	return done, failed, err
}

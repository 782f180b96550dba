// Package index keeps claims in a bleve full-text index on disk and
// searches them by words, speaker and date.
//
// Each claim is one bleve document, keyed by the claim's id. The mapping is
// explicit (nothing is indexed that it does not name):
//
//	text             quote text       words: UAX #29 words, Latin accents folded, lower case
//	text_en          quote text       English analyzer (stop words, Porter stems); English or untagged articles only
//	kind, cue        keyword
//	speaker          speaker name     keyword: the exact canonical name, for facets
//	speaker_name     speaker name     words: "dmitriev" and "Kirill Dmitriev" both find "Kirill Dmitriev"
//	speaker_mention  words
//	speaker_kind     keyword
//	speaker_role     words
//	said_on          datetime (the day, midnight UTC), sortable
//	said_on_source   keyword
//	url              article URL      keyword, sortable
//	title            words
//	site, site_name  site name        keyword and words
//	published        datetime
//	page             the fetched page URL, keyword: what Put replaces by
//	pos              the claim's place in its article, numeric: reading order
//	claim            the claim's JSON, stored, not indexed: hits come back whole
//
// Stemming is kept to its own field so that exact words still score above
// their stems and non-English text is never stemmed as English; see
// Search for how a query uses the fields.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"runtime/debug"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

// Errors Open returns, wrapped with the path, for conditions a caller may
// act on.
var (
	// ErrCorrupt: the files are damaged or incomplete (a crash while
	// creating, a truncated copy). The index must be deleted and rebuilt.
	ErrCorrupt = errors.New("index is damaged or incomplete")
	// ErrOutdated: the index was built with another mapping. It must be
	// deleted and rebuilt.
	ErrOutdated = errors.New("index was built by a different version of whosaid")
	// ErrLocked: another process has the index open for writing, or (for
	// a writer) for reading.
	ErrLocked = errors.New("index is in use by another process")
	// ErrNoIndex: OpenReadOnly found no index at the path.
	ErrNoIndex = errors.New("no index here")
	// ErrReadOnly: a write to an index opened with OpenReadOnly.
	ErrReadOnly = errors.New("index is open read-only")
)

// lockWait is how long Open waits for another process to let go of the
// index before it gives up with ErrLocked: long enough to ride out a
// process that is just finishing, short enough for a person to wait.
const lockWait = 2 * time.Second

// scanPage is how many documents one request of a full scan fetches.
const scanPage = 500

// Index is a claim index on disk. Its methods are safe for concurrent use.
// Only one process can have an index open at a time.
type Index struct {
	path string
	bi   bleve.Index
	// put serialises Put: its read of the page's old claims and its batch
	// must not interleave with another Put of the same page.
	put      sync.Mutex
	readOnly bool
}

// Open opens the index at path, creating it when path does not exist or is
// an empty directory. A damaged index gives an error wrapping ErrCorrupt,
// one built by another version ErrOutdated, one held by another process
// ErrLocked; each names the path.
func Open(path string) (*Index, error) {
	return open(path, lockWait)
}

// OpenReadOnly opens the existing index at path for searching only. Any
// number of processes may search one index at once; a writer (a crawl
// indexing what it fetched) waits for them, and they for it, up to a
// couple of seconds before ErrLocked. An absent index is ErrNoIndex, not
// created; a damaged or outdated one is ErrCorrupt or ErrOutdated, as with
// Open.
func OpenReadOnly(path string) (*Index, error) {
	return openReadOnly(path, lockWait)
}

// Close flushes and closes the index. The Index must not be used after.
func (ix *Index) Close() error {
	if err := ix.bi.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	return nil
}

// Count is the number of claims in the index.
func (ix *Index) Count() (uint64, error) {
	var n uint64
	err := ix.guard(func() (err error) {
		n, err = ix.bi.DocCount()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("count claims in %s: %w", ix.path, err)
	}
	return n, nil
}

// Doc is one article to index, with what the crawl knows of it that the
// page may not say (see claim.Source).
type Doc struct {
	Article *extract.Article
	Source  claim.Source
}

// Put indexes the claims of article a (see claim.Of) in one atomic batch
// that also removes every claim indexed before for the same page (a.URL, or
// a.CanonicalURL when a.URL is ""), so re-extracting a page never leaves
// stale claims. It returns the number of claims indexed; an article without
// quotes just removes the page's old claims.
//
// Each call is one durable commit, tens of milliseconds: to index many
// articles, use PutMany.
func (ix *Index) Put(ctx context.Context, a *extract.Article, src claim.Source) (int, error) {
	return ix.PutMany(ctx, []Doc{{Article: a, Source: src}})
}

// PutMany is Put for many articles in one atomic batch, committed once:
// either every article's claims replace its page's old ones, or, on error,
// the index is as it was. When two docs are of the same page the later one
// wins, as it would in successive Puts. It returns the number of claims
// indexed.
func (ix *Index) PutMany(ctx context.Context, docs []Doc) (int, error) {
	pages := make([]string, len(docs))
	last := make(map[string]int, len(docs)) // page → index of its last doc
	for i, d := range docs {
		if pages[i] = pageOf(d.Article); pages[i] == "" {
			return 0, errors.New("index article: it has no URL")
		}
		last[pages[i]] = i
	}
	if ix.readOnly {
		return 0, fmt.Errorf("index %d articles in %s: %w", len(docs), ix.path, ErrReadOnly)
	}
	ix.put.Lock()
	defer ix.put.Unlock()
	b := ix.bi.NewBatch()
	// Deletes go first: a claim that is still there is re-added below under
	// the same id, and in a batch the last operation on an id wins.
	for page := range last {
		old, err := ix.idsOfPage(ctx, page)
		if err != nil {
			return 0, err
		}
		for _, id := range old {
			b.Delete(id)
		}
	}
	n := 0
	for i, d := range docs {
		if last[pages[i]] != i {
			continue // replaced by a later doc of the same page
		}
		added, err := addClaims(b, d, pages[i])
		if err != nil {
			return 0, err
		}
		n += added
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("index %d articles: %w", len(docs), err)
	}
	if err := ix.guard(func() error { return ix.bi.Batch(b) }); err != nil {
		return 0, fmt.Errorf("index %d articles in %s: %w", len(docs), ix.path, err)
	}
	return n, nil
}

// pageOf is the page an article's claims are filed under, the key Put
// replaces by: its URL, else its canonical URL.
func pageOf(a *extract.Article) string {
	if a == nil {
		return ""
	}
	if a.URL != "" {
		return a.URL
	}
	return a.CanonicalURL
}

// addClaims adds the claims of d to b and returns how many.
func addClaims(b *bleve.Batch, d Doc, page string) (int, error) {
	claims := claim.Of(d.Article, d.Source)
	for i, c := range claims {
		doc, err := document(c, i, page, d.Article.Language)
		if err != nil {
			return 0, fmt.Errorf("index %s: %w", page, err)
		}
		if err := b.Index(c.ID, doc); err != nil {
			return 0, fmt.Errorf("index %s: claim %s: %w", page, c.ID, err)
		}
	}
	return len(claims), nil
}

// idsOfPage lists the ids of the claims indexed for a page.
func (ix *Index) idsOfPage(ctx context.Context, page string) ([]string, error) {
	q := bleve.NewTermQuery(page)
	q.SetField(fPage)
	var ids []string
	for hit, err := range ix.scan(ctx, q, nil, scanPage) {
		if err != nil {
			return nil, fmt.Errorf("find old claims of %s: %w", page, err)
		}
		ids = append(ids, hit.ID)
	}
	return ids, nil
}

// Claims iterates over every claim in the index, article by article and in
// reading order within an article. It reads the index page by page, so it
// runs in constant memory; an error ends the iteration.
func (ix *Index) Claims(ctx context.Context) iter.Seq2[claim.Claim, error] {
	return ix.claims(ctx, scanPage)
}

func (ix *Index) claims(ctx context.Context, pageSize int) iter.Seq2[claim.Claim, error] {
	return func(yield func(claim.Claim, error) bool) {
		for hit, err := range ix.scan(ctx, bleve.NewMatchAllQuery(), []string{fClaim}, pageSize) {
			var c claim.Claim
			if err == nil {
				c, err = claimOf(hit)
			}
			if err != nil {
				err = fmt.Errorf("read claims from %s: %w", ix.path, err)
			}
			if !yield(c, err) || err != nil {
				return
			}
		}
	}
}

// scan iterates over every document matching q, with the given stored
// fields, pageSize at a time, ordered by article, place and id so that the
// order is total and search-after paging neither skips nor repeats.
func (ix *Index) scan(ctx context.Context, q query.Query, fields []string, pageSize int) iter.Seq2[*search.DocumentMatch, error] {
	return func(yield func(*search.DocumentMatch, error) bool) {
		var after []string
		for {
			req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
			req.Fields = fields
			req.SortByCustom(search.SortOrder{
				&search.SortField{Field: fURL, Type: search.SortFieldAsString},
				&search.SortField{Field: fPos, Type: search.SortFieldAsNumber},
				&search.SortDocID{},
			})
			req.SearchAfter = after
			res, err := ix.search(ctx, req)
			if err != nil {
				yield(nil, err)
				return
			}
			for _, h := range res.Hits {
				if !yield(h, nil) {
					return
				}
			}
			if len(res.Hits) < pageSize {
				return
			}
			// Search-after wants sort values as written, not as encoded.
			after = res.Hits[len(res.Hits)-1].DecodedSort
		}
	}
}

// search runs req under guard.
func (ix *Index) search(ctx context.Context, req *bleve.SearchRequest) (res *bleve.SearchResult, err error) {
	err = ix.guard(func() error {
		res, err = ix.bi.SearchInContext(ctx, req)
		return err
	})
	return res, err
}

// guard runs fn, a call into bleve, turning a panic or a memory fault into
// an error wrapping ErrCorrupt. Open checks that the newest snapshot
// loads, but not every byte of its segments: a segment damaged in the
// middle makes a search read a wild offset and panic ("slice bounds out of
// range"), or fault in the memory map. That is damage on disk, which
// must be a message saying to rebuild, not a crash. Only this goroutine
// is guarded: bleve's own workers are beyond reach.
func (ix *Index) guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v; %s", ErrCorrupt, r, rebuild)
		}
	}()
	return fn()
}

// claimOf decodes the claim stored with a hit.
func claimOf(h *search.DocumentMatch) (claim.Claim, error) {
	var c claim.Claim
	js, ok := h.Fields[fClaim].(string)
	if !ok {
		return c, fmt.Errorf("document %s has no stored claim", h.ID)
	}
	if err := json.Unmarshal([]byte(js), &c); err != nil {
		// Claims are stored as valid JSON; one that is not was damaged.
		return c, fmt.Errorf("document %s: stored claim: %w: %v; %s", h.ID, ErrCorrupt, err, rebuild)
	}
	return c, nil
}

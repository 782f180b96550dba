package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/whosaid/whosaid/extract"
)

// ErrBadRecord is wrapped by the error for a record that does not decode:
// damage inside a value, which bbolt's own checks do not see. An article
// so damaged is rewritten from its raw page by re-extracting it.
var ErrBadRecord = errors.New("record does not decode")

// Page is one fetched page as it came off the wire.
type Page struct {
	URL         string    // the URL asked for: a feed item's link or a page source; the store's key
	FinalURL    string    // where redirects ended; the URL the page was extracted against
	Status      int       // HTTP status, 200 for a page stored
	ContentType string    // the Content-Type header, charset included
	FetchedAt   time.Time // when the body was read
	// FeedPublished is the publication time the feed gave for the item,
	// zero when the page was not reached through a feed. A page that does
	// not state its own date falls back to it.
	FeedPublished time.Time
	Body          []byte // the body, decompressed
}

// pageMeta is Page without its body, as stored in bucketPages; the body
// lives gzip-compressed in bucketRaw under the same key.
type pageMeta struct {
	FinalURL      string    `json:"final_url"`
	Status        int       `json:"status"`
	ContentType   string    `json:"content_type"`
	FetchedAt     time.Time `json:"fetched_at"`
	FeedPublished time.Time `json:"feed_published,omitzero"`
	Size          int       `json:"size"` // bytes of the body before compression
}

// HasPage reports whether a page for url is stored.
func (s *Store) HasPage(url string) (bool, error) {
	var ok bool
	err := s.view(func(tx *bolt.Tx) error {
		ok = tx.Bucket(bucketPages).Get([]byte(url)) != nil
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store %s: %w", s.path, err)
	}
	return ok, nil
}

// PutPage stores a fetched page and the article extracted from it in one
// transaction, and marks the article as not yet indexed. A page already
// stored under p.URL is replaced.
func (s *Store) PutPage(p *Page, a *extract.Article) error {
	_, err := s.putPage(p, a, true)
	return err
}

// AddPage is PutPage for a page not stored yet: when p.URL is already
// stored it leaves it as it is and returns false. The check and the write
// are one transaction, so of two crawl workers that fetched one article
// through two links, exactly one adds it.
func (s *Store) AddPage(p *Page, a *extract.Article) (added bool, err error) {
	return s.putPage(p, a, false)
}

func (s *Store) putPage(p *Page, a *extract.Article, replace bool) (stored bool, err error) {
	meta, err := json.Marshal(pageMeta{
		FinalURL: p.FinalURL, Status: p.Status, ContentType: p.ContentType,
		FetchedAt: p.FetchedAt.UTC(), FeedPublished: p.FeedPublished.UTC(), Size: len(p.Body),
	})
	if err != nil {
		return false, fmt.Errorf("store page %s: %w", p.URL, err)
	}
	raw, err := compress(p.Body)
	if err != nil {
		return false, fmt.Errorf("store page %s: %w", p.URL, err)
	}
	art, err := json.Marshal(a)
	if err != nil {
		return false, fmt.Errorf("store page %s: article: %w", p.URL, err)
	}
	key := []byte(p.URL)
	err = s.update(func(tx *bolt.Tx) error {
		if !replace && tx.Bucket(bucketPages).Get(key) != nil {
			return nil
		}
		stored = true
		return errors.Join(
			tx.Bucket(bucketPages).Put(key, meta),
			tx.Bucket(bucketRaw).Put(key, raw),
			tx.Bucket(bucketArticles).Put(key, art),
			tx.Bucket(bucketUnindexed).Put(key, nil),
		)
	})
	if err != nil {
		return false, fmt.Errorf("store page %s in %s: %w", p.URL, s.path, err)
	}
	return stored, nil
}

// Page returns the page stored for url, or ErrNotFound.
func (s *Store) Page(url string) (*Page, error) {
	return s.page(url, true)
}

// PageInfo returns what Page does but the body, which it does not read or
// decompress: for callers that want the fetch and feed dates of an article.
func (s *Store) PageInfo(url string) (*Page, error) {
	return s.page(url, false)
}

func (s *Store) page(url string, withBody bool) (*Page, error) {
	var meta, raw []byte
	err := s.view(func(tx *bolt.Tx) error {
		meta = bytes.Clone(tx.Bucket(bucketPages).Get([]byte(url)))
		if withBody {
			raw = bytes.Clone(tx.Bucket(bucketRaw).Get([]byte(url)))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: page %s: %w", s.path, url, err)
	}
	if meta == nil {
		return nil, fmt.Errorf("page %s: %w", url, ErrNotFound)
	}
	var m pageMeta
	if err := json.Unmarshal(meta, &m); err != nil {
		return nil, fmt.Errorf("store %s: page %s: %w: %v", s.path, url, ErrBadRecord, err)
	}
	p := &Page{
		URL: url, FinalURL: m.FinalURL, Status: m.Status, ContentType: m.ContentType,
		FetchedAt: m.FetchedAt, FeedPublished: m.FeedPublished,
	}
	if withBody {
		if p.Body, err = decompress(raw); err != nil {
			return nil, fmt.Errorf("store %s: page %s: %w: %v", s.path, url, ErrBadRecord, err)
		}
	}
	return p, nil
}

// Pages calls fn for every stored page, in URL order, outside any
// transaction: fn may write to the store (PutArticle, to re-extract). A
// page whose record or raw body does not decode is passed over and the walk
// goes on; the error then returned wraps ErrBadRecord, once for each.
// Otherwise it stops at fn's first error, or when ctx ends, and returns
// that error.
func (s *Store) Pages(ctx context.Context, fn func(*Page) error) error {
	var bad []error
	err := s.eachKey(ctx, bucketPages, func(url string) error {
		p, err := s.Page(url)
		switch {
		case errors.Is(err, ErrNotFound):
			return nil // removed since the keys were read
		case errors.Is(err, ErrBadRecord):
			bad = append(bad, err)
			return nil
		case err != nil:
			return err
		}
		return fn(p)
	})
	if err != nil {
		return err
	}
	return errors.Join(bad...)
}

// PutArticle replaces the article stored for url (after a re-extraction)
// and marks it as not yet indexed.
func (s *Store) PutArticle(url string, a *extract.Article) error {
	art, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("store article %s: %w", url, err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		return errors.Join(
			tx.Bucket(bucketArticles).Put([]byte(url), art),
			tx.Bucket(bucketUnindexed).Put([]byte(url), nil),
		)
	})
	if err != nil {
		return fmt.Errorf("store article %s in %s: %w", url, s.path, err)
	}
	return nil
}

// Article returns the article stored for url, or ErrNotFound.
func (s *Store) Article(url string) (*extract.Article, error) {
	var art []byte
	err := s.view(func(tx *bolt.Tx) error {
		art = bytes.Clone(tx.Bucket(bucketArticles).Get([]byte(url)))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: article %s: %w", s.path, url, err)
	}
	if art == nil {
		return nil, fmt.Errorf("article %s: %w", url, ErrNotFound)
	}
	a := new(extract.Article)
	if err := json.Unmarshal(art, a); err != nil {
		return nil, fmt.Errorf("store %s: article %s: %w: %v", s.path, url, ErrBadRecord, err)
	}
	return a, nil
}

// Articles calls fn for every stored article, keyed by the URL its page was
// asked for, outside any transaction (fn may write to the store). An
// article whose record does not decode is passed over and the walk goes
// on; the error then returned wraps ErrBadRecord, once for each.
func (s *Store) Articles(ctx context.Context, fn func(url string, a *extract.Article) error) error {
	return s.eachArticle(ctx, bucketArticles, fn)
}

// Unindexed calls fn for every article stored or replaced since it was last
// marked indexed, outside any transaction, so fn may call MarkIndexed as it
// goes, or the caller may collect URLs and mark them after a batch.
// Articles that do not decode are passed over as by Articles.
func (s *Store) Unindexed(ctx context.Context, fn func(url string, a *extract.Article) error) error {
	return s.eachArticle(ctx, bucketUnindexed, fn)
}

// eachArticle walks the articles keyed in bucket. One damaged record must
// not stop the walk: indexing would then fail on it at every crawl, and
// every article after it would never be indexed.
func (s *Store) eachArticle(ctx context.Context, bucket []byte, fn func(string, *extract.Article) error) error {
	var bad []error
	err := s.eachKey(ctx, bucket, func(url string) error {
		a, err := s.Article(url)
		switch {
		case errors.Is(err, ErrNotFound):
			return nil
		case errors.Is(err, ErrBadRecord):
			bad = append(bad, err)
			return nil
		case err != nil:
			return err
		}
		return fn(url, a)
	})
	if err != nil {
		return err
	}
	return errors.Join(bad...)
}

// MarkIndexed records that the articles for urls are in the index.
func (s *Store) MarkIndexed(urls ...string) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketUnindexed)
		for _, u := range urls {
			if err := b.Delete([]byte(u)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store %s: mark indexed: %w", s.path, err)
	}
	return nil
}

// MarkAllUnindexed records that no article is in the index, before the
// index is rebuilt from scratch.
func (s *Store) MarkAllUnindexed() error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketUnindexed)
		return tx.Bucket(bucketArticles).ForEach(func(k, _ []byte) error {
			return b.Put(k, nil)
		})
	})
	if err != nil {
		return fmt.Errorf("store %s: mark all unindexed: %w", s.path, err)
	}
	return nil
}

func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	return buf.Bytes(), nil
}

func decompress(b []byte) ([]byte, error) {
	if b == nil {
		return nil, fmt.Errorf("raw body missing")
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	return out, nil
}

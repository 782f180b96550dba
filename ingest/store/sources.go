package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Source is the crawl state of one SOURCE given to the crawler: a feed or a
// single page.
type Source struct {
	URL   string `json:"url"`
	Kind  string `json:"kind"` // "feed", "page", or "" before the first successful fetch
	Title string `json:"title,omitempty"`

	// The feed's validators from its last full answer, sent back on the
	// next fetch so that an unchanged feed costs a 304.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`

	LastFetch time.Time `json:"last_fetch,omitzero"`
	LastError string    `json:"last_error,omitempty"` // "" when the last crawl of it went well

	// Totals over every crawl.
	Crawls    int `json:"crawls"`
	Unchanged int `json:"unchanged"` // crawls answered 304
	Failures  int `json:"failures"`  // crawls where the source itself failed
	Items     int `json:"items"`     // distinct feed items seen
	Stored    int `json:"stored"`    // pages stored from it
}

// Source returns the state stored for url, or ErrNotFound.
func (s *Store) Source(url string) (Source, error) {
	var src Source
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSources).Get([]byte(url))
		if v == nil {
			return fmt.Errorf("source %s: %w", url, ErrNotFound)
		}
		return json.Unmarshal(v, &src)
	})
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return src, err
		}
		return src, fmt.Errorf("store %s: source %s: %w", s.path, url, err)
	}
	return src, nil
}

// PutSource stores src under src.URL, replacing what was there.
func (s *Store) PutSource(src Source) error {
	v, err := json.Marshal(src)
	if err != nil {
		return fmt.Errorf("store source %s: %w", src.URL, err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSources).Put([]byte(src.URL), v)
	})
	if err != nil {
		return fmt.Errorf("store source %s in %s: %w", src.URL, s.path, err)
	}
	return nil
}

// Sources calls fn for every source, in URL order, outside any transaction.
func (s *Store) Sources(ctx context.Context, fn func(Source) error) error {
	return s.eachKey(ctx, bucketSources, func(url string) error {
		src, err := s.Source(url)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return fn(src)
	})
}

// Item is what the store remembers of one feed item.
type Item struct {
	Key       string    `json:"key"` // feed.Item.Key: the GUID, or else the link
	URL       string    `json:"url"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	FirstSeen time.Time `json:"first_seen"`

	// Done is set once the item's page is stored (or was found already
	// stored); a done item is never fetched again.
	Done      bool   `json:"done"`
	Attempts  int    `json:"attempts"` // failed fetches or extractions so far
	LastError string `json:"last_error,omitempty"`
}

// AddItems records the items of feedURL that the store has not seen, in one
// transaction, and returns how many were new. Items already known are left
// as they are: their attempts and done flag carry over.
func (s *Store) AddItems(feedURL string, items []Item) (added int, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketItems).CreateBucketIfNotExists([]byte(feedURL))
		if err != nil {
			return err
		}
		for _, it := range items {
			if it.Key == "" || b.Get([]byte(it.Key)) != nil {
				continue
			}
			v, err := json.Marshal(it)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(it.Key), v); err != nil {
				return err
			}
			added++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store items of %s in %s: %w", feedURL, s.path, err)
	}
	return added, nil
}

// PutItem replaces the record of one item of feedURL.
func (s *Store) PutItem(feedURL string, it Item) error {
	v, err := json.Marshal(it)
	if err != nil {
		return fmt.Errorf("store item %s: %w", it.Key, err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketItems).CreateBucketIfNotExists([]byte(feedURL))
		if err != nil {
			return err
		}
		return b.Put([]byte(it.Key), v)
	})
	if err != nil {
		return fmt.Errorf("store item %s of %s in %s: %w", it.Key, feedURL, s.path, err)
	}
	return nil
}

// PendingItems returns the items of feedURL that are not done and have
// failed fewer than maxAttempts times (maxAttempts ≤ 0: no limit), in key
// order. A feed with many items holds them all in memory: feeds list tens
// of items, not millions.
func (s *Store) PendingItems(feedURL string, maxAttempts int) ([]Item, error) {
	var out []Item
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketItems).Bucket([]byte(feedURL))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var it Item
			if err := json.Unmarshal(v, &it); err != nil {
				return fmt.Errorf("item %q: %w", bytes.Clone(k), err)
			}
			if !it.Done && (maxAttempts <= 0 || it.Attempts < maxAttempts) {
				out = append(out, it)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: items of %s: %w", s.path, feedURL, err)
	}
	return out, nil
}

// ItemCount returns how many items of feedURL the store knows.
func (s *Store) ItemCount(feedURL string) (int, error) {
	var n int
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketItems).Bucket([]byte(feedURL)); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store %s: items of %s: %w", s.path, feedURL, err)
	}
	return n, nil
}

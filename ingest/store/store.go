// Package store keeps what a crawl learns in one bbolt file: the state of each
// source (validators for conditional GETs, counts, the last error), the items
// seen in each feed, the raw page fetched for each URL (gzip-compressed) and
// the article extracted from it.
//
// Raw pages are kept so that a better extractor can re-extract every article
// without fetching anything again (see Pages and PutArticle). Articles not
// yet indexed are tracked (Unindexed, MarkIndexed) so that the indexer,
// which lives elsewhere, can catch up after a crawl, or after a crawl that
// was killed: every page and its article are written in one transaction.
//
// Point operations are single short local transactions and take no context;
// the iterations, which can take long, take one and stop when it ends.
package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// FileName is the store's file name inside a data directory.
const FileName = "whosaid.db"

// DefaultLockTimeout is how long Open waits for another process to release
// the file: long enough to ride out a crawl that is just finishing, short
// enough that a second `whosaid crawl` says "locked" instead of hanging.
const DefaultLockTimeout = 2 * time.Second

// schemaVersion is bumped when the layout of the buckets changes.
const schemaVersion = "1"

// ErrNotFound is returned for a URL or source the store does not hold.
var ErrNotFound = errors.New("not in the store")

// ErrLocked is returned by Open when another process holds the file.
var ErrLocked = errors.New("locked by another whosaid process")

// ErrCorrupt is returned by Open for a file that is not a whole, valid store.
var ErrCorrupt = errors.New("not a valid whosaid store (corrupt or truncated)")

// Bucket names. Keys are URLs (sources, pages) or item keys within a feed.
var (
	bucketMeta      = []byte("meta")      // "version" → schemaVersion
	bucketSources   = []byte("sources")   // source URL → JSON Source
	bucketItems     = []byte("items")     // feed URL → bucket: item key → JSON Item
	bucketPages     = []byte("pages")     // page URL → JSON pageMeta
	bucketRaw       = []byte("raw")       // page URL → gzip of the body
	bucketArticles  = []byte("articles")  // page URL → JSON extract.Article
	bucketUnindexed = []byte("unindexed") // page URL → ""
	allBuckets      = [][]byte{bucketMeta, bucketSources, bucketItems, bucketPages, bucketRaw, bucketArticles, bucketUnindexed}
)

// Store is an open store file. It is safe for concurrent use; writes are
// serialised by bbolt.
type Store struct {
	db   *bolt.DB
	path string
}

// Options tune Open. The zero value is ready to use.
type Options struct {
	LockTimeout time.Duration // default DefaultLockTimeout
	// ReadOnly opens an existing store for reading only. Any number of
	// readers may have the file open at once (a search and an export);
	// a writer waits for them, and they for it. Writes fail.
	ReadOnly bool
}

// Open opens the store file at path, creating it when absent (unless
// opt.ReadOnly); its directory must exist. Every error names the path.
func Open(path string, opt Options) (*Store, error) {
	if opt.LockTimeout <= 0 {
		opt.LockTimeout = DefaultLockTimeout
	}
	dir := filepath.Dir(path)
	switch fi, err := os.Stat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("open store %s: data directory %s does not exist", path, dir)
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", path, err)
	case !fi.IsDir():
		return nil, fmt.Errorf("open store %s: %s is not a directory", path, dir)
	}
	if opt.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	db, err := openBolt(path, opt.LockTimeout, opt.ReadOnly)
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("open store %s: %w (waited %s)", path, ErrLocked, opt.LockTimeout)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("open store %s: permission denied", path)
	case errors.Is(err, ErrCorrupt):
		return nil, fmt.Errorf("open store %s: %w", path, err)
	case err != nil:
		// bbolt's remaining open errors (invalid meta pages, a checksum
		// mismatch, "file size too small") mean the file is not a store.
		return nil, fmt.Errorf("open store %s: %w: %v", path, ErrCorrupt, err)
	}
	s := &Store{db: db, path: path}
	check := s.init
	if opt.ReadOnly {
		check = s.verify
	}
	if err := check(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// openBolt opens the file and checks that it is whole. bbolt maps the file
// into memory and trusts its meta page: a truncated file makes it touch
// pages past the end of the file, a fault that would kill the process, and
// a damaged page makes it panic. Both are turned into errors here, so that
// a bad file on disk is a message, not a crash.
//
// A file damaged in the middle of its data pages passes these checks; the
// transaction that meets the damage fails then (see view and update).
func openBolt(path string, timeout time.Duration, readOnly bool) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			// The file handle bbolt opened cannot be reached to close it;
			// it leaks, which is the lesser evil in a process about to
			// report the error.
			db, err = nil, fmt.Errorf("%w: %v", ErrCorrupt, r)
		}
	}()
	db, err = bolt.Open(path, 0o644, &bolt.Options{Timeout: timeout, ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		db.Close()
		return nil, err
	}
	var want int64
	err = db.View(func(tx *bolt.Tx) error {
		want = tx.Size()
		return nil
	})
	if err == nil && fi.Size() < want {
		err = fmt.Errorf("%w: file is %d bytes, its header says %d", ErrCorrupt, fi.Size(), want)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// init creates the buckets of a new store and checks the schema of an old one.
func (s *Store) init() error {
	return s.update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		switch v := meta.Get([]byte("version")); {
		case v == nil:
			return meta.Put([]byte("version"), []byte(schemaVersion))
		case string(v) != schemaVersion:
			return fmt.Errorf("store schema version %q; this whosaid reads %q", v, schemaVersion)
		}
		return nil
	})
}

// verify checks, without writing, that a store opened read-only has every
// bucket and this version's schema.
func (s *Store) verify() error {
	return s.view(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if tx.Bucket(b) == nil {
				return fmt.Errorf("%w: bucket %q missing", ErrCorrupt, b)
			}
		}
		if v := tx.Bucket(bucketMeta).Get([]byte("version")); string(v) != schemaVersion {
			return fmt.Errorf("store schema version %q; this whosaid reads %q", v, schemaVersion)
		}
		return nil
	})
}

// view runs fn in a read transaction, and update in a write transaction,
// turning a panic or a memory fault into an error wrapping ErrCorrupt.
// bbolt trusts the pages it reads: a file damaged in the middle (a bad
// disk, a copy taken while it was written) makes it fail an assertion and
// panic, or read through a wild page id past the mapping and fault. Either
// is damage on disk, and must be a message naming the file, not a crash.
// The transaction is rolled back by bbolt on the way out.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	return guard(func() error { return s.db.View(fn) })
}

func (s *Store) update(fn func(*bolt.Tx) error) error {
	return guard(func() error { return s.db.Update(fn) })
}

func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrCorrupt, r)
		}
	}()
	return fn()
}

// Close releases the file. The store must not be used after.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// iterBatch is how many keys each inner read transaction collects. Callbacks
// run between transactions, so they may write to the store (bbolt deadlocks
// when one goroutine writes while it holds a read transaction open).
const iterBatch = 256

// eachKey calls fn for every key of bucket, in key order, outside any
// transaction. Keys added or removed during the walk may or may not be seen.
func (s *Store) eachKey(ctx context.Context, bucket []byte, fn func(key string) error) error {
	var after []byte
	for {
		var keys [][]byte
		err := s.view(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucket).Cursor()
			var k []byte
			if after == nil {
				k, _ = c.First()
			} else if k, _ = c.Seek(after); bytes.Equal(k, after) {
				k, _ = c.Next()
			}
			for ; k != nil && len(keys) < iterBatch; k, _ = c.Next() {
				keys = append(keys, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store %s: %w", s.path, err)
		}
		if len(keys) == 0 {
			return nil
		}
		for _, k := range keys {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(string(k)); err != nil {
				return err
			}
		}
		after = keys[len(keys)-1]
	}
}

// Stats counts what the store holds.
type Stats struct {
	Sources, Pages, Articles, Unindexed int
}

// Stats returns the number of sources, raw pages, articles and articles not
// yet indexed.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	err := s.view(func(tx *bolt.Tx) error {
		st.Sources = tx.Bucket(bucketSources).Stats().KeyN
		st.Pages = tx.Bucket(bucketPages).Stats().KeyN
		st.Articles = tx.Bucket(bucketArticles).Stats().KeyN
		st.Unindexed = tx.Bucket(bucketUnindexed).Stats().KeyN
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("store %s: stats: %w", s.path, err)
	}
	return st, nil
}

package index

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// open is Open waiting at most wait for another process's lock.
func open(path string, wait time.Duration) (*Index, error) {
	present, err := holdsIndex(path)
	if err != nil {
		return nil, err
	}
	if !present {
		// bleve creates only where nothing exists; an empty directory (made
		// by a caller preparing its data dir) holds nothing to lose.
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("open index %s: %w", path, err)
		}
		return create(path, wait)
	}
	if err := check(path, wait); err != nil {
		return nil, err
	}
	bi, err := openBleve(path, false, wait)
	if err != nil {
		return nil, openError(path, err, wait)
	}
	return &Index{path: path, bi: bi}, nil
}

// holdsIndex reports whether path is a directory with something in it;
// false, without error, when it does not exist or is empty.
func holdsIndex(path string) (bool, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("open index %s: %w", path, err)
	case !fi.IsDir():
		return false, fmt.Errorf("open index %s: not a directory", path)
	}
	empty, err := emptyDir(path)
	if err != nil {
		return false, fmt.Errorf("open index %s: %w", path, err)
	}
	return !empty, nil
}

// openBleve opens an existing bleve index. The storage libraries under
// bleve have panicked on damaged files (bbolt before v1.5 on a truncated
// root.bolt); a damaged file must be an error naming the index, not a
// crash, so a panic while opening is turned into one.
func openBleve(path string, readOnly bool, wait time.Duration) (bi bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("reading the index files failed: %v", r)
		}
	}()
	cfg := runtimeConfig(wait)
	cfg["read_only"] = readOnly
	return bleve.OpenUsing(path, cfg)
}

// runtimeConfig is scorch's configuration for every open.
func runtimeConfig(wait time.Duration) map[string]any {
	// Without a timeout bbolt waits forever for another process's lock.
	return map[string]any{"bolt_timeout": wait.String()}
}

func create(path string, wait time.Duration) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing(path, m, scorch.Name, bleve.Config.DefaultKVStore, runtimeConfig(wait))
	if err == nil {
		err = bi.SetInternal(mappingVersionKey, []byte(mappingVersion))
		if err != nil {
			err = errors.Join(err, bi.Close())
		}
	}
	if err != nil {
		// Nothing was there before; leave nothing half-made behind, or the
		// next Open would call it corrupt.
		return nil, errors.Join(fmt.Errorf("create index %s: %w", path, err), os.RemoveAll(path))
	}
	return &Index{path: path, bi: bi}, nil
}

// openError explains why bleve could not open the index at path.
func openError(path string, err error, wait time.Duration) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return fmt.Errorf("open index %s: %w (waited %s)", path, ErrLocked, wait)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("open index %s: %w", path, err)
	}
	return fmt.Errorf("open index %s: %w: %v; %s", path, ErrCorrupt, err, rebuild)
}

func emptyDir(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	if len(names) > 0 {
		return false, nil
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return false, err
	}
	return true, nil
}

// rebuild is the advice every damaged-index error ends with.
const rebuild = "delete the directory and rebuild the index from the stored articles"

// check makes sure the index at path can be opened for writing without
// harm. It must come first, because two failures of the libraries below are
// worse than an error: scorch, finding its newest snapshot unreadable, logs,
// falls back to an older one (or to an empty index) and, when writable,
// deletes the newer files, leaving an index that silently answers from the
// past; and bbolt reads a truncated root.bolt through its memory map past
// the end of the file, which kills the process with SIGBUS or SIGSEGV.
func check(path string, wait time.Duration) error {
	bi, err := openChecked(path, wait)
	if err != nil {
		return err
	}
	// Whatever check found is what the caller needs; a close error on top
	// of it would not change what they must do.
	bi.Close()
	return nil
}

// openChecked opens the index at path read-only once it has checked
// root.bolt's length against its own header, and then makes sure the
// newest snapshot loads and was built with this mapping; see check.
func openChecked(path string, wait time.Duration) (bleve.Index, error) {
	if err := checkBolt(filepath.Join(path, "store", "root.bolt"), wait); err != nil {
		return nil, openError(path, err, wait)
	}
	bi, err := openBleve(path, true, wait)
	if err != nil {
		return nil, openError(path, err, wait)
	}
	if err := newestLoads(bi); err != nil {
		bi.Close()
		return nil, fmt.Errorf("open index %s: %w: %v; %s", path, ErrCorrupt, err, rebuild)
	}
	v, err := bi.GetInternal(mappingVersionKey)
	if err != nil {
		bi.Close()
		return nil, fmt.Errorf("open index %s: %w: %v; %s", path, ErrCorrupt, err, rebuild)
	}
	if string(v) != mappingVersion {
		bi.Close()
		return nil, fmt.Errorf("open index %s: %w (mapping version %q, want %q); %s", path, ErrOutdated, v, mappingVersion, rebuild)
	}
	return bi, nil
}

// openReadOnly is OpenReadOnly waiting at most wait for a writer's lock.
func openReadOnly(path string, wait time.Duration) (*Index, error) {
	present, err := holdsIndex(path)
	if err != nil {
		return nil, err
	}
	if !present {
		return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
	}
	bi, err := openChecked(path, wait)
	if err != nil {
		return nil, err
	}
	return &Index{path: path, bi: bi, readOnly: true}, nil
}

// checkBolt reports an error when the bbolt file at path is shorter than
// the pages its header says it has. The path is scorch's layout; if a
// future bleve keeps no root.bolt there, there is nothing to check.
func checkBolt(path string, wait time.Duration) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: wait})
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	defer db.Close()
	tx, err := db.Begin(false)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	defer tx.Rollback()
	if fi.Size() < tx.Size() {
		return fmt.Errorf("%s is cut short: %d bytes, its header says %d", filepath.Base(path), fi.Size(), tx.Size())
	}
	return nil
}

// newestLoads reports an error when the newest snapshot scorch recorded
// cannot be loaded, which scorch's own open only logs.
func newestLoads(bi bleve.Index) error {
	adv, err := bi.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	epochs, err := s.RootBoltSnapshotEpochs() // newest first
	if err != nil || len(epochs) == 0 {
		return err
	}
	snap, err := s.LoadSnapshot(epochs[0])
	if err != nil {
		return fmt.Errorf("snapshot %d: %w", epochs[0], err)
	}
	return snap.DecRef()
}

package meta

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Extractor reads the metadata of one page: its raw bytes and its URL.
type Extractor func(page []byte, pageURL string) (Got, error)

// Run scores ex on every gold page, reading each page from
// dir/html/<id>.html.gz (the layout of the article-extraction benchmark).
// A page that cannot be read or extracted counts as a miss on every field.
func Run(ctx context.Context, dir string, gold []Page, ex Extractor) (Report, error) {
	var rep Report
	for _, p := range gold {
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("eval meta: %w", err)
		}
		page, err := ReadPage(dir, p.ID)
		if err != nil {
			return rep, err
		}
		g, err := ex(page, p.URL)
		r := Score(p, g)
		r.Err = err
		rep.Results = append(rep.Results, r)
	}
	return rep, nil
}

// ReadPage reads and decompresses dir/html/<id>.html.gz.
func ReadPage(dir, id string) ([]byte, error) {
	name := filepath.Join(dir, "html", id+".html.gz")
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval meta: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("eval meta: %s: %w", name, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("eval meta: %s: %w", name, err)
	}
	return b, nil
}

package main

import (
	"context"
	"fmt"
	"os"

	"github.com/whosaid/whosaid/eval/meta"
	"github.com/whosaid/whosaid/extract"
)

// runEvalMeta scores the metadata extract finds against the hand-made gold
// shipped in eval/meta, on the benchmark pages in DIR.
func runEvalMeta(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval meta", "eval meta [--gold FILE] [DIR]")
	goldFile := fs.String("gold", "", "a gold file to use instead of the one built in")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	dir, err := optionalArg(pos, defaultBenchDir)
	if err != nil {
		return err
	}
	gold, err := loadMetaGold(*goldFile)
	if err != nil {
		return err
	}
	rep, err := meta.Run(ctx, dir, gold, func(page []byte, pageURL string) (meta.Got, error) {
		a, err := extract.Extract(page, pageURL, extract.Options{NoAnalysis: true})
		if err != nil {
			return meta.Got{}, err
		}
		return meta.Got{Title: a.Title, Authors: a.Authors, Published: a.Published, SiteName: a.SiteName}, nil
	})
	if err != nil {
		return err
	}
	return rep.Write(e.stdout)
}

func loadMetaGold(name string) ([]meta.Page, error) {
	if name == "" {
		return meta.Gold()
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	return meta.ReadGold(f)
}

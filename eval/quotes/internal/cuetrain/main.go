// Command cuetrain trains the attribution cue model that extract/quote
// embeds, from PolNeAR's train split only:
//
//	go run ./eval/quotes/internal/cuetrain -train ../shared/bench/quotes/polnear/data/train -o extract/quote/cuemodel.bin
//
// The training is deterministic: the same data give the same file.
// -holdout K/N leaves fold K of N out, to measure on it with
// "whosaid eval quotes --fold K/N" while developing.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/eval/quotes"
	"github.com/whosaid/whosaid/extract/quote"
)

func main() {
	train := flag.String("train", "", "PolNeAR train directory (text/ and attributions/)")
	out := flag.String("o", "extract/quote/cuemodel.bin", "model file to write")
	epochs := flag.Int("epochs", 8, "passes over the data")
	prune := flag.Float64("prune", 0.05, "drop averaged weights smaller than this")
	holdout := flag.String("holdout", "", "leave fold K/N out of training")
	flag.Parse()
	if err := run(*train, *out, *epochs, *prune, *holdout); err != nil {
		fmt.Fprintln(os.Stderr, "cuetrain:", err)
		os.Exit(1)
	}
}

func run(dir, out string, epochs int, prune float64, holdout string) error {
	if dir == "" {
		return fmt.Errorf("-train DIR is required")
	}
	fold, folds := -1, 0
	if holdout != "" {
		k, n, _ := strings.Cut(holdout, "/")
		var err1, err2 error
		fold, err1 = strconv.Atoi(k)
		folds, err2 = strconv.Atoi(n)
		if err1 != nil || err2 != nil || folds <= 0 || fold < 0 || fold >= folds {
			return fmt.Errorf("-holdout wants K/N, got %q", holdout)
		}
	}
	docs, err := quotes.Load(dir)
	if err != nil {
		return err
	}
	var texts []quote.TrainingText
	for i, d := range docs {
		if folds > 0 && i%folds == fold {
			continue
		}
		t := quote.TrainingText{Text: d.Text}
		toByte := byteOffsets(d.Text)
		for _, a := range d.Gold {
			if len(a.Cue) == 0 {
				continue
			}
			s, e := a.Cue[0].Start, a.Cue[len(a.Cue)-1].End
			if s < 0 || e >= len(toByte) || s > e {
				continue
			}
			t.Cues = append(t.Cues, [2]int{toByte[s], toByte[e]})
		}
		texts = append(texts, t)
	}
	m := quote.TrainCues(texts, quote.TrainOptions{Epochs: epochs, Prune: prune})
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	slog.Info("cue model written", "texts", len(texts), "bytes", len(data), "file", out)
	return nil
}

// byteOffsets maps each code-point offset of s (and its end) to a byte offset.
func byteOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// Command cuetrain trains the three models that extract/quote embeds, the
// cue, source and keep models, from PolNeAR's train split only (the shipped
// weights are this command's output at commit 6c6aa0a; see extract/quote's
// model.go):
//
//	go run ./eval/quotes/internal/cuetrain -train ../shared/bench/quotes/polnear/data/train
//
// run from the module root. The training is deterministic: the same data
// give the same files. -holdout K/N leaves fold K of N out, to measure on it
// with "whosaid eval quotes --fold K/N" while developing.
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
	cueOut := flag.String("cues", "extract/quote/cuemodel.bin", "cue model file to write")
	srcOut := flag.String("sources", "extract/quote/srcmodel.bin", "source model file to write")
	keepOut := flag.String("keep", "extract/quote/keepmodel.bin", "keep model file to write (\"\" to skip it)")
	epochs := flag.Int("epochs", 8, "passes over the data")
	prune := flag.Float64("prune", 0.5, "drop averaged weights smaller than this")
	holdout := flag.String("holdout", "", "leave fold K/N out of training")
	flag.Parse()
	if err := run(*train, outputs{*cueOut, *srcOut, *keepOut}, *epochs, *prune, *holdout); err != nil {
		fmt.Fprintln(os.Stderr, "cuetrain:", err)
		os.Exit(1)
	}
}

// outputs are the model files to write.
type outputs struct{ cues, sources, keep string }

func run(dir string, out outputs, epochs int, prune float64, holdout string) error {
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
		texts = append(texts, trainingText(d))
	}
	opt := quote.TrainOptions{Epochs: epochs, Prune: prune}
	cues := quote.TrainCues(texts, opt)
	if err := write(cues, out.cues); err != nil {
		return err
	}
	sources := quote.TrainSources(texts, cues, opt)
	if err := write(sources, out.sources); err != nil {
		return err
	}
	if out.keep != "" {
		if err := write(trainKeep(texts, opt), out.keep); err != nil {
			return err
		}
	}
	slog.Info("models written", "texts", len(texts), "cues", out.cues, "sources", out.sources, "keep", out.keep)
	return nil
}

// keepFolds is how many parts the texts are cut into to train the keep
// model: each part's attributions are found by cue and source models
// trained on the other parts, so that the keep model learns from the
// errors the models make on text they have not seen.
const keepFolds = 5

// trainKeep trains the keep model by cross-fitting over keepFolds parts.
func trainKeep(texts []quote.TrainingText, opt quote.TrainOptions) *quote.Model {
	var exs []quote.KeepExample
	for k := 0; k < keepFolds; k++ {
		var in, out []quote.TrainingText
		for i, t := range texts {
			if i%keepFolds == k {
				out = append(out, t)
			} else {
				in = append(in, t)
			}
		}
		cues := quote.TrainCues(in, opt)
		exs = append(exs, quote.KeepExamples(out, cues, quote.TrainSources(in, cues, opt))...)
	}
	return quote.TrainKeep(exs, opt)
}

// trainingText turns a gold document's code-point spans into byte spans.
func trainingText(d quotes.Doc) quote.TrainingText {
	t := quote.TrainingText{Text: d.Text}
	toByte := byteOffsets(d.Text)
	conv := func(s quotes.Span) ([2]int, bool) {
		if s.Start < 0 || s.End >= len(toByte) || s.Start > s.End {
			return [2]int{}, false
		}
		return [2]int{toByte[s.Start], toByte[s.End]}, true
	}
	for _, a := range d.Gold {
		if len(a.Cue) == 0 {
			continue
		}
		cue, ok := conv(quotes.Span{Start: a.Cue[0].Start, End: a.Cue[len(a.Cue)-1].End})
		if !ok {
			continue
		}
		ta := quote.TrainingAttribution{Cue: cue}
		for _, s := range a.Source {
			if b, ok := conv(s); ok {
				ta.Source = append(ta.Source, b)
			}
		}
		for _, s := range a.Content {
			if b, ok := conv(s); ok {
				ta.Content = append(ta.Content, b)
			}
		}
		t.Attributions = append(t.Attributions, ta)
	}
	return t
}

func write(m *quote.Model, path string) error {
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
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

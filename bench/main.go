// Command bench compares whosaid's article extraction with two Go peers,
// go-trafilatura (github.com/markusmobius/go-trafilatura, without its
// fallback extractors) and readeck's go-readability v2
// (codeberg.org/readeck/go-readability/v2), on the same pages in the same
// process: body F1, precision and recall by the benchmark's metric, and
// pages per second on one core.
//
// It lives in its own module so that the product never depends on the
// peers. Run it from this directory:
//
//	go run . [-dir ../../shared/bench/article-extraction] [-rounds 7]
//
// Every system first extracts every page once for the scores. Then, for
// speed, each round times one pass over all pages (held in memory) per
// system, in an order that rotates from round to round so that a noisy
// neighbour on a shared machine does not always hit the same system; the
// median round is reported, as wall-clock pages/s and as pages per second
// of process CPU time, which a busy machine disturbs less.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/eval/body"
	"github.com/whosaid/whosaid/extract"
)

// system is one extractor under test: it returns the body text of a page.
type system struct {
	name    string
	extract func(page []byte, u *url.URL) (string, error)
}

func systems() []system {
	return []system{
		{"whosaid (body+metadata)", func(page []byte, u *url.URL) (string, error) {
			a, err := extract.Extract(page, u.String(), extract.Options{NoAnalysis: true})
			if err != nil {
				return "", err
			}
			return a.Text, nil
		}},
		{"go-trafilatura v1.12.2", func(page []byte, u *url.URL) (string, error) {
			r, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
				OriginalURL: u, EnableFallback: false, ExcludeComments: true,
			})
			if err != nil {
				return "", err
			}
			return r.ContentText, nil
		}},
		{"readeck go-readability v2.1.3", func(page []byte, u *url.URL) (string, error) {
			a, err := readability.FromReader(bytes.NewReader(page), u)
			if err != nil {
				return "", err
			}
			var b strings.Builder
			if err := a.RenderText(&b); err != nil {
				return "", err
			}
			return b.String(), nil
		}},
		{"x/net/html parse only", func(page []byte, _ *url.URL) (string, error) {
			_, err := html.Parse(bytes.NewReader(page))
			return "", err
		}},
	}
}

type page struct {
	gold body.Page
	url  *url.URL
	html []byte
}

func main() {
	dir := flag.String("dir", "../../shared/bench/article-extraction", "the article-extraction benchmark")
	rounds := flag.Int("rounds", 7, "timed passes over all pages per system")
	procs := flag.Int("procs", 1, "GOMAXPROCS: 1 measures one core; more lets each system's garbage collector use the others")
	flag.Parse()
	if err := run(os.Stdout, *dir, *rounds, *procs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dir string, rounds, procs int) error {
	runtime.GOMAXPROCS(procs)
	pages, size, err := load(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d pages, %.1f MB of HTML, GOMAXPROCS=%d, %d timed rounds per system\n\n",
		len(pages), float64(size)/1e6, procs, rounds)
	sys := systems()
	wall := make([][]float64, len(sys))
	cpu := make([][]float64, len(sys))
	for r := 0; r < rounds; r++ {
		for k := range sys {
			i := (k + r) % len(sys)
			wall[i], cpu[i] = appendPass(wall[i], cpu[i], sys[i], pages)
		}
	}
	fmt.Fprintf(w, "%-30s %7s %7s %7s   %9s %9s\n", "system", "F1", "P", "R", "pages/s", "pages/cpu-s")
	var ours [2]float64
	for i, s := range sys {
		med := [2]float64{median(wall[i]), median(cpu[i])}
		if i == 0 {
			ours = med
		}
		if strings.Contains(s.name, "parse only") {
			fmt.Fprintf(w, "%-30s %7s %7s %7s   %9.0f %9.0f\n", s.name, "-", "-", "-", med[0], med[1])
			continue
		}
		sum := score(s, pages)
		fmt.Fprintf(w, "%-30s %7.4f %7.4f %7.4f   %9.0f %9.0f\n", s.name, sum.F1, sum.Precision, sum.Recall, med[0], med[1])
	}
	fmt.Fprintln(w)
	for i, s := range sys[1:] {
		fmt.Fprintf(w, "whosaid / %-29s %5.2fx wall  %5.2fx cpu\n", s.name,
			ours[0]/median(wall[i+1]), ours[1]/median(cpu[i+1]))
	}
	return nil
}

func load(dir string) ([]page, int64, error) {
	gold, err := body.ReadGold(dir)
	if err != nil {
		return nil, 0, err
	}
	var size int64
	pages := make([]page, 0, len(gold))
	for _, g := range gold {
		h, err := body.ReadHTML(dir, g.ID)
		if err != nil {
			return nil, 0, err
		}
		u, err := url.Parse(g.URL)
		if err != nil {
			return nil, 0, fmt.Errorf("page %s: %w", g.ID, err)
		}
		pages = append(pages, page{g, u, h})
		size += int64(len(h))
	}
	return pages, size, nil
}

// score extracts every page with s and scores the bodies against the gold.
func score(s system, pages []page) body.Summary {
	gold := make([]body.Page, len(pages))
	preds := make(map[string]string, len(pages))
	for i, p := range pages {
		gold[i] = p.gold
		text, err := s.extract(p.html, p.url)
		if err != nil {
			text = "" // a failed page scores as an empty prediction
		}
		preds[p.gold.ID] = text
	}
	return body.Summarize(body.Score(gold, preds))
}

// appendPass times one pass of s over all pages and appends its pages per
// second of wall-clock and of CPU time.
func appendPass(wall, cpu []float64, s system, pages []page) ([]float64, []float64) {
	runtime.GC()
	t0, c0 := time.Now(), cpuTime()
	for _, p := range pages {
		_, _ = s.extract(p.html, p.url) // errors are scored, not timed
	}
	n := float64(len(pages))
	return append(wall, n/time.Since(t0).Seconds()), append(cpu, n/(cpuTime()-c0).Seconds())
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

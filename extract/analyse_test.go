package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract/when"
)

// TestSaidOnWindow holds Quote.SaidOn, which analyse takes from one
// when.Scan of the text, to the answer when.SaidOn gives for the cue alone.
func TestSaidOnWindow(t *testing.T) {
	seed, err := os.ReadFile("../../shared/seed/ukraine-peace-plan-article.txt")
	if err != nil {
		t.Skipf("seed article not found: %v", err)
	}
	// Cues far from the start and the end, and dates near them.
	long := string(seed) + "\n\nÜnal said on Tuesday that the plan failed.\n\n" + string(seed) +
		"\n\n“We will wait,” Kyiv told reporters on Oct. 3.\n\n" + string(seed)
	for len(long) < 4000 {
		long += long
	}
	doc := time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text string }{
		{"dates near cues", "Ünal said on Tuesday that the plan failed. On Oct. 3, “Kyiv” told reporters it would wait. " +
			"Officials said in a statement on Monday that talks went on."},
		{"the seed, several times over", long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromText(tt.text, "", TextOptions{Published: "2025-11-19"})
			n := 0
			for _, q := range a.Quotes {
				if q.CueEnd <= q.CueStart {
					continue
				}
				want, _ := when.SaidOn(tt.text, q.CueStart, q.CueEnd, doc)
				if q.SaidOn != want {
					t.Errorf("cue %q at %d: Quote.SaidOn %q, want %q", q.Cue, q.CueStart, q.SaidOn, want)
				}
				if want != "" {
					n++
				}
			}
			if n == 0 {
				t.Errorf("no quote dated by its attribution in %.60q", tt.text)
			}
		})
	}
}

// TestSaidOnWindowPolNeAR compares Quote.SaidOn with when.SaidOn on the whole text
// for every quote of PolNeAR's dev texts, when the benchmark data is there.
func TestSaidOnWindowPolNeAR(t *testing.T) {
	files, _ := filepath.Glob("../../shared/bench/quotes/polnear/data/dev/text/*.txt")
	if len(files) == 0 {
		t.Skip("PolNeAR dev texts not found under ../../shared/bench")
	}
	doc := time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		a := FromText(text, "", TextOptions{Published: "2016-06-01"})
		for _, q := range a.Quotes {
			if q.CueEnd <= q.CueStart {
				continue
			}
			want, _ := when.SaidOn(text, q.CueStart, q.CueEnd, doc)
			if q.SaidOn != want {
				t.Errorf("%s: cue %q at %d: %q, want %q", filepath.Base(f), q.Cue, q.CueStart, q.SaidOn, want)
			}
			if want != "" {
				n++
			}
		}
	}
	t.Logf("%d quotes dated by their attribution", n)
}

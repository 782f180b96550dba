package body

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"punctuation only", " — ,.!", nil},
		{"ascii", "Hello, world_1 (2019)!", []string{"Hello", "world_1", "2019"}},
		{"case kept", "NASA nasa", []string{"NASA", "nasa"}},
		{"apostrophe splits", "don’t it's", []string{"don", "t", "it", "s"}},
		{"cyrillic and cjk", "Привет мир 你好", []string{"Привет", "мир", "你好"}},
		{"superscript digit is a number", "x²", []string{"x²"}},
		{"soft hyphen splits", "Ver\u00adsion", []string{"Ver", "sion"}},
		{"combining mark splits like Python", "e\u0301t", []string{"e", "t"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]int
	}{
		{"none", "", map[string]int{}},
		{"short text is one shingle", "a b", map[string]int{"a\x00b": 1}},
		{"exactly four", "a b c d", map[string]int{"a\x00b\x00c\x00d": 1}},
		{"repeats counted", "a b c d a b c d", map[string]int{
			"a\x00b\x00c\x00d": 2, "b\x00c\x00d\x00a": 1, "c\x00d\x00a\x00b": 1, "d\x00a\x00b\x00c": 1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Shingles(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Shingles(%q) = %v, want %v", tt.in, got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("Shingles(%q)[%q] = %d, want %d", tt.in, k, got[k], v)
				}
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMatch(t *testing.T) {
	gold := "one two three four five six" // 3 shingles
	tests := []struct {
		name      string
		pred      string
		tp, fp    float64
		fn        float64
		prec, rec float64
	}{
		{"perfect", gold, 1, 0, 0, 1, 1},
		{"empty prediction", "", 0, 0, 1, 0, 0},
		{"two of three found", "one two three four five", 2.0 / 3, 0, 1.0 / 3, 1, 2.0 / 3},
		{"extra text", gold + " seven", 0.75, 0.25, 0, 0.75, 1},
		{"nothing in common", "a b c d", 0, 0.25, 0.75, 0, 0},
		{"soft hyphens ignored in prediction", "one two thr\u00adee four five six", 1, 0, 0, 1, 1},
		{"punctuation and spacing ignored", "One? no: " + gold, 0.6, 0.4, 0, 0.6, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Match(gold, tt.pred)
			if !near(c.TP, tt.tp) || !near(c.FP, tt.fp) || !near(c.FN, tt.fn) {
				t.Errorf("Match = %+v, want TP %v FP %v FN %v", c, tt.tp, tt.fp, tt.fn)
			}
			if !near(c.Precision(), tt.prec) || !near(c.Recall(), tt.rec) {
				t.Errorf("P, R = %v, %v; want %v, %v", c.Precision(), c.Recall(), tt.prec, tt.rec)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	pages := []PageScore{
		{ID: "perfect", Counts: Counts{TP: 1}, Exact: true},
		{ID: "half", Counts: Counts{TP: 0.5, FN: 0.5}},
		// Nothing predicted: counts for recall (0) but not for precision.
		{ID: "missed", Counts: Counts{FN: 1}},
	}
	s := Summarize(pages)
	wantP, wantR := 1.0, 0.5
	if !near(s.Precision, wantP) || !near(s.Recall, wantR) {
		t.Errorf("P, R = %v, %v; want %v, %v", s.Precision, s.Recall, wantP, wantR)
	}
	if wantF := 2 * wantP * wantR / (wantP + wantR); !near(s.F1, wantF) {
		t.Errorf("F1 = %v, want %v", s.F1, wantF)
	}
	if !near(s.Accuracy, 1.0/3) {
		t.Errorf("accuracy = %v, want 1/3", s.Accuracy)
	}
	if w := Worst(pages, 2); w[0].ID != "missed" || w[1].ID != "half" {
		t.Errorf("Worst = %v, %v; want missed, half", w[0].ID, w[1].ID)
	}
}

// benchDir is the article-extraction benchmark, relative to this package.
var benchDir = filepath.Join("..", "..", "..", "shared", "bench", "article-extraction")

// TestPublishedFigures checks the metric against the figures the benchmark
// publishes for other systems' outputs: if they match to the published three
// decimals, the metric is the benchmark's.
func TestPublishedFigures(t *testing.T) {
	if _, err := os.Stat(filepath.Join(benchDir, "ground-truth.json")); err != nil {
		t.Skipf("benchmark data not found at %s: %v", benchDir, err)
	}
	gold, err := ReadGold(benchDir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		system        string
		f1, p, r, acc float64
	}{
		{"rs_trafilatura", 0.970, 0.951, 0.990, 0.287},
		{"go_trafilatura", 0.960, 0.940, 0.980, 0.287},
		{"trafilatura", 0.958, 0.938, 0.978, 0.293},
		{"newspaper", 0.949, 0.964, 0.934, 0.326},
		{"readability_js", 0.947, 0.914, 0.982, 0.166},
		{"go_readability", 0.934, 0.900, 0.971, 0.188},
		{"go_domdistiller", 0.927, 0.901, 0.956, 0.061},
		{"goose3", 0.896, 0.940, 0.856, 0.232},
	}
	for _, tt := range tests {
		t.Run(tt.system, func(t *testing.T) {
			preds, err := ReadOutput(filepath.Join(benchDir, "output", tt.system+".json"))
			if err != nil {
				t.Fatal(err)
			}
			s := Summarize(Score(gold, preds))
			round := func(x float64) float64 { return math.Round(x*1000) / 1000 }
			got := [4]float64{round(s.F1), round(s.Precision), round(s.Recall), round(s.Accuracy)}
			if want := [4]float64{tt.f1, tt.p, tt.r, tt.acc}; got != want {
				t.Errorf("F1/P/R/acc = %v, published %v", got, want)
			}
		})
	}
}

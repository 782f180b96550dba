package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// polnearDev is the PolNeAR dev split, read-only benchmark data outside
// the repository.
const polnearDev = "../../shared/bench/quotes/polnear/data/dev/text"

// loadPolnearDev returns the dev texts, or skips when the data is absent.
func loadPolnearDev(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(polnearDev, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("PolNeAR dev texts not found at %s", polnearDev)
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// BenchmarkAnalyse measures the analysis alone (tokens, actors, quotes, dates) over
// the PolNeAR dev texts; one op is one text.
func BenchmarkAnalyse(b *testing.B) {
	texts := loadPolnearDev(b)
	analyse(&Article{Text: texts[0]}, time.Time{}) // load the cue model outside the timing
	b.ResetTimer()
	var n int64
	for i := 0; b.Loop(); i++ {
		t := texts[i%len(texts)]
		n += int64(len(t))
		analyse(&Article{Text: t}, time.Time{})
	}
	b.SetBytes(n / int64(max(b.N, 1)))
}

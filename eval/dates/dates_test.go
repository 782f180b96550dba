package dates

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata/*.tsv from testdata/sheets/*.txt")

// benchAvailable skips a test when the shared benchmark data is absent.
func benchAvailable(t *testing.T) {
	t.Helper()
	if _, err := locate("testdata", "../shared/bench/quotes/polnear/data/metadata.tsv"); err != nil {
		t.Skip("../shared/bench is absent: the gold texts cannot be read")
	}
}

// TestSheets checks that every gold file is what its sheet gives, and
// with -update rewrites the gold files from the sheets.
func TestSheets(t *testing.T) {
	benchAvailable(t)
	sheets, err := filepath.Glob("testdata/sheets/*.txt")
	if err != nil || len(sheets) == 0 {
		t.Fatalf("no sheets: %v", err)
	}
	for _, s := range sheets {
		in, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := ConvertSheet(bytes.NewReader(in), "testdata", &out); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		gold := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(s), ".txt")+".tsv")
		if *update {
			if err := os.WriteFile(gold, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		have, err := os.ReadFile(gold)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, out.Bytes()) {
			t.Errorf("%s is stale: run go test ./eval/dates -run TestSheets -update", gold)
		}
	}
}

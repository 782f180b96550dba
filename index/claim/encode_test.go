package claim

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample is claims with the characters an encoder can get wrong: HTML
// specials in URLs, non-ASCII, quotes inside quotes, an empty speaker.
func sample() []Claim {
	a := &extract.Article{
		URL: "https://example.com/news?id=7&lang=en", Title: "Envoys <meet> in Miami", SiteName: "Example & Co",
		Published: "2025-11-19T22:30:00-05:00",
		Quotes: []extract.Quote{
			{Text: `"We are making progress," he said`, Kind: "direct", Cue: "said",
				Speaker: extract.Speaker{Name: "Kirill Dmitriev", Mention: "Dmitriev", Kind: "person", Role: "envoy", Start: 10, End: 18}},
			{Text: "Gespräche gehen weiter", Kind: "indirect", Cue: "according to",
				Speaker: extract.Speaker{Mention: "a Kremlin official", Kind: "anonymous"}},
		},
	}
	return Of(a, Source{Fetched: time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)})
}

func TestEncoderGolden(t *testing.T) {
	for _, tt := range []struct {
		file, format string
		claims       []Claim
	}{
		{"claims.json", JSON, sample()},
		{"claims.jsonl", JSONL, sample()},
		{"empty.json", JSON, nil},
		{"empty.jsonl", JSONL, nil},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			enc, err := NewEncoder(&buf, tt.format)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tt.claims {
				if err := enc.Encode(c); err != nil {
					t.Fatal(err)
				}
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s (run with -update to accept):\n%s", golden, buf.Bytes())
			}
			checkDecodes(t, tt.format, buf.Bytes(), tt.claims)
		})
	}
}

// checkDecodes holds the format's promise: the output reads back as the
// claims written, by a plain JSON reader.
func checkDecodes(t *testing.T, format string, out []byte, want []Claim) {
	t.Helper()
	var got []Claim
	if format == JSON {
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("not a JSON array: %v", err)
		}
	} else {
		for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			if line == "" {
				continue
			}
			var c Claim
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				t.Fatalf("line %q: %v", line, err)
			}
			got = append(got, c)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("read back %d claims, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("claim %d read back as %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestEncoderErrors(t *testing.T) {
	if _, err := NewEncoder(&bytes.Buffer{}, "xml"); !errors.Is(err, ErrFormat) {
		t.Errorf("NewEncoder(xml) = %v, want ErrFormat", err)
	}
	enc, err := NewEncoder(failWriter{}, JSONL)
	if err != nil {
		t.Fatal(err)
	}
	// Buffered: the write error shows by the time the buffer is flushed.
	if errEncode, errClose := enc.Encode(sample()[0]), enc.Close(); errEncode == nil && errClose == nil {
		t.Error("Encode and Close on a failing writer succeeded")
	}
	if err := enc.Encode(sample()[0]); err == nil {
		t.Error("Encode after Close succeeded")
	}
	if err := enc.Close(); err == nil {
		t.Error("second Close succeeded")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedPath is the seed article, shared read-only material outside the repo.
const seedPath = "../../../shared/seed/ukraine-peace-plan-article.txt"

func readSeed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not found at %s: %v", seedPath, err)
	}
	return string(b)
}

// TestSeedGolden holds the quotes and actors of the seed article to the
// golden file; run with -update to accept a change.
func TestSeedGolden(t *testing.T) {
	text := readSeed(t)
	tx := token.New(text)
	people := actor.Find(tx, actor.Embedded)
	out := struct {
		Quotes []Quote       `json:"quotes"`
		Actors []actor.Actor `json:"actors"`
	}{Find(tx, people), people.Actors()}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("seed output differs from %s; run go test ./extract/quote -run SeedGolden -update and review the diff", golden)
	}
}

// TestSeedSpeakers checks what the seed article must give, whatever else
// changes: Dmitriev's words are his, the unnamed officials stay unnamed, the
// reported speech is found, and nothing is put in Witkoff's mouth.
func TestSeedSpeakers(t *testing.T) {
	text := readSeed(t)
	qs := findEmbedded(text)
	type expect struct {
		quote, kind, name, speakerKind, mention string
	}
	for _, e := range []expect{
		{"We feel the Russian position is really being heard", Direct, "Kirill Dmitriev", Person, "Dmitriev"},
		{"It’s actually a much broader framework", Direct, "Kirill Dmitriev", Person, "Dmitriev"},
		{"We know the Americans are working on something", Direct, "", Anonymous, "one Ukrainian official"},
		{"We think the timing is good for this plan now", Direct, "", Anonymous, "one senior U.S. official"},
		{"But both parties need to be practical and realistic.", Direct, "", Anonymous, "one senior U.S. official"},
		{"it is time to stop the killing and make a deal to end the war", Partial, "", Anonymous, "A White House official"},
		{"the talks as highly productive", Indirect, "Kirill Dmitriev", Person, "He"},
		{"that Russia sees growing momentum in its favor", Indirect, "Kirill Dmitriev", Person, "Dmitriev"},
	} {
		found := false
		for _, q := range qs {
			if !strings.Contains(q.Text, e.quote) {
				continue
			}
			found = true
			s := q.Speaker
			if q.Kind != e.kind || s.Name != e.name || s.Kind != e.speakerKind || s.Mention != e.mention {
				t.Errorf("%q: got %s by %q (%s, mention %q), want %s by %q (%s, mention %q)", e.quote,
					q.Kind, s.Name, s.Kind, s.Mention, e.kind, e.name, e.speakerKind, e.mention)
			}
		}
		if !found {
			t.Errorf("no quote with %q", e.quote)
		}
	}
	for _, q := range qs {
		if strings.Contains(q.Speaker.Name, "Witkoff") {
			t.Errorf("quote put in Witkoff's mouth: %q (mention %q)", q.Text, q.Speaker.Mention)
		}
	}
}

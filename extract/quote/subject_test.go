package quote

import (
	"testing"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// TestMainSubject holds the subject a participle cue hangs from when
// introductions stand before it, one after another or a lone sentence
// adverb.
func TestMainSubject(t *testing.T) {
	tests := []struct {
		text, cue, want string
	}{
		{"Now, after arguing that the vote was lost, his team is suggesting a recount.", "arguing", "his team"},
		{"Besides, Tom Jones walked out of the hall, shouting at the crowd.", "shouting", "Tom Jones"},
		{"Ultimately, the senator left the room, saying nothing more.", "saying", "the senator"},
		{"In 1986, the court blocked the sale, citing a threat to public health.", "citing", "the court"},
	}
	for _, tt := range tests {
		tx := token.New(tt.text)
		f := newFinder(tx, actor.Find(tx, actor.Embedded), nil, nil, nil)
		i := -1
		for k := range tx.Tokens {
			if tx.Text(k) == tt.cue {
				i = k
				break
			}
		}
		if i < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.cue)
		}
		sp := f.mainSubject(i, 0)
		if got := tx.Slice(sp.From, sp.To); got != tt.want {
			t.Errorf("%q: subject of %q = %q, want %q", tt.text, tt.cue, got, tt.want)
		}
	}
}

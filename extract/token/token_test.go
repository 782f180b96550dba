package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(t *Text) []string {
	out := make([]string, len(t.Tokens))
	for i := range t.Tokens {
		out[i] = t.Text(i)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // tokens joined by |
	}{
		{"abbreviations keep their period", "Mr. Smith met Sen. Jones in the U.S. today.", "Mr.|Smith|met|Sen.|Jones|in|the|U.S.|today|."},
		{"initials", "George W. Bush and J. K. Rowling", "George|W.|Bush|and|J.|K.|Rowling"},
		{"possessive split off", "Russia’s Kirill Dmitriev and Trump's team", "Russia|’s|Kirill|Dmitriev|and|Trump|'s|team"},
		{"plural possessive", "Sanders’ campaign manager", "Sanders|’|campaign|manager"},
		{"contractions stay whole", "don’t won't O'Brien", "don’t|won't|O'Brien"},
		{"numbers", "2,000 troops, 3.5 percent, 1990s", "2,000|troops|,|3.5|percent|,|1990s"},
		{"hyphens and ampersands", "a 28-point plan by AT&T and U.K.-led talks", "a|28-point|plan|by|AT&T|and|U.K.|-|led|talks"},
		{"curly quotes", "“We feel,” he said.", "“|We|feel|,|”|he|said|."},
		{"two apostrophes as a mark", "''Well,'' Mr. Sanders said.", "''|Well|,|''|Mr.|Sanders|said|."},
		{"guillemets and low marks", "«Oui» „Ja“", "«|Oui|»|„|Ja|“"},
		{"ellipsis and dashes", "Wait... no -- never—ever", "Wait|...|no|--|never|—|ever"},
		{"diacritics", "Zelensky met Müller-Lüdenscheidt and Ngô Đình Diệm", "Zelensky|met|Müller-Lüdenscheidt|and|Ngô|Đình|Diệm"},
		{"no. only before a number", "He said no. No. 5 won.", "He|said|no|.|No.|5|won|."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(texts(New(tt.in)), "|")
			if got != tt.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestQuoteMarkFlags(t *testing.T) {
	tx := New(`He said "yes," and 'no' then “maybe”.`)
	var got []string
	for i, tok := range tx.Tokens {
		if tok.Kind != Quote {
			continue
		}
		f := ""
		if tok.Has(Open) {
			f += "O"
		}
		if tok.Has(Close) {
			f += "C"
		}
		got = append(got, tx.Text(i)+f)
	}
	want := `"O|"C|'O|'C|“O|”C`
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("marks = %s, want %s", g, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "He left. She stayed! Did they? Yes.", []string{"He left.", "She stayed!", "Did they?", "Yes."}},
		{"titles never end a sentence", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"acronym then opener", "He met officials in the U.S. The talks went well.", []string{"He met officials in the U.S.", "The talks went well."}},
		{"acronym inside", "U.S. officials said the U.S. Senate voted.", []string{"U.S. officials said the U.S. Senate voted."}},
		{"closing quote stays", `“We won.” Then he left.`, []string{"“We won.”", "Then he left."}},
		{"question in a quote runs on", `“Why not?” he asked.`, []string{"“Why not?” he asked."}},
		{"paragraphs end sentences", "A headline\n\nThe body starts here. Then more", []string{"A headline", "The body starts here.", "Then more"}},
		{"single line breaks too", "Line one\nLine two", []string{"Line one", "Line two"}},
		{"initials", "J. K. Rowling wrote it.", []string{"J. K. Rowling wrote it."}},
		{"a header's slashed fields", "Deal to End War/ Newslooks/ WASHINGTON/ The plan is secret.",
			[]string{"Deal to End War/", "Newslooks/", "WASHINGTON/", "The plan is secret."}},
		{"a slash inside words is no field", "He and/or she met 24/7 in Sept./Oct. Then left.",
			[]string{"He and/or she met 24/7 in Sept./Oct.", "Then left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := New(tt.in)
			var got []string
			for _, s := range tx.Sents {
				got = append(got, tx.Slice(s.From, s.To))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("sentences of %q\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tx := New("First para. Still first.\n\nSecond para.\nThird para.")
	if len(tx.Paras) != 3 {
		t.Fatalf("got %d paragraphs, want 3", len(tx.Paras))
	}
	if got := tx.Slice(tx.Paras[1].From, tx.Paras[1].To); got != "Second para." {
		t.Errorf("paragraph 1 = %q", got)
	}
	if p := tx.ParaOf(len(tx.Tokens) - 1); p != 2 {
		t.Errorf("last token in paragraph %d, want 2", p)
	}
}

func TestCodePoint(t *testing.T) {
	src := strings.Repeat("é", 100) + " “Kyiv” " + strings.Repeat("a", 70) + " Ünal"
	tx := New(src)
	for i, tok := range tx.Tokens {
		want := utf8.RuneCountInString(src[:tok.Start])
		if got := tx.CodePoint(int(tok.Start)); got != want {
			t.Fatalf("token %d %q: code point %d, want %d", i, tx.Text(i), got, want)
		}
	}
	if got, want := tx.CodePoint(len(src)+5), utf8.RuneCountInString(src); got != want {
		t.Errorf("past the end: %d, want %d", got, want)
	}
	ascii := New("plain ascii text")
	if got := ascii.CodePoint(6); got != 6 {
		t.Errorf("ascii: %d, want 6", got)
	}
}

func TestByte(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("é", 100) + " “Kyiv” " + strings.Repeat("a", 70) + " Ünal 日本",
		"plain ascii text",
		"",
	} {
		tx := New(src)
		cp := 0
		for b := range src {
			if got := tx.Byte(cp); got != b {
				t.Fatalf("%.20q: code point %d at byte %d, want %d", src, cp, got, b)
			}
			if got := tx.CodePoint(b); got != cp {
				t.Fatalf("%.20q: byte %d at code point %d, want %d", src, b, got, cp)
			}
			cp++
		}
		if got := tx.Byte(cp + 3); got != len(src) {
			t.Errorf("%.20q: past the end: %d, want %d", src, got, len(src))
		}
	}
}

func TestLower(t *testing.T) {
	tx := New("ÉCOLE Straße İstanbul")
	want := []string{"école", "straße", "İstanbul"} // İ lowers to two runes: kept
	for i, w := range want {
		if got := tx.Lower(i); got != w {
			t.Errorf("Lower(%d) = %q, want %q", i, got, w)
		}
	}
	if !tx.Is(0, "école") || tx.Is(5, "x") {
		t.Error("Is")
	}
	if n := testing.AllocsPerRun(100, func() { _ = tx.Lower(1) }); n != 0 {
		t.Errorf("Lower allocates %v times", n)
	}
}

// FuzzNew checks that any text tokenizes without panic into ordered tokens
// within the text, and that sentences and paragraphs cover every token.
func FuzzNew(f *testing.F) {
	for _, s := range []string{"", "“A,” he said.", "Mr. U.S. J.", "''x''\n\n«y»", "a\u00a0b\u200bc", "’s ’", "...--", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := New(s)
		prev := int32(0)
		for i, tok := range tx.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || int(tok.End) > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or bounds (len %d)", i, tok.Start, tok.End, len(s))
			}
			prev = tok.End
			if got := tx.Sents[tok.Sent]; i < got.From || i >= got.To {
				t.Fatalf("token %d not in its sentence %v", i, got)
			}
			if cp := tx.CodePoint(int(tok.Start)); cp > utf8.RuneCountInString(s) {
				t.Fatalf("code point %d past the end", cp)
			}
		}
		next := 0
		for _, sn := range tx.Sents {
			if sn.From != next || sn.To <= sn.From {
				t.Fatalf("sentences do not tile the tokens: %v after %d", sn, next)
			}
			next = sn.To
		}
		if next != len(tx.Tokens) {
			t.Fatalf("sentences end at %d of %d tokens", next, len(tx.Tokens))
		}
	})
}

package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/extract/decode"
)

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		url  string
		want error
	}{
		{"empty", nil, "https://example.com/", decode.ErrEmpty},
		{"binary", []byte("%PDF-1.7\n\x00\x01"), "https://example.com/a.pdf", decode.ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := extract.Extract(tt.page, tt.url, extract.Options{}); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestExtractTruncated(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("content", "testdata", "news.html"))
	if err != nil {
		t.Fatal(err)
	}
	// Cut inside the second paragraph: what came before is still read.
	cut := strings.Index(string(page), "About 1,800 workers") + 40
	a, err := extract.Extract(page, "https://news.example/port", extract.Options{MaxBytes: cut})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "entered its third week on Monday") {
		t.Errorf("text of the cut page lost its first paragraph: %q", a.Text)
	}
}

func TestExtractDeep(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div><font>", 600) +
		"<p>The council voted on Tuesday to close the old bridge, citing safety reports.</p>" +
		strings.Repeat("</font></div>", 600) + "</body></html>"
	a, err := extract.Extract([]byte(page), "https://news.example/bridge", extract.Options{NoAnalysis: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := "The council voted on Tuesday to close the old bridge, citing safety reports."; a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
}

// FuzzExtract feeds arbitrary bytes, and real pages cut anywhere, to
// Extract: it must not panic, and what it returns must be valid UTF-8
// text in the promised shape.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("content", "testdata", "*.html"))
	for _, file := range files {
		page, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(page)
		f.Add(page[:len(page)/2])
	}
	for _, s := range []string{
		"<p>", "<article><p>x</article></p>", "<script>", "<svg><p>a</svg>", "\xff\xfe\x00<",
		"<html><body><div><div><div><p>deep</p>", strings.Repeat("<div>", 600) + "<p>x", "<table><td><p>x<td>y", "<!--", "<a href=x>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := extract.Extract(page, "https://example.com/story", extract.Options{NoAnalysis: true})
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("text is not valid UTF-8: %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") || strings.TrimSpace(a.Text) != a.Text {
			t.Fatalf("text not normalized: %q", a.Text)
		}
		if strings.ContainsAny(a.Text, "\u00ad\u200b\ufeff") {
			t.Fatalf("invisible characters left in %q", a.Text)
		}
	})
}

// TestSaidOn: a quote is dated by its attribution when the attribution says
// when ("told reporters on Nov. 3", "On Tuesday, … said"), and not by a date
// inside what was said.
func TestSaidOn(t *testing.T) {
	text := `On Tuesday, Kirill Dmitriev said the talks went well. ` +
		`"We feel heard," Dmitriev told reporters on Nov. 3. ` +
		`"The summit is on Dec. 5," Dmitriev said.`
	a := extract.FromText(text, "", extract.TextOptions{Published: "2025-11-19"})
	want := map[string]string{
		"the talks went well":     "2025-11-18",
		"We feel heard":           "2025-11-03",
		"The summit is on Dec. 5": "",
	}
	for _, q := range a.Quotes {
		key := strings.TrimRight(q.Text, ",")
		w, ok := want[key]
		if !ok {
			continue
		}
		delete(want, key)
		if q.SaidOn != w {
			t.Errorf("quote %q: said_on %q, want %q", q.Text, q.SaidOn, w)
		}
		if got := []rune(text)[q.CueStart:q.CueEnd]; string(got) != q.Cue {
			t.Errorf("quote %q: cue offsets give %q, cue is %q", q.Text, string(got), q.Cue)
		}
	}
	for k := range want {
		t.Errorf("quote %q not found in %+v", k, a.Quotes)
	}
}

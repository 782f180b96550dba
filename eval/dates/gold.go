// Package dates scores date finding (package extract/when) against gold
// annotations made the way TempEval annotated TimeBank: each temporal
// expression's span, in code points, and its normalised value against the
// document date. See testdata/README.md for the guidelines and formats.
package dates

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Span is one annotated expression: a date with its value, or a tricky
// non-date (Value "") that a finder must leave alone.
type Span struct {
	Start, End int    // code-point offsets in the document's text
	Value      string // TIMEX3-style value; "" for a non-date
	Text       string // the text of the span, as a check on the offsets
}

// Doc is one annotated document.
type Doc struct {
	Path     string    // the text file, as written in the gold file
	Date     time.Time // the document date; zero when unknown
	Text     string    // the document's text, read from Path
	Dates    []Span
	NonDates []Span
}

// Part is one gold file: a set of documents scored together.
type Part struct {
	Name string // the file name without ".tsv": "a", "b"
	Docs []Doc
}

// ErrNoGold is returned when a directory holds no gold file.
var ErrNoGold = errors.New("no gold files (*.tsv)")

// ReadDir reads every *.tsv gold file in dir, in name order, with the texts
// they point to. A text path is taken relative to dir or, failing that, to
// one of dir's parent directories, so that "../shared/bench/..." written
// from the project root resolves from its testdata folder too.
func ReadDir(dir string) ([]Part, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, fmt.Errorf("read gold %s: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("read gold %s: %w", dir, ErrNoGold)
	}
	sort.Strings(names)
	var parts []Part
	for _, name := range names {
		p, err := readPart(name)
		if err != nil {
			return nil, err
		}
		parts = append(parts, p)
	}
	return parts, nil
}

func readPart(name string) (Part, error) {
	f, err := os.Open(name)
	if err != nil {
		return Part{}, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	docs, err := parseGold(f, filepath.Dir(name))
	if err != nil {
		return Part{}, fmt.Errorf("read gold %s: %w", name, err)
	}
	return Part{Name: strings.TrimSuffix(filepath.Base(name), ".tsv"), Docs: docs}, nil
}

// parseGold reads one gold file; dir is where its text paths start from.
func parseGold(r io.Reader, dir string) ([]Doc, error) {
	var docs []Doc
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "doc" {
			d, err := readDoc(f, dir)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			docs = append(docs, d)
			continue
		}
		if len(docs) == 0 {
			return nil, fmt.Errorf("line %d: %q before any doc line", n, f[0])
		}
		d := &docs[len(docs)-1]
		s, err := readSpan(f, d.Text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if s.Value == "" {
			d.NonDates = append(d.NonDates, s)
		} else {
			d.Dates = append(d.Dates, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

func readDoc(f []string, dir string) (Doc, error) {
	if len(f) != 3 {
		return Doc{}, fmt.Errorf("doc line: want 3 fields, have %d", len(f))
	}
	d := Doc{Path: f[1]}
	if f[2] != "-" {
		t, err := time.Parse("2006-01-02", f[2])
		if err != nil {
			return Doc{}, fmt.Errorf("doc %s: date: %w", f[1], err)
		}
		d.Date = t
	}
	path, err := locate(dir, f[1])
	if err != nil {
		return Doc{}, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, fmt.Errorf("doc %s: %w", f[1], err)
	}
	d.Text = string(b)
	return d, nil
}

// locate finds path relative to dir or one of its ancestors.
func locate(dir, path string) (string, error) {
	if filepath.IsAbs(path) {
		return path, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("locate %s: %w", path, err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		p := filepath.Join(d, path)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("text %s: %w (looked from %s upwards)", path, os.ErrNotExist, dir)
		}
	}
}

// readSpan reads "date START END VALUE TEXT" or "not START END TEXT" and
// checks that TEXT is what the offsets cover.
func readSpan(f []string, text string) (Span, error) {
	var s Span
	switch {
	case f[0] == "date" && len(f) == 5:
		s.Value, s.Text = f[3], f[4]
	case f[0] == "not" && len(f) == 4:
		s.Text = f[3]
	default:
		return s, fmt.Errorf("want date START END VALUE TEXT or not START END TEXT, have %q", strings.Join(f, "\t"))
	}
	var err1, err2 error
	s.Start, err1 = strconv.Atoi(f[1])
	s.End, err2 = strconv.Atoi(f[2])
	if err := errors.Join(err1, err2); err != nil {
		return s, fmt.Errorf("offsets: %w", err)
	}
	r := []rune(text)
	if s.Start < 0 || s.End > len(r) || s.Start >= s.End {
		return s, fmt.Errorf("offsets %d-%d outside the text (%d code points)", s.Start, s.End, len(r))
	}
	if got := string(r[s.Start:s.End]); got != s.Text {
		return s, fmt.Errorf("offsets %d-%d cover %q, not %q", s.Start, s.End, got, s.Text)
	}
	return s, nil
}

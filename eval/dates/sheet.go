package dates

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ConvertSheet turns an annotator's sheet into a gold file. A sheet names
// each expression by its text instead of its offsets, which is how a
// person annotates while reading:
//
//	== PATH DOCDATE
//	TEXT[ #N]<TAB>VALUE
//
// TEXT is the expression as written, #N picks its N-th occurrence in the
// text (default the first after the previous line's expression with the
// same text), VALUE is the normalised value or "-" for a tricky non-date.
// Lines starting with "#" are comments. dir is where PATHs start from (see
// ReadDir).
func ConvertSheet(r io.Reader, dir string, w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Generated from sheets/ by `go test ./eval/dates -run TestSheets -update`; edit the sheet, not this file.")
	var text string
	seen := map[string]int{} // how many occurrences of a text are used in this doc
	var spans [][2]int       // the spans of this doc so far, to catch overlaps
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "== "):
			f := strings.Fields(line[3:])
			if len(f) != 2 {
				return fmt.Errorf("sheet line %d: want == PATH DOCDATE", n)
			}
			path, err := locate(dir, f[0])
			if err != nil {
				return fmt.Errorf("sheet line %d: %w", n, err)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return fmt.Errorf("sheet line %d: %w", n, err)
			}
			text, seen, spans = string(b), map[string]int{}, nil
			fmt.Fprintf(bw, "doc\t%s\t%s\n", f[0], f[1])
			continue
		}
		expr, value, ok := strings.Cut(line, "\t")
		if !ok || text == "" {
			return fmt.Errorf("sheet line %d: want TEXT<TAB>VALUE after a == line", n)
		}
		occ := seen[expr] + 1
		if i := strings.LastIndex(expr, " #"); i > 0 {
			k, err := strconv.Atoi(expr[i+2:])
			if err != nil {
				return fmt.Errorf("sheet line %d: occurrence: %w", n, err)
			}
			expr, occ = expr[:i], k
		}
		start, end, err := occurrence(text, expr, occ)
		if err != nil {
			return fmt.Errorf("sheet line %d: %w", n, err)
		}
		seen[expr] = occ
		for _, sp := range spans {
			if start < sp[1] && sp[0] < end {
				return fmt.Errorf("sheet line %d: %q at %d overlaps an earlier span", n, expr, start)
			}
		}
		spans = append(spans, [2]int{start, end})
		if value == "-" {
			fmt.Fprintf(bw, "not\t%d\t%d\t%s\n", start, end, expr)
		} else {
			fmt.Fprintf(bw, "date\t%d\t%d\t%s\t%s\n", start, end, value, expr)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// occurrence finds the n-th occurrence (from 1) of expr in text and
// returns its code-point offsets.
func occurrence(text, expr string, n int) (start, end int, err error) {
	b := 0
	for k := 1; ; k++ {
		i := strings.Index(text[b:], expr)
		if i < 0 {
			return 0, 0, fmt.Errorf("%q: occurrence %d not in the text (%d found)", expr, n, k-1)
		}
		if k == n {
			start = utf8.RuneCountInString(text[:b+i])
			return start, start + utf8.RuneCountInString(expr), nil
		}
		b += i + len(expr)
	}
}

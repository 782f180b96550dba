// Package quotes scores extract's quotes and speakers against attribution
// gold in brat standoff form, as PolNeAR publishes it: every attribution a
// Source, Cue and Content span, offsets in code points.
package quotes

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Span is a half-open range of code-point offsets [Start, End).
type Span struct{ Start, End int }

// Len is the number of code points in s.
func (s Span) Len() int { return s.End - s.Start }

// Attribution is one gold attribution relation. Content and Source may be
// discontinuous, hence lists of spans; Source is empty when the text names
// no source (passives, "it is expected").
type Attribution struct {
	Source  []Span
	Cue     []Span
	Content []Span
}

// ReadBrat reads the attributions of one brat .ann file. Lines other than
// text-bound annotations (T) and events (E) are skipped, and so are the
// continuation lines of an annotation whose text spans a line break.
func ReadBrat(r io.Reader) ([]Attribution, error) {
	spans := map[string][]Span{}
	type event struct{ source, cue, content string }
	var events []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || len(f[0]) < 2 {
			continue
		}
		if _, err := strconv.Atoi(f[0][1:]); err != nil {
			continue // a continuation line of a multi-line span text
		}
		switch f[0][0] {
		case 'T':
			ss, err := parseSpans(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			spans[f[0]] = ss
		case 'E':
			var e event
			for _, arg := range strings.Fields(f[1]) {
				role, id, ok := strings.Cut(arg, ":")
				if !ok {
					return nil, fmt.Errorf("line %d: bad event argument %q", line, arg)
				}
				switch role {
				case "Source":
					e.source = id
				case "Cue":
					e.cue = id
				case "Content":
					e.content = id
				}
			}
			events = append(events, e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read brat: %w", err)
	}
	atts := make([]Attribution, 0, len(events))
	for _, e := range events {
		a := Attribution{Source: spans[e.source], Cue: spans[e.cue], Content: spans[e.content]}
		if len(a.Content) == 0 {
			continue // an attribution without content cannot be matched by content
		}
		atts = append(atts, a)
	}
	return atts, nil
}

// parseSpans parses "Label start end[;start end...]".
func parseSpans(s string) ([]Span, error) {
	_, offs, ok := strings.Cut(s, " ")
	if !ok {
		return nil, fmt.Errorf("annotation %q has no offsets", s)
	}
	var out []Span
	for _, part := range strings.Split(offs, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			return nil, fmt.Errorf("bad offsets %q", part)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || b < a {
			return nil, fmt.Errorf("bad offsets %q", part)
		}
		out = append(out, Span{a, b})
	}
	return out, nil
}

package claim

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Export formats.
const (
	JSON  = "json"  // one JSON array, one claim per line inside it
	JSONL = "jsonl" // one claim per line, no enclosing array
)

// ErrFormat is returned by NewEncoder for a format it does not know.
var ErrFormat = errors.New("unknown export format (want json or jsonl)")

// Encoder writes claims as they come, in one of the export formats, so an
// export of any size runs in constant memory. Close must be called to finish
// the output: a JSON array is only valid once closed.
//
// Both formats put one claim on each line; the JSON array's brackets stand
// on lines of their own, so line tools work on either.
type Encoder struct {
	w      *bufio.Writer
	buf    bytes.Buffer  // one claim's JSON, before it is written
	enc    *json.Encoder // writes into buf
	array  bool          // JSON: the output is an array
	n      int           // claims written
	closed bool
}

// NewEncoder returns an Encoder writing format (JSON or JSONL) to w. Output
// is buffered; Close flushes it.
func NewEncoder(w io.Writer, format string) (*Encoder, error) {
	var array bool
	switch format {
	case JSON:
		array = true
	case JSONL:
	default:
		return nil, fmt.Errorf("%w: %q", ErrFormat, format)
	}
	e := &Encoder{w: bufio.NewWriter(w), array: array}
	e.enc = json.NewEncoder(&e.buf)
	// URLs and quotes are full of & < >; escaping them helps no reader.
	e.enc.SetEscapeHTML(false)
	return e, nil
}

// Encode writes one claim.
func (e *Encoder) Encode(c Claim) error {
	if e.closed {
		return errors.New("encode claim: encoder is closed")
	}
	e.buf.Reset()
	if err := e.enc.Encode(c); err != nil {
		return fmt.Errorf("encode claim %s: %w", c.ID, err)
	}
	line := e.buf.Bytes() // ends in a newline
	if e.array {
		// In the array the newline comes before the next claim's comma or
		// the closing bracket, so it is written by whatever follows.
		line = line[:len(line)-1]
		sep := ",\n"
		if e.n == 0 {
			sep = "[\n"
		}
		if _, err := e.w.WriteString(sep); err != nil {
			return fmt.Errorf("encode claim %s: %w", c.ID, err)
		}
	}
	if _, err := e.w.Write(line); err != nil {
		return fmt.Errorf("encode claim %s: %w", c.ID, err)
	}
	e.n++
	return nil
}

// Close finishes the output (the closing bracket of a JSON array, or "[]"
// when no claim was written) and flushes it. It does not close the
// underlying writer. Calling Close twice is an error.
func (e *Encoder) Close() error {
	if e.closed {
		return errors.New("close claim encoder: already closed")
	}
	e.closed = true
	if e.array {
		end := "\n]\n"
		if e.n == 0 {
			end = "[]\n"
		}
		if _, err := e.w.WriteString(end); err != nil {
			return fmt.Errorf("close claim encoder: %w", err)
		}
	}
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("close claim encoder: %w", err)
	}
	return nil
}

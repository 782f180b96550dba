// Package decode turns a fetched page, in whatever charset it came in, into
// UTF-8 ready for the HTML parser, and bounds how much of it is read.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// MaxBytes is the default cap on the bytes of one page that are decoded and
// parsed. Article pages on the 181-page benchmark weigh 30 KB to 1.8 MB; a cap
// of 8 MiB keeps every real page whole while a 40 MB page, usually inlined
// data or a runaway server, is cut instead of loaded into the parser whole.
const MaxBytes = 8 << 20

// ErrEmpty is returned for a page with no bytes, or only white space.
var ErrEmpty = errors.New("empty page")

// ErrBinary is returned for bytes that are not text in any charset: images,
// archives, PDFs served as text/html.
var ErrBinary = errors.New("not a text page")

// Result is a page converted to UTF-8.
type Result struct {
	HTML      []byte // the page in UTF-8, at most the cap
	Charset   string // the name of the charset it was decoded from: "utf-8", "windows-1252"
	Truncated bool   // the page was longer than the cap and was cut
}

// UTF8 decodes page to UTF-8. contentType is the HTTP Content-Type header, or
// "" when the page did not come over HTTP. The charset is taken, in order of
// trust, from a byte-order mark; then a page that is valid UTF-8 is taken as
// UTF-8, whatever it is labelled; then the header, a <meta charset> in the
// first 1024 bytes, and then a guess from the bytes (golang.org/x/net/html/charset
// follows the WHATWG encoding-sniffing algorithm). max ≤ 0 means MaxBytes.
//
// Invalid sequences become U+FFFD; the result is always valid UTF-8.
func UTF8(page []byte, contentType string, max int) (Result, error) {
	if max <= 0 {
		max = MaxBytes
	}
	var res Result
	if len(page) > max {
		page = page[:max]
		res.Truncated = true
	}
	if len(bytes.TrimSpace(page)) == 0 {
		return res, ErrEmpty
	}
	if looksBinary(page) {
		return res, ErrBinary
	}
	if n, ok := validUTF8(page, res.Truncated); ok && !hasBOM(page) && hasHighBit(page) {
		// Text in a legacy single-byte charset almost never happens to form
		// valid multi-byte UTF-8, while servers and pages that label UTF-8
		// as ISO-8859-1, or do not label it at all, are common. The x/net
		// sniffer only looks at the first 1024 bytes and guesses
		// windows-1252 when they are all ASCII, which turns every later
		// "é" into "Ã©".
		// A page of pure ASCII is left to the sniffer: ISO-2022-JP is
		// 7-bit too.
		res.Charset = "utf-8"
		res.HTML = page[:n]
		return res, nil
	}
	enc, name := determine(page, contentType)
	res.Charset = name
	if name == "utf-8" || enc == encoding.Nop {
		page = bytes.TrimPrefix(page, []byte("\xef\xbb\xbf"))
		if utf8.Valid(page) {
			res.HTML = page
			return res, nil
		}
		res.HTML = bytes.ToValidUTF8(page, []byte("\uFFFD"))
		return res, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return res, fmt.Errorf("decode from %s: %w", name, err)
	}
	res.HTML = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	return res, nil
}

// determine picks the page's charset from its BOM, header label, <meta> or
// bytes, as the WHATWG sniffing algorithm does, but refuses two labels that
// would lose the page. A UTF-16 label on a page without a BOM is wrong:
// UTF-16 text without one has NUL bytes and was already refused as binary.
// And ISO-2022-KR, HZ and ISO-2022-CN map to WHATWG's "replacement"
// decoder, which turns the whole page into one U+FFFD; those charsets are
// 7-bit, so reading the bytes as windows-1252 at least keeps the markup.
func determine(page []byte, contentType string) (encoding.Encoding, string) {
	enc, name, _ := charset.DetermineEncoding(page, contentType)
	if !refused(name, page) {
		return enc, name
	}
	if contentType != "" {
		// The label may have come from the header; the page may say better.
		if enc, name, _ = charset.DetermineEncoding(page, ""); !refused(name, page) {
			return enc, name
		}
	}
	return charmap.Windows1252, "windows-1252"
}

// refused reports a charset determine does not trust for page; see there.
func refused(name string, page []byte) bool {
	switch name {
	case "replacement":
		return true
	case "utf-16le", "utf-16be":
		return !hasBOM(page)
	}
	return false
}

// hasBOM reports a byte-order mark, which outranks every other sign.
func hasBOM(page []byte) bool {
	return bytes.HasPrefix(page, []byte("\xef\xbb\xbf")) ||
		bytes.HasPrefix(page, []byte{0xFE, 0xFF}) || bytes.HasPrefix(page, []byte{0xFF, 0xFE})
}

// validUTF8 reports whether page is valid UTF-8, and how many of its bytes
// are: a page cut at the size cap may end inside a character, which is
// forgiven and left out.
func validUTF8(page []byte, truncated bool) (int, bool) {
	if utf8.Valid(page) {
		return len(page), true
	}
	if !truncated {
		return 0, false
	}
	for cut := 1; cut < utf8.UTFMax && cut < len(page); cut++ {
		if utf8.Valid(page[:len(page)-cut]) {
			return len(page) - cut, true
		}
	}
	return 0, false
}

// hasHighBit reports a byte outside ASCII.
func hasHighBit(page []byte) bool {
	for _, b := range page {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

// looksBinary reports whether the start of page holds the control bytes that
// no text charset uses, or the signature of a common binary format. UTF-16
// text (which has NUL bytes) is recognised by its byte-order mark first.
func looksBinary(page []byte) bool {
	if bytes.HasPrefix(page, []byte{0xFE, 0xFF}) || bytes.HasPrefix(page, []byte{0xFF, 0xFE}) {
		return false
	}
	head := page
	if len(head) > 1024 {
		head = head[:1024]
	}
	for _, sig := range [][]byte{
		[]byte("%PDF-"), []byte("\x89PNG"), []byte("GIF8"), []byte("\xff\xd8\xff"),
		[]byte("PK\x03\x04"), []byte("\x1f\x8b"), []byte("RIFF"),
	} {
		if bytes.HasPrefix(head, sig) {
			return true
		}
	}
	ctl := 0
	for _, b := range head {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b {
			ctl++
		}
	}
	// A few stray control bytes occur in real pages; a tenth of the head is
	// not text.
	return ctl*10 > len(head)
}

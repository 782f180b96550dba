package decode

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"
)

func TestUTF8(t *testing.T) {
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xe9 cr\xe8me</p></body></html>")
	tests := []struct {
		name        string
		page        []byte
		contentType string
		max         int
		want        string // a substring of the decoded page
		charset     string
		truncated   bool
		err         error
	}{
		{name: "utf-8 declared", page: []byte(`<meta charset="utf-8"><p>café</p>`), want: "café", charset: "utf-8"},
		{name: "utf-8 undeclared, ASCII head", page: append(bytes.Repeat([]byte("<p>plain</p>"), 200), []byte("<p>café</p>")...), want: "café", charset: "utf-8"},
		{name: "utf-8 mislabelled latin-1", page: []byte(`<meta charset="iso-8859-1"><p>café</p>`), want: "café", charset: "utf-8"},
		{name: "utf-8 mislabelled by header", page: []byte(`<p>naïve</p>`), contentType: "text/html; charset=ISO-8859-1", want: "naïve", charset: "utf-8"},
		{name: "latin-1 declared", page: latin1, want: "café crème", charset: "windows-1252"},
		{name: "latin-1 from header", page: []byte("<p>caf\xe9</p>"), contentType: "text/html; charset=iso-8859-1", want: "café", charset: "windows-1252"},
		{name: "windows-1251 declared", page: []byte("<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"), want: "Привет", charset: "windows-1251"},
		{name: "utf-8 BOM", page: []byte("\xef\xbb\xbf<p>café</p>"), want: "<p>café</p>", charset: "utf-8"},
		{name: "utf-16 BOM", page: []byte("\xff\xfe<\x00p\x00>\x00h\x00i\x00"), want: "<p>hi", charset: "utf-16le"},
		{name: "cut inside a character", page: []byte("<p>caf\xc3\xa9</p>"), max: 8, want: "<p>caf", charset: "utf-8", truncated: true},
		{name: "invalid bytes replaced", page: []byte("<meta charset=utf-8><p>a\xffb</p>"), want: "a\uFFFDb", charset: "utf-8"},
		// UTF-16 without a byte-order mark has NUL bytes and is rejected
		// as binary, so a UTF-16 label on a page without NULs is wrong.
		{name: "utf-16 label on ASCII", page: []byte("<p>Hello</p>"), contentType: "text/html; charset=utf-16", want: "<p>Hello</p>", charset: "windows-1252"},
		{name: "utf-16le meta on ASCII", page: []byte(`<meta charset="utf-16le"><p>Hello</p>`), want: "<p>Hello</p>", charset: "utf-8"},
		// WHATWG maps ISO-2022-KR and HZ to a decoder that turns the whole
		// page into one U+FFFD; reading the bytes as they are keeps it.
		{name: "replacement label", page: []byte("<p>Hello</p>"), contentType: "text/html; charset=iso-2022-kr", want: "<p>Hello</p>", charset: "windows-1252"},
		{name: "replacement meta", page: []byte(`<meta charset="hz-gb-2312"><p>Hello</p>`), want: "<p>Hello</p>", charset: "windows-1252"},
		{name: "unknown label", page: []byte("<p>Hello</p>"), contentType: "text/html; charset=no-such-set", want: "<p>Hello</p>", charset: "windows-1252"},
		{name: "empty", page: []byte(" \n\t "), err: ErrEmpty},
		{name: "png", page: []byte("\x89PNG\r\n\x1a\n\x00\x00"), err: ErrBinary},
		{name: "nul bytes", page: []byte("<p>\x00\x00\x00</p>"), err: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := UTF8(tt.page, tt.contentType, tt.max)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if !bytes.Contains(res.HTML, []byte(tt.want)) {
				t.Errorf("HTML = %q, want it to contain %q", res.HTML, tt.want)
			}
			if res.Charset != tt.charset {
				t.Errorf("Charset = %q, want %q", res.Charset, tt.charset)
			}
			if res.Truncated != tt.truncated {
				t.Errorf("Truncated = %v, want %v", res.Truncated, tt.truncated)
			}
			if !utf8.Valid(res.HTML) {
				t.Errorf("HTML is not valid UTF-8: %q", res.HTML)
			}
		})
	}
}

// FuzzUTF8 checks that any bytes, truncated anywhere, decode without a
// panic to valid UTF-8 within the cap, or fail with one of the sentinel
// errors.
func FuzzUTF8(f *testing.F) {
	for _, s := range []string{
		"<p>café</p>", "<meta charset=\"shift_jis\"><p>\x82\xa0</p>", "\xff\xfe<\x00p\x00>\x00",
		"\xef\xbb\xbf<p>x</p>", "<p>caf\xe9</p>", "\x1f\x8b\x08\x00", "<meta charset=\"iso-2022-jp\">\x1b$B$\"\x1b(B",
	} {
		f.Add([]byte(s), "", 0)
		f.Add([]byte(s), "text/html; charset=utf-8", 5)
	}
	f.Fuzz(func(t *testing.T, page []byte, contentType string, max int) {
		if max < 0 || max > 1<<20 {
			max = 0
		}
		res, err := UTF8(page, contentType, max)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				// A decoder error is allowed, but it must say so.
				if res.HTML != nil {
					t.Fatalf("error %v with HTML %q", err, res.HTML)
				}
			}
			return
		}
		if !utf8.Valid(res.HTML) {
			t.Fatalf("not valid UTF-8: %q", res.HTML)
		}
		if limit := max; limit > 0 && len(page) > limit && !res.Truncated {
			t.Fatalf("page of %d bytes over cap %d not marked truncated", len(page), limit)
		}
	})
}

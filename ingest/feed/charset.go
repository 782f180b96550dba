package feed

import (
	"bytes"
	"mime"

	"github.com/whosaid/whosaid/extract/decode"
)

// utf8Body returns a feed's body in UTF-8, with its XML declaration, if it
// has one, saying so. The XML parser trusts the declaration and knows few
// charsets, while servers and feeds get both wrong: a Latin-1 feed that
// declares nothing (the parser then stops at the first "é" as invalid
// UTF-8), UTF-8 declared as ISO-8859-1 (read as "Ã©") or as UTF-16, and
// labels no one knows (the feed is not even recognised as one).
//
// The charset is found as for an HTML page (extract/decode): a byte-order
// mark first, then bytes that are valid UTF-8 are UTF-8, then the HTTP
// header's charset, the declaration's, and a guess (windows-1252 for
// Western text). A body that is not text is returned as it is, for the
// parser to reject.
func utf8Body(body []byte, contentType string) []byte {
	label := charsetParam(contentType)
	if label == "" {
		label = string(declEncoding(body))
	}
	res, err := decode.UTF8(body, "text/xml; charset="+label, len(body))
	if err != nil {
		return body
	}
	out := bytes.TrimPrefix(res.HTML, []byte("\xef\xbb\xbf"))
	return declareUTF8(out)
}

// charsetParam is the charset parameter of a Content-Type, or "".
func charsetParam(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// declSpan finds the XML declaration at the start of b (after white space
// and a UTF-8 byte-order mark) and, within it, the value of its encoding
// attribute: b[vs:ve]. ok is false when there is no declaration or it has
// no encoding.
func declSpan(b []byte) (vs, ve int, ok bool) {
	start := len(b) - len(bytes.TrimLeft(b, " \t\r\n\xef\xbb\xbf"))
	if !bytes.HasPrefix(b[start:], []byte("<?xml")) {
		return 0, 0, false
	}
	// A declaration is a few dozen bytes; a missing "?>" is not one.
	end := bytes.Index(head(b[start:], 512), []byte("?>"))
	if end < 0 {
		return 0, 0, false
	}
	decl := b[start : start+end]
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return 0, 0, false
	}
	rest := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return 0, 0, false
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
		return 0, 0, false
	}
	closing := bytes.IndexByte(rest[1:], rest[0])
	if closing < 0 {
		return 0, 0, false
	}
	vs = start + (len(decl) - len(rest)) + 1
	return vs, vs + closing, true
}

// declEncoding is the encoding the XML declaration names, or nil.
func declEncoding(b []byte) []byte {
	vs, ve, ok := declSpan(b)
	if !ok {
		return nil
	}
	return b[vs:ve]
}

// declareUTF8 makes b's XML declaration, if it names an encoding, name
// UTF-8, which b now is.
func declareUTF8(b []byte) []byte {
	vs, ve, ok := declSpan(b)
	if !ok || string(b[vs:ve]) == "utf-8" {
		return b
	}
	out := make([]byte, 0, len(b)-(ve-vs)+5)
	out = append(out, b[:vs]...)
	out = append(out, "utf-8"...)
	return append(out, b[ve:]...)
}

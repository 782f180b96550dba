package extract

import (
	"bytes"
	"strings"
)

// maxTags caps the tags of a page that are parsed, and with them the nodes
// of its tree (at most two per tag): the benchmark's largest page has 3,300
// '<', a long comment thread perhaps 50,000, while 8 MB of "<b>" would make
// 2.7 million nodes and a gigabyte of memory.
const maxTags = 200_000

// capTags cuts page before its max+1-th '<', so that the parser reads at
// most max tags.
func capTags(page []byte, max int) []byte {
	if bytes.Count(page, []byte("<")) <= max {
		return page
	}
	i := 0
	for n := 0; n <= max; n++ {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			return page
		}
		i += j + 1
	}
	return page[:i-1]
}

// lean returns page without the bodies of its <script>, <style> and <svg>
// elements, which are over half the bytes of a typical news page and nothing
// that extract reads: the HTML tokenizer crawls through them byte by byte,
// so dropping them before parsing almost halves the parse. The tags stay, so
// the tree keeps its shape. Scripts whose type names JSON
// (application/ld+json, application/json) are kept whole: they carry the
// page's metadata and, on script-rendered sites, the story itself.
//
// A body is only dropped when the tokenizer would end it where lean does,
// at the first "</script" or "</style": a script body holding "<!--" can
// enter the tokenizer's escaped states and end elsewhere, so lean leaves it
// and the rest of the page as they are. Comments are skipped whole.
func lean(page []byte) []byte {
	var out []byte // nil until the first body is dropped
	last := 0      // page[last:] is not yet copied to out
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		next, drop, ok := step(page, i+j+1)
		if !ok {
			break
		}
		if drop.end > drop.start {
			if out == nil {
				out = make([]byte, 0, len(page))
			}
			out = append(out, page[last:drop.start]...)
			last = drop.end
		}
		i = next
	}
	if out == nil {
		return page
	}
	return append(out, page[last:]...)
}

// span is the part page[start:end] of a page.
type span struct{ start, end int }

// step reads the markup after a '<' (page[i-1]) and returns where to read
// on, the element body to drop if any, and false when lean must stop.
func step(page []byte, i int) (next int, drop span, ok bool) {
	if i >= len(page) {
		return i, span{}, false
	}
	switch c := page[i]; {
	case c == '!' && bytes.HasPrefix(page[i:], []byte("!--")):
		end := commentEnd(page[i+3:])
		return i + 3 + end, span{}, end >= 0
	case c == '!' || c == '?' || c == '/' && (i+1 == len(page) || !isLetter(page[i+1])):
		// Doctype, bogus comment: up to the next '>'.
		end := bytes.IndexByte(page[i:], '>')
		return i + end + 1, span{}, end >= 0
	case c == '/':
		// An end tag, whose attributes (ignored) may hold anything.
		end := endOfTag(page, i+1)
		return end, span{}, end >= 0
	case !isLetter(c):
		return i, span{}, true // a '<' in text
	}
	return startTag(page, i)
}

// startTag reads the start tag at page[i:] (after its '<') and, for the
// elements lean acts on, the body after it.
func startTag(page []byte, i int) (next int, drop span, ok bool) {
	name, act := rawTextTag(page[i:])
	if act == stop {
		return 0, span{}, false
	}
	tagEnd := endOfTag(page, i+max(len(name), 1))
	if tagEnd < 0 {
		return 0, span{}, false
	}
	if act == none || (name == "svg" || name == "math") && page[tagEnd-2] == '/' {
		// An ordinary tag; or <svg/>, which closes itself (foreign
		// elements may), while <script/> does not.
		return tagEnd, span{}, true
	}
	bodyEnd := indexClose(page[tagEnd:], name)
	if name == "svg" || name == "math" {
		// Foreign content: markup, read tag by tag.
		bodyEnd = indexCloseNested(page[tagEnd:], name)
	}
	if bodyEnd < 0 {
		return 0, span{}, false
	}
	bodyEnd += tagEnd
	body := page[tagEnd:bodyEnd]
	switch {
	case act == pass, name == "svg" && breaksOut(body):
		// Text that only looks like tags: "<title>a <script></title>";
		// or an <svg> that an HTML tag inside ends early.
		return bodyEnd, span{}, true
	case name == "script" && bytes.Contains(body, []byte("<!--")):
		// Where this script ends depends on the tokenizer's escaped
		// states; stop here rather than risk cutting the page wrong.
		return 0, span{}, false
	case name == "script" && jsonScript(page[i:tagEnd]):
		return bodyEnd, span{}, true
	}
	return bodyEnd, span{tagEnd, bodyEnd}, true
}

// breaksOut reports whether the body of an <svg> holds a start tag that
// the parser takes as HTML, closing the <svg> there ("<svg><p>"): the
// rest is page content, not to be cut.
func breaksOut(body []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(body[i:], '<')
		if j < 0 || i+j+1 >= len(body) {
			return false
		}
		i += j + 1
		k := i
		for k < len(body) && isLetter(body[k]) || k > i && k < len(body) && '0' <= body[k] && body[k] <= '9' {
			k++
		}
		if k > i && breakout[strings.ToLower(string(body[i:k]))] {
			return true
		}
	}
}

// breakout are the tags that end foreign content (the HTML standard's list).
var breakout = map[string]bool{
	"b": true, "big": true, "blockquote": true, "body": true, "br": true,
	"center": true, "code": true, "dd": true, "div": true, "dl": true,
	"dt": true, "em": true, "embed": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "head": true, "hr": true, "i": true,
	"img": true, "li": true, "listing": true, "menu": true, "meta": true,
	"nobr": true, "ol": true, "p": true, "pre": true, "ruby": true, "s": true,
	"small": true, "span": true, "strong": true, "strike": true, "sub": true,
	"sup": true, "table": true, "tt": true, "u": true, "ul": true, "var": true,
	"font": true,
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// flatten returns page with only the tags that carry an article's
// structure (paragraphs, headings, lists, quotes, links, line breaks) and
// the page's head, for a page too deeply nested for the parser: nesting
// comes from the layout's divs, spans and fonts, which go.
func flatten(page []byte) []byte {
	out := make([]byte, 0, len(page))
	last := 0
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		start := i + j
		i = start + 1
		if i >= len(page) || !(isLetter(page[i]) || page[i] == '/' && i+1 < len(page) && isLetter(page[i+1])) {
			continue
		}
		k := i
		if page[k] == '/' {
			k++
		}
		n := k
		for n < len(page) && (isLetter(page[n]) || '0' <= page[n] && page[n] <= '9') {
			n++
		}
		end := endOfTag(page, n)
		if end < 0 {
			break
		}
		name := strings.ToLower(string(page[k:n]))
		if _, act := rawTextTag(page[k:]); act != none && page[i] != '/' {
			// Keep raw-text elements whole: their bodies are not markup.
			if c := indexClose(page[end:], name); c >= 0 {
				end += c
			}
			i = end
			continue
		}
		if !flatKeep[name] {
			out = append(out, page[last:start]...)
			last = end
		}
		i = end
	}
	return append(out, page[last:]...)
}

// flatKeep are the tags flatten keeps.
var flatKeep = map[string]bool{
	"html": true, "head": true, "body": true, "title": true, "meta": true, "link": true,
	"script": true, "style": true, "p": true, "br": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "ul": true, "ol": true, "li": true,
	"blockquote": true, "pre": true, "a": true, "article": true, "main": true,
}

// commentEnd returns the index just past the end of a comment whose text
// starts at b ("<!--" already read), or -1 when it never ends.
func commentEnd(b []byte) int {
	// "<!-->" and "<!--->" are complete, empty comments.
	if len(b) > 0 && b[0] == '>' {
		return 1
	}
	if len(b) > 1 && b[0] == '-' && b[1] == '>' {
		return 2
	}
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("--"))
		if j < 0 {
			return -1
		}
		i += j + 2
		if i < len(b) && b[i] == '>' {
			return i + 1
		}
		if i+1 < len(b) && b[i] == '!' && b[i+1] == '>' {
			return i + 2
		}
		// "---" could end as "-->" one byte on.
		i--
	}
}

// What lean does with an element.
const (
	none  = iota // an ordinary element: read on
	strip        // drop its body
	pass         // its body is text that only looks like markup: step over it
	stop         // the rest of the page is its text (<plaintext>)
)

// rawTags are the elements lean acts on. Inside <svg> and <math> (foreign
// content) a <style> is not raw text: an <svg> is cut whole, and a <math>
// is stepped over, rarely worth a cut.
var rawTags = [...]struct {
	name string
	act  int
}{
	{"script", strip}, {"style", strip}, {"svg", strip}, {"math", pass},
	{"title", pass}, {"textarea", pass}, {"xmp", pass}, {"iframe", pass},
	{"noembed", pass}, {"noframes", pass}, {"noscript", pass},
	{"plaintext", stop},
}

// rawTextTag reports whether b, the bytes after a '<', start the start tag
// of one of rawTags, and returns its lower-case name and what to do.
func rawTextTag(b []byte) (string, int) {
	switch b[0] | 0x20 {
	case 's', 'm', 't', 'x', 'i', 'n', 'p':
	default:
		return "", none
	}
	for _, t := range rawTags {
		n := len(t.name)
		if len(b) > n && bytes.EqualFold(b[:n], []byte(t.name)) && tagDelim(b[n]) {
			return t.name, t.act
		}
	}
	return "", none
}

// tagDelim reports the bytes that can end a tag name.
func tagDelim(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// endOfTag returns the index just past the '>' that closes the start tag
// whose attributes begin at page[i], skipping '>' inside quoted values, or
// -1 when the tag never closes. It jumps from quote to quote with
// IndexByte rather than reading byte by byte: most tags are short runs of
// quoted values.
func endOfTag(page []byte, i int) int {
	for {
		rest := page[i:]
		gt := bytes.IndexByte(rest, '>')
		if gt < 0 {
			return -1
		}
		q := firstQuote(rest[:gt])
		if q < 0 {
			return i + gt + 1
		}
		// A quote only opens a value after '='; elsewhere the tokenizer
		// takes it as part of a name, and so does this.
		if k := lastNonSpace(page, i+q); k < 0 || page[k] != '=' {
			i += q + 1
			continue
		}
		end := bytes.IndexByte(rest[q+1:], rest[q])
		if end < 0 {
			return -1
		}
		i += q + 1 + end + 1
	}
}

// firstQuote returns the index of the first double or single quote in b,
// or -1.
func firstQuote(b []byte) int {
	d := bytes.IndexByte(b, '"')
	if d >= 0 {
		b = b[:d] // a single quote, if any, must come before
	}
	if s := bytes.IndexByte(b, '\''); s >= 0 {
		return s
	}
	return d
}

func lastNonSpace(page []byte, i int) int {
	for k := i - 1; k >= 0; k-- {
		if c := page[k]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return k
		}
	}
	return -1
}

// indexClose returns the index in b of the "</name" that ends a raw-text
// element, matched without regard to case and followed by a tag delimiter,
// or -1.
func indexClose(b []byte, name string) int {
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		i += j
		rest := b[i+2:]
		if len(rest) > len(name) && bytes.EqualFold(rest[:len(name)], []byte(name)) && tagDelim(rest[len(name)]) {
			return i
		}
		i += 2
	}
}

// indexCloseNested is indexClose for a foreign element (<svg>, <math>),
// whose body is markup, not raw text: it returns the index of the end tag
// that matches the start tag before b, reading the body tag by tag as the
// tokenizer does, so that a "</svg" inside a comment, a CDATA section or a
// tag (an attribute value, or a "<a" that runs on to the next '>') is not
// taken for the end; and nested elements of the same name (<svg> in
// <svg>) are matched. -1 when the body does not end.
func indexCloseNested(b []byte, name string) int {
	depth := 0
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 || i+j+1 >= len(b) {
			return -1
		}
		lt := i + j
		i = lt + 1
		var end int
		switch c := b[i]; {
		case c == '!' && bytes.HasPrefix(b[i:], []byte("!--")):
			if end = commentEnd(b[i+3:]); end >= 0 {
				end += i + 3
			}
		case c == '!' && bytes.HasPrefix(b[i:], []byte("![CDATA[")):
			if end = bytes.Index(b[i:], []byte("]]>")); end >= 0 {
				end += i + 3
			}
		case c == '!' || c == '?' || c == '/' && (i+1 == len(b) || !isLetter(b[i+1])):
			// Doctype, bogus comment: up to the next '>'.
			if end = bytes.IndexByte(b[i:], '>'); end >= 0 {
				end += i + 1
			}
		case c == '/':
			if end = endOfTag(b, i+1); end >= 0 && hasName(b[i+1:], name) {
				if depth == 0 {
					return lt
				}
				depth--
			}
		case isLetter(c):
			if end = endOfTag(b, i); end >= 0 && hasName(b[i:], name) && b[end-2] != '/' {
				depth++
			}
		default:
			continue // a '<' in text
		}
		if end < 0 {
			return -1
		}
		i = end
	}
}

// hasName reports whether b, the bytes after "<" or "</", start with the
// tag name name (in any case).
func hasName(b []byte, name string) bool {
	return len(b) > len(name) && bytes.EqualFold(b[:len(name)], []byte(name)) && tagDelim(b[len(name)])
}

// jsonScript reports whether a script start tag's attributes declare a JSON
// type.
func jsonScript(attrs []byte) bool {
	i := indexFold(attrs, "type")
	if i < 0 {
		return false
	}
	return indexFold(attrs[i:], "json") >= 0
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring case.
func indexFold(b []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(b); i++ {
		if bytes.EqualFold(b[i:i+n], []byte(needle)) {
			return i
		}
	}
	return -1
}

package content

import (
	"encoding/json"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// thinBody is the length of rendered text under which the page's
// structured data is asked for the story: script-rendered pages ship an
// empty shell plus the story as JSON-LD articleBody or as the app's state
// (Next.js's __NEXT_DATA__).
const thinBody = 500

// fromData returns the story as the page's scripts hold it, or "" when
// they hold nothing longer than dom, the text found in the markup.
func fromData(root *html.Node, dom string) string {
	best := ""
	forScripts(root, func(typ, id, data string) {
		var text string
		switch {
		case strings.Contains(typ, "ld+json"):
			text = articleBodyIn(data)
		case id == "__NEXT_DATA__" || strings.Contains(typ, "json") && strings.Contains(id, "state"):
			text = proseIn(data)
		}
		if len(text) > len(best) {
			best = text
		}
	})
	if len(best) < 2*len(dom) || len(best) < minParaChars {
		return ""
	}
	return best
}

// forScripts calls fn with the type, id and text of every <script> of the
// document.
func forScripts(n *html.Node, fn func(typ, id, data string)) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Script {
		if c := n.FirstChild; c != nil && c.Type == html.TextNode {
			var typ, id string
			for _, a := range n.Attr {
				switch a.Key {
				case "type":
					typ = strings.ToLower(a.Val)
				case "id":
					id = a.Val
				}
			}
			fn(typ, id, c.Data)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		forScripts(c, fn)
	}
}

// articleBodyIn returns the longest schema.org articleBody in a JSON-LD
// script, at any depth (@graph, arrays of things), as text.
func articleBodyIn(data string) string {
	var v any
	if json.Unmarshal([]byte(data), &v) != nil {
		return ""
	}
	best := ""
	var find func(any)
	find = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && (k == "articleBody" || k == "text") && len(s) > len(best) {
					best = s
					continue
				}
				find(x)
			}
		case []any:
			for _, x := range v {
				find(x)
			}
		}
	}
	find(v)
	return storyText([]string{best})
}

// proseIn returns the prose of an app-state script: the array whose
// strings hold the most running text (a story stored as a list of
// paragraph and heading blocks), with every string of words in it, or the
// longest string (a story stored as one HTML string), whichever is longer.
func proseIn(data string) string {
	var v any
	if json.Unmarshal([]byte(data), &v) != nil {
		return ""
	}
	var bestArray []any
	bestLen, longest := 0, ""
	var walk func(any) int // returns the prose length below v
	walk = func(v any) int {
		n := 0
		switch v := v.(type) {
		case string:
			if isProse(v) {
				if len(v) > len(longest) {
					longest = v
				}
				return len(v)
			}
		case map[string]any:
			for _, x := range v {
				n += walk(x)
			}
		case []any:
			for _, x := range v {
				n += walk(x)
			}
			if n > bestLen {
				bestArray, bestLen = v, n
			}
		}
		return n
	}
	walk(v)
	if len(longest) >= bestLen {
		return storyText([]string{longest})
	}
	return storyText(wordsIn(bestArray, nil))
}

// wordsIn appends, in document order, the strings below v that are words
// rather than keys, types or addresses: paragraphs, and also the headings
// and short lines between them. Object fields are read in key order, which
// keeps the text of one block in one place.
func wordsIn(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		if strings.Contains(strings.TrimSpace(v), " ") && !strings.Contains(v, "://") {
			out = append(out, v)
		}
	case map[string]any:
		if boilerBlock(v) {
			return out
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			out = wordsIn(v[k], out)
		}
	case []any:
		for _, x := range v {
			out = wordsIn(x, out)
		}
	}
	return out
}

// boilerBlock reports a block of app state whose type names boilerplate by
// the same vocabulary as class names: {"type": "newsletter"},
// {"__typename": "RelatedLinks"}, {"component": "AdSlot"}.
func boilerBlock(m map[string]any) bool {
	for _, k := range [...]string{"type", "__typename", "_type", "kind", "component", "blockType"} {
		if s, ok := m[k].(string); ok && classifyNames(s)&fAnyBoiler != 0 {
			return true
		}
	}
	return false
}

// isProse reports a string that reads as running text or as HTML holding
// some: long enough, with a sentence's punctuation, and not a URL.
func isProse(s string) bool {
	return len(s) >= 2*minParaChars && strings.ContainsAny(s, ".,。，") && !strings.HasPrefix(s, "http")
}

// storyText turns strings from structured data, which may be plain text
// with line breaks or HTML, into the package's text form: one paragraph per
// block, blank lines between them, white space collapsed.
func storyText(parts []string) string {
	var paras []string
	var p page
	for _, s := range parts {
		if strings.Contains(s, "</") || strings.Contains(s, "<br") {
			if doc, err := html.Parse(strings.NewReader(s)); err == nil {
				p.build(bodyOf(doc))
				paras = p.appendBlocks(paras)
				continue
			}
		}
		// Plain text; some sites escape it for HTML once more.
		for _, line := range strings.Split(html.UnescapeString(s), "\n") {
			if t := cleanLine(line); t != "" {
				paras = append(paras, t)
			}
		}
	}
	return strings.Join(paras, "\n\n")
}

// cleanLine collapses white space and drops invisible characters, as text
// from the markup is treated.
func cleanLine(s string) string {
	var p page
	p.text(s, ctx{})
	return strings.TrimSpace(string(p.buf))
}

// appendBlocks appends the text of every block outside boilerplate.
func (p *page) appendBlocks(out []string) []string {
	for _, b := range p.blocks {
		if !b.skip {
			out = append(out, string(p.buf[b.start:b.end]))
		}
	}
	return out
}

package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, key string) bool {
	_, ok := attrOK(n, key)
	return ok
}

// isHeading reports h1 and h2, which is where headlines are.
func isHeading(n *html.Node) bool {
	return n.DataAtom == atom.H1 || n.DataAtom == atom.H2
}

// textAfter is the text that follows n: its next siblings, then its
// parent's next siblings, at most maxText bytes.
func textAfter(n *html.Node) string {
	var b strings.Builder
	for up := 0; up < 2 && n != nil && b.Len() < maxText; up, n = up+1, n.Parent {
		for s := n.NextSibling; s != nil && b.Len() < maxText; s = s.NextSibling {
			switch s.Type {
			case html.TextNode:
				writeCollapsed(&b, s.Data)
			case html.ElementNode:
				writeCollapsed(&b, " ")
				textInto(s, &b, 0)
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// bylineText is the text of a byline element without its dates (<time>
// and date-classed children), which would run into the names.
func bylineText(n *html.Node) string {
	var b strings.Builder
	textIntoSkip(n, &b, 0, true)
	return strings.TrimSpace(b.String())
}

// nodeText is the element's text with white space collapsed, at most
// maxText bytes; scripts and styles are skipped.
func nodeText(n *html.Node) string {
	var b strings.Builder
	textInto(n, &b, 0)
	return strings.TrimSpace(b.String())
}

func textInto(n *html.Node, b *strings.Builder, depth int) {
	textIntoSkip(n, b, depth, false)
}

func textIntoSkip(n *html.Node, b *strings.Builder, depth int, skipDates bool) {
	for c := n.FirstChild; c != nil && b.Len() < maxText && depth < 32; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			writeCollapsed(b, c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Svg, atom.Template:
				continue
			case atom.Br, atom.P, atom.Div, atom.Li:
				writeCollapsed(b, " ")
			}
			if skipDates && (c.DataAtom == atom.Time || classify(c).date && !classify(c).byline) {
				writeCollapsed(b, " ")
				continue
			}
			textIntoSkip(c, b, depth+1, skipDates)
		}
	}
}

// writeCollapsed appends s with runs of white space as one space.
func writeCollapsed(b *strings.Builder, s string) {
	space := b.Len() > 0 && lastByte(b) == ' '
	for i := 0; i < len(s); i++ {
		c := s[i]
		if b.Len() >= maxText && c&0xC0 != 0x80 {
			return // stop at a rune boundary
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteByte(c)
		space = false
	}
}

func lastByte(b *strings.Builder) byte {
	s := b.String()
	return s[len(s)-1]
}

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case, without allocating.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for ; j < n; j++ {
			c := s[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// clip cuts s to at most n bytes, at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

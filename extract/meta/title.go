package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chooseTitle picks the headline. Declared titles (JSON-LD headline,
// og:title, <title>…) are stripped of the site name; then the visible
// headline wins when the page marks one (microdata headline) or when an
// <h1> matches a declared title, because the <h1> is what readers see and
// declared titles carry section prefixes and SEO variants.
func chooseTitle(p *page, ld ldInfo, sites []siteCand, host string) string {
	raw := []string{ld.headline, p.meta("og:title"), p.meta("twitter:title"), p.meta("twitter:text:title"),
		p.meta("title"), p.meta("dc.title"), p.meta("dcterms.title"), p.meta("parsely-title"),
		p.meta("sailthru.title"), p.title, ld.name}
	var declared []string
	for _, t := range raw {
		if t = cleanTitle(t, sites, host); t != "" {
			declared = append(declared, t)
		}
	}
	for _, h := range p.headlines {
		if t := tidy(h.text); plausibleHeadline(t, sites) {
			return t
		}
	}
	for _, h := range p.h1s {
		t := tidy(h.text)
		if t == "" {
			continue
		}
		for _, d := range declared {
			if titleMatch(t, d) {
				return t
			}
		}
	}
	for _, h := range p.h1s {
		if t := tidy(h.text); plausibleHeadline(t, sites) && len(strings.Fields(t)) >= 4 && !inPageFurniture(h.n) {
			return t
		}
	}
	if len(declared) > 0 {
		return declared[0]
	}
	for _, h := range p.h1s {
		if t := tidy(h.text); plausibleHeadline(t, sites) {
			return t
		}
	}
	return ""
}

// cleanTitle removes site names from the ends of a declared title:
// "Headline | Site", "Site: Headline", "Headline - Section - Site". A
// segment is a site name when it matches a name the page gives itself or
// the host name.
func cleanTitle(t string, sites []siteCand, host string) string {
	t = trimSiteName(tidy(t), sites)
	segs := splitTitle(t)
	if len(segs) < 2 {
		if i := strings.Index(t, ": "); i > 0 && isSiteName(t[:i], sites, host) {
			return strings.TrimSpace(t[i+2:])
		}
		return t
	}
	lo, hi := 0, len(segs)
	for hi-lo > 1 && isSiteName(segs[hi-1], sites, host) {
		hi--
		// Sections between headline and site: "… | Smart News | Smithsonian".
		for hi-lo > 1 && isShortLabel(segs[hi-1]) && hi-lo > 1 && isLongest(segs[lo:hi], 0) {
			hi--
		}
	}
	for hi-lo > 1 && isSiteName(segs[lo], sites, host) {
		lo++
	}
	if lo == 0 && hi == len(segs) {
		return t
	}
	// Rejoin what is left with the separators it had.
	start := strings.Index(t, segs[lo])
	end := strings.LastIndex(t, segs[hi-1]) + len(segs[hi-1])
	if start < 0 || end < start {
		return strings.Join(segs[lo:hi], " - ")
	}
	return strings.TrimSpace(t[start:end])
}

// trimSiteName removes a declared site name that itself holds separators
// ("Remember 80/90 - Memorabilia anni 80/90") from either end of t.
func trimSiteName(t string, sites []siteCand) string {
	for _, c := range sites {
		if c.src != strong || len(splitTitle(c.name)) < 2 {
			continue
		}
		for _, sep := range titleSeparators {
			if s, ok := strings.CutSuffix(t, sep+c.name); ok && s != "" {
				return s
			}
			if s, ok := strings.CutPrefix(t, c.name+sep); ok && s != "" {
				return s
			}
		}
	}
	return t
}

func isSiteName(s string, sites []siteCand, host string) bool {
	sq := squash(s)
	if sq == "" {
		return false
	}
	for _, c := range sites {
		if (c.src == strong || c.src == titleLast) && squash(c.name) == sq {
			return true
		}
	}
	return relatedToHost(s, host)
}

// isShortLabel reports a section name: one to three words.
func isShortLabel(s string) bool {
	n := len(strings.Fields(s))
	return n >= 1 && n <= 3
}

// isLongest reports whether segs[i] is the longest segment by far, so that
// the segments after it are labels, not parts of the headline.
func isLongest(segs []string, i int) bool {
	for j, s := range segs {
		if j != i && len(s)*2 > len(segs[i]) {
			return false
		}
	}
	return true
}

// titleMatch reports whether a visible heading and a declared title are the
// same headline: equal when folded, or one containing the other (a
// declared title with a section prefix, a heading with a kicker).
func titleMatch(h, d string) bool {
	fh, fd := foldTitle(h), foldTitle(d)
	if fh == "" || fd == "" {
		return false
	}
	if fh == fd {
		return true
	}
	short, long := fh, fd
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short)*2 >= len(long) && strings.Contains(long, short)
}

// foldTitle keeps letters and digits, lower-cased, so that quotes, dashes
// and spacing do not matter.
func foldTitle(s string) string { return squash(s) }

// plausibleHeadline reports whether a heading's text can be an article's
// headline: a few words, not the site's name.
func plausibleHeadline(t string, sites []siteCand) bool {
	if t == "" || utf8.RuneCountInString(t) > 300 {
		return false
	}
	sq := squash(t)
	for _, c := range sites {
		if squash(c.name) == sq {
			return false
		}
	}
	words := len(strings.Fields(t))
	if words >= 3 {
		return true
	}
	// Scripts written without spaces: count letters instead.
	n := 0
	for _, r := range t {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r) {
			n++
		}
	}
	return n >= 8
}

// inPageFurniture reports a heading inside navigation, a footer, an aside
// or a link: a promotion or a teaser, not the page's headline.
func inPageFurniture(n *html.Node) bool {
	for a, d := n.Parent, 0; a != nil && d < 12; a, d = a.Parent, d+1 {
		switch a.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.A:
			return true
		}
	}
	return false
}

// tidy collapses white space and trims.
func tidy(s string) string {
	if !strings.ContainsAny(s, "\n\t\r ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

package meta

import (
	"strings"
	"unicode/utf8"
)

// siteCand is a name the page may call itself by, and where it came from.
type siteCand struct {
	name string
	src  siteSource
}

// siteSource says how much a site name candidate is worth on its own.
type siteSource byte

const (
	strong     siteSource = iota // declared: og:site_name, publisher, application name
	titleLast                    // the last segment of the title, when short
	titleFirst                   // the first segment of the title: may be the headline
	handle                       // a social media handle
	homeLink                     // the text of the logo link
)

// siteCandidates lists the names the page gives itself, most trusted
// first.
func siteCandidates(p *page, ld ldInfo, host string) []siteCand {
	var c []siteCand
	add := func(s string, src siteSource) {
		if s = cleanSiteName(s); s != "" {
			c = append(c, siteCand{s, src})
		}
	}
	add(p.meta("og:site_name"), strong)
	add(ld.publisher, strong)
	add(ld.website, strong)
	add(p.meta("application-name"), strong)
	add(p.meta("apple-mobile-web-app-title"), strong)
	add(p.meta("publisher"), strong)
	add(p.meta("dc.publisher"), strong)
	for _, t := range []string{p.title, p.meta("og:title")} {
		first, last := titleAffixes(t)
		add(last, titleLast)
		add(first, titleFirst)
	}
	if h := p.meta("twitter:site"); strings.HasPrefix(h, "@") {
		add(h[1:], handle)
	}
	for _, h := range p.homeLinks {
		add(h, homeLink)
	}
	return c
}

// cleanSiteName tidies a site name and rejects what is not one: URLs,
// handles, sentences.
func cleanSiteName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, " | "); i > 0 {
		s = strings.TrimSpace(s[:i]) // "The Jerusalem Post | JPost.com"
	}
	if looksLikeURL(s) || strings.HasPrefix(s, "@") || strings.ContainsAny(s, "{}<>") {
		return ""
	}
	s = strings.TrimPrefix(s, "www.")
	if s == "" || utf8.RuneCountInString(s) > 80 || len(strings.Fields(s)) > 8 {
		return ""
	}
	return s
}

// chooseSite picks the first candidate that matches the host name, else
// the first from a strong source. Matching the host settles cases like an
// og:site_name that names the edition ("U.S.") rather than the site.
func chooseSite(c []siteCand, host string) string {
	declared := func(s siteCand) bool { return s.src == strong || s.src == titleLast }
	for _, s := range c {
		if declared(s) && relatedToHost(s.name, host) {
			return s.name
		}
	}
	for _, s := range c {
		if declared(s) {
			return s.name
		}
	}
	for _, s := range c {
		if relatedToHost(s.name, host) {
			return s.name
		}
	}
	for _, s := range c {
		if s.src == homeLink {
			return s.name
		}
	}
	return ""
}

// relatedToHost reports whether name and the host name contain one
// another, ignoring case, spaces and punctuation: "Twin Cities" and
// twincities.com, "BBC News" and bbc.com.
func relatedToHost(name, host string) bool {
	if len(host) < 3 {
		return false
	}
	sq := squash(name)
	if len(sq) < 3 {
		return false
	}
	return strings.Contains(sq, host) || strings.Contains(host, sq)
}

// titleSeparators split a <title> into headline and site name. Spaces
// around them matter: "L.A." and "4-1" are not separated.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " • ", " ~ "}

// titleAffixes returns the first and last segments of a title split on
// separators, or "" when the title has none. The last segment is returned
// only when it can be a site name: a few words, shorter than the rest
// (otherwise it is the headline after a section label: "Opinion | …").
func titleAffixes(t string) (first, last string) {
	segs := splitTitle(t)
	if len(segs) < 2 {
		if i := strings.Index(t, ": "); i > 0 {
			return strings.TrimSpace(t[:i]), ""
		}
		return "", ""
	}
	first, last = segs[0], segs[len(segs)-1]
	if len(strings.Fields(last)) > 5 || isLongest(segs, len(segs)-1) || len(last) >= len(first) && len(segs) == 2 {
		last = ""
	}
	return first, last
}

// splitTitle splits t on every title separator, keeping the order.
func splitTitle(t string) []string {
	var segs []string
	for {
		best, sepLen := -1, 0
		for _, sep := range titleSeparators {
			if i := strings.Index(t, sep); i >= 0 && (best < 0 || i < best) {
				best, sepLen = i, len(sep)
			}
		}
		if best < 0 {
			break
		}
		if s := strings.TrimSpace(t[:best]); s != "" {
			segs = append(segs, s)
		}
		t = t[best+sepLen:]
	}
	if s := strings.TrimSpace(t); s != "" {
		segs = append(segs, s)
	}
	return segs
}

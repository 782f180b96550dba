package content

import (
	"slices"
	"strings"
)

// Where a link leads, as linkKind tells it.
const (
	linkOwn      = iota // the page's site, or unknown
	linkExternal        // another site
	linkCall            // a social network or an app store
	linkMail            // an e-mail address
	linkAnchor          // a place in the page itself
)

// linkKind tells where href leads. Hosts other than the page's are
// external, but for its subdomains, hosts carrying the site's name
// (foxnews.onelink.me for foxnews.com), and the platforms of social
// networks, video, podcasts and apps, whose links (like mailto: ones) are
// "follow us", "get the app" and "write to us" calls, not sources.
func (p *page) linkKind(href string) int {
	h := href
	switch {
	case strings.HasPrefix(h, "mailto:"):
		return linkMail
	case strings.HasPrefix(h, "#"):
		return linkAnchor
	case p.host == "":
		return linkOwn
	case strings.HasPrefix(h, "https://"):
		h = h[len("https://"):]
	case strings.HasPrefix(h, "http://"):
		h = h[len("http://"):]
	case strings.HasPrefix(h, "//"):
		h = h[len("//"):]
	default:
		return linkOwn
	}
	if i := strings.IndexAny(h, "/?#:"); i >= 0 {
		h = h[:i]
	}
	h = strings.TrimPrefix(strings.ToLower(h), "www.")
	if strings.HasSuffix(h, p.host) && (len(h) == len(p.host) || h[len(h)-len(p.host)-1] == '.') {
		return linkOwn
	}
	for rest := h; rest != ""; {
		label, tail, _ := strings.Cut(rest, ".")
		if label == p.site {
			return linkOwn
		}
		rest = tail
	}
	if slices.Contains(platforms, siteName(h)) {
		return linkCall
	}
	return linkExternal
}

// platforms are the sites of social networks, video and podcast hosts and
// app stores, by siteName.
var platforms = []string{
	"facebook", "twitter", "x", "instagram", "youtube", "youtu", "tiktok",
	"linkedin", "pinterest", "reddit", "whatsapp", "t", "telegram", "snapchat",
	"apple", "google", "spotify", "soundcloud", "po", "bit", "onelink",
	"flipboard", "tumblr", "vk", "ok", "weibo", "line",
}

// siteName returns the label of a host name that names the site: the one
// before the public suffix ("foxnews" in "www.foxnews.com", "telegraph"
// in "telegraph.co.uk"), approximated without the public suffix list.
func siteName(host string) string {
	rest, last := cutLast(host)
	if rest == "" {
		return host
	}
	rest, name := cutLast(rest)
	if len(last) == 2 && rest != "" && slices.Contains(secondLevel, name) {
		_, name = cutLast(rest)
	}
	return name
}

// cutLast splits a host name before its last label.
func cutLast(host string) (rest, last string) {
	i := strings.LastIndexByte(host, '.')
	if i < 0 {
		return "", host
	}
	return host[:i], host[i+1:]
}

// secondLevel are the labels that countries put under their code before
// a site's name: co.uk, com.br, ne.jp.
var secondLevel = []string{"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob"}

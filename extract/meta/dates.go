package meta

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Meta tag keys (lower-case) that carry the publication date, most trusted
// first: OpenGraph article:*, then schema.org itemprops in <meta>, then
// Dublin Core, parsely, sailthru, citation_* and the ad-hoc names CMSs use.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "datepublished",
	"og:published_time", "published_time", "article.published", "og:pubdate", "pubdate", "publishdate",
	"publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "dc.date.created", "parsely-pub-date", "sailthru.date", "citation_publication_date",
	"citation_date", "citation_online_date", "article_date_original", "original-publish-date",
	"displaydate", "date", "datecreated", "created",
}

var modifiedKeys = []string{
	"article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
	"datemodified", "dcterms.modified", "dc.date.modified", "article.updated", "modified_time",
	"last-modified", "lastmod",
}

// chooseDates returns the published and modified dates, formatted by
// stamp.format.
func chooseDates(p *page, ld ldInfo, u *url.URL, title string, dayFirst bool) (pub, mod string) {
	pubs := &stampList{dayFirst: dayFirst}
	contradicted := ldContradicts(ld, dayFirst)
	if !contradicted {
		pubs.add(ld.published)
	}
	pubs.add(p.microPublished...)
	for _, k := range publishedKeys {
		pubs.add(p.metaAll(k)...)
	}
	pubs.add(ld.created)
	for _, t := range p.times {
		if t.publish {
			pubs.add(t.datetime)
		}
	}
	for _, t := range p.times {
		if !t.publish && !t.modified {
			pubs.add(t.datetime)
		}
	}
	for _, e := range p.datelines {
		if !isUpdateElement(e) {
			pubs.addNode(e.n, false)
		}
	}
	for _, e := range p.bylines {
		pubs.addNode(e.n, true)
	}
	// The block around the first author link often holds the date as
	// plain text: "By <a>…</a> on Monday, November 18th, 2019".
	for _, e := range p.bylines {
		if isNameElement(e.n) {
			pubs.addNode(ancestor(e.n, 1), false)
			pubs.addNode(ancestor(e.n, 2), false)
			break
		}
	}
	// Last, the text right after the element that shows the headline:
	// "기사입력 :[ 2018-08-25 15:24 ]".
	pubs.heads, pubs.title = p.heads, title
	pubs.last = urlDate(u)
	if contradicted && pubs.confirms(parseDate(ld.published, dayFirst)) {
		// Another source shows the same time: the JSON-LD's publication
		// date was right after all, and its modification date wrong.
		pubs.raw = append([]string{ld.published}, pubs.raw...)
		pubs.parsed, pubs.next = nil, 0
	}

	mods := &stampList{dayFirst: dayFirst}
	mods.add(ld.mod)
	mods.add(p.microModified...)
	for _, k := range modifiedKeys {
		mods.add(p.metaAll(k)...)
	}
	for _, t := range p.times {
		if t.modified {
			mods.add(t.datetime)
		}
	}
	return refine(pubs, mods).format(), refine(mods, pubs).format()
}

// stampList is a list of date candidates, most trusted first, parsed only
// as far as they are needed: most pages settle on the first.
type stampList struct {
	dayFirst bool
	raw      []string
	nodes    []textNode // candidates whose text is read on demand, after raw
	// heads and title give the last text candidate: what follows the
	// heading that shows the title.
	heads  []*html.Node
	title  string
	last   stamp // a final candidate already parsed (the URL's)
	parsed []stamp
	next   int // candidates parsed so far
}

func (l *stampList) add(s ...string) {
	for _, v := range s {
		if v != "" {
			l.raw = append(l.raw, v)
		}
	}
}

// textNode is an element whose text is a date candidate; byline says to
// read it as a byline (without its <time> children, which are candidates
// of their own).
type textNode struct {
	n      *html.Node
	byline bool
}

func (l *stampList) addNode(n *html.Node, byline bool) {
	if n != nil {
		l.nodes = append(l.nodes, textNode{n: n, byline: byline})
	}
}

// confirms reports whether a candidate shows the same minute as st.
func (l *stampList) confirms(st stamp) bool {
	for i := 0; ; i++ {
		o, ok := l.at(i)
		if !ok {
			return false
		}
		if !o.hasTime {
			continue
		}
		if o.hasZone && st.hasZone {
			if o.toTime().Truncate(time.Minute).Equal(st.toTime().Truncate(time.Minute)) {
				return true
			}
			continue
		}
		if o.sameDay(st) && o.hour == st.hour && o.minute == st.minute {
			return true
		}
	}
}

// at returns the i-th valid stamp, parsing candidates until it is known.
func (l *stampList) at(i int) (stamp, bool) {
	total := len(l.raw) + len(l.nodes) + 2
	for len(l.parsed) <= i && l.next < total {
		var st stamp
		switch k := l.next; {
		case k < len(l.raw):
			st = parseDate(l.raw[k], l.dayFirst)
		case k < len(l.raw)+len(l.nodes):
			tn := l.nodes[k-len(l.raw)]
			text := nodeText(tn.n)
			if tn.byline {
				text = bylineText(tn.n)
			}
			st = parseDate(text, l.dayFirst)
		case k == len(l.raw)+len(l.nodes):
			if h := headlineNode(l.heads, l.title); h != nil {
				st = parseDate(textAfter(h), l.dayFirst)
			}
		default:
			st = l.last
		}
		l.next++
		if st.valid {
			l.parsed = append(l.parsed, st)
		}
	}
	if i < len(l.parsed) {
		return l.parsed[i], true
	}
	return stamp{}, false
}

// refine returns the first stamp of list, completed from the others: a
// day alone takes the time of a later stamp on the same day; a time
// without a zone takes the zone of a later stamp with the same wall clock.
// A day alone that nothing completes is set at midnight in the page's
// zone, when the page states one (in list or other).
func refine(list, other *stampList) stamp {
	best, ok := list.at(0)
	if !ok {
		return stamp{}
	}
	if !best.hasTime {
		for i := 1; ; i++ {
			o, ok := list.at(i)
			if !ok {
				break
			}
			if o.hasTime && o.sameDay(best) {
				best = o
				break
			}
		}
	}
	if best.hasTime && !best.hasZone {
		for i := 1; ; i++ {
			o, ok := list.at(i)
			if !ok {
				break
			}
			if o.hasZone && o.sameDay(best) && o.hour == best.hour && o.minute == best.minute {
				best.hasZone, best.offset = true, o.offset
				break
			}
		}
	}
	if !best.hasTime && !best.hasZone {
		if zone, ok := pageZone(list, other); ok {
			best.hasZone, best.offset = true, zone
		}
	}
	return best
}

// pageZone is the offset the page's own dates are written in: that of the
// first stamp stating a non-UTC zone. UTC is what servers write whatever
// the newsroom's zone, so it says nothing about the page.
func pageZone(lists ...*stampList) (int, bool) {
	for _, l := range lists {
		for i := 0; ; i++ {
			s, ok := l.at(i)
			if !ok {
				break
			}
			if s.hasZone && s.hasTime && s.offset != 0 {
				return s.offset, true
			}
		}
	}
	return 0, false
}

// headlineNode returns the first heading-like element whose text is the
// chosen title.
func headlineNode(heads []*html.Node, title string) *html.Node {
	t := squash(title)
	if t == "" {
		return nil
	}
	for _, n := range heads {
		if squash(nodeText(n)) == t {
			return n
		}
	}
	return nil
}

// ldContradicts reports JSON-LD whose datePublished is later than its own
// dateModified: one of the pair is wrong, so its publication date counts
// only when another source confirms it.
func ldContradicts(ld ldInfo, dayFirst bool) bool {
	p, m := parseDate(ld.published, dayFirst), parseDate(ld.mod, dayFirst)
	return p.valid && m.valid && p.hasZone && m.hasZone && p.hasTime && m.hasTime && m.toTime().Before(p.toTime())
}

// isUpdateElement reports a dateline whose class says it shows the update.
func isUpdateElement(e element) bool {
	c := attr(e.n, "class") + " " + attr(e.n, "id")
	return containsFold(c, "updat") || containsFold(c, "modif")
}

// urlDate reads a date from the URL path: /2019/11/19/, /2019/nov/18/,
// /2019-11-19-slug, or a slug ending in 20191115.
func urlDate(u *url.URL) stamp {
	if u == nil {
		return stamp{}
	}
	segs := strings.Split(u.Path, "/")
	for i, s := range segs {
		if st, ok := parseISO(prefix(s, 10)); ok && len(s) >= 10 && !st.hasTime {
			return st
		}
		y, ok := digits(s, 0, 4)
		if !ok || len(s) != 4 || i+2 >= len(segs) {
			continue
		}
		m, ok := digits(segs[i+1], 0, len(segs[i+1]))
		if !ok || len(segs[i+1]) > 2 {
			m = monthByName(strings.ToLower(segs[i+1]))
		}
		d, ok := digits(segs[i+2], 0, len(segs[i+2]))
		if m == 0 || !ok || len(segs[i+2]) > 2 {
			continue
		}
		st := stamp{year: y, month: m, day: d}
		if st.valid = st.check(); st.valid {
			return st
		}
	}
	// A date stamp at the end of the last slug: "…-responses-20191115".
	last := strings.TrimSuffix(u.Path, "/")
	last = strings.TrimSuffix(last, ".html")
	if i := strings.LastIndexAny(last, "-_/"); i >= 0 && len(last)-i-1 == 8 {
		if st, ok := parseISO(last[i+1:]); ok {
			return st
		}
	}
	return stamp{}
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// dayFirst reports whether the page's language writes 03/04 as 3 April.
func dayFirst(lang string) bool {
	l := strings.ToLower(lang)
	return !(l == "" || l == "en" || strings.HasPrefix(l, "en-us"))
}

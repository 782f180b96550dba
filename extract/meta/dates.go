package meta

import (
	"net/url"
	"strings"
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
func chooseDates(p *page, ld ldInfo, u *url.URL, dayFirst bool) (pub, mod string) {
	var pubs []stamp
	add := func(list *[]stamp, s string) {
		if st := parseDate(s, dayFirst); st.valid {
			*list = append(*list, st)
		}
	}
	add(&pubs, ld.published)
	for _, s := range p.microPublished {
		add(&pubs, s)
	}
	for _, k := range publishedKeys {
		for _, s := range p.metaAll(k) {
			add(&pubs, s)
		}
	}
	add(&pubs, ld.created)
	for _, t := range p.times {
		if t.publish {
			add(&pubs, t.datetime)
		}
	}
	for _, t := range p.times {
		if !t.publish && !t.modified {
			add(&pubs, t.datetime)
		}
	}
	for _, e := range p.datelines {
		if !isUpdateElement(e) {
			add(&pubs, e.text)
		}
	}
	for _, e := range p.bylines {
		add(&pubs, e.text)
	}
	// The block around the first author link often holds the date as
	// plain text: "By <a>…</a> on Monday, November 18th, 2019".
	for _, e := range p.bylines {
		if isNameElement(e.n) {
			for up := 1; up <= 2; up++ {
				if a := ancestor(e.n, up); a != nil {
					add(&pubs, nodeText(a))
				}
			}
			break
		}
	}
	if st := urlDate(u); st.valid {
		pubs = append(pubs, st)
	}

	var mods []stamp
	add(&mods, ld.mod)
	for _, s := range p.microModified {
		add(&mods, s)
	}
	for _, k := range modifiedKeys {
		for _, s := range p.metaAll(k) {
			add(&mods, s)
		}
	}
	for _, t := range p.times {
		if t.modified {
			add(&mods, t.datetime)
		}
	}
	zone, zoned := pageZone(pubs, mods)
	return refine(pubs, zone, zoned).format(), refine(mods, zone, zoned).format()
}

// refine returns the first stamp, completed from the others: a day alone
// takes the time of a later stamp on the same day; a time without a zone
// takes the zone of a later stamp with the same wall clock. A day alone
// that nothing completes is set at midnight in the page's zone, when the
// page states one.
func refine(list []stamp, zone int, zoned bool) stamp {
	if len(list) == 0 {
		return stamp{}
	}
	best := list[0]
	if !best.hasTime {
		for _, o := range list[1:] {
			if o.hasTime && o.sameDay(best) {
				best = o
				break
			}
		}
	}
	if best.hasTime && !best.hasZone {
		for _, o := range list[1:] {
			if o.hasZone && o.sameDay(best) && o.hour == best.hour && o.minute == best.minute {
				best.hasZone, best.offset = true, o.offset
				break
			}
		}
	}
	if !best.hasTime && !best.hasZone && zoned {
		best.hasZone, best.offset = true, zone
	}
	return best
}

// pageZone is the offset the page's own dates are written in: that of the
// first stamp stating a non-UTC zone. UTC is what servers write whatever
// the newsroom's zone, so it says nothing about the page.
func pageZone(lists ...[]stamp) (int, bool) {
	for _, l := range lists {
		for _, s := range l {
			if s.hasZone && s.hasTime && s.offset != 0 {
				return s.offset, true
			}
		}
	}
	return 0, false
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

package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// chooseAuthors returns the people who wrote the article, from the most
// trusted source that names at least one person. An organisation credited
// in JSON-LD does not end the search (sites often credit themselves there
// and print the writer's byline), but names that are the site's own are
// never people.
func chooseAuthors(p *page, ld ldInfo, sites []siteCand, host string) []string {
	rej := rejecter{sites: sites, host: host}
	// JSON-LD lists people one by one: a comma in one name introduces a
	// title or an affiliation ("Tom Krisher, AP Auto Writer"), not another
	// person. When it names authors and none is a person but a desk
	// ("HNN Staff"), the page has said who wrote it and the search ends;
	// a site that only credits itself ("AppleInsider") has not.
	if len(ld.authors) > 0 {
		names := rej.names(ld.authors, true)
		if len(names) > 0 {
			// JSON-LD sometimes names the account that posted, not the
			// writer the page prints: when the printed byline names other
			// people and none of the JSON-LD's, the printed byline wins.
			if shown := rej.bylines(p.bylines); len(shown) > 0 && !anyShared(names, shown) && printedElsewhere(shown, p, rej) {
				return shown
			}
			return names
		}
		if !rej.onlySelf(ld.authors) {
			return names
		}
	}
	var micro []string
	for _, e := range p.microAuthors {
		micro = append(micro, e.text)
	}
	if names := rej.names(micro, false); len(names) > 0 {
		return names
	}
	for _, k := range []string{"author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
		"parsely-author", "sailthru.author", "citation_author", "byl", "dc.contributor"} {
		if names := rej.names(p.metaAll(k), false); len(names) > 0 {
			return names
		}
	}
	if names := rej.names(appStateAuthors(p.appState), true); len(names) > 0 {
		return names
	}
	return rej.bylines(p.bylines)
}

// bylines reads visible bylines: the first element that names a person
// (rel=author, an author-name class, a link to an author page) and the
// name elements beside it in the same byline block; failing that, each
// innermost byline-classed element in turn.
func (r rejecter) bylines(els []element) []string {
	var out []string
	var block *html.Node
	for _, e := range els {
		if !isNameElement(e.n) || block != nil && !isDescendant(e.n, block) {
			continue
		}
		names := r.names([]string{bylineText(e.n)}, false)
		if len(names) == 0 {
			continue
		}
		if block == nil {
			block = ancestor(e.n, 3)
		}
		out = appendNew(out, names...)
	}
	if len(out) > 0 {
		return out
	}
	for i, e := range els {
		leaf := true
		for _, o := range els[i+1:] {
			if isDescendant(o.n, e.n) {
				leaf = false
				break
			}
		}
		if !leaf {
			continue
		}
		if names := r.names([]string{bylineText(e.n)}, false); len(names) > 0 {
			return names
		}
	}
	return nil
}

// anyShared reports whether the lists share a name, ignoring case.
func anyShared(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// printedElsewhere reports whether a meta tag agrees with the printed
// byline, so that it is not one stray author link against the JSON-LD.
func printedElsewhere(shown []string, p *page, rej rejecter) bool {
	for _, k := range []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"} {
		if anyShared(shown, rej.names(p.metaAll(k), false)) {
			return true
		}
	}
	return false
}

// appendNew appends the names not already in list (ignoring case).
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		dup := false
		for _, o := range list {
			if strings.EqualFold(o, n) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}

func isNameElement(n *html.Node) bool {
	h := classify(n)
	return h.bylineName
}

func ancestor(n *html.Node, up int) *html.Node {
	for ; up > 0 && n.Parent != nil; up-- {
		n = n.Parent
	}
	return n
}

func isDescendant(n, of *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == of {
			return true
		}
	}
	return false
}

// rejecter turns author strings into person names, dropping what is not a
// person: the site itself, desks, job titles, handles and e-mail addresses.
type rejecter struct {
	sites []siteCand
	host  string
}

// onlySelf reports whether every name is the site's own: one word, or
// the site's name.
func (r rejecter) onlySelf(vals []string) bool {
	for _, v := range vals {
		v = stripLead(tidy(v))
		if len(strings.Fields(v)) <= 1 || relatedToHost(v, r.host) {
			continue
		}
		self := false
		for _, c := range r.sites {
			if c.src == strong && overlapsName(v, c.name) {
				self = true
			}
		}
		if !self {
			return false
		}
	}
	return true
}

// names cleans and splits each value; structured says each value is one
// person.
func (r rejecter) names(vals []string, structured bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range vals {
		for _, part := range splitAuthors(v, structured) {
			name, ok := r.person(part)
			if !ok {
				continue
			}
			if k := strings.ToLower(name); !seen[k] {
				seen[k] = true
				out = append(out, name)
			}
		}
	}
	return out
}

// splitAuthors strips a "By" lead and splits "A, B and C".
func splitAuthors(s string, structured bool) []string {
	s = stripLead(tidy(s))
	if structured {
		if i := strings.IndexAny(s, ",|("); i > 0 {
			s = s[:i]
		}
		return splitAny(s, conjunctions)
	}
	var parts []string
	for _, a := range splitAny(s, append([]string{",", ";", "|", " / ", " · ", "•"}, conjunctions...)) {
		parts = append(parts, splitAfterWordStop(a)...)
	}
	return parts
}

// conjunctions join the last two names of a byline, by language.
var conjunctions = []string{" & ", " and ", " AND ", " und ", " et ", " y ", " e ", " и ", " dan "}

// splitAny splits s at each of the separators.
func splitAny(s string, seps []string) []string {
	out := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range out {
			next = append(next, strings.Split(p, sep)...)
		}
		out = next
	}
	return out
}

// splitAfterWordStop splits "Finian Cunningham. Sputnik International" at a
// full stop that ends a word, not an initial ("Sarah E. Needleman").
func splitAfterWordStop(s string) []string {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		j := i
		for j > 0 && s[j-1] != ' ' {
			j--
		}
		if utf8.RuneCountInString(s[j:i]) >= 3 {
			return append([]string{s[:i]}, splitAfterWordStop(s[i+2:])...)
		}
	}
	return []string{s}
}

// leads are the words that introduce a byline, by language. The last word
// before the name is enough: "Analysis by", "Written by", "Posted by".
// leadsFirst are leads that are also particles of names ("di", "de"), so
// they count only as the first word.
var (
	leads      = []string{"by", "von", "par", "por", "door", "av", "af", "przez", "od", "от"}
	leadsFirst = []string{"di", "de", "da"}
)

// stripLead removes everything up to a byline lead word and a label ending
// in a colon ("Author:", "Текст:").
func stripLead(s string) string {
	if i := strings.LastIndex(s, ": "); i > 0 && len(strings.Fields(s[:i])) <= 2 {
		s = s[i+2:]
	}
	words := strings.Fields(s)
	for i, w := range words {
		if i > 3 {
			break
		}
		lw := strings.ToLower(strings.TrimSuffix(w, ":"))
		for _, l := range leads {
			if lw == l && i+1 < len(words) {
				return strings.Join(words[i+1:], " ")
			}
		}
		for _, l := range leadsFirst {
			if lw == l && i == 0 && i+1 < len(words) {
				return strings.Join(words[i+1:], " ")
			}
		}
	}
	return s
}

// person cleans one candidate name and reports whether it looks like a
// person's: two to five words, each capitalised (or a lower-case particle
// such as "van" or "de"), no digits, no handle or address, not the site.
func (r rejecter) person(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '('); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	s = strings.Trim(s, " -–—:.,;")
	if s == "" || strings.ContainsAny(s, "@/\\<>{}=?!0123456789") || utf8.RuneCountInString(s) > 60 {
		return "", false
	}
	words := strings.Fields(s)
	// A dateline run into the byline: "Malcolm Owen Monday, November 18".
	for len(words) > 2 && weekdays[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
		s = strings.Join(words, " ")
	}
	if len(words) > 5 {
		return "", false
	}
	if len(words) < 2 && !uncasedName(s) {
		return "", false
	}
	allCaps := isAllCaps(s)
	for i, w := range words {
		if !nameWord(w, allCaps, i == 0) {
			return "", false
		}
	}
	if articles[words[0]] {
		return "", false // "The Associated Press"
	}
	for _, w := range words {
		if deskWords[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return "", false // "Staff Reports", "Associated Press", "Redaktion"
		}
	}
	for _, c := range r.sites {
		if c.src != titleFirst && overlapsName(s, c.name) {
			return "", false
		}
	}
	if relatedToHost(s, r.host) || containsHostRun(words, r.host) {
		return "", false
	}
	if allCaps {
		s = titleCase(s)
	}
	return s, true
}

// overlapsName reports whether an author string is or contains the site's
// name: "Telegraph Sport" for "The Telegraph".
func overlapsName(author, site string) bool {
	a := squash(author)
	s := squash(strings.TrimPrefix(strings.TrimPrefix(site, "The "), "the "))
	return len(s) >= 3 && strings.Contains(a, s)
}

// weekdays are the full names of the days of the week in the languages
// of the month names (names.go): they end datelines, never names.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
	"senin": true, "selasa": true, "rabu": true, "kamis": true, "jumat": true, "sabtu": true, "minggu": true,
}

// deskWords name desks, agencies and jobs, not people, in the languages
// bylines use: a byline holding one is a credit to an organisation or a
// job title.
var deskWords = map[string]bool{
	"staff": true, "desk": true, "team": true, "bureau": true, "newsroom": true, "editors": true,
	"editorial": true, "reports": true, "wire": true, "wires": true, "agency": true, "agencies": true,
	"press": true, "services": true,
	// Legal forms: "Veltrix Robotics Inc." is a company.
	"inc": true, "ltd": true, "llc": true, "llp": true, "gmbh": true, "corp": true, "corporation": true,
	"plc": true, "ag": true, "srl": true, "bv": true, "nv": true, "oy": true, "pty": true, "co": true, "writer": true, "reporter": true, "correspondent": true,
	"editor": true, "contributor": true, "columnist": true, "redaktion": true, "redacción": true,
	"redação": true, "rédaction": true, "redazione": true, "redactie": true, "редакция": true,
}

// articles open names of organisations, never of people.
var articles = map[string]bool{"The": true, "THE": true, "Der": true, "Die": true, "Das": true, "Les": true, "Los": true, "Las": true, "Het": true}

// containsHostRun reports whether two or more consecutive words of a name
// spell the host name, with more words around them: "Practical Horseman
// Editorial Staff" on practicalhorsemanmag.com is the site's desk.
func containsHostRun(words []string, host string) bool {
	if len(host) < 6 {
		return false
	}
	for i := range words {
		run := ""
		for j := i; j < len(words); j++ {
			run += squash(words[j])
			if j > i && j-i+1 < len(words) && len(run) >= 6 && strings.Contains(host, run) {
				return true
			}
		}
	}
	return false
}

// particles are the lower-case words inside personal names.
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true, "la": true,
	"le": true, "bin": true, "binti": true, "al": true, "el": true, "y": true, "e": true, "zu": true,
}

// nameWord reports whether w can be a word of a person's name. In an
// all-capitals byline case says nothing; elsewhere every hyphen-separated
// part must start with a capital, and a capitalised word must not be an
// acronym ("IGN Staff", "CNN Editor-at-large").
func nameWord(w string, allCaps, first bool) bool {
	if particles[w] && !first {
		return true
	}
	for _, part := range strings.Split(w, "-") {
		r, n := utf8.DecodeRuneInString(part)
		if n == 0 {
			return false
		}
		if !unicode.IsLetter(r) {
			return false
		}
		if allCaps {
			continue
		}
		if unicode.IsLower(r) {
			return false
		}
		if utf8.RuneCountInString(part) >= 2 && isAllCaps(part) && !strings.HasSuffix(part, ".") {
			return false
		}
	}
	return true
}

// isAllCaps reports whether s has cased letters and all are upper case.
func isAllCaps(s string) bool {
	cased := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased++
		}
	}
	return cased >= 2
}

// uncasedName reports a one-word name in a script without case (Korean,
// Chinese, Japanese, Arabic…), which is written without spaces.
func uncasedName(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// titleCase turns "LISA MASCARO" into "Lisa Mascaro", keeping "O'NEIL"
// and "JEAN-LUC" readable.
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '\'' || r == '.'
	}
	return b.String()
}

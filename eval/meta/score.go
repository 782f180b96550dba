package meta

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Got is what an extractor said about one page.
type Got struct {
	Title     string
	Authors   []string
	Published string // RFC 3339, "YYYY-MM-DD", or a zone-less "YYYY-MM-DDTHH:MM[:SS]"
	SiteName  string
}

// Result is the verdict on one page, field by field.
type Result struct {
	Page    Page
	Got     Got
	Err     error // the page could not be read or extracted
	Title   bool
	Authors bool
	Day     bool // published on the gold's day
	// Exact is whether the published timestamp matches to the minute; only
	// meaningful when HasTime.
	Exact   bool
	HasTime bool // the gold states a time of day
	Site    bool
}

// Score compares one prediction with its gold record.
func Score(p Page, g Got) Result {
	r := Result{Page: p, Got: g}
	r.Title = normTitle(p.Title) == normTitle(g.Title)
	r.Authors = sameAuthors(p.Authors, g.Authors)
	r.Site = sameSite(p.SiteName, g.SiteName)
	gd, err := parseGoldDate(p.Published)
	if err != nil {
		return r
	}
	r.HasTime = gd.hasTime
	pd, err := parseGoldDate(g.Published)
	if err != nil || g.Published == "" {
		return r
	}
	r.Day = sameDay(gd, pd)
	r.Exact = gd.hasTime && pd.hasTime && sameMinute(gd, pd)
	return r
}

// Report is the outcome over a whole gold set.
type Report struct {
	Results []Result
}

// Field accuracies: the share of pages right on each field. ExactOf is the
// number of pages whose gold states a time, the denominator of Exact.
type Accuracy struct {
	Pages, ExactOf                      int
	Title, Authors, Day, Exact, Site    float64
	titleN, authorsN, dayN, exactN, siN int
}

// Accuracy sums the report's results.
func (r Report) Accuracy() Accuracy {
	var a Accuracy
	for _, x := range r.Results {
		a.Pages++
		a.titleN += b2i(x.Title)
		a.authorsN += b2i(x.Authors)
		a.dayN += b2i(x.Day)
		a.siN += b2i(x.Site)
		if x.HasTime {
			a.ExactOf++
			a.exactN += b2i(x.Exact)
		}
	}
	if a.Pages > 0 {
		n := float64(a.Pages)
		a.Title, a.Authors, a.Day, a.Site = float64(a.titleN)/n, float64(a.authorsN)/n, float64(a.dayN)/n, float64(a.siN)/n
	}
	if a.ExactOf > 0 {
		a.Exact = float64(a.exactN) / float64(a.ExactOf)
	}
	return a
}

// Write prints the per-field accuracy and then every miss.
func (r Report) Write(w io.Writer) error {
	a := r.Accuracy()
	var b strings.Builder
	fmt.Fprintf(&b, "pages %d\n", a.Pages)
	fmt.Fprintf(&b, "%-16s %.3f  (%d/%d)\n", "title", a.Title, a.titleN, a.Pages)
	fmt.Fprintf(&b, "%-16s %.3f  (%d/%d)\n", "authors", a.Authors, a.authorsN, a.Pages)
	fmt.Fprintf(&b, "%-16s %.3f  (%d/%d)\n", "published (day)", a.Day, a.dayN, a.Pages)
	fmt.Fprintf(&b, "%-16s %.3f  (%d/%d)\n", "published (time)", a.Exact, a.exactN, a.ExactOf)
	fmt.Fprintf(&b, "%-16s %.3f  (%d/%d)\n", "site_name", a.Site, a.siN, a.Pages)
	res := append([]Result(nil), r.Results...)
	sort.Slice(res, func(i, j int) bool { return res[i].Page.URL < res[j].Page.URL })
	first := true
	for _, x := range res {
		if x.Err == nil && x.Title && x.Authors && x.Day && (x.Exact || !x.HasTime) && x.Site {
			continue
		}
		if first {
			b.WriteString("\nmisses (gold → got):\n")
			first = false
		}
		fmt.Fprintf(&b, "%s  %s\n", x.Page.ID[:8], x.Page.URL)
		if x.Err != nil {
			fmt.Fprintf(&b, "  error      %v\n", x.Err)
			continue
		}
		if !x.Title {
			fmt.Fprintf(&b, "  title      %q → %q\n", x.Page.Title, x.Got.Title)
		}
		if !x.Authors {
			fmt.Fprintf(&b, "  authors    %q → %q\n", x.Page.Authors, x.Got.Authors)
		}
		if !x.Day || x.HasTime && !x.Exact {
			fmt.Fprintf(&b, "  published  %q → %q\n", x.Page.Published, x.Got.Published)
		}
		if !x.Site {
			fmt.Fprintf(&b, "  site_name  %q → %q\n", x.Page.SiteName, x.Got.SiteName)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// normTitle folds the differences a reader does not see as a different
// headline: case, runs of white space, typographic quotes and dashes, and
// the ellipsis character.
func normTitle(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case '‘', '’', '‛', '′', '`':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		case '–', '—', '‒', '−':
			r = '-'
		case '…':
			b.WriteString("...")
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// normName folds case, white space and full stops, so that "Bruce Y. Lee"
// and "bruce y lee" are one person.
func normName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), ".", " ")), " ")
}

func sameAuthors(gold, got []string) bool {
	g := map[string]bool{}
	for _, a := range gold {
		g[normName(a)] = true
	}
	p := map[string]bool{}
	for _, a := range got {
		p[normName(a)] = true
	}
	if len(g) != len(p) {
		return false
	}
	for k := range g {
		if !p[k] {
			return false
		}
	}
	return true
}

// normSite folds case and white space and drops a leading "the", so that
// "the Guardian" and "The Guardian" are one name.
func normSite(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimPrefix(s, "the ")
}

func sameSite(gold []string, got string) bool {
	n := normSite(got)
	if n == "" {
		return false
	}
	for _, g := range gold {
		if normSite(g) == n {
			return true
		}
	}
	return false
}

// goldDate is a parsed date: t holds the wall clock as written; zoned says
// whether t's offset was stated.
type goldDate struct {
	t       time.Time
	hasTime bool
	zoned   bool
}

func parseGoldDate(s string) (goldDate, error) {
	if s == "" {
		return goldDate{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return goldDate{t: t, hasTime: true, zoned: true}, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return goldDate{t: t, hasTime: true}, nil
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return goldDate{t: t}, nil
	}
	return goldDate{}, fmt.Errorf("date %q is not RFC 3339, YYYY-MM-DD or YYYY-MM-DDTHH:MM", s)
}

// sameDay compares calendar days. When both dates state their zone, the
// prediction is moved into the gold's zone first, so 2019-11-19T04:58Z is
// the gold's 2019-11-18 in Pacific time. Otherwise the days are compared
// as written.
func sameDay(gold, got goldDate) bool {
	p := got.t
	if gold.zoned && got.zoned {
		p = p.In(gold.t.Location())
	}
	return p.Format(time.DateOnly) == gold.t.Format(time.DateOnly)
}

// sameMinute compares timestamps to the minute: as instants when both
// state a zone, as wall clocks (in the gold's zone) otherwise.
func sameMinute(gold, got goldDate) bool {
	p := got.t
	if gold.zoned && got.zoned {
		return p.Truncate(time.Minute).Equal(gold.t.Truncate(time.Minute))
	}
	if got.zoned && !gold.zoned {
		// The gold states no zone: compare the wall clock as the page wrote it.
		p = time.Date(p.Year(), p.Month(), p.Day(), p.Hour(), p.Minute(), 0, 0, time.UTC)
	}
	const wall = "2006-01-02T15:04"
	return p.Format(wall) == gold.t.Format(wall)
}

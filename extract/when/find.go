// Package when finds temporal expressions in a text and normalises them to
// TIMEX3-style ISO 8601 values against the document date: "October 24–26"
// in an article of 19 November 2025 is "2025-10-24/2025-10-26", "this week"
// is "2025-W47", "the 1990s" is "199", "Tuesday night" is "2025-11-18TNI",
// "the first quarter" in a story on sales "2025-Q1".
//
// The text is scanned once into words, numbers and punctuation; a small
// hand-written grammar then walks the tokens left to right, trying the
// patterns that can start at each token. There are no regular expressions.
// The grammar is English, with the words of German, French, Spanish,
// Italian and Portuguese news mapped onto its concepts: "ayer" is
// "yesterday", "L’an dernier" "last year", "Dienstagabend" "Tuesday
// evening", "el pasado mes de marzo" "last March".
//
// A weekday, a month or a season without a year takes the tense of its
// clause: the nearest verb or adverb that marks one ("said", "will",
// "aprobó", "wird"), in the clause first, in the sentence around it when
// the clause has none. A timetable verb in the present is a future ("the
// film opens Friday"); a span that opens at a weekday is ahead ("a strike
// from Thursday", "dès lundi"); "since" puts its date in the past.
//
// What is not a date is left out on purpose: durations ("three years"),
// ages, times of day, quantities that look like years ("2,000 troops",
// "Route 2025"), scores, and expressions whose value cannot be told
// ("recently", "earlier in the week", "the past year").
package when

import (
	"strings"
	"time"
)

// DocDate reads a publication date as extract.Article carries it, RFC 3339
// or YYYY-MM-DD, keeping its own UTC offset so that its calendar day is the
// publisher's. It returns the zero time for "" or anything else.
func DocDate(published string) time.Time {
	for _, layout := range [...]string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, published); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Find returns the temporal expressions of text in order of appearance.
// doc is the document date (the article's publication date): relative
// expressions ("yesterday", "on Tuesday", "in August") are resolved against
// it. When doc is the zero time, only expressions that carry their own year
// ("19 November 2025", "in 2019", "the 1990s") are returned. doc's
// calendar day is taken in doc's own location: an article published at
// 22:30 on the 19th in New York is dated the 19th, not the UTC 20th.
//
// Numeric dates are read by their value first: 13/11/2025 can only be day
// first. When both orders are possible, a slash or hyphen means the US
// order (month/day/year) and a dot the European one (day.month.year).
func Find(text string, doc time.Time) []Date {
	return Scan(text, doc).Dates()
}

// Text is one text scanned for dates, for a caller that wants both its
// dates and the dates of its attributions (SaidOn): the scan and the
// grammar run once, however many quotes are dated.
type Text struct {
	f *finder
	// matches are every expression the grammar recognised, in order,
	// including those with no value ("the past two years").
	matches []match
}

// Scan reads text once; doc is the document date, as for Find.
func Scan(text string, doc time.Time) *Text {
	f := newFinder(text, doc)
	t := &Text{f: f}
	for i := 0; i < len(f.toks); {
		m, ok := f.at(i)
		if !ok {
			i++
			continue
		}
		t.matches = append(t.matches, m)
		i = m.j
	}
	return t
}

// Dates returns the temporal expressions of the text, as Find does.
func (t *Text) Dates() []Date {
	var out []Date
	for _, m := range t.matches {
		if m.value != "" {
			out = append(out, t.f.date(m))
		}
	}
	return out
}

// finder holds one text's tokens and its document date while the grammar
// walks them.
type finder struct {
	text   string
	toks   []token
	doc    time.Time // the document date at midnight UTC; zero when unknown
	hasDoc bool
	lang   lang // the text's language, guessed when a word needs it
}

func newFinder(text string, doc time.Time) *finder {
	f := &finder{text: text, toks: scan(text)}
	if !doc.IsZero() {
		f.doc = time.Date(doc.Year(), doc.Month(), doc.Day(), 0, 0, 0, 0, time.UTC)
		f.hasDoc = true
	}
	return f
}

// match is one expression: tokens [i, j) and its value. A match with an
// empty value is recognised but not a date ("the past two years"), or has
// no value without a document date; it is consumed and not reported.
type match struct {
	i, j  int
	value string
}

// at tries every pattern that can start at token i.
func (f *finder) at(i int) (match, bool) {
	// Every pattern starts with a number, a word the lexicon knows or an
	// apostrophe ("'90s"); most tokens are none of these.
	switch t := &f.toks[i]; t.kind {
	case kWord:
		if t.lx == 0 {
			return match{}, false
		}
	case kPunct:
		if c := f.text[t.b]; c != '\'' && c != 0xe2 { // 0xe2 starts ’ and ‘
			return match{}, false
		}
	}
	if m, ok := f.relative(i); ok {
		return m, true
	}
	if m, ok := f.holidayAt(i); ok {
		return m, true
	}
	p, ok := f.point(i)
	if !ok {
		return match{}, false
	}
	if q, ok := f.rangeEnd(p); ok {
		return f.rangeMatch(p, q), true
	}
	return match{i: p.i, j: p.j, value: f.resolve(p)}, true
}

func (f *finder) date(m match) Date {
	first, last := &f.toks[m.i], &f.toks[m.j-1]
	return Date{
		Text:  f.text[first.b:last.e],
		Value: m.value,
		Start: int(first.start),
		End:   int(last.end),
	}
}

// Helpers that look at one token; each is safe for any index.

func (f *finder) tok(k int) *token {
	if k < 0 || k >= len(f.toks) {
		return nil
	}
	return &f.toks[k]
}

// word returns the function word at k, or wNone.
func (f *finder) word(k int) word {
	if t := f.tok(k); t != nil && t.kind == kWord {
		return t.x().word
	}
	return wNone
}

// punct reports whether token k is one of the punctuation marks in set.
func (f *finder) punct(k int, set string) bool {
	t := f.tok(k)
	if t == nil || t.kind != kPunct {
		return false
	}
	for _, r := range set {
		if string(r) == t.str(f.text) {
			return true
		}
	}
	return false
}

// glued reports whether token k follows token k-1 with no space between.
func (f *finder) glued(k int) bool {
	t := f.tok(k)
	return t != nil && k > 0 && !t.space
}

// dash is any of the marks that join the two ends of a range.
const dash = "-–—"

// toWord reports whether token k joins a range as a word: "to", "through",
// "until"; "and" after "between".
func (f *finder) toWord(k int, between bool) bool {
	switch f.word(k) {
	case wTo, wThrough, wUntil:
		return !between
	case wAnd:
		return between
	}
	return false
}

// foldIs reports whether s is one of words, ignoring case, without the
// allocation of strings.ToLower.
func foldIs(s string, words ...string) bool {
	for _, w := range words {
		if len(s) == len(w) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// sameSentence reports whether tokens a and b are in one sentence.
func (f *finder) sameSentence(a, b int) bool {
	return f.toks[a].sentence == f.toks[b].sentence
}

// nameBefore reports whether a capitalised word that is not a function
// word comes right before token k in the same sentence and not at its
// start: then k is part of a name ("Theresa May", "USA Today", "Black
// Friday").
func (f *finder) nameBefore(k int) bool {
	p := f.tok(k - 1)
	if p == nil || p.kind != kWord || !p.upper || !f.sameSentence(k-1, k) {
		return false
	}
	if p.x().word != wNone || p.x().month != 0 || p.x().isDay || p.x().tense != 0 {
		return false
	}
	q := f.tok(k - 2)
	return q != nil && f.sameSentence(k-2, k-1) && !(q.kind == kPunct && isQuote(q.str(f.text)))
}

// nameAfter reports whether a capitalised word that the lexicon does not
// know follows token k: "April Ryan", "March Madness".
func (f *finder) nameAfter(k int) bool {
	n := f.tok(k + 1)
	if n == nil || n.kind != kWord || !n.upper || n.newline || !f.sameSentence(k, k+1) {
		return false
	}
	return n.lx == 0
}

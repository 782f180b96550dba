package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/whosaid/whosaid/index/claim"
)

// DefaultLimit is how many hits Search returns when Query.Limit is not set.
const DefaultLimit = 20

// speakerFacetSize is how many speakers Result.Speakers lists at most.
const speakerFacetSize = 10

// Query says which claims to find. The zero Query finds every claim.
type Query struct {
	// Text is free text: every word, and every "quoted phrase", must occur
	// in the quote, its speaker's name, mention or role, or the article's
	// title or site name. English words also match their other forms
	// ("sanction" finds "sanctions") in English articles. "" for any.
	Text string
	// Speaker keeps claims whose speaker's canonical name has all of these
	// words, in any case and with or without accents: "Dmitriev",
	// "kirill dmitriev". Whole words only: "Dmitri" does not find
	// "Dmitriev". Quotes that only mention the person are never matched.
	// "" for any.
	Speaker string
	// From and To keep claims said on these days or between them, both
	// inclusive; only their calendar date (in their own zone) counts. The
	// zero time leaves that end open.
	From, To time.Time
	// Limit is the most hits to return, DefaultLimit when ≤ 0; Offset skips
	// that many first, for paging.
	Limit, Offset int
}

// Result is what Search found.
type Result struct {
	// Total is the number of matching claims, of which Hits is one page.
	Total int `json:"total"`
	// Hits are ordered by relevance (when Query.Text is set), then newest
	// said_on first, then by article and reading order.
	Hits []claim.Claim `json:"hits"`
	// Speakers are the commonest speakers among all matching claims, most
	// claims first; claims without a named speaker are not counted.
	Speakers []SpeakerCount `json:"speakers"`
}

// SpeakerCount is one speaker and how many matching claims they made.
type SpeakerCount struct {
	Name   string `json:"name"`
	Claims int    `json:"claims"`
}

// ErrQuery is wrapped by Search for a query it cannot run as given.
var ErrQuery = errors.New("bad query")

// Search finds the claims matching q.
func (ix *Index) Search(ctx context.Context, q Query) (Result, error) {
	bq, err := ix.bleveQuery(q)
	if err != nil {
		return Result{}, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	req := bleve.NewSearchRequestOptions(bq, limit, max(q.Offset, 0), false)
	req.Fields = []string{fClaim}
	// With no free text every hit scores the same and the date decides.
	req.SortByCustom(search.SortOrder{
		&search.SortScore{Desc: true},
		&search.SortField{Field: fSaidOn, Type: search.SortFieldAsDate, Desc: true},
		&search.SortField{Field: fURL, Type: search.SortFieldAsString},
		&search.SortField{Field: fPos, Type: search.SortFieldAsNumber},
	})
	req.AddFacet("speakers", bleve.NewFacetRequest(fSpeaker, speakerFacetSize))
	res, err := ix.search(ctx, req)
	if err != nil {
		return Result{}, fmt.Errorf("search %s: %w", ix.path, err)
	}
	out := Result{Total: int(res.Total), Hits: make([]claim.Claim, 0, len(res.Hits))}
	for _, h := range res.Hits {
		c, err := claimOf(h)
		if err != nil {
			return Result{}, fmt.Errorf("search %s: %w", ix.path, err)
		}
		out.Hits = append(out.Hits, c)
	}
	if f := res.Facets["speakers"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			out.Speakers = append(out.Speakers, SpeakerCount{Name: t.Term, Claims: t.Count})
		}
	}
	return out, nil
}

// bleveQuery translates q: the free text is scored, the speaker and dates
// only filter, so they do not tilt relevance.
func (ix *Index) bleveQuery(q Query) (query.Query, error) {
	from, to := day(q.From), day(q.To)
	if !from.IsZero() && !to.IsZero() && from.After(to) {
		return nil, fmt.Errorf("%w: from %s is after to %s", ErrQuery, from.Format(time.DateOnly), to.Format(time.DateOnly))
	}
	var filters []query.Query
	if s := strings.TrimSpace(q.Speaker); s != "" {
		if !ix.hasWords(s) {
			return nil, fmt.Errorf("%w: speaker %q has no words to match", ErrQuery, q.Speaker)
		}
		m := bleve.NewMatchQuery(s)
		m.SetField(fSpeakerName)
		m.SetOperator(query.MatchQueryOperatorAnd)
		filters = append(filters, m)
	}
	if !from.IsZero() || !to.IsZero() {
		yes := true
		r := bleve.NewDateRangeInclusiveQuery(from, to, &yes, &yes)
		r.SetField(fSaidOn)
		filters = append(filters, r)
	}
	var must []query.Query
	for _, t := range terms(q.Text) {
		// A term of punctuation alone matches nothing anywhere and would
		// empty the whole result; it is not what the user is looking for.
		if ix.hasWords(t.text) {
			must = append(must, textQuery(t))
		}
	}
	if len(must) == 0 && strings.TrimSpace(q.Text) != "" {
		return nil, fmt.Errorf("%w: text %q has no words to match", ErrQuery, q.Text)
	}
	if len(must) == 0 && len(filters) == 0 {
		return bleve.NewMatchAllQuery(), nil
	}
	b := bleve.NewBooleanQuery()
	if len(must) > 0 {
		b.AddMust(must...)
	}
	if len(filters) > 0 {
		b.AddFilter(bleve.NewConjunctionQuery(filters...))
	}
	return b, nil
}

// hasWords reports whether s has anything the folded analyzer keeps: the
// analyzer of names and of the unstemmed text.
func (ix *Index) hasWords(s string) bool {
	a := ix.bi.Mapping().AnalyzerNamed(folded)
	return a != nil && len(a.Analyze([]byte(s))) > 0
}

// day is t's calendar date at midnight UTC, the form said_on is indexed
// in; the zero time stays zero.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// term is one unit of free text: a word or a quoted phrase.
type term struct {
	text   string
	phrase bool
}

// terms splits free text into words and "quoted phrases"; an unclosed quote
// runs to the end. Typographic quotes count as quotes.
func terms(s string) []term {
	var out []term
	var b strings.Builder
	inPhrase := false
	flush := func() {
		t := strings.TrimSpace(b.String())
		b.Reset()
		if t == "" {
			return
		}
		if inPhrase {
			out = append(out, term{text: t, phrase: true})
			return
		}
		for _, w := range strings.Fields(t) {
			out = append(out, term{text: w})
		}
	}
	for _, r := range s {
		if r == '"' || r == '“' || r == '”' {
			flush()
			inPhrase = !inPhrase
			continue
		}
		b.WriteRune(r)
	}
	flush()
	return out
}

// textFields are the fields free text is looked for in, with the weight of
// a match in each: the quote's own words count most, the exact form above
// the stem (a match in text also matches in text_en, so exact forms get
// both), the speaker next, the article's title and site least.
var textFields = []struct {
	name   string
	boost  float64
	phrase bool // searched for phrases too
}{
	{fText, 2, true}, {fTextEn, 1, true},
	{fSpeakerName, 1.5, true}, {fMention, 1, false}, {fRole, 1, false},
	{fTitle, 0.5, true}, {fSiteName, 0.5, false},
}

// textQuery matches one word (all of its tokens, should it analyse into
// several, as "U.S.-Russia" does) or one phrase in any of textFields.
func textQuery(t term) query.Query {
	var any []query.Query
	for _, f := range textFields {
		var q interface {
			query.FieldableQuery
			SetBoost(float64)
		}
		if t.phrase {
			if !f.phrase {
				continue
			}
			q = bleve.NewMatchPhraseQuery(t.text)
		} else {
			m := bleve.NewMatchQuery(t.text)
			m.SetOperator(query.MatchQueryOperatorAnd)
			q = m
		}
		q.SetField(f.name)
		q.SetBoost(f.boost)
		any = append(any, q)
	}
	return bleve.NewDisjunctionQuery(any...)
}

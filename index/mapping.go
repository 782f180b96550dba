package index

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/whosaid/whosaid/index/claim"
)

// mappingVersion is stored in the index and checked on open; bump it on any
// change to the mapping or to the documents, so an index built the old way
// is reported as needing a rebuild instead of answering wrongly.
const mappingVersion = "1"

// mappingVersionKey is where mappingVersion lives in the index's internal
// key-value space.
var mappingVersionKey = []byte("whosaid.mapping_version")

// Index fields. The claim's JSON is the public form; these names are the
// index's own, flat so that each has exactly one mapping.
const (
	fText         = "text"            // quote text, folded words
	fTextEn       = "text_en"         // quote text, English-stemmed; English articles only
	fKind         = "kind"            // keyword
	fCue          = "cue"             // keyword
	fSpeaker      = "speaker"         // canonical speaker name, keyword: exact match and facets
	fSpeakerName  = "speaker_name"    // canonical speaker name, folded words: "dmitriev" finds "Kirill Dmitriev"
	fMention      = "speaker_mention" // folded words
	fSpeakerKind  = "speaker_kind"    // keyword
	fRole         = "speaker_role"    // folded words
	fSaidOn       = "said_on"         // datetime, midnight UTC of the day
	fSaidOnSource = "said_on_source"  // keyword
	fURL          = "url"             // article URL, keyword
	fTitle        = "title"           // folded words
	fSite         = "site"            // site name, keyword
	fSiteName     = "site_name"       // site name, folded words
	fPublished    = "published"       // datetime
	fPage         = "page"            // the page URL the article was fetched from, keyword: the replacement key
	fPos          = "pos"             // the claim's place in its article, numeric: reading order
	fClaim        = "claim"           // the claim's JSON, stored and not indexed
)

// folded is the analyzer of every text field but text_en: Unicode word
// boundaries (UAX #29), Latin diacritics folded to ASCII, lower case; no stop
// words and no stemming, because the news may be in any language and both
// are language-specific. A name analysed this way matches by whole words, so
// "Dmitriev" finds "Kirill Dmitriev" but never "Dmitrievsky".
const folded = "whosaid_folded"

// newMapping is the index's explicit mapping; nothing is indexed dynamically.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	err := im.AddCustomAnalyzer(folded, map[string]any{
		"type":          custom.Name,
		"char_filters":  []string{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name},
	})
	if err != nil {
		return nil, fmt.Errorf("define analyzer %s: %w", folded, err)
	}
	im.DefaultAnalyzer = folded
	im.IndexDynamic, im.StoreDynamic, im.DocValuesDynamic = false, false, false
	// BM25 saturates repeated words and normalises length, which suits
	// quotes of one to five sentences better than classic tf-idf.
	im.ScoringModel = bleveindex.BM25Scoring

	dm := bleve.NewDocumentStaticMapping()
	words := func(docValues bool) *mapping.FieldMapping {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer, fm.Store, fm.IncludeInAll, fm.DocValues = folded, false, false, docValues
		return fm
	}
	kw := func() *mapping.FieldMapping {
		fm := bleve.NewKeywordFieldMapping()
		fm.Analyzer, fm.Store, fm.IncludeInAll, fm.IncludeTermVectors = keyword.Name, false, false, false
		return fm
	}
	date := func() *mapping.FieldMapping {
		fm := bleve.NewDateTimeFieldMapping()
		fm.Store, fm.IncludeInAll = false, false
		return fm
	}
	stemmed := words(false)
	stemmed.Analyzer = en.AnalyzerName
	pos := bleve.NewNumericFieldMapping()
	pos.Store, pos.IncludeInAll = false, false
	stored := bleve.NewTextFieldMapping()
	stored.Index, stored.Store, stored.IncludeInAll, stored.DocValues, stored.IncludeTermVectors = false, true, false, false, false

	for name, fm := range map[string]*mapping.FieldMapping{
		fText: words(false), fTextEn: stemmed, fKind: kw(), fCue: kw(),
		fSpeaker: kw(), fSpeakerName: words(false), fMention: words(false), fSpeakerKind: kw(), fRole: words(false),
		fSaidOn: date(), fSaidOnSource: kw(),
		fURL: kw(), fTitle: words(false), fSite: kw(), fSiteName: words(false), fPublished: date(),
		fPage: kw(), fPos: pos, fClaim: stored,
	} {
		dm.AddFieldMappingsAt(name, fm)
	}
	im.DefaultMapping = dm
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	return im, nil
}

// document is what the index is given for one claim: field name to value,
// with unknown values left out rather than indexed as empty.
func document(c claim.Claim, pos int, page, language string) (map[string]any, error) {
	js, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("claim %s: %w", c.ID, err)
	}
	d := map[string]any{
		fText: c.Text, fKind: c.Kind, fCue: c.Cue,
		fSpeakerKind: c.Speaker.Kind, fSaidOnSource: c.SaidOnSource,
		fURL: c.Article.URL, fPage: page, fPos: pos, fClaim: string(js),
	}
	if english(language) {
		d[fTextEn] = c.Text
	}
	for field, v := range map[string]string{
		fSpeaker: c.Speaker.Name, fSpeakerName: c.Speaker.Name,
		fMention: c.Speaker.Mention, fRole: c.Speaker.Role,
		fTitle: c.Article.Title, fSite: c.Article.SiteName, fSiteName: c.Article.SiteName,
	} {
		if v != "" {
			d[field] = v
		}
	}
	if t, err := time.Parse(time.DateOnly, c.SaidOn); err == nil {
		d[fSaidOn] = t
	}
	if t, err := time.Parse(time.RFC3339, c.Article.Published); err == nil {
		d[fPublished] = t
	}
	return d, nil
}

// english reports whether an article's language tag is English or unknown.
// Unknown counts as English because most pages that omit the tag are, and
// the stemmed field only adds matches: the folded field is always there.
func english(tag string) bool {
	tag = strings.ToLower(tag)
	return tag == "" || tag == "en" || strings.HasPrefix(tag, "en-") || strings.HasPrefix(tag, "en_")
}

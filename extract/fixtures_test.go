package extract_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/fixtures"
)

// TestFixtureQuotesAndActors holds extract to the hand-written gold of the
// fixture pages: every direct and partial quote found (recall ≥ 0.97),
// its speaker right (≥ 0.95 of those found), and the people and
// organizations found (≥ 0.90).
//
// A gold quote is found when the quotes extract gives of kind direct or
// partial cover at least half of its words: one predicted quote that
// contains it, or the predicted pieces it contains (a quote running over
// several paragraphs comes out one piece a paragraph). Its speaker is
// right when every piece has the gold speaker: the canonical name for a
// person or organization, the descriptor for an unnamed source, none for
// an unknown one. An actor is found when an extracted actor of the same
// kind has its name or one of its aliases.
func TestFixtureQuotesAndActors(t *testing.T) {
	var quotes, found, speakerOK, actors, actorsFound, extracted, extractedOK int
	for _, f := range extractFixtures(t) {
		p, g, a := f.page, f.gold, f.article
		for _, gq := range g.Quotes {
			if gq.Kind != "direct" && gq.Kind != "partial" {
				continue
			}
			quotes++
			pieces := matchQuote(gq.Text, a.Quotes)
			if len(pieces) == 0 {
				t.Logf("%s: quote not found: %.80q", p.Name, gq.Text)
				continue
			}
			found++
			ok := true
			for _, q := range pieces {
				if !sameSpeaker(gq, q.Speaker) {
					ok = false
					t.Logf("%s: speaker of %.60q is %q (%s, mention %q), want %q (%s)", p.Name, gq.Text,
						q.Speaker.Name, q.Speaker.Kind, q.Speaker.Mention, gq.Speaker, gq.SpeakerKind)
					break
				}
			}
			if ok {
				speakerOK++
			}
		}
		for _, ga := range g.Actors {
			if ga.Kind != "person" && ga.Kind != "organization" {
				continue
			}
			actors++
			if foundActor(ga, a.Actors) {
				actorsFound++
			} else {
				t.Logf("%s: %s %q not found", p.Name, ga.Kind, ga.Name)
			}
		}
		for _, ea := range a.Actors {
			if ea.Kind != "person" && ea.Kind != "organization" {
				continue
			}
			extracted++
			if goldActor(ea, g.Actors) {
				extractedOK++
			} else {
				t.Logf("%s: extracted %s %q is no gold actor", p.Name, ea.Kind, ea.Name)
			}
		}
	}
	recall := float64(found) / float64(max(quotes, 1))
	speakers := float64(speakerOK) / float64(max(found, 1))
	people := float64(actorsFound) / float64(max(actors, 1))
	actorPrec := float64(extractedOK) / float64(max(extracted, 1))
	t.Logf("direct and partial quotes: %d/%d found (%.3f), speaker right %d/%d (%.3f); people and organizations found %d/%d (%.3f), extracted ones right %d/%d (%.3f)",
		found, quotes, recall, speakerOK, found, speakers, actorsFound, actors, people, extractedOK, extracted, actorPrec)
	if recall < 0.97 || speakers < 0.95 || people < 0.90 || actorPrec < minActorPrecision {
		t.Errorf("below the bar: quote recall %.3f (≥ 0.97), speaker right %.3f (≥ 0.95), people and organizations %.3f (≥ 0.90), actor precision %.3f (≥ %.2f)",
			recall, speakers, people, actorPrec, minActorPrecision)
	}
}

// Floors of the quote and actor precision on the fixture pages, at what
// the rules reach: every claim a user finds should be someone's words, and
// every person or organization listed should be one.
const (
	minActorPrecision    = 0.86
	minQuotePrecision    = 0.84
	minIndirectPrecision = 0.70
)

// TestFixtureQuotePrecision measures how many of the quotes extract gives
// are someone's words: of the predicted quotes, the share that overlap a
// gold quote of any kind (by at least half of the shorter of the two, the
// PolNeAR scorer's rule), and the same for indirect speech alone. The gold
// lists every direct and partial quote and the indirect speech of acts of
// saying and writing, so a predicted quote that overlaps none is a heading,
// a bullet, an action verb taken for a cue, or a clause that is nobody's.
func TestFixtureQuotePrecision(t *testing.T) {
	var all, allOK, ind, indOK int
	for _, f := range extractFixtures(t) {
		p, g, a := f.page, f.gold, f.article
		spans := goldSpans(a.Text, g.Quotes)
		for _, q := range a.Quotes {
			ok := overlapsAny(span{q.Start, q.End}, spans)
			all++
			if ok {
				allOK++
			}
			if q.Kind == "indirect" {
				ind++
				if ok {
					indOK++
				}
			}
			if !ok {
				t.Logf("%s: %s quote of no one (cue %q, speaker %q): %.100q", p.Name, q.Kind, q.Cue, q.Speaker.Mention, q.Text)
			}
		}
	}
	prec := float64(allOK) / float64(max(all, 1))
	indPrec := float64(indOK) / float64(max(ind, 1))
	t.Logf("quote precision %d/%d (%.3f), indirect %d/%d (%.3f)", allOK, all, prec, indOK, ind, indPrec)
	if prec < minQuotePrecision || indPrec < minIndirectPrecision {
		t.Errorf("below the bar: quote precision %.3f (≥ %.2f), indirect %.3f (≥ %.2f)",
			prec, minQuotePrecision, indPrec, minIndirectPrecision)
	}
}

// span is a half-open range of code-point offsets.
type span struct{ start, end int }

// goldSpans finds each gold quote (each paragraph of one) in text, comparing with white space
// collapsed, and returns where they lie; a gold quote not found is left
// out (TestFixtureQuotesAndActors reports those).
func goldSpans(text string, gold []fixtures.GoldQuote) []span {
	flat, at := flatten(text)
	var out []span
	var pieces []string
	for _, gq := range gold {
		// A quote over several paragraphs is looked for a paragraph at a
		// time: the text reopens each with a quotation mark.
		pieces = append(pieces, strings.Split(gq.Text, "\n\n")...)
	}
	for _, piece := range pieces {
		g, _ := flatten(piece)
		g = strings.TrimSpace(g)
		if g == "" {
			continue
		}
		from := 0
		for {
			k := strings.Index(flat[from:], g)
			if k < 0 {
				break
			}
			k += from
			out = append(out, span{at[k], at[k+len(g)-1] + 1})
			from = k + len(g)
		}
	}
	return out
}

// flatten collapses runs of white space in s to one space and returns the
// result with, for each of its bytes, the code-point offset in s it came
// from.
func flatten(s string) (string, []int) {
	var b strings.Builder
	var at []int
	space := false
	cp := 0
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' {
			if !space {
				b.WriteByte(' ')
				at = append(at, cp)
			}
			space = true
			cp++
			continue
		}
		space = false
		n := b.Len()
		b.WriteRune(r)
		for i := n; i < b.Len(); i++ {
			at = append(at, cp)
		}
		cp++
	}
	return b.String(), at
}

// overlapsAny reports whether s overlaps one of gold by at least half of
// the shorter of the two.
func overlapsAny(s span, gold []span) bool {
	for _, g := range gold {
		ov := min(s.end, g.end) - max(s.start, g.start)
		if ov > 0 && 2*ov >= min(s.end-s.start, g.end-g.start) {
			return true
		}
	}
	return false
}

// norm collapses white space and trims the punctuation and marks that the
// gold and extract may place differently at the ends of a quote.
func norm(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) && r != '?' && r != '!' || unicode.IsSpace(r)
	})
}

// matchQuote returns the direct and partial quotes that make up the gold
// text: one that contains it, or those it contains when they cover at
// least half of it.
func matchQuote(gold string, qs []extract.Quote) []extract.Quote {
	g := norm(gold)
	var pieces []extract.Quote
	covered := 0
	for _, q := range qs {
		if q.Kind != "direct" && q.Kind != "partial" {
			continue
		}
		t := norm(q.Text)
		if t == "" {
			continue
		}
		if strings.Contains(t, g) {
			return []extract.Quote{q}
		}
		if strings.Contains(g, t) {
			pieces = append(pieces, q)
			covered += len(t)
		}
	}
	if 2*covered < len(g) {
		return nil
	}
	return pieces
}

// sameSpeaker compares a predicted speaker with the gold one.
func sameSpeaker(g fixtures.GoldQuote, s extract.Speaker) bool {
	if g.SpeakerKind != s.Kind {
		return false
	}
	switch g.SpeakerKind {
	case "unknown":
		return s.Name == ""
	case "anonymous":
		return strings.EqualFold(stripThe(g.Speaker), stripThe(s.Mention))
	}
	name := s.Name
	if name == "" {
		name = s.Mention
	}
	return strings.EqualFold(stripThe(g.Speaker), stripThe(name))
}

func stripThe(s string) string {
	s = norm(s)
	for _, d := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, d)
	}
	return s
}

// goldActor reports whether an extracted person or organization is one of
// the gold actors of its kind, by name or alias.
func goldActor(a extract.Actor, gold []fixtures.GoldActor) bool {
	for _, g := range gold {
		if g.Kind == a.Kind && foundActor(g, []extract.Actor{a}) {
			return true
		}
	}
	return false
}

// foundActor reports whether an extracted actor of the gold one's kind has
// its name or one of its aliases.
func foundActor(g fixtures.GoldActor, as []extract.Actor) bool {
	names := append([]string{g.Name}, g.Aliases...)
	for _, a := range as {
		if a.Kind != g.Kind {
			continue
		}
		got := append([]string{a.Name}, a.Aliases...)
		for _, n := range names {
			for _, m := range got {
				if strings.EqualFold(norm(n), norm(m)) {
					return true
				}
			}
		}
	}
	return false
}

// fixture is one fixture page with its hand-written gold and what the
// whole extraction makes of it.
type fixture struct {
	page    fixtures.Page
	gold    fixtures.GoldPage
	article *extract.Article
}

// extractFixtures extracts every fixture page, with its content type, and
// reads its gold.
func extractFixtures(t *testing.T) []fixture {
	t.Helper()
	var out []fixture
	for _, p := range fixtures.Pages() {
		g, err := fixtures.Gold(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		page, err := fixtures.ReadPage(p.Name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(page, p.URL, extract.Options{ContentType: p.ContentType})
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		out = append(out, fixture{p, g, a})
	}
	return out
}

package quote

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extract/token"
)

// cue is a word or phrase that attributes content to a source.
type cue struct {
	span       token.Span // "said", "called for", "according to"
	according  bool       // "according to X": the source follows
	participle bool       // ", saying …", ", adding that …": the source is the main clause's subject
	hearsay    bool       // "reportedly", "allegedly": someone unnamed says so, not the subject
	foreign    bool       // a German, French or Spanish cue from the word list
	score      float32    // the cue model's score (0 for a cue from the word lists)
}

// hearsay are cue words that attribute the clause to unnamed others.
var hearsay = map[string]bool{
	"reportedly": true, "allegedly": true, "purportedly": true, "supposedly": true,
	"rumored": true, "reputedly": true,
}

// cueThreshold is the score above which a token heads a cue. Zero is the
// perceptron's own boundary.
const cueThreshold = -2

// findCues marks the cues of the text outside quoted spans, in text order,
// with the learned cue model.
func (f *finder) findCues() {
	tx := f.tx
	m := f.cueModel
	ctx := cueContext{tx: tx, quoted: f.quoted}
	buf := make([]uint32, 0, 32)
	headline := make([]bool, len(tx.Sents))
	for k, s := range tx.Sents {
		headline[k] = tx.TitleCase(s.Span)
	}
	prev, last := false, -1
	// The best candidate of the current sentence that fell short, taken
	// when the sentence ends with no cue at all: most sentences that
	// report anything report it once.
	best, bestScore, sentCues := -1, float32(0), 0
	flush := func() {
		if sentCues == 0 && best >= 0 && bestScore > lonelyThreshold {
			c := f.cueAt(best)
			c.score = bestScore
			f.cues = append(f.cues, c)
			sort.Slice(f.cues, func(a, b int) bool { return f.cues[a].span.From < f.cues[b].span.From })
		}
		best, sentCues = -1, 0
	}
	for i := 0; i < len(tx.Tokens); i++ {
		if i > 0 && tx.Tokens[i].Sent != tx.Tokens[i-1].Sent {
			flush()
		}
		w := tx.Lower(i)
		if (foreignCues[w] || foreignAccording[w]) && ctx.cueCandidate(i) {
			c := cue{span: token.Span{From: i, To: i + 1}, according: foreignAccording[w], foreign: true}
			f.cues = append(f.cues, c)
			prev, last = true, i
			continue
		}
		known := m.knows(w)
		if !known || !ctx.cueCandidate(i) || w == "known" && tx.Is(i+1, "as") || adjectiveLike(w) && !f.linked(i) {
			prev = false
			continue
		}
		buf = ctx.cueFeatures(buf[:0], i, prev, last)
		th := float32(cueThreshold)
		if headline[tx.Tokens[i].Sent] {
			// A heading in title case ("Ukraine Peace Plan Talks Quick
			// Looks") attributes only with a verb of saying: "Issa Says …".
			if !m.strong(w) {
				prev = false
				continue
			}
			th = headlineThreshold
		}

		score := m.score(buf)
		prev = score > th
		if i > 0 && tx.Tokens[i-1].Kind == token.Word && articles[tx.Lower(i-1)] {
			// After an article the word is a noun or adjective: "the
			// proposed framework", not a cue.
			prev = false
			continue
		}
		if !prev {
			if !headline[tx.Tokens[i].Sent] && (best < 0 || score > bestScore) {
				best, bestScore = i, score
			}
			continue
		}
		last = i
		sentCues++
		c := f.cueAt(i)
		c.score = score
		f.cues = append(f.cues, c)
	}
	flush()
}

// adjectiveLike reports whether w has the ending of an adjective of
// attitude ("optimistic", "hopeful", "cautious", "supportive", "confident",
// "hesitant"), which attributes only through a linking verb.
func adjectiveLike(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, s := range []string{"ic", "ical", "ful", "ous", "able", "ible"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	switch {
	case strings.HasSuffix(w, "ive"):
		// "believe", "receive", "arrive" and "survive" are verbs.
		return !strings.HasSuffix(w, "eive") && !strings.HasSuffix(w, "ieve") && !strings.HasSuffix(w, "rive") && !strings.HasSuffix(w, "vive")
	case strings.HasSuffix(w, "ent") || strings.HasSuffix(w, "ant"):
		return !strings.HasSuffix(w, "ment") && !strings.HasSuffix(w, "sent") && !strings.HasSuffix(w, "plant")
	}
	return false
}

// linked reports whether a linking verb stands before token i, past
// adverbs and negation: "Dmitriev is optimistic", "they remain hopeful".
// A list bullet ("Dmitriev optimistic about the proposal") has none.
func (f *finder) linked(i int) bool {
	tx := f.tx
	for k := i - 1; k >= 0 && i-k <= 4 && tx.Tokens[k].Kind == token.Word; k-- {
		w := tx.Lower(k)
		if linkingVerbs[w] {
			return true
		}
		if !isAdverb(w) && w != "not" && w != "n't" && w != "so" && w != "very" && w != "too" && w != "more" && w != "less" && w != "most" {
			return false
		}
	}
	return false
}

// linkingVerbs join a subject to an adjective.
var linkingVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"’s": true, "'s": true, "’re": true, "'re": true, "’m": true, "'m": true, "am": true,
	"remain": true, "remains": true, "remained": true, "seem": true, "seems": true, "seemed": true,
	"appear": true, "appears": true, "appeared": true, "become": true, "became": true,
	"becomes": true, "grew": true, "grow": true, "grown": true, "feel": true, "feels": true,
	"felt": true, "sounded": true, "sounds": true, "looked": true, "looks": true, "stay": true,
	"stays": true, "stayed": true,
}

// lonelyThreshold is the lower score a sentence's best candidate needs when
// nothing else in the sentence scored as a cue.
const lonelyThreshold = -4

// headlineThreshold is the stricter score a cue needs in a sentence set in
// title case, where every word looks like a name and only strong cues
// ("Says", "Slams") should count.
const headlineThreshold = 2

// articles are the determiners after which a word is no verb.
var articles = map[string]bool{"the": true, "a": true, "an": true, "its": true, "this": true}

// cueAt builds the cue whose head is token i.
func (f *finder) cueAt(i int) cue {
	tx := f.tx
	w := tx.Lower(i)
	c := cue{span: token.Span{From: i, To: i + 1}}
	if w == "according" && tx.Is(i+1, "to") {
		c.span.To++
		c.according = true
		return c
	}
	if i+1 < len(tx.Tokens) && particlesAfter[w+" "+tx.Lower(i+1)] {
		c.span.To++
	}
	// ", adding that …", and after a quote that ends in a comma: "…,” adding.
	c.participle = strings.HasSuffix(w, "ing") && i > 0 &&
		(tx.IsPunct(i-1, ",") || tx.Is(i-1, "while") || tx.Is(i-1, "after") || tx.Is(i-1, "before") ||
			tx.Tokens[i-1].Kind == token.Quote && tx.Tokens[i-1].Has(token.Close) && i > 1 && tx.IsPunct(i-2, ","))
	c.hearsay = hearsay[w]
	return c
}

// particlesAfter are verb + particle pairs that form one cue.
var particlesAfter = map[string]bool{
	"called for": true, "calls for": true, "calling for": true, "call for": true,
	"called on": true, "calls on": true, "calling on": true, "pointed out": true,
	"points out": true, "pointing out": true, "point out": true,
}

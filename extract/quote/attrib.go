package quote

import (
	"strings"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// attribute builds an attribution around every cue, in text order.
func (f *finder) attribute() {
	for ci := range f.cues {
		if a, ok := f.attrOf(ci); ok {
			a.cueIdx = ci + 1
			for _, q := range a.quotes {
				f.claimed[q] = true
			}
			for _, q := range a.partial {
				f.claimed[q] = true
			}
			f.attrs = append(f.attrs, a)
		}
	}
}

// group is what surrounds a cue: the source on its left (with the start of
// the whole subject, apposition included), auxiliaries and adverbs between,
// and what follows it.
type group struct {
	start   int        // first token of the subject, or of the cue's auxiliaries
	src     token.Span // the source mention, empty when none on the left
	after   int        // first token after the cue and its adjuncts
	right   token.Span // a source after the cue: "…," said Mr. Sanders
	sentEnd int        // end of the sentence, final punctuation excluded
	s0      int        // first token of the sentence
	subj    token.Span // the subject of a passive cue: "Both incidents were claimed by …"
}

// groupOf reads the words around cue c.
func (f *finder) groupOf(c cue) group {
	tx := f.tx
	sent := tx.SentOf(c.span.From)
	g := group{s0: sent.From, sentEnd: sentenceEnd(tx, sent.Span)}
	k := c.span.From - 1
	be := false
	for k >= sent.From && tx.Tokens[k].Kind == token.Word && (isAuxWord(tx.Lower(k)) || subjectAdverbs[tx.Lower(k)] || c.foreign && foreignAux[tx.Lower(k)]) {
		be = be || beForms[tx.Lower(k)]
		k--
	}
	g.start = k + 1
	if c.foreign && k >= sent.From && invertedPronoun(tx.Lower(k)) != "" {
		// "…», a-t-elle déclaré": the pronoun is inside the auxiliary.
		g.src, g.start = token.Span{From: k, To: k + 1}, k
		g.after = f.skipAdjuncts(c.span.To, g.sentEnd)
		return g
	}
	g.after = f.skipAdjuncts(c.span.To, g.sentEnd)
	if !be && f.passiveClause(c, k, sent.From) {
		// "When asked by a reporter whether …", "Asked by Stephanopoulos
		// to respond, …": the agent after "by" is the source.
		g.right = f.rightNP(c.span.To+1, g.sentEnd)
		g.after = f.skipAdjuncts(max(g.after, g.right.To), g.sentEnd)
		return g
	}
	if be && passive(tx.Lower(c.span.From)) {
		// "X was asked about …": X is no source; "by Y" names one.
		if tx.Is(c.span.To, "by") {
			g.right = f.rightNP(c.span.To+1, g.sentEnd)
			g.after = f.skipAdjuncts(max(g.after, g.right.To), g.sentEnd)
		}
		if src, start := f.leftNP(k, sent.From); src.Len() > 0 {
			g.start = start
			g.subj = token.Span{From: start, To: k + 1}
		}
		return g
	}
	if k >= sent.From && (tx.Is(k, "and") || tx.Is(k, "but") || tx.Is(k, "or")) && !c.according {
		// A verb coordinated with an earlier one shares its subject: "He
		// congratulated her and praised her effort".
		g.src = f.mainSubject(c.span.From, sent.From)
		return g
	}
	if p := f.possessor(c.span.From, sent.From); p.Len() > 0 && !c.according {
		// "his insistence that …", "Trump’s claim that …": the possessor
		// of a noun cue is its source.
		g.src, g.start = p, p.From
		return g
	}
	if !c.participle && !c.according {
		if src, start := f.leftNP(k, sent.From); src.Len() > 0 {
			g.src, g.start = src, start
		}
	}
	if g.src.Len() == 0 && !c.participle && f.inverted(g.start-1) {
		g.right = f.rightNP(c.span.To, g.sentEnd)
		// "said one customer, Maud, who …": the name after the descriptor.
		if r := g.right; r.Len() > 0 && tx.IsPunct(r.To, ",") && f.people != nil {
			if m, ok := f.people.At(r.To + 1); ok && m.RoleFrom == r.To+1 && m.Actor >= 0 &&
				(tx.IsPunct(m.To, ",") || m.To >= g.sentEnd) && f.people.KindOf(m.Actor) == actor.Person {
				g.right = token.Span{From: m.From, To: m.To}
			}
		}
		after := f.skipAdjuncts(g.right.To, g.sentEnd)
		// After a verb of telling the phrase may be the addressee ("told
		// Obama, …"); it is the source only when the sentence ends there.
		if tellVerbs[tx.Lower(c.span.From)] && after < g.sentEnd {
			g.right = token.Span{}
		}
		// Only a closing phrase inverts: "…, said Smith." or "…, said
		// Smith, who …"; "…, attacked Rubio for …" has its object there.
		if after < g.sentEnd && !f.closesInversion(after) {
			g.right = token.Span{}
		}
		if g.right.Len() > 0 && g.after < g.right.To {
			g.after = after
		}
	}
	return g
}

// closesInversion reports whether token i may follow the source of an
// inverted attribution: a comma, dash, semicolon or colon, or "and".
func (f *finder) closesInversion(i int) bool {
	tx := f.tx
	return isDelim(f.tx, i) || tx.IsPunct(i, ";") || tx.IsPunct(i, ":") || tx.Is(i, "and") || tx.IsPunct(i, "(")
}

// personMention reports whether sp is a pronoun or names a person.
func (f *finder) personMention(sp token.Span) bool {
	if sp.Len() == 0 {
		return false
	}
	if sp.Len() == 1 && pronounSources[f.tx.Lower(sp.From)] {
		return true
	}
	if f.people == nil {
		return false
	}
	m, ok := f.people.At(sp.To - 1)
	return ok && m.Actor >= 0 && f.people.KindOf(m.Actor) == actor.Person
}

// inverted reports whether token b, just before a cue, is where an
// inverted attribution hangs: a comma, dash or closing mark after the
// content ("…," said Mr. Sanders).
func (f *finder) inverted(b int) bool {
	tx := f.tx
	if b < 0 {
		return false
	}
	t := tx.Tokens[b]
	return isDelim(tx, b) || t.Kind == token.Quote && t.Has(token.Close)
}

// beForms are the auxiliaries of the passive voice.
var beForms = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true,
	"’s": false,
}

// passive reports whether w, after a form of "be", makes a passive cue
// ("was asked", "is expected") rather than a state of its subject ("is
// concerned", "are divided"), whose subject is the source.
func passive(w string) bool {
	if adjectival[w] {
		return false
	}
	switch w {
	case "told", "said", "known", "seen", "shown", "written", "thought", "heard", "found",
		"given", "taken", "held", "made", "sent", "spoken", "quoted", "caught", "urged", "asked":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// adjectival are participles that, after "be", describe the subject's
// state of mind: the subject holds the attributed view.
var adjectival = map[string]bool{
	"concerned": true, "convinced": true, "divided": true, "worried": true, "assured": true,
	"opposed": true, "committed": true, "dedicated": true, "focused": true, "tired": true,
	"frustrated": true, "disappointed": true, "pleased": true, "interested": true,
	"excited": true, "determined": true, "prepared": true, "inclined": true, "split": true,
	"confident": true, "aware": true, "skeptical": true, "ambivalent": true, "undecided": true,
	"unconvinced": true, "resigned": true, "satisfied": true, "troubled": true, "alarmed": true,
	"scared": true, "afraid": true, "angered": true, "outraged": true, "unmoved": true,
	"bent": true, "devoted": true, "upset": true, "thrilled": true, "energized": true,
	"shocked": true, "surprised": true, "stunned": true, "irritated": true, "annoyed": true,
	"mystified": true, "puzzled": true, "baffled": true, "dismayed": true, "embittered": true,
	"pumped": true, "delighted": true, "heartened": true, "encouraged": true, "disturbed": true,
	"offended": true, "infuriated": true, "amused": true, "impressed": true, "horrified": true,
	"appalled": true, "disgusted": true, "saddened": true, "relieved": true, "enraged": true,
	"incensed": true, "perplexed": true, "bewildered": true, "disheartened": true,
}

// sentenceEnd returns the end of sentence sp without its final punctuation
// and closing marks that follow it outside a quote.
func sentenceEnd(tx *token.Text, sp token.Span) int {
	e := sp.To
	for e > sp.From && tx.Tokens[e-1].Kind == token.Punct {
		e--
	}
	return e
}

// attrOf builds the attribution of cue ci, or reports that its content
// cannot be found.
func (f *finder) attrOf(ci int) (attr, bool) {
	c := f.cues[ci]
	if c.according {
		return f.according(c)
	}
	tx := f.tx
	if f.anonymityFormula(c.span.To) {
		return attr{}, false // "declined to be named", "spoke on condition of anonymity"
	}
	g := f.groupOf(c)
	a := attr{cue: c.span, src: g.src, from: -1}
	if tx.IsPunct(c.span.From, ":") && !f.personMention(g.src) && !f.publisher(g.src) {
		return a, false // "Deep Look: …" is a heading; "Rubio: …" a quote
	}
	if a.src.Len() == 0 {
		a.src = g.right
	}
	if c.participle {
		a.src = f.mainSubject(c.span.From, g.s0)
	}
	if c.hearsay {
		// "Witkoff has reportedly held talks": the subject did not say so.
		a.src = token.Span{}
	}
	// "…," Smith said — the quote before the group is the content.
	b := f.beforeSubject(g)
	comma := tx.IsPunct(b, ",") || tx.IsPunct(b, "\u2014")
	if comma {
		b--
	}
	// The quote may end the sentence before when it closes with ? or !
	// and the attribution stands alone: "Why not?" Trump asked.
	if q := f.quoteCloseAt(b); q >= 0 && !f.claimed[q] && (!tx.Is(g.after, "that") || f.quoteOpensSentence(q, g)) && !f.notQuote(q) &&
		(b >= g.s0 && (comma || f.attributionComma(q)) || f.endsAttribution(g) && f.standsAfter(q, b, g)) {
		f.takeQuote(&a, q, g)
		// "…," she said, "…" — a split quote.
		next := -1
		if tx.IsPunct(g.after, ",") || tx.IsPunct(g.after, ":") {
			next = g.after + 1
		} else if !a.direct {
			next = g.after // "Holding signs calling him “a loser,” they chanted “…”"
		}
		if next >= 0 {
			if q2 := f.quoteOpenAt(next); q2 >= 0 && !f.claimed[q2] {
				if !a.direct && f.wholeRest(q2, g.sentEnd) && !f.notQuote(q2) && !f.titleCased(f.qs[q2]) {
					// "Remarking upon his “genuine empathy,” Starr said,
					// “…”": the quote inside the clause before is no
					// content of the cue; the one it sets off is.
					a.parts, a.partial = nil, nil
					a.direct, a.quotes = true, nil
				}
				if a.direct {
					a.quotes = append(a.quotes, q2)
				}
			}
		}
		return a, true
	}
	if agent, end, ok := f.asAgent(g); ok {
		// "…, as first reported by BuzzFeed News": the agent of the
		// passive is the source; the clause before is what it reported.
		a.src = agent
		g.after = end
	}
	if parts, ok := f.asClause(g); ok {
		a.parts = []token.Span{parts}
		a.partial = f.quotesIn(parts.From, parts.To)
		return a, true
	}
	// Smith said: "…" / Smith told Axios, "…" / Smith said "…"
	p := g.after
	set := tx.IsPunct(p, ":") || tx.IsPunct(p, ",")
	if set {
		p++
	}
	if q := f.quoteOpenAt(p); q >= 0 && !f.claimed[q] && !f.ownAttribution(q, c.span.From) {
		// A quote set off by a comma or colon is the content even when the
		// sentence goes on: "wrote to his followers, “…,” and shared a link".
		if f.wholeRest(q, g.sentEnd) || set && !f.notQuote(q) {
			a.direct, a.quotes = true, []int{q}
			return a, true
		}
	}
	// Smith said in the spring, when the story broke, "…" — a quote that
	// closes the sentence after an adjunct set off by commas.
	if q := f.laterQuote(ci, g); q >= 0 {
		a.direct, a.quotes = true, []int{q}
		return a, true
	}
	// German, French and Spanish set the reported clause off by a comma:
	// "sagte, die Umsetzung sei …".
	if c.foreign && tx.IsPunct(g.after, ",") && g.after+1 < g.sentEnd && f.quoteOpenAt(g.after+1) < 0 {
		g.after++
	}
	// "what Liz Wahl said when she resigned": the object is the "what"
	// before the subject; the clause after the cue is an adjunct.
	if w := g.start - 1; w >= g.s0 && tx.Is(w, "what") && a.src.Len() > 0 && a.src.To <= c.span.From &&
		(g.after >= g.sentEnd || adjunctOpeners[tx.Lower(g.after)] || tx.IsPunct(g.after, ",")) {
		a.parts = []token.Span{{From: w, To: w + 1}}
		return a, true
	}
	// "…, a spokesman told The Wall Street Journal." — the words after a
	// verb of telling are whom it was told, not what.
	addressee := f.addresseeOnly(c, g)
	// Smith said (that) … — the reported clause.
	if g.after < g.sentEnd && !tx.IsPunct(g.after, ",") && !tx.IsPunct(g.after, ";") && !addressee {
		end := f.clauseEnd(ci, g.after, g.sentEnd)
		if f.opensSentence(c.span.From) || c.participle && c.span.From > 0 && f.opensSentence(c.span.From-1) && introWords[tx.Lower(c.span.From-1)] {
			// "Asked what she will miss, she thought for a while", "After
			// saying …, she …": an introductory cue's clause ends at its
			// comma.
			for i := g.after; i < end; i++ {
				if tx.IsPunct(i, ",") && !f.inQuote(i) {
					end = i
					break
				}
			}
		}
		end = f.throughQuote(g.after, end)
		if end > g.after {
			a.parts = []token.Span{{From: g.after, To: end}}
			a.partial = f.quotesIn(g.after, end)
			return a, true
		}
	}
	// …, Smith said. — the clause before the group, unless it only
	// introduces the sentence ("In this instance, Hollande was referring …");
	// then, in "In Miami, Regalado said, Trump is seen as …", the clause
	// after it.
	if b := g.start - 1; b > g.s0 && tx.IsPunct(b, ",") && (g.after >= g.sentEnd || tx.IsPunct(g.after, ",") || addressee) {
		if !f.introOnly(f.afterDateline(g.s0), b) && !f.introPhrase(g, b) {
			s0 := f.afterDateline(g.s0) // "WASHINGTON —" is no one's words
			a.parts = []token.Span{{From: s0, To: b}}
			a.partial = f.quotesIn(s0, b)
			// "Trump is so reckless, the vice president said, that …": the
			// clause goes on after the attribution.
			if from := g.after + 1; tx.IsPunct(g.after, ",") && tx.Is(from, "that") {
				end := f.throughQuote(from, f.clauseEnd(ci, from, g.sentEnd))
				a.parts = append(a.parts, token.Span{From: from, To: end})
				a.partial = append(a.partial, f.quotesIn(from, end)...)
			}
			return a, true
		}
		if from := g.after + 1; tx.IsPunct(g.after, ",") && from < g.sentEnd && !f.cueAtTok(from) {
			end := f.clauseEnd(ci, from, g.sentEnd)
			a.parts = []token.Span{{From: from, To: end}}
			a.partial = f.quotesIn(from, end)
			return a, true
		}
	}
	// "Both incidents were claimed by the Islamic State": what is said is
	// the subject of the passive.
	if g.subj.Len() > 0 && a.src.Len() > 0 {
		a.parts = []token.Span{g.subj}
		return a, true
	}
	return a, false
}

// introOnly reports whether [from, to) is a short introductory phrase
// with no clause of its own: "In this instance", "While the two men
// sparred".
func (f *finder) introOnly(from, to int) bool {
	return from < to && to-from <= introMax && introWords[f.tx.Lower(from)]
}

// introMax is the length in tokens up to which a phrase that opens with an
// introductory word is taken for an introduction rather than a clause.
const introMax = 4

// introWords open a phrase that introduces a sentence rather than a clause
// that can be reported: "In this instance, …", "While the two men sparred, …".
var introWords = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true,
	"while": true, "when": true, "if": true, "although": true, "though": true, "because": true,
	"since": true, "for": true, "with": true, "by": true, "under": true, "despite": true,
	"following": true, "unlike": true, "like": true, "once": true, "until": true, "amid": true,
}

// asClause reads the attributions that "as" hangs on a clause: "As The
// Post reported, the talks failed." and "The talks failed, as some have
// speculated." The content is the clause on the other side of the comma.
func (f *finder) asClause(g group) (token.Span, bool) {
	tx := f.tx
	as := g.start - 1
	if as < g.s0 || !tx.Is(as, "as") {
		return token.Span{}, false
	}
	if f.opensSentence(as) && tx.IsPunct(g.after, ",") && g.after+1 < g.sentEnd {
		return token.Span{From: g.after + 1, To: g.sentEnd}, true
	}
	if as-1 > g.s0 && tx.IsPunct(as-1, ",") && (g.after >= g.sentEnd || isDelim(tx, g.after)) {
		return token.Span{From: f.afterDateline(g.s0), To: as - 1}, true
	}
	return token.Span{}, false
}

// asAgent reads the agent of a passive cue after "as" ("as reported by
// the New York Times on Tuesday"): its mention, and the first token after
// it and its adjuncts.
func (f *finder) asAgent(g group) (token.Span, int, bool) {
	tx := f.tx
	if g.src.Len() > 0 || g.start-1 < g.s0 || !tx.Is(g.start-1, "as") || !tx.Is(g.after, "by") {
		return token.Span{}, 0, false
	}
	np := f.rightNP(g.after+1, g.sentEnd)
	if np.Len() == 0 {
		return token.Span{}, 0, false
	}
	return np, f.skipAdjuncts(np.To, g.sentEnd), true
}

// beforeSubject returns the token before the subject of group g, reading
// back over the descriptor words the name comes with: in "…,” New York
// attorney Eric Levine said", the closing mark.
func (f *finder) beforeSubject(g group) int {
	tx := f.tx
	b := g.start - 1
	for n := 0; n < 6 && b >= g.s0 && tx.Tokens[b].Kind == token.Word && !f.inQuote(b); n++ {
		w := tx.Lower(b)
		// "Twitter's Adam Sharp said", "the Florida senator and
		// Republican presidential candidate said".
		inner := w == "'s" || w == "’s" || w == "and" && b > g.s0 && f.subjectWord(b-1) && f.subjectWord(b+1)
		if !inner && !tx.Tokens[b].Has(token.Upper) && !roleLike(w) && !determiners[w] && (functionWord(w) || f.cueAtTok(b)) {
			return g.start - 1
		}
		b--
	}
	if b >= 0 && tx.Tokens[b].Kind == token.Quote || isDelim(tx, b) {
		return b
	}
	return g.start - 1
}

// ownAttribution reports whether quote q, opening a paragraph after the
// one of the cue at c, has an attribution of its own in its sentence: in
// "… is recorded in detail:" then "“Here comes Big Daddy,” she said", the
// quote is hers.
func (f *finder) ownAttribution(q, c int) bool {
	tx := f.tx
	qs := f.qs[q]
	if qs.close < 0 || tx.ParaOf(qs.open) == tx.ParaOf(c) {
		return false
	}
	sent := tx.SentOf(qs.close)
	return f.hasCue(token.Span{From: qs.close + 1, To: sent.To})
}

// subjectWord reports whether token i is a capitalized or role word, the
// kind "and" joins inside one subject ("the Florida senator and Republican
// presidential candidate").
func (f *finder) subjectWord(i int) bool {
	t := f.tx.Tokens[i]
	return t.Kind == token.Word && (t.Has(token.Upper) || roleLike(f.tx.Lower(i)))
}

// laterQuote finds the quote that follows cue ci later in its sentence,
// after a comma or colon, and runs to the sentence end, with no other cue
// and no "that" between: the cue's content despite the adjuncts before it.
func (f *finder) laterQuote(ci int, g group) int {
	tx := f.tx
	c := f.cues[ci]
	for i := c.span.To; i < g.sentEnd; i++ {
		if tx.Is(i, "that") || ci+1 < len(f.cues) && f.cues[ci+1].span.From == i {
			return -1
		}
		q := f.quoteOpenAt(i)
		if q < 0 {
			continue
		}
		if f.claimed[q] || !(tx.IsPunct(i-1, ",") || tx.IsPunct(i-1, ":")) || !f.wholeRest(q, g.sentEnd) {
			return -1
		}
		return q
	}
	return -1
}

// endsAttribution reports whether nothing but the end of the sentence or a
// new clause follows the group: "…," Smith said. / "…," Smith said, adding …
func (f *finder) endsAttribution(g group) bool {
	tx := f.tx
	i := g.after
	// "…?" Sanders asked rhetorically. / "…," Levine said of Trump.
	for i < g.sentEnd && tx.Tokens[i].Kind == token.Word && isAdverb(tx.Lower(i)) {
		i++
	}
	if i < g.sentEnd && i == g.after && afterQuoteAdjuncts[tx.Lower(i)] {
		return true
	}
	return i >= g.sentEnd || tx.IsPunct(i, ",") || tx.IsPunct(i, ";") ||
		tx.IsPunct(i, ":") || tx.IsPunct(i, "\u2014") || tx.Is(i, "and")
}

// standsAfter reports whether an attribution standing alone after the
// quote that closes at b can be that quote's: in the same paragraph, and
// not one that introduces what follows with a colon ("Caddell continued:").
func (f *finder) standsAfter(q, b int, g group) bool {
	if b >= g.s0 {
		return true
	}
	if f.tx.ParaOf(b) != f.tx.ParaOf(g.s0) || f.tx.IsPunct(g.after, ":") {
		return false
	}
	if f.attributionComma(q) {
		return true
	}
	// A quote closed with a period is an attribution's only when the
	// attribution ends its sentence ("“…missing.” Trump said."): in "“B.”
	// He added, “C.”" or "“B.” He said, twice, that …" the cue has content
	// of its own, and B goes with the attribution before it.
	i := g.after
	for i < g.sentEnd && f.tx.Tokens[i].Kind == token.Word && isAdverb(f.tx.Lower(i)) {
		i++
	}
	return i >= g.sentEnd || i == g.after && afterQuoteAdjuncts[f.tx.Lower(i)]
}

// afterQuoteAdjuncts open what may follow "…," Smith said without being
// its content: "said of the senator", "said about the plan", "said as the
// crowd cheered".
var afterQuoteAdjuncts = map[string]bool{"of": true, "as": true, "about": true}

// attributionComma reports whether the quote q ends the way a quote before
// its attribution does: with a comma, question mark, exclamation mark or
// dash inside the marks.
func (f *finder) attributionComma(q int) bool {
	tx := f.tx
	qs := f.qs[q]
	if qs.close < 0 || qs.to <= qs.from {
		return false
	}
	last := qs.to - 1
	for last > qs.from && tx.Tokens[last].Kind == token.Quote && !tx.Tokens[last].Mark.Double() {
		last-- // "… the labels of ‘criminal, super predator,’”"
	}
	return tx.IsPunct(last, ",") || tx.IsPunct(last, "?") || tx.IsPunct(last, "!") ||
		tx.IsPunct(last, "\u2014") || tx.IsPunct(last, "--")
}

// quoteOpensSentence reports whether quote q opens the sentence of group g
// and closes on a comma: "“…,” Merkel told reporters after the meeting
// that was held …" has its content already, whatever "that" follows.
func (f *finder) quoteOpensSentence(q int, g group) bool {
	for i := g.s0; i < f.qs[q].open; i++ {
		if k := f.tx.Tokens[i].Kind; k != token.Punct && k != token.Quote {
			return false
		}
	}
	return f.attributionComma(q)
}

// takeQuote makes the quoted span q the content of a: a direct quote when it
// opens its sentence, else the clause up to it with q as a partial quote.
func (f *finder) takeQuote(a *attr, q int, g group) {
	qs := f.qs[q]
	first := qs.open
	for first > g.s0 && f.qs[q].prev < 0 {
		t := f.tx.Tokens[first-1]
		if t.Kind == token.Punct && !f.tx.IsPunct(first-1, ",") {
			first--
			continue
		}
		break
	}
	// A quote set off by a dash is a sentence of its own: "… - “faith that
	// shows itself,” he said - …".
	d := qs.open - 1
	dashed := d > g.s0 && (isDelim(f.tx, d) && !f.tx.IsPunct(d, ",") || f.tx.IsPunct(d, "-") && f.tx.Tokens[d].Has(token.SpaceBefore))
	if first <= g.s0 || qs.prev >= 0 || dashed {
		a.direct, a.quotes = true, []int{q}
		return
	}
	s0 := f.afterDateline(g.s0)
	a.parts = []token.Span{{From: s0, To: qs.close + 1}}
	a.partial = f.quotesIn(s0, qs.close+1)
}

// wholeRest reports whether quoted span q runs to the end of its sentence
// (or on into the next paragraph), so that it is the whole content.
func (f *finder) wholeRest(q, sentEnd int) bool {
	qs := f.qs[q]
	if qs.close < 0 {
		return true
	}
	return qs.close+1 >= sentEnd || f.tx.SentOf(qs.close).From != f.tx.SentOf(qs.open).From
}

// quotesIn returns the quoted spans that lie within [from, to).
func (f *finder) quotesIn(from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		if q := f.quoteOpenAt(i); q >= 0 && !f.claimed[q] && (f.qs[q].close < to || f.qs[q].close < 0) && !f.notQuote(q) {
			out = append(out, q)
		}
	}
	return out
}

// clauseEnd returns where the reported clause that starts at from ends: at
// the end of the sentence, at a semicolon, or before the next cue when
// that cue is coordinated with this one ("… and proposed …", "…, and Jones
// said …").
func (f *finder) clauseEnd(ci, from, sentEnd int) int {
	tx := f.tx
	end := sentEnd
	for i := from; i < sentEnd; i++ {
		if tx.IsPunct(i, ";") {
			end = i
			break
		}
	}
	for cj := ci + 1; cj < len(f.cues); cj++ {
		n := f.cues[cj]
		if n.span.From >= end {
			break
		}
		if n.participle && tx.IsPunct(n.span.From-1, ",") && n.span.From-1 > from {
			// "defended the plan, calling it …": the participle opens an
			// attribution of its own.
			end = n.span.From - 1
			break
		}
		ng := f.groupOf(n)
		k := ng.start - 1
		if tx.Is(k, "and") || tx.Is(k, "but") || tx.Is(k, "while") {
			k--
			for k > from && tx.IsPunct(k, ",") {
				k--
			}
			if k+1 > from {
				end = k + 1
			}
			break
		}
		if n.according && isDelim(tx, n.span.From-1) && n.span.From-1 > from {
			end = n.span.From - 1 // "…, according to officials"
			break
		}
		if (ng.src.Len() > 0 || !n.participle) && !n.according {
			// "Asked about it, Adelson said, “…”", "…, Bob said, while …"
			// and "…, to which 21 percent said “…”": a later attribution
			// set off by a comma closes this clause.
			if d := f.delimBefore(k, from); d > from {
				end = d
				break
			}
			// "An official, speaking on condition of anonymity, said …":
			// the comma before the later cue itself.
			kk := n.span.From - 1
			for kk > from && tx.Tokens[kk].Kind == token.Word && isAuxWord(tx.Lower(kk)) {
				kk--
			}
			if kk > from && isDelim(tx, kk) && ng.src.Len() > 0 && ng.src.To <= from {
				end = kk
				break
			}
			// "praised his ''faith'' - ''faith that …,'' he said - and …":
			// the quote before a later attribution is that one's.
			if q := f.quoteCloseAt(k); q >= 0 && f.attributionComma(q) && f.qs[q].open > from {
				end = f.qs[q].open
				break
			}
		}
	}
	for end > from && tx.Tokens[end-1].Kind == token.Punct && !f.inQuote(end-1) {
		end--
	}
	return end
}

// throughQuote extends a clause [from, end) that opens a quote closing
// after end, in a later sentence of the paragraph ("He said Cruz “has
// courage. He’s not afraid.”"), to the quote's end.
func (f *finder) throughQuote(from, end int) int {
	for i := from; i < end; i++ {
		q := f.quoteOpenAt(i)
		if q < 0 {
			continue
		}
		qs := f.qs[q]
		if qs.close >= end && qs.prev < 0 && !f.claimed[q] {
			return qs.close + 1
		}
		if qs.close >= 0 {
			i = qs.close
		}
	}
	return end
}

// anonymityFormula reports whether the words at i are the formula that
// explains why a source is unnamed, not what the source said: "(not) to be
// named", "to be identified", "on (the) condition of anonymity".
func (f *finder) anonymityFormula(i int) bool {
	tx := f.tx
	if tx.Is(i, "not") {
		i++
	}
	if tx.Is(i, "to") && tx.Is(i+1, "be") {
		switch tx.Lower(i + 2) {
		case "named", "identified", "quoted", "interviewed":
			return true
		}
	}
	if tx.Is(i, "on") {
		i++
	}
	if tx.Is(i, "the") {
		i++
	}
	return tx.Is(i, "condition") && (tx.Is(i+1, "of") || tx.Is(i+1, "that"))
}

// delimBefore returns the comma or dash at k, or at most two relative or
// linking words before k ("…, to which 21 percent said"), when it lies
// after from; else -1.
func (f *finder) delimBefore(k, from int) int {
	tx := f.tx
	for d := k; d > from && k-d <= 2; d-- {
		if isDelim(tx, d) {
			return d
		}
		switch tx.Lower(d) {
		case "to", "which", "whom", "of", "while", "whereas", "as":
		default:
			return -1
		}
	}
	return -1
}

// accordingMax is the length in tokens up to which the phrase after
// "according to" is the source even when no name or role heads it.
const accordingMax = 6

// according reads "according to X, …" and "…, according to X".
func (f *finder) according(c cue) (attr, bool) {
	tx := f.tx
	sent := tx.SentOf(c.span.From)
	sentEnd := sentenceEnd(tx, sent.Span)
	a := attr{cue: c.span, from: -1}
	// The source runs from after "to" to the next comma or the end.
	j := c.span.To
	reach := 14
	if f.opensSentence(c.span.From) {
		reach = 30 // "According to a 52-count civil complaint filed by …, …"
	}
	for j < sentEnd && !tx.IsPunct(j, ",") && !tx.IsPunct(j, ";") && j-c.span.To < reach {
		j++
	}
	a.src = f.nounPhrase(c.span.To, j)
	if a.src.Len() == 0 && j-c.span.To <= accordingMax && j > c.span.To && tx.Tokens[c.span.To].Kind == token.Word {
		// "according to federal statistics": whatever the phrase, it is
		// the source the writer names.
		a.src = token.Span{From: c.span.To, To: j}
	}
	if a.src.Len() == 0 {
		return a, false
	}
	before := c.span.From
	if tx.IsPunct(before-1, ",") {
		before--
	}
	from := f.afterDateline(sent.From)
	// "But, according to the poll, Trump leads": a conjunction or a short
	// introduction before the phrase is no clause; the clause follows.
	stub := before-from <= accordingStub || f.introOnly(from, before)
	switch {
	case before > sent.From && !(stub && tx.IsPunct(j, ",") && j+1 < sentEnd):
		a.parts = []token.Span{{From: from, To: before}}
	case tx.IsPunct(j, ",") && j+1 < sentEnd:
		a.parts = []token.Span{{From: j + 1, To: sentEnd}}
	default:
		return a, false
	}
	a.partial = f.quotesIn(a.parts[0].From, a.parts[0].To)
	return a, true
}

// accordingStub is the most tokens before a mid-sentence "according to X,"
// that are taken for an introduction rather than the reported clause.
const accordingStub = 2

// addresseeOnly reports whether a verb of telling set off after a clause
// ends its sentence with only whom it was told: "He had been completing
// his second year, a school spokesman told The Wall Street Journal.",
// "…, Defense Secretary Ash Carter told a Senate panel Wednesday." A few
// words with no "that", mark or cue among them are the addressee and its
// adjuncts; the clause before the comma is the content.
func (f *finder) addresseeOnly(c cue, g group) bool {
	tx := f.tx
	switch tx.Lower(c.span.From) {
	case "told", "tells", "tell":
	default:
		return false
	}
	if g.after >= g.sentEnd || g.sentEnd-g.after > addresseeMax {
		return false
	}
	// The one told: a name ("The Wall Street Journal", "a Senate
	// panel") or a person's pronoun or plural; not a thing ("a joke").
	h := g.after
	if determiners[tx.Lower(h)] && h+1 < g.sentEnd {
		h++
	}
	if !tx.Tokens[h].Has(token.Upper) && !toldObjects[tx.Lower(g.after)] {
		return false
	}
	if b := g.start - 1; b <= g.s0 || !tx.IsPunct(b, ",") {
		return false
	}
	for i := g.after; i < g.sentEnd; i++ {
		t := tx.Tokens[i]
		if t.Kind != token.Word && t.Kind != token.Number || tx.Is(i, "that") || f.cueAtTok(i) {
			return false
		}
	}
	return true
}

// addresseeMax is the most tokens an addressee and its adjuncts take.
const addresseeMax = 7

// toldObjects are the lower-case words that name whom something is told.
var toldObjects = map[string]bool{
	"me": true, "us": true, "him": true, "her": true, "them": true, "reporters": true,
	"journalists": true, "supporters": true, "voters": true, "lawmakers": true,
}

// publisher reports whether sp names an organization or a document: in
// "Poll: Clinton leads", "AP: Trump chair routed money" the label before
// the colon says who reports the rest, as a person's name does.
func (f *finder) publisher(sp token.Span) bool {
	if sp.Len() == 0 {
		return false
	}
	if docHeads[f.tx.Lower(sp.To-1)] {
		return true
	}
	// An agency's acronym: "AP: …", "CNN: …"; a longer word in capitals
	// is a label ("WARNING: …").
	if sp.Len() != 1 || f.people == nil || len(f.tx.Text(sp.From)) > 4 || !f.tx.Tokens[sp.From].Has(token.AllUpper) {
		return false
	}
	m, ok := f.people.At(sp.From)
	return ok && m.Actor >= 0 && f.people.KindOf(m.Actor) == actor.Organization
}

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

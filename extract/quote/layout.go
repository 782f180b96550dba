package quote

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// prefixed is a paragraph that opens with a speaker label: "Q:", "A:",
// "TRUMP:", "Sanders —".
type prefixed struct {
	para  int
	label token.Span // the label's words
	body  token.Span // what follows the colon or dash
	q, a  bool       // an interviewer's question, an interviewee's answer
}

// interviews finds the paragraphs laid out as an interview or a transcript
// and makes each answer a direct quote of the person who gives it: the
// named speaker of a "NAME:" paragraph, or for "A:" answers the person the
// text names most often outside the questions and answers. Questions are
// the interviewer's and are left out. The words of these paragraphs are
// then no place to look for cues. A single labelled paragraph is taken only
// when its label is a person the text names elsewhere, so that headings
// such as "Deep Look: …" stay text; outside quotation marks, such a lone
// label (a headline's "Pence: …") reports speech rather than quotes it.
func (f *finder) interviews() {
	tx := f.tx
	var ps []prefixed
	qa := 0
	for p, para := range tx.Paras {
		if x, ok := f.prefix(p, para); ok {
			ps = append(ps, x)
			if x.q || x.a {
				qa++
			}
		}
	}
	if len(ps) == 0 {
		return
	}
	interviewee := -1
	if qa >= 2 && f.people != nil {
		interviewee = f.mostNamedPerson(ps)
	}
	asks := f.interviewer(ps)
	labels := 0
	for _, x := range ps {
		if !x.q {
			labels++
		}
	}
	for _, x := range ps {
		var sp Speaker
		switch {
		case x.q || asks != "" && strings.EqualFold(tx.Slice(x.label.From, x.label.To), asks):
			f.mask(token.Span{From: x.label.From, To: x.body.To})
			continue
		case x.a:
			if qa < 2 {
				continue
			}
			sp = Speaker{Kind: Unknown}
			if interviewee >= 0 {
				f.named(&sp, interviewee)
			}
		default:
			if f.labelActor(x.label) < 0 && !(len(ps) >= 2 && f.allCaps(x.label)) {
				continue
			}
			sp = f.labelSpeaker(x.label)
		}
		body := x.body
		quoted := true
		// A body in quotation marks is the quote without its marks.
		if q := f.quoteOpenAt(body.From); q >= 0 && f.qs[q].close == body.To-1 {
			body = token.Span{From: f.qs[q].from, To: f.qs[q].to}
			f.claimed[q] = true
		} else if q := f.quoteOpenAt(x.label.From - 1); q >= 0 {
			// "WALLACE: …" with the whole paragraph quoted: the label is
			// inside the marks, the answer ends before the closing one.
			body.To = f.qs[q].to
			f.claimed[q] = true
		} else {
			quoted = false
		}
		f.mask(token.Span{From: x.label.From, To: x.body.To})
		a := attr{cue: token.Span{From: x.body.From - 1, To: x.body.From},
			src: x.label, from: -1, direct: true, parts: []token.Span{body}, sp: sp, resolved: true}
		if !quoted && (x.para == 0 || labels < 2) {
			// A headline's "Pence: Flowers won't be at debate", outside a
			// transcript and outside quotation marks, reports what was
			// said in the writer's words; quoted words in it are partial.
			a.direct = false
			a.partial = f.quotesIn(body.From, body.To)
		}
		f.attrs = append(f.attrs, a)
	}
}

// interviewer returns the label of the paragraphs that only ask, in a
// transcript of two voices or more ("THE LARDER: Why now?" beside "DE LA
// VEGA: Because …"): the interviewer's, whose questions are no quotes.
// It returns "" when no label asks in every paragraph it opens.
func (f *finder) interviewer(ps []prefixed) string {
	tx := f.tx
	type tally struct{ n, asks int }
	labels := map[string]*tally{}
	var order []string
	for _, x := range ps {
		if x.q || x.a {
			continue
		}
		l := strings.ToLower(tx.Slice(x.label.From, x.label.To))
		tl := labels[l]
		if tl == nil {
			tl = &tally{}
			labels[l] = tl
			order = append(order, l)
		}
		tl.n++
		if last := x.body.To - 1; last >= x.body.From && (tx.IsPunct(last, "?") || tx.Tokens[last].Kind == token.Quote && tx.IsPunct(last-1, "?")) {
			tl.asks++
		}
	}
	if len(labels) < 2 {
		return ""
	}
	for _, l := range order {
		if tl := labels[l]; tl.n >= 2 && tl.asks == tl.n {
			return l
		}
	}
	return ""
}

// prefix reads the label that opens paragraph p, if any.
func (f *finder) prefix(p int, para token.Span) (prefixed, bool) {
	tx := f.tx
	x := prefixed{para: p}
	if para.Len() < 3 {
		return x, false
	}
	// The label: one to four capitalized words, or Q / A, maybe after the
	// opening mark of a transcript quoted paragraph by paragraph.
	from, marked := para.From, false
	if opensQuote(tx.Tokens[from]) {
		from, marked = from+1, true
	}
	i := from
	for i < para.To && i-from < 4 && tx.Tokens[i].Kind == token.Word &&
		tx.Tokens[i].Flags&(token.Upper|token.AllUpper) != 0 {
		i++
	}
	if i == from || i >= para.To-1 {
		return x, false
	}
	if !tx.IsPunct(i, ":") && !tx.IsPunct(i, "\u2014") && !tx.IsPunct(i, "-") && !tx.IsPunct(i, "\u2013") {
		return x, false
	}
	if marked && !f.allCaps(token.Span{From: from, To: i}) && !f.wholeParaQuote(para) {
		// "“Trump: you lie,” tweeted the prince": the label is the one
		// addressed; a transcript's labels are in capitals or its
		// paragraphs quoted whole.
		return x, false
	}
	x.label = token.Span{From: from, To: i}
	x.body = token.Span{From: i + 1, To: para.To}
	if x.label.Len() == 1 {
		switch tx.Text(from) {
		case "Q", "Q.":
			x.q = true
		case "A", "A.":
			x.a = true
		}
	}
	if !x.q && !x.a && !tx.IsPunct(i, ":") {
		// "Name — text" only with a quote after the dash.
		if f.quoteOpenAt(i+1) < 0 {
			return x, false
		}
	}
	return x, true
}

// wholeParaQuote reports whether the quote opening para runs to its end.
func (f *finder) wholeParaQuote(para token.Span) bool {
	q := f.quoteOpenAt(para.From)
	return q >= 0 && (f.qs[q].close < 0 || f.qs[q].close >= para.To-2)
}

// labelSpeaker names the speaker of a "NAME:" paragraph: the person the
// label names, where a label in capitals ("TRUMP") is matched without case
// to the people of the text and is otherwise a person known by that name.
func (f *finder) labelSpeaker(label token.Span) Speaker {
	sp := f.resolve(label, -1)
	if !f.allCaps(label) || sp.Kind == Person && sp.Name != "" && sp.Name != f.tx.Slice(label.From, label.To) {
		return sp
	}
	if f.people != nil {
		a := -1
		if label.Len() == 1 {
			a = f.people.PersonNamed(f.tx.Text(label.From))
		} else {
			words := make([]string, 0, label.Len())
			for i := label.From; i < label.To; i++ {
				words = append(words, f.tx.Text(i))
			}
			a = f.people.PersonByTail(words)
		}
		if a >= 0 {
			f.named(&sp, a)
			return sp
		}
	}
	sp.Kind, sp.Name = Person, titleWords(f.tx.Slice(label.From, label.To))
	return sp
}

// titleWords capitalizes the first letter of each word and lowers the
// rest: "DONALD TRUMP" → "Donald Trump".
func titleWords(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(b)
}

// allCaps reports whether every word of sp is in capitals: "TRUMP:".
func (f *finder) allCaps(sp token.Span) bool {
	for i := sp.From; i < sp.To; i++ {
		if !f.tx.Tokens[i].Has(token.AllUpper) {
			return false
		}
	}
	return true
}

// labelActor returns the person a label names, or -1.
func (f *finder) labelActor(sp token.Span) int {
	if f.people == nil {
		return -1
	}
	m, ok := f.people.At(sp.To - 1)
	if !ok || m.Actor < 0 || f.people.KindOf(m.Actor) != actor.Person {
		return -1
	}
	return m.Actor
}

// mostNamedPerson returns the person mentioned most often outside the
// labelled paragraphs, or -1.
func (f *finder) mostNamedPerson(ps []prefixed) int {
	inQA := map[int]bool{}
	for _, x := range ps {
		inQA[x.para] = true
	}
	counts := map[int]int{}
	best := -1
	for _, m := range f.people.Mentions {
		if m.Actor < 0 || f.people.KindOf(m.Actor) != actor.Person || inQA[f.tx.ParaOf(m.From)] {
			continue
		}
		counts[m.Actor]++
		if best < 0 || counts[m.Actor] > counts[best] {
			best = m.Actor
		}
	}
	return best
}

// signedParagraphs reads the layout of collected reactions, one a
// paragraph: “…” ― Veronica Cruz. A paragraph that opens with a quotation
// mark and ends with a closing mark, a dash and a name is a direct quote of
// that name, whatever marks inside it fail to pair (“… what he calls
// “hell” than …”).
func (f *finder) signedParagraphs() {
	tx := f.tx
	for _, para := range tx.Paras {
		if para.Len() < 4 {
			continue
		}
		first := tx.Tokens[para.From]
		if first.Kind != token.Quote || !first.Mark.Double() || !first.Has(token.Open) || first.Has(token.Close) {
			continue
		}
		d := para.To - 1
		if tx.IsPunct(d, ".") {
			d--
		}
		for d > para.From && f.nameWord(d) || tx.IsPunct(d, ",") && d > para.From {
			d--
		}
		if d <= para.From+1 || !isSignDash(tx, d) {
			continue
		}
		cue, src, ok := f.signature(d, para.To, 6)
		if !ok {
			continue
		}
		end := d - 1
		if tx.IsPunct(end, ".") || tx.IsPunct(end, ",") {
			end--
		}
		if end <= para.From+1 || tx.Tokens[end].Kind != token.Quote {
			continue
		}
		for i := para.From; i < end; i++ {
			if q := f.quoteOpenAt(i); q >= 0 {
				f.claimed[q] = true
			}
		}
		f.mask(para)
		f.attrs = append(f.attrs, attr{from: -1, direct: true, cue: cue, src: src,
			parts: []token.Span{{From: para.From + 1, To: end}}})
	}
}

// mask marks the tokens of sp as quoted speech, where no cue is looked for.
func (f *finder) mask(sp token.Span) {
	for i := sp.From; i < sp.To; i++ {
		f.quoted[i] = true
	}
}

// dialogues reads paragraphs set as dialogue with dashes, the Spanish raya
// convention: "—No vamos a cortar el agua —aseguró la alcaldesa—. Pero
// tenemos que ahorrar." The words after the opening dash are a direct
// quote, up to a dash after a space that opens the narrator's insert; the
// insert names the speaker after its verb ("aseguró la alcaldesa"); what
// follows the insert's closing dash is more of the same quote. An insert
// with no speaker ("—respondió") continues the last named speaker of the
// dialogue.
func (f *finder) dialogues() {
	tx := f.tx
	last := -1 // index of the last dialogue attribution with a person
	for _, para := range tx.Paras {
		if para.Len() < 2 || !tx.IsPunct(para.From, "\u2014") {
			continue
		}
		d1, d2 := -1, para.To
		for i := para.From + 1; i < para.To; i++ {
			if !tx.IsPunct(i, "\u2014") {
				continue
			}
			if d1 < 0 {
				if tx.Tokens[i].Has(token.SpaceBefore) {
					d1 = i
				}
				continue
			}
			d2 = i
			break
		}
		a := attr{from: -1, direct: true}
		if d1 < 0 {
			a.parts = []token.Span{{From: para.From + 1, To: para.To}}
			a.cue = token.Span{From: para.From, To: para.From + 1}
		} else {
			a.parts = []token.Span{{From: para.From + 1, To: d1}}
			rest := d2 + 1
			for rest < para.To && tx.Tokens[rest].Kind == token.Punct {
				rest++
			}
			if rest < para.To {
				a.parts = append(a.parts, token.Span{From: rest, To: para.To})
			}
			// The insert: an optional clitic, the verb, then the speaker.
			v := d1 + 1
			for v < d2 && (tx.Is(v, "le") || tx.Is(v, "les") || tx.Is(v, "se")) {
				v++
			}
			a.cue = token.Span{From: v, To: min(v+1, d2)}
			a.src = f.nounPhrase(v+1, d2)
		}
		a.sp = f.resolve(a.src, -1)
		a.resolved = true
		if a.src.Len() == 0 && last >= 0 {
			a.sp, a.from = f.attrs[last].sp, last
		}
		f.mask(token.Span{From: para.From, To: para.To})
		f.attrs = append(f.attrs, a)
		if a.sp.Kind == Person && a.sp.Name != "" {
			last = len(f.attrs) - 1
		}
	}
}

package token

import (
	"unicode"
	"unicode/utf8"
)

// split groups the tokens into sentences and paragraphs. A paragraph starts
// at every line break. A sentence ends at . ! ? or … (with any closing marks
// and brackets after it) when the next token can start a sentence, and after
// an abbreviation's period only when what follows is a typical sentence
// opener ("… talks with the U.S. The envoy said").
func (t *Text) split() {
	n := len(t.Tokens)
	t.Sents = make([]Sentence, 0, n/20+1)
	para := -1
	start := 0
	for i := 0; i < n; i++ {
		if t.Tokens[i].Has(ParaStart) {
			if i > start {
				t.addSent(start, i, para)
			}
			para++
			t.Paras = append(t.Paras, Span{From: i, To: i})
			start = i
		}
		end := t.sentenceEnd(i)
		if end == i {
			continue
		}
		// The closing marks and brackets after the period belong to it.
		if end < n && !t.Tokens[end].Has(ParaStart) && t.startsSentence(end, i) {
			t.addSent(start, end, para)
			start = end
		}
		i = end - 1
	}
	if start < n {
		t.addSent(start, n, para)
	}
	for p := range t.Paras {
		if p+1 < len(t.Paras) {
			t.Paras[p].To = t.Paras[p+1].From
		} else {
			t.Paras[p].To = n
		}
	}
}

func (t *Text) addSent(from, to, para int) {
	k := int32(len(t.Sents))
	for i := from; i < to; i++ {
		t.Tokens[i].Sent = k
	}
	t.Sents = append(t.Sents, Sentence{Span: Span{From: from, To: to}, Para: para})
}

// sentenceEnd returns, when token i can end a sentence, the index after it
// and after the closing marks and brackets that follow; else i.
func (t *Text) sentenceEnd(i int) int {
	tok := t.Tokens[i]
	switch {
	case tok.Kind == Punct:
		c := t.Src[tok.Start]
		if c == '/' && !tok.Has(SpaceBefore) && i+1 < len(t.Tokens) && t.Tokens[i+1].Has(SpaceBefore) {
			// "…Ukraine War/ Newslooks/ WASHINGTON/": a header's fields,
			// each a sentence of its own (the next must still open one).
			return i + 1
		}
		if c != '.' && c != '!' && c != '?' && t.Src[tok.Start:tok.End] != "\u2026" {
			return i
		}
	case tok.Has(Abbrev):
	default:
		return i
	}
	j := i + 1
	for j < len(t.Tokens) && !t.Tokens[j].Has(ParaStart) {
		nt := t.Tokens[j]
		if nt.Kind == Quote && nt.Has(Close) && !nt.Has(SpaceBefore) ||
			nt.Kind == Punct && (t.Src[nt.Start] == ')' || t.Src[nt.Start] == ']') {
			j++
			continue
		}
		break
	}
	return j
}

// startsSentence reports whether token j can open a sentence after the
// sentence-ending candidate token i.
func (t *Text) startsSentence(j, i int) bool {
	nt := t.Tokens[j]
	if !nt.Has(SpaceBefore) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t.Src[nt.Start:nt.End])
	opener := unicode.IsUpper(first) || nt.Kind == Number || nt.Kind == Quote && nt.Has(Open) ||
		first == '(' || first == '[' || first == '\u2014' || first == '-'
	if !opener {
		return false
	}
	if !t.Tokens[i].Has(Abbrev) {
		return true
	}
	// After an abbreviation only a word that usually opens a sentence does:
	// "the U.S. He said" splits, "U.S. officials" and "Mr. Smith" do not.
	w := t.Lower(i)
	if isTitle(w) {
		return false
	}
	return sentenceOpeners[t.Lower(j)]
}

// isTitle reports whether the lower-cased abbreviation w is a title that
// always precedes a name.
func isTitle(w string) bool {
	switch w {
	case "mr.", "mrs.", "ms.", "dr.", "sen.", "sens.", "rep.", "reps.", "gov.", "lt.", "gen.",
		"col.", "sgt.", "capt.", "cmdr.", "adm.", "maj.", "prof.", "rev.", "hon.", "pres.",
		"atty.", "supt.", "msgr.", "fr.", "st.", "mt.", "no.", "nos.":
		return true
	}
	return false
}

// sentenceOpeners are lower-cased words that commonly open a sentence and
// rarely follow an abbreviation inside one.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "this": true, "that": true, "these": true, "those": true,
	"but": true, "and": true, "or": true, "so": true, "yet": true, "in": true, "on": true,
	"at": true, "for": true, "if": true, "when": true, "while": true, "after": true,
	"before": true, "as": true, "there": true, "his": true, "her": true, "their": true,
	"our": true, "its": true, "my": true, "what": true, "why": true, "how": true, "who": true,
	"still": true, "however": true, "meanwhile": true, "now": true, "then": true, "since": true,
	"although": true, "though": true, "both": true, "many": true, "some": true, "most": true,
	"officials": true, "asked": true, "instead": true, "also": true, "despite": true,
	"during": true, "according": true, "last": true, "earlier": true, "later": true,
}

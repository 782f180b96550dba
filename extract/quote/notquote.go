package quote

import "github.com/whosaid/whosaid/extract/token"

// notQuote reports whether the quoted span q holds words that are not
// anyone's speech: a title of a work ("the film “Gone Girl”"), a nickname
// (Dwayne “The Rock” Johnson), a term being named or defined ("known as
// “Project Freedom”", "the so-called “deal”"), or a slogan.
func (f *finder) notQuote(q int) bool {
	tx := f.tx
	qs := f.qs[q]
	if qs.close < 0 {
		return false
	}
	// Between the given name and the surname: a nickname.
	if qs.open > 0 && qs.close+1 < len(tx.Tokens) && f.nameWord(qs.open-1) && f.nameWord(qs.close+1) &&
		tx.SentOf(qs.open-1).From != qs.open-1 && tx.SentOf(qs.close+1).From != qs.close+1 &&
		tx.Tokens[qs.open-1].Sent == tx.Tokens[qs.open].Sent && tx.Tokens[qs.close+1].Sent == tx.Tokens[qs.close].Sent {
		return true
	}
	// What stands just before the opening mark.
	for k := qs.open - 1; k >= 0 && k >= qs.open-3; k-- {
		if tx.Tokens[k].Kind != token.Word {
			break
		}
		w := tx.Lower(k)
		if namingWords[w] {
			return true
		}
		if workNouns[w] && f.titleCased(qs) {
			return true
		}
		if k == qs.open-1 && (w == "as" && tx.Is(k-1, "known") || w == "the" || w == "a" || w == "an") && f.titleCased(qs) {
			return true // "known as “X”", "the “Still Sanders” rally"
		}
		if k == qs.open-1 && tx.Tokens[k].Has(token.Possessive) && f.titleCased(qs) {
			return true // "ABC’s “This Week”": a show, a book, a column
		}
		if k == qs.open-1 && (w == "on" || w == "in") && f.titleCased(qs) && tx.Tokens[qs.from].Has(token.Upper) {
			return true // "an appearance on “CBS This Morning”"
		}
	}
	return false
}

// nameWord reports whether token i is a capitalized word.
func (f *finder) nameWord(i int) bool {
	t := f.tx.Tokens[i]
	return t.Kind == token.Word && t.Flags&(token.Upper|token.AllUpper) != 0
}

// titleCased reports whether the quoted words read as a title: every word
// of four letters or more capitalized, and no clause punctuation inside.
func (f *finder) titleCased(qs qspan) bool {
	tx := f.tx
	words := 0
	for i := qs.from; i < qs.to; i++ {
		t := tx.Tokens[i]
		switch t.Kind {
		case token.Punct:
			if p := tx.Text(i); p == "," && i == qs.to-1 || p == "." && i == qs.to-1 || p == ":" || p == "?" || p == "!" {
				continue
			}
			if p := tx.Text(i); p == "," || p == "." || p == ";" {
				return false
			}
		case token.Word:
			words++
			if len(tx.Text(i)) >= 4 && t.Flags&(token.Upper|token.AllUpper) == 0 {
				return false
			}
		}
	}
	return words > 0 && words <= 10
}

// namingWords, just before a quote, make it a term rather than speech.
var namingWords = map[string]bool{
	"so-called": true, "dubbed": true, "nicknamed": true, "titled": true, "entitled": true,
	"term": true, "word": true, "phrase": true, "slogan": true, "motto": true,
	"hashtag": true, "label": true, "headlined": true, "named": true, "codenamed": true,
	"code-named": true, "branded": true, "billed": true,
}

// workNouns name works whose titles appear in quotation marks.
var workNouns = map[string]bool{
	"film": true, "movie": true, "book": true, "show": true, "song": true, "album": true,
	"series": true, "program": true, "programme": true, "documentary": true, "podcast": true,
	"play": true, "musical": true, "novel": true, "memoir": true, "poem": true,
	"column": true, "article": true, "essay": true, "op-ed": true, "episode": true,
	"magazine": true, "newspaper": true, "headline": true, "ad": true, "video": true,
	"report": true, "speech": true, "rally": true, "tour": true, "event": true,
	"segment": true, "sketch": true, "hit": true, "single": true, "opera": true,
}

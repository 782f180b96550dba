// Package body scores article-body extraction the way the public
// article-extraction benchmark (Scrapinghub, 2020) does, so that whosaid's
// figures sit next to the published ones: word-token 4-shingles compared as
// multisets, per-page counts normalized, precision and recall averaged over
// pages, F1 from the two averages.
package body

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ShingleSize is the number of consecutive tokens in a shingle.
const ShingleSize = 4

// Tokens splits text into runs of word characters (Unicode letters, digits
// and '_'), the benchmark's `\w+` with Python's Unicode semantics. Case is
// kept. Combining marks are not word characters, exactly as in Python's re
// (which the published figures came from), so a decomposed "é" splits.
func Tokens(text string) []string {
	var toks []string
	start := -1
	for i, r := range text {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, text[start:])
	}
	return toks
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Shingles counts the runs of ShingleSize consecutive tokens of text. A text
// with fewer tokens than that is one shorter shingle, and a text with no
// tokens has none, as in the benchmark's reference code.
func Shingles(text string) map[string]int {
	toks := Tokens(text)
	n := len(toks) - ShingleSize + 1
	if n < 1 {
		n = 1
	}
	m := make(map[string]int, n)
	for i := 0; i < n && i < len(toks); i++ {
		end := min(i+ShingleSize, len(toks))
		// The NUL byte cannot occur inside a token, so the joined key is unambiguous.
		m[strings.Join(toks[i:end], "\x00")]++
	}
	return m
}

// Counts are one page's true positives, false positives and false negatives,
// in shingles, divided by their sum so that every page weighs the same.
type Counts struct {
	TP, FP, FN float64
}

// Match compares a predicted body with the gold one. Soft hyphens are
// removed from the prediction first, as the benchmark does; two gold bodies
// keep theirs, so a word hyphenated there splits into two tokens.
func Match(gold, pred string) Counts {
	g, p := Shingles(gold), Shingles(strings.ReplaceAll(pred, "\u00ad", ""))
	var tp, fp, fn int
	for k, gc := range g {
		pc := p[k]
		tp += min(gc, pc)
		fn += max(0, gc-pc)
	}
	for k, pc := range p {
		fp += max(0, pc-g[k])
	}
	c := Counts{float64(tp), float64(fp), float64(fn)}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c = Counts{c.TP / s, c.FP / s, c.FN / s}
	}
	return c
}

// Precision is TP/(TP+FP): 1 for a perfect page (no FP and no FN), 0 when
// nothing predicted matched.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is TP/(TP+FN): 1 for a perfect page, 0 when nothing of the gold
// was found.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the page's harmonic mean of precision and recall, for ranking pages;
// the set's F1 is computed from the averages instead (see Summary).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SameTokens reports whether gold and pred have equal token lists, the
// benchmark's accuracy criterion. Soft hyphens are kept on both sides here:
// the published accuracies (Readability.js 0.166, go-trafilatura 0.287) are
// reproduced only that way, since two gold bodies contain them.
func SameTokens(gold, pred string) bool {
	g, p := Tokens(gold), Tokens(pred)
	if len(g) != len(p) {
		return false
	}
	for i := range g {
		if g[i] != p[i] {
			return false
		}
	}
	return true
}

package extract_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/fixtures"
)

// Floors for the dates of the fixture pages. The dates issue asks for
// detection F1 ≥ 0.95 and value accuracy ≥ 0.93; the finder reaches 1.000
// and 1.000 on these 150 dates, and the floors hold it there but for one
// slip, so that a change that loses ground fails.
const (
	fixtureDatesF1    = 0.99
	fixtureDatesValue = 0.99
)

// TestFixtureDates holds the full extraction to the hand-written dates of
// the fixture pages (English, German, French and Spanish), scored as
// `whosaid eval dates` scores its own gold: detection precision, recall
// and F1 by overlap, and value accuracy on the gold dates found.
//
// A fixture gold date gives its text once and no offsets, so it stands for
// every place its text occurs in the article, at word boundaries and with
// white space collapsed, but not inside another gold date's text. It is found when an extracted date overlaps one
// of those places, and its value is right when every date overlapping
// them has the gold value (the gold lists an expression once because all
// its occurrences mean the same). An extracted date is a true positive when it
// overlaps a place of some gold date.
func TestFixtureDates(t *testing.T) {
	var gold, found, right, pred, predOK int
	for _, f := range extractFixtures(t) {
		p, g, a := f.page, f.gold, f.article
		text := newSpanText(a.Text)
		places := goldPlaces(text, g.Dates)
		for k, gd := range g.Dates {
			gold++
			if len(places[k]) == 0 {
				t.Errorf("%s: gold date %q is not in the extracted text", p.Name, gd.Text)
				continue
			}
			var values []string
			for _, d := range a.Dates {
				if overlapsDate(d, places[k]) {
					values = append(values, d.Value)
				}
			}
			switch {
			case len(values) == 0:
				t.Logf("%s: missed %q (%s)", p.Name, gd.Text, gd.Value)
				continue
			case allEqual(values, gd.Value):
				right++
			default:
				t.Logf("%s: %q is %v, want %s", p.Name, gd.Text, values, gd.Value)
			}
			found++
		}
		for _, d := range a.Dates {
			pred++
			ok := false
			for k := range g.Dates {
				ok = ok || overlapsDate(d, places[k])
			}
			if ok {
				predOK++
			} else {
				t.Logf("%s: extra %q (%s)", p.Name, d.Text, d.Value)
			}
		}
	}
	prec := float64(predOK) / float64(max(pred, 1))
	rec := float64(found) / float64(max(gold, 1))
	f1 := 2 * prec * rec / max(prec+rec, 1e-9)
	acc := float64(right) / float64(max(found, 1))
	t.Logf("fixture dates: gold %d, found %d, extracted %d (%d right): P %.3f R %.3f F1 %.3f; value accuracy %.3f (%d/%d)",
		gold, found, pred, predOK, prec, rec, f1, acc, right, found)
	if f1 < fixtureDatesF1 {
		t.Errorf("detection F1 %.3f, want ≥ %.2f", f1, fixtureDatesF1)
	}
	if acc < fixtureDatesValue {
		t.Errorf("value accuracy %.3f, want ≥ %.2f", acc, fixtureDatesValue)
	}
}

// goldPlaces finds where each gold date's text occurs, leaving out the
// places inside a longer gold date's: "Sunday" is not the "Sunday" of
// "next Sunday" when the gold lists both.
func goldPlaces(text spanText, dates []fixtures.GoldDate) [][][2]int {
	all := make([][][2]int, len(dates))
	for k, gd := range dates {
		all[k] = text.find(gd.Text)
	}
	places := make([][][2]int, len(dates))
	for k := range dates {
		for _, p := range all[k] {
			inside := false
			for o := range dates {
				for _, q := range all[o] {
					inside = inside || o != k && q[0] <= p[0] && p[1] <= q[1] && q[1]-q[0] > p[1]-p[0]
				}
			}
			if !inside {
				places[k] = append(places[k], p)
			}
		}
	}
	return places
}

// spanText is an article text with its white space collapsed, for finding
// the gold texts, which collapse it too; pos maps each byte of the
// collapsed text back to a code-point offset in the original.
type spanText struct {
	flat string
	pos  []int // len(flat)+1 entries
}

func newSpanText(s string) spanText {
	var b strings.Builder
	var pos []int
	cp, space := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				pos = append(pos, cp)
			}
			space = true
			cp++
			continue
		}
		space = false
		for range utf8.RuneLen(r) {
			pos = append(pos, cp)
		}
		b.WriteRune(r)
		cp++
	}
	return spanText{flat: b.String(), pos: append(pos, cp)}
}

// find returns the code-point spans where phrase occurs as whole words.
func (s spanText) find(phrase string) [][2]int {
	phrase = strings.Join(strings.Fields(phrase), " ")
	var out [][2]int
	for from := 0; phrase != ""; {
		k := strings.Index(s.flat[from:], phrase)
		if k < 0 {
			break
		}
		b, e := from+k, from+k+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s.flat[:b])
		after, _ := utf8.DecodeRuneInString(s.flat[e:])
		if !isWordRune(before) && !isWordRune(after) {
			out = append(out, [2]int{s.pos[b], s.pos[e-1] + 1})
		}
		from = b + 1
	}
	return out
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func overlapsDate(d extract.Date, spans [][2]int) bool {
	for _, s := range spans {
		if d.Start < s[1] && s[0] < d.End {
			return true
		}
	}
	return false
}

// allEqual reports whether every value in vs is v.
func allEqual(vs []string, v string) bool {
	for _, x := range vs {
		if x != v {
			return false
		}
	}
	return true
}

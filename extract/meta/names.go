package meta

import (
	"strings"
	"unicode"
)

// monthNames maps month names and their unambiguous abbreviations (three
// letters or more) in the languages of the pages we read to 1–12. Built
// once; read-only afterwards.
var monthNames = buildMonths()

func buildMonths() map[string]int {
	full := [][]string{
		// English, German, French, Spanish, Italian, Portuguese, Dutch,
		// Indonesian, Russian (nominative and genitive).
		{"january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "январь", "января"},
		{"february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "февраль", "февраля"},
		{"march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "maret", "март", "марта"},
		{"april", "avril", "abril", "aprile", "апрель", "апреля"},
		{"may", "mai", "mayo", "maggio", "maio", "mei", "май", "мая"},
		{"june", "juni", "juin", "junio", "giugno", "junho", "июнь", "июня"},
		{"july", "juli", "juillet", "julio", "luglio", "julho", "июль", "июля"},
		{"august", "août", "aout", "agosto", "augustus", "agustus", "август", "августа"},
		{"september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентябрь", "сентября"},
		{"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "октябрь", "октября"},
		{"november", "novembre", "noviembre", "novembro", "ноябрь", "ноября"},
		{"december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "desember", "декабрь", "декабря"},
	}
	m := map[string]int{}
	ambiguous := map[string]bool{}
	for i, names := range full {
		for _, n := range names {
			m[n] = i + 1
			r := []rune(n)
			for k := 3; k < len(r); k++ {
				p := string(r[:k])
				if v, ok := m[p]; ok && v != i+1 {
					ambiguous[p] = true
				} else if !ok {
					m[p] = i + 1
				}
			}
		}
	}
	for _, n := range full {
		for _, name := range n {
			ambiguous[name] = false
		}
	}
	for p, amb := range ambiguous {
		if amb {
			delete(m, p)
		}
	}
	m["sept"] = 9
	return m
}

func monthByName(w string) int { return monthNames[w] }

// zone is a time zone abbreviation: a fixed offset, or a US zone whose
// offset depends on the date (us is 'E', 'C', 'M' or 'P').
type zone struct {
	offset int
	us     byte
}

// zones are the abbreviations news pages print after a time. Ambiguous
// ones that pages rarely mean by default (AMT, BST as Bangladesh) are left
// out or given their common news meaning: IST is India's.
var zones = map[string]zone{
	"utc": {}, "gmt": {}, "z": {}, "ut": {},
	"est": {offset: -5 * 3600}, "edt": {offset: -4 * 3600}, "et": {us: 'E'},
	"cst": {offset: -6 * 3600}, "cdt": {offset: -5 * 3600}, "ct": {us: 'C'},
	"mst": {offset: -7 * 3600}, "mdt": {offset: -6 * 3600}, "mt": {us: 'M'},
	"pst": {offset: -8 * 3600}, "pdt": {offset: -7 * 3600}, "pt": {us: 'P'},
	"akst": {offset: -9 * 3600}, "akdt": {offset: -8 * 3600}, "hst": {offset: -10 * 3600},
	"bst": {offset: 3600}, "ist": {offset: 5*3600 + 1800}, "cet": {offset: 3600},
	"cest": {offset: 2 * 3600}, "eet": {offset: 2 * 3600}, "eest": {offset: 3 * 3600},
	"wet": {}, "west": {offset: 3600}, "msk": {offset: 3 * 3600}, "jst": {offset: 9 * 3600},
	"kst": {offset: 9 * 3600}, "hkt": {offset: 8 * 3600}, "sgt": {offset: 8 * 3600},
	"aest": {offset: 10 * 3600}, "aedt": {offset: 11 * 3600}, "wib": {offset: 7 * 3600},
	"pht": {offset: 8 * 3600}, "sast": {offset: 2 * 3600}, "wat": {offset: 3600},
	"eat": {offset: 3 * 3600}, "nzst": {offset: 12 * 3600}, "nzdt": {offset: 13 * 3600},
}

func zoneByName(w string) *zone {
	if z, ok := zones[w]; ok {
		return &z
	}
	return nil
}

// squash keeps only the letters and digits of s, lower-cased: "The Wall
// Street Journal" and "thewallstreetjournal" compare equal.
func squash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r > 127 && isLetterOrDigit(r):
			b.WriteString(strings.ToLower(string(r)))
		}
	}
	return b.String()
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

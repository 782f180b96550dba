package meta

import "strings"

// chooseLanguage returns the page's language as a BCP 47 tag, from <html
// lang>, og:locale, the Content-Language meta, Dublin Core and JSON-LD
// inLanguage, in that order.
func chooseLanguage(p *page, ld ldInfo) string {
	for _, v := range []string{p.lang, p.meta("og:locale"), p.meta("content-language"),
		p.meta("language"), p.meta("dc.language"), p.meta("inlanguage"), ld.language} {
		if tag := normLang(v); tag != "" {
			return tag
		}
	}
	return ""
}

// normLang turns "en_US", "EN-us", "de-AT, en" into BCP 47 form ("en-US",
// "de-AT"): language lower case, script title case, region upper case.
// It returns "" for anything that is not a language tag ("italiano
// (italian)").
func normLang(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ",; "); i >= 0 {
		v = v[:i]
	}
	if v == "" {
		return ""
	}
	parts := strings.Split(strings.ReplaceAll(v, "_", "-"), "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 || !isAlpha(parts[0]) {
		return ""
	}
	out := make([]string, 0, len(parts))
	out = append(out, strings.ToLower(parts[0]))
	for _, s := range parts[1:] {
		switch {
		case len(s) == 2 && isAlpha(s), len(s) == 3 && isNum(s):
			out = append(out, strings.ToUpper(s))
		case len(s) == 4 && isAlpha(s):
			out = append(out, strings.ToUpper(s[:1])+strings.ToLower(s[1:]))
		case len(s) >= 1 && len(s) <= 8 && isAlnum(s):
			out = append(out, strings.ToLower(s))
		default:
			return out[0]
		}
	}
	return strings.Join(out, "-")
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isNum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && !isAlpha(s[i:i+1]) {
			return false
		}
	}
	return true
}

package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// idVersion starts every hashed input, so that a future change of recipe
// gives new ids instead of colliding with old ones.
const idVersion = "whosaid-claim-v1"

// ID returns the stable id of the occurrence-th (from 0) quote of the given
// kind and text in the article at articleURL:
//
//	hex(SHA-256("whosaid-claim-v1" NUL url NUL kind NUL text NUL occurrence))[:32]
//
// where url is articleURL with its scheme and host lower-cased, its default
// port and fragment dropped; text is the quote's text in Unicode NFKC,
// lower-cased, with typographic quotes and apostrophes made plain and runs of
// white space made one space; occurrence counts earlier quotes of the article
// with the same kind and normalized text, so a repeated quote gets its own
// id. The speaker and offsets are left out on purpose: a better extractor
// that resolves the speaker differently or trims the body differently still
// names the same claim. 128 bits are kept: enough that ids never collide.
func ID(articleURL, kind, text string, occurrence int) string {
	return idOf(articleURL, kind, normalize(text), occurrence)
}

func idOf(articleURL, kind, normText string, occurrence int) string {
	h := sha256.New()
	for _, part := range []string{idVersion, canonicalURL(articleURL), kind, normText} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	h.Write(strconv.AppendInt(nil, int64(occurrence), 10))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// plainQuotes maps typographic quotation marks and apostrophes to ASCII ones,
// which extractors and sites use interchangeably. A Replacer is safe for
// concurrent use and never changes after this line.
var plainQuotes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`,
	"\u00ab", `"`, "\u00bb", `"`,
)

// normalize is the quote text as the id sees it; see ID.
func normalize(text string) string {
	text = strings.ToLower(norm.NFKC.String(text))
	text = plainQuotes.Replace(text)
	return strings.Join(strings.Fields(text), " ")
}

// canonicalURL is u in the form the id hashes; see ID. A string that does
// not parse as a URL is used as it is, trimmed.
func canonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = strings.TrimSuffix(u.Host, ":"+p)
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

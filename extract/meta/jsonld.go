package meta

import (
	"bytes"
	"encoding/json"
	"html"
	"strconv"
	"strings"
)

// maxValues caps the top-level values read from one script.
const maxValues = 64

// ldInfo is what the page's JSON-LD says about its article and its site.
type ldInfo struct {
	headline, name          string
	authors                 []string // person names as given
	orgAuthor               bool     // an author is an organisation
	published, created, mod string
	publisher, website      string
	language                string
	image, url, description string
	found                   bool // an article-like node was found
}

// ldNode is one JSON-LD object.
type ldNode = map[string]any

// parseJSONLD reads the text of one <script type="application/ld+json">,
// forgiving what real pages get wrong: HTML comment and CDATA wrappers,
// trailing commas, raw control characters inside strings, and several
// values one after another. It returns nil when nothing can be read.
func parseJSONLD(text string) []any {
	b := []byte(strings.TrimSpace(text))
	b = trimWrappers(b)
	if len(b) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(b, &v); err == nil {
		return []any{v}
	}
	b = sanitizeJSON(b)
	if err := json.Unmarshal(b, &v); err == nil {
		return []any{v}
	}
	// Several top-level values in one script: read as many as parse.
	var out []any
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() && len(out) < maxValues {
		var x any
		if err := dec.Decode(&x); err != nil {
			break
		}
		out = append(out, x)
	}
	return out
}

// trimWrappers removes "<!--", "-->", "<![CDATA[", "]]>" and the "//" that
// often precedes them around the JSON.
func trimWrappers(b []byte) []byte {
	for changed := true; changed; {
		changed = false
		b = bytes.TrimSpace(b)
		for _, p := range [][]byte{[]byte("<!--"), []byte("//<![CDATA["), []byte("<![CDATA[")} {
			if bytes.HasPrefix(b, p) {
				b, changed = b[len(p):], true
			}
		}
		for _, s := range [][]byte{[]byte("-->"), []byte("//]]>"), []byte("]]>"), []byte(";")} {
			if bytes.HasSuffix(b, s) {
				b, changed = b[:len(b)-len(s)], true
			}
		}
	}
	return b
}

// sanitizeJSON drops trailing commas before } and ], and replaces control
// characters inside strings with spaces, in one pass that tracks strings.
func sanitizeJSON(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inStr, esc := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				c = ' '
			}
			out = append(out, c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case ',':
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t') {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// ldCollect flattens the values of all scripts into their nodes: top-level
// objects, members of arrays and @graph, and a WebPage's mainEntity.
func ldCollect(vals []any, nodes []ldNode, depth int) []ldNode {
	if depth > 4 {
		return nodes
	}
	for _, v := range vals {
		switch x := v.(type) {
		case []any:
			nodes = ldCollect(x, nodes, depth+1)
		case ldNode:
			nodes = append(nodes, x)
			if g, ok := x["@graph"].([]any); ok {
				nodes = ldCollect(g, nodes, depth+1)
			}
			if me, ok := x["mainEntity"]; ok {
				nodes = ldCollect([]any{me}, nodes, depth+1)
			}
		}
	}
	return nodes
}

// ldTypes returns a node's @type values.
func ldTypes(n ldNode) []string {
	switch t := n["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// articleRank orders node types by how surely they describe the page's
// article: 3 for articles and postings, 2 for other creative works that
// carry a headline and an author, 1 for web pages, 0 for the rest.
func articleRank(n ldNode) int {
	best := 0
	for _, t := range ldTypes(n) {
		t = strings.ToLower(t)
		if i := strings.LastIndexAny(t, "/:"); i >= 0 {
			t = t[i+1:]
		}
		r := 0
		switch {
		case strings.HasSuffix(t, "article") || strings.HasSuffix(t, "posting") || t == "report":
			r = 3
		case t == "claimreview" || t == "review" || t == "creativework" || t == "recipe" || t == "videoobject" || t == "howto":
			r = 2
		case strings.HasSuffix(t, "webpage") || t == "itempage":
			r = 1
		}
		best = max(best, r)
	}
	return best
}

func hasType(n ldNode, names ...string) bool {
	for _, t := range ldTypes(n) {
		for _, name := range names {
			if strings.EqualFold(t, name) {
				return true
			}
		}
	}
	return false
}

// readJSONLD parses every script and picks the article node.
func readJSONLD(scripts []string) ldInfo {
	var info ldInfo
	var vals []any
	for _, s := range scripts {
		vals = append(vals, parseJSONLD(s)...)
	}
	nodes := ldCollect(vals, nil, 0)
	if len(nodes) == 0 {
		return info
	}
	byID := map[string]ldNode{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok && id != "" {
			if _, seen := byID[id]; !seen || len(n) > len(byID[id]) {
				byID[id] = n
			}
		}
	}
	var art ldNode
	rank := 0
	for _, n := range nodes {
		if r := articleRank(n); r > rank {
			art, rank = n, r
		}
	}
	for _, n := range nodes {
		if hasType(n, "WebSite") && info.website == "" {
			info.website = ldString(n["name"])
		}
	}
	if art == nil {
		return info
	}
	info.found = true
	info.headline = ldString(art["headline"])
	info.name = ldString(art["name"])
	info.published = ldString(art["datePublished"])
	info.created = ldString(art["dateCreated"])
	info.mod = ldString(art["dateModified"])
	info.description = ldString(art["description"])
	info.url = ldURL(art["url"], byID)
	info.image = ldURL(art["image"], byID)
	info.language = ldLang(art["inLanguage"])
	if p := ldRef(art["publisher"], byID); p != nil {
		info.publisher = ldString(p["name"])
	}
	for _, key := range []string{"author", "creator"} {
		ldAuthors(art[key], byID, &info, 0)
		if len(info.authors) > 0 || info.orgAuthor {
			break
		}
	}
	return info
}

// ldAuthors adds the names in an author value: a string, a Person (or
// reference to one), or an array of them.
func ldAuthors(v any, byID map[string]ldNode, info *ldInfo, depth int) {
	if depth > 3 {
		return
	}
	switch x := v.(type) {
	case string:
		if x = ldString(x); x != "" && !looksLikeURL(x) {
			info.authors = append(info.authors, x)
		}
	case []any:
		for _, e := range x {
			ldAuthors(e, byID, info, depth+1)
		}
	case ldNode:
		n := ldRef(x, byID)
		if n == nil {
			return
		}
		if hasType(n, "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization", "GovernmentOrganization", "NGO") {
			info.orgAuthor = true
			return
		}
		name := ldString(n["name"])
		if name == "" {
			given, family := ldString(n["givenName"]), ldString(n["familyName"])
			name = strings.TrimSpace(given + " " + family)
		}
		if name != "" {
			info.authors = append(info.authors, name)
		}
	}
}

// ldRef follows an {"@id": …} reference to the node it names.
func ldRef(v any, byID map[string]ldNode) ldNode {
	switch x := v.(type) {
	case ldNode:
		if id, ok := x["@id"].(string); ok && len(x) <= 2 {
			if n, ok := byID[id]; ok {
				return n
			}
		}
		return x
	case []any:
		if len(x) > 0 {
			return ldRef(x[0], byID)
		}
	case string:
		if n, ok := byID[x]; ok {
			return n
		}
	}
	return nil
}

// ldString reads a text value: a string, the first of an array, or an
// object's @value or name.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		if strings.IndexByte(x, '&') >= 0 {
			// Script text is not entity-decoded by the HTML parser, and
			// CMSs write "&#8220;" into JSON-LD strings.
			x = html.UnescapeString(x)
		}
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case ldNode:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := x["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case float64:
		if x > 0 && x == float64(int64(x)) {
			return strconv.FormatInt(int64(x), 10)
		}
	}
	return ""
}

// ldURL reads a URL value: a string, an ImageObject's url, an @id, or the
// first of an array.
func ldURL(v any, byID map[string]ldNode) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldURL(e, byID); s != "" {
				return s
			}
		}
	case ldNode:
		n := ldRef(x, byID)
		for _, k := range []string{"url", "contentUrl", "@id"} {
			if s, ok := n[k].(string); ok && s != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// ldLang reads inLanguage: "en-US" or a Language object.
func ldLang(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case ldNode:
		for _, k := range []string{"alternateName", "name"} {
			if s, ok := x[k].(string); ok {
				return s
			}
		}
	}
	return ""
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "/")
}

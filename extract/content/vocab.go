package content

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The vocabulary of class and id names. It is English-ish across the web
// whatever the page's language, because it is markup, not text. Stems match
// anywhere in a lower-cased name ("c-share-bar", "articleComments"); words
// match a whole token between separators, for names too short to be safe as
// stems ("ad" is in "header", "nav" in "canvas").
var (
	// boilerStems name blocks that are never the article's text.
	boilerStems = []string{
		"comment", "disqus", "share", "sharing", "social", "related", "recommend",
		"newsletter", "subscri", "cookie", "consent", "gdpr", "outbrain", "taboola",
		"breadcrumb", "paginat", "pager", "signup", "sign-up", "login", "byline",
		"author", "caption", "credit", "taglist", "tag-list", "keyword", "popular",
		"trending", "mostread", "most-read", "readmore", "read-more", "more-stories",
		"also-read", "see-also", "sr-only", "visually-hidden", "screen-reader",
		"dateline", "timestamp", "post-meta", "entry-meta", "article-meta",
		"jump-link", "skip-link", "print-only", "gallery", "slideshow", "carousel",
		"lightbox", "standfirst", "next-post", "prev-post", "previous-post",
		"post-nav", "recirculation", "copyright", "read-time", "reading-time",
		"readtime", "resizer", "postinfo", "post-info",
	}
	// weakStems name blocks that are usually boilerplate, but also turn up in
	// the names of page wrappers ("page-ad-margins", "content-with-sidebar").
	weakStems = []string{
		"advert", "sponsor", "promo", "popup", "modal", "toolbar", "sidebar",
		"widget", "masthead", "navbar", "navigation", "menu", "footer", "banner",
		"tags", "photo", "slider",
	}
	// boilerWords are whole tokens that name boilerplate, too short to be
	// safe as stems; they count as weak evidence.
	boilerWords = []string{
		"ad", "ads", "nav", "tag", "bio", "rail", "meta", "date", "hide", "aside",
		"header", "share", "print", "dek", "deck", "cta",
	}
	// goodStems name containers of article text.
	goodStems = []string{
		"articlebody", "article-body", "article_body", "article-content",
		"articlecontent", "article__body", "article-text", "articletext",
		"story-body", "storybody", "story-content", "storycontent", "story-text",
		"post-content", "postcontent", "post-body", "postbody", "post-text",
		"entry-content", "entrycontent", "entry-body", "content-body",
		"body-text", "bodytext", "main-content", "maincontent", "article-main",
		"news-body", "news-content", "newscontent", "page-content", "text-content",
		"rich-text", "richtext", "prose",
	}
)

// classify reads the flags an element's tag, class, id, role and schema.org
// properties give it.
func (p *page) classify(n *html.Node) uint32 {
	var f uint32
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		f |= fWeak
	case atom.Figcaption:
		f |= fBoiler | fCaption
	case atom.Figure:
		f |= fFigure
	case atom.Article:
		f |= fArticle
	case atom.Main:
		f |= fGood
	}
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Val == "" {
			continue
		}
		switch a.Key {
		case "class", "id":
			f |= p.names(a.Val)
		case "role":
			f |= roleFlags(a.Val)
		case "itemprop":
			switch a.Val {
			case "articleBody", "text", "reviewBody":
				f |= fBody
			case "author", "comment", "publisher", "creator", "keywords":
				f |= fBoiler
			}
		}
	}
	return f
}

func roleFlags(role string) uint32 {
	switch role {
	case "navigation", "banner", "contentinfo", "complementary", "search",
		"menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist":
		return fWeak
	case "main":
		return fGood
	}
	return 0
}

// names classifies a class or id value, caching the answer: a page repeats
// the same few hundred names on thousands of elements.
func (p *page) names(v string) uint32 {
	if f, ok := p.vocab[v]; ok {
		return f
	}
	f := classifyNames(v)
	if p.vocab == nil {
		p.vocab = make(map[string]uint32, 256)
	}
	p.vocab[v] = f
	return f
}

// classifyNames matches a class or id value against the vocabulary, one
// name at a time.
func classifyNames(v string) uint32 {
	var f uint32
	for _, name := range strings.Fields(v) {
		if stateName(name) {
			continue
		}
		f |= classifyName(lowerASCII(name))
	}
	if f&fGood != 0 {
		// "entry-content entry-content-read-more", "article-body
		// pagination-first": the name of an article body wins over a
		// boilerplate word beside it.
		f &^= fAnyBoiler | fCaption
	}
	return f
}

// stateName reports the class names that say what state an element is in
// or what its article is filed under, not what the element is: WordPress's
// "tag-<slug>", "category-<slug>", "has-post-thumbnail", BEM's "is-open".
// "tag-elections" on an <article> does not make it a tag list.
func stateName(name string) bool {
	for _, pre := range statePrefixes {
		if len(name) > len(pre) && strings.EqualFold(name[:len(pre)], pre) {
			return true
		}
	}
	return false
}

var statePrefixes = []string{
	"tag-", "category-", "cat-", "format-", "status-", "type-", "has-", "is-",
	"postid-", "author-", "page-template", "single-format", "term-", "taxonomy-",
	"enable-", "enabled-", "disable-", "no-", "with-",
}

// classifyName matches one lower-cased class name or id.
func classifyName(lv string) uint32 {
	var f uint32
	for _, s := range goodStems {
		if strings.Contains(lv, s) {
			f |= fGood
			break
		}
	}
	for _, s := range boilerStems {
		if strings.Contains(lv, s) {
			f |= fBoiler
			break
		}
	}
	if f&fBoiler != 0 {
		if strings.Contains(lv, "caption") || strings.Contains(lv, "credit") {
			f |= fCaption
		}
		return f
	}
	for _, s := range weakStems {
		if strings.Contains(lv, s) {
			return f | fWeak
		}
	}
	if hasWord(lv, boilerWords) {
		f |= fWeak
	}
	return f
}

// hasWord reports whether one of the tokens of v, split at anything but a
// letter or digit, is in words.
func hasWord(v string, words []string) bool {
	for len(v) > 0 {
		i := 0
		for i < len(v) && !isAlnum(v[i]) {
			i++
		}
		j := i
		for j < len(v) && isAlnum(v[j]) {
			j++
		}
		tok := v[i:j]
		v = v[j:]
		for _, w := range words {
			if tok == w {
				return true
			}
		}
	}
	return false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80
}

// lowerASCII lower-cases the ASCII letters of s, and splits camelCase with
// a '-' so that "articleComments" reads "article-comments".
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	prevLower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			if prevLower {
				b.WriteByte('-')
			}
			b.WriteByte(c + 'a' - 'A')
			prevLower = false
			continue
		}
		prevLower = 'a' <= c && c <= 'z'
		b.WriteByte(c)
	}
	return b.String()
}

// hidden reports an element the reader does not see: the hidden attribute,
// aria-hidden, or an inline style that hides it.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hidesStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hidesStyle reports an inline style with display:none or visibility:hidden.
func hidesStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

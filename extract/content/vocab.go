package content

import (
	"strconv"
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
		"post-nav", "recirculation", "copyright", "recent", "donate", "donation",
		"tagline", "read-time", "reading-time",
		"readtime", "resizer", "postinfo", "post-info",
	}
	// weakStems name blocks that are usually boilerplate, but also turn up in
	// the names of page wrappers ("page-ad-margins", "content-with-sidebar").
	// Ads are often named in the site's language: anzeige, publicidad.
	// A "callout" (Ghost's kg-callout-card, a product callout) is a boxed
	// aside set into the story, most often a call to action.
	weakStems = []string{
		"advert", "sponsor", "promo", "popup", "modal", "toolbar", "sidebar",
		"anzeige", "werbung", "reklame", "publicidad", "publicite", "annonce",
		"widget", "masthead", "navbar", "navigation", "menu", "footer", "banner",
		"tags", "photo", "slider", "callout",
	}
	// hoverStems name hover cards and tooltips, which pop up over the
	// text they are attached to.
	hoverStems = []string{"tooltip", "popover", "hovercard", "hover-card", "rollover"}
	// embedStems name embedded posts (tweets, Instagram posts) that an
	// article quotes: part of the story, whatever "social" word sits in
	// the same name.
	embedStems = []string{"embed", "tweet", "instagram-media", "tiktok"}
	// boilerWords are whole tokens that name boilerplate, too short to be
	// safe as stems; they count as weak evidence.
	boilerWords = []string{
		"ad", "ads", "nav", "tag", "bio", "rail", "meta", "date", "hide", "aside",
		"header", "share", "print", "dek", "deck", "cta", "pub",
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
// properties give it, in one pass over its attributes. ok is false for an
// element the reader does not see: the hidden attribute, aria-hidden, or an
// inline style that hides it.
func (p *page) classify(n *html.Node) (f uint32, ok bool) {
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
	case atom.Small:
		f |= fSmall
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		af, seen := p.attrFlags(n, a)
		if !seen {
			return 0, false
		}
		f |= af
	}
	return f, true
}

// attrFlags reads the flags one attribute of n gives it; seen is false
// for an attribute that hides n from the reader.
func (p *page) attrFlags(n *html.Node, a html.Attribute) (f uint32, seen bool) {
	switch a.Key {
	case "class", "id":
		nf := p.names(a.Val)
		if p.relaxed {
			nf &^= fAnyBoiler | fHover
		}
		if nf&fHidden != 0 && a.Key == "class" {
			return 0, false
		}
		return nf &^ fHidden, true
	case "role":
		return roleFlags(a.Val), true
	case "itemprop":
		switch a.Val {
		case "articleBody", "text", "reviewBody":
			return fBody, true
		case "author", "comment", "publisher", "creator", "keywords":
			return fBoiler, true
		}
	case "size":
		if n.DataAtom == atom.Font && (a.Val == "1" || strings.HasPrefix(a.Val, "-2") || strings.HasPrefix(a.Val, "-3")) {
			// The smallest of the old font sizes, which pages laid
			// out with tables set their small print in.
			return fSmall, true
		}
	case "href":
		if n.DataAtom == atom.A {
			return fLink | linkFlags[p.linkKind(a.Val)], true
		}
	case "data-ad", "data-adunit", "data-adslot", "data-ad-slot", "data-ad-unit", "data-ad-size":
		// An ad slot, whatever its class is called.
		return fWeak, true
	case "onclick":
		if n.DataAtom != atom.A {
			return fControl, true
		}
	case "hidden":
		return 0, false
	case "aria-hidden":
		return 0, a.Val != "true"
	case "style":
		if hidesStyle(a.Val) {
			return 0, false
		}
		if smallStyle(a.Val) {
			return fSmall, true
		}
	}
	return 0, true
}

// linkFlags are the element flags of a link, by linkKind.
var linkFlags = [...]uint32{
	linkOwn: 0, linkExternal: fExternal, linkCall: fCall, linkMail: fMail, linkAnchor: fAnchor,
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
	if hiddenByClass(v) {
		f |= fHidden
	}
	for len(v) > 0 {
		i := 0
		for i < len(v) && isSpace(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !isSpace(v[j]) {
			j++
		}
		name := v[i:j]
		v = v[j:]
		if name != "" && !stateName(name) {
			f |= classifyName(name)
		}
	}
	if f&(fGood|fEmbed) != 0 {
		// "entry-content entry-content-read-more", "article-body
		// pagination-first", "article-widget article-tweet": the name of
		// an article body or of an embedded post wins over a boilerplate
		// word beside it.
		f &^= fAnyBoiler | fCaption | fEmbed
	}
	return f
}

// hiddenByClass reports a class list with a utility class that hides the
// element (Bootstrap's d-none, Tachyons' dn, "hidden", "is-hidden") and
// none that shows it again at some screen size ("d-md-block", "md:flex").
func hiddenByClass(v string) bool {
	// Most class lists hide nothing: look for a hiding name first, and
	// for one that shows the element again only then.
	hides := false
	for rest := v; rest != "" && !hides; {
		var name string
		name, rest = nextName(rest)
		hides = name != "" && oneOfFold(name, "d-none", "dn", "hidden", "hide", "is-hidden", "invisible", "display-none")
	}
	if !hides {
		return false
	}
	for rest := v; rest != ""; {
		var name string
		name, rest = nextName(rest)
		if hasSuffixFold(name, "block") || hasSuffixFold(name, "flex") || hasSuffixFold(name, "inline") ||
			hasSuffixFold(name, "grid") || hasSuffixFold(name, "table") || containsFold(name, "show") {
			return false
		}
	}
	return true
}

// nextName returns the first name of a space-separated list, and the rest.
func nextName(v string) (name, rest string) {
	k := 0
	for k < len(v) && isSpace(v[k]) {
		k++
	}
	n := k
	for n < len(v) && !isSpace(v[n]) {
		n++
	}
	return v[k:n], v[n:]
}

func oneOfFold(s string, list ...string) bool {
	for _, l := range list {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// stateName reports the class names that say what state an element is in
// or what its article is filed under, not what the element is: WordPress's
// "tag-<slug>", "category-<slug>", "has-post-thumbnail", "comments-open",
// BEM's "is-open".
// "tag-elections" on an <article> does not make it a tag list.
func stateName(name string) bool {
	for _, pre := range statePrefixes {
		if len(name) > len(pre) && strings.EqualFold(name[:len(pre)], pre) {
			return true
		}
	}
	for _, suf := range stateSuffixes {
		if len(name) > len(suf) && strings.EqualFold(name[len(name)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// stateSuffixes end state names the other way round: "sharing-enabled",
// "sidebar-active". ("-open" and "-closed" are not among them: a
// "comments-closed" notice is part of the comments.)
var stateSuffixes = []string{
	"-enabled", "-disabled", "-active", "-visible", "-loaded", "-ready",
}

var statePrefixes = []string{
	"tag-", "category-", "cat-", "format-", "status-", "type-", "has-", "is-",
	"postid-", "page-template", "single-format", "term-", "taxonomy-",
	"enable-", "enabled-", "disable-", "no-", "with-",
}

// classifyName matches one class name or id: stems of article bodies, then
// strong and weak boilerplate, then the short boilerplate words.
func classifyName(name string) uint32 {
	m := vocab.matchName(name)
	if m&mEmbed != 0 && m&mCaption == 0 {
		return fEmbed // but an "imageEmbedCaption" is a caption
	}
	var f uint32
	if m&mGood != 0 {
		f |= fGood
	}
	if m&mPull != 0 {
		f |= fQuote // a pull quote is dropped if it repeats the body
	}
	switch {
	case m&mHover != 0:
		f |= fBoiler | fHover
	case m&mBoiler != 0:
		f |= fBoiler
		if m&mCaption != 0 {
			f |= fCaption
		}
	case m&mWeak != 0, hasWord(name, boilerWords):
		f |= fWeak
	}
	return f
}

// hasWord reports whether one of the tokens of name, split at anything but
// a letter or digit and between a lower-case and an upper-case letter, is
// in words (which are lower case).
func hasWord(name string, words []string) bool {
	for i := 0; i < len(name); {
		for i < len(name) && !isAlnum(name[i]) {
			i++
		}
		j := i + 1
		for j < len(name) && isAlnum(name[j]) && !(isUpper(name[j]) && isLower(name[j-1])) {
			j++
		}
		if j > len(name) {
			break
		}
		tok := name[i:j]
		for _, w := range words {
			if len(tok) == len(w) && strings.EqualFold(tok, w) {
				return true
			}
		}
		i = j
	}
	return false
}

func isAlnum(c byte) bool {
	return isLower(c) || isUpper(c) || '0' <= c && c <= '9' || c >= 0x80
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// hidesStyle reports an inline style with display:none or visibility:hidden.
func hidesStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// smallStyle reports an inline style that sets text smaller than body
// text: font-size small or smaller, at most 12px or 9pt, or at most 0.8 of
// the inherited size. Body text is set at 14 to 20 pixels.
func smallStyle(s string) bool {
	i := strings.Index(s, "font-size")
	if i < 0 {
		return false
	}
	s = s[i+len("font-size"):]
	s = strings.TrimLeft(s, " :")
	if end := strings.IndexAny(s, ";!"); end >= 0 {
		s = s[:end]
	}
	s = strings.TrimSpace(s)
	switch s {
	case "small", "x-small", "xx-small", "smaller":
		return true
	}
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '.') {
		n++
	}
	v, err := strconv.ParseFloat(s[:n], 64)
	if err != nil || v <= 0 {
		return false
	}
	switch strings.TrimSpace(s[n:]) {
	case "px":
		return v <= 12
	case "pt":
		return v <= 9
	case "em", "rem":
		return v <= 0.8
	case "%":
		return v <= 80
	}
	return false
}

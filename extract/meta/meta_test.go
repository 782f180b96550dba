package meta

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func mustDoc(t testing.TB, page string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// none marks a field that must come out empty.
const none = "<none>"

// check compares the fields of want that are set; none demands "".
// Authors is compared when non-nil; an empty slice demands no authors.
func check(t *testing.T, got, want Meta) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := 0; i < w.NumField(); i++ {
		name := w.Type().Field(i).Name
		switch wf := w.Field(i).Interface().(type) {
		case string:
			gf := g.Field(i).String()
			if wf == none && gf != "" || wf != "" && wf != none && gf != wf {
				t.Errorf("%s = %q, want %q", name, gf, wf)
			}
		case []string:
			gf := g.Field(i).Interface().([]string)
			if wf != nil && !(len(wf) == 0 && len(gf) == 0) && !reflect.DeepEqual(gf, wf) {
				t.Errorf("%s = %q, want %q", name, gf, wf)
			}
		}
	}
}

func TestExtractSources(t *testing.T) {
	tests := []struct {
		name string
		url  string
		page string
		want Meta
	}{
		{
			name: "WordPress news page: og, JSON-LD NewsArticle, title suffix",
			url:  "https://newslooks.com/trump-team-quietly-crafts-deal-to-end-ukraine-war/",
			page: `<html lang="en-US"><head>
<title>Trump Team Quietly Crafts Deal to End Ukraine War | Newslooks</title>
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="Trump Team Quietly Crafts Deal to End Ukraine War | Newslooks">
<meta property="og:site_name" content="Newslooks">
<meta property="article:published_time" content="2025-11-19T15:03:00+00:00">
<meta property="og:image" content="/wp-content/uploads/2025/11/peace.jpg">
<link rel="canonical" href="https://newslooks.com/trump-team-quietly-crafts-deal-to-end-ukraine-war/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"NewsArticle","@id":"https://newslooks.com/trump/#article","headline":"Trump Team Quietly Crafts Deal to End Ukraine War",
  "author":{"@id":"https://newslooks.com/#/schema/person/1"},"datePublished":"2025-11-19T10:03:00-05:00",
  "dateModified":"2025-11-19T11:00:00-05:00","publisher":{"@id":"https://newslooks.com/#organization"},"inLanguage":"en-US"},
 {"@type":"Person","@id":"https://newslooks.com/#/schema/person/1","name":"J. Mansour"},
 {"@type":"Organization","@id":"https://newslooks.com/#organization","name":"Newslooks"}]}</script>
</head><body><h1 class="entry-title">Trump Team Quietly Crafts Deal to End Ukraine War</h1>
<p>WASHINGTON (Newslooks) — The Trump administration is secretly developing a peace plan.</p></body></html>`,
			want: Meta{Title: "Trump Team Quietly Crafts Deal to End Ukraine War", Authors: []string{"J. Mansour"},
				Published: "2025-11-19T10:03:00-05:00", Modified: "2025-11-19T11:00:00-05:00", SiteName: "Newslooks",
				Language: "en-US", CanonicalURL: "https://newslooks.com/trump-team-quietly-crafts-deal-to-end-ukraine-war/",
				Image: "https://newslooks.com/wp-content/uploads/2025/11/peace.jpg"},
		},
		{
			name: "malformed JSON-LD: comment wrapper, trailing commas, raw newline",
			url:  "https://example.com/a",
			page: `<head><script type="application/ld+json"><!--
{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"Line one
continues","author":[{"@type":"Person","name":"Ann Lee",},{"@type":"Person","name":"Bo Chen"},],"datePublished":"2019-11-19",}
--></script></head>`,
			want: Meta{Title: "Line one continues", Authors: []string{"Ann Lee", "Bo Chen"}, Published: "2019-11-19"},
		},
		{
			name: "organisation author is not a person; byline names the writer",
			url:  "https://news.example.com/story",
			page: `<head><meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Example News"},"datePublished":"2019-11-20T06:37:00"}</script></head>
<body><div class="article-author"><a class="author-link" href="/authors/tom-gillespie">Tom Gillespie</a><p class="author-role">News reporter</p></div></body>`,
			want: Meta{Authors: []string{"Tom Gillespie"}, Published: "2019-11-20T06:37:00", SiteName: "Example News"},
		},
		{
			name: "microdata headline and author item",
			url:  "https://example.org/x",
			page: `<head><title>SEO title | Example</title></head><body><article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">The Disappearance of John M. Ford</h1>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Isaac Butler</span></span>
<meta itemprop="datePublished" content="2019-11-15T10:45:02+00:00"></article></body>`,
			want: Meta{Title: "The Disappearance of John M. Ford", Authors: []string{"Isaac Butler"}, Published: "2019-11-15T10:45:02Z"},
		},
		{
			name: "OpenGraph and article tags only",
			url:  "https://www.cityam.com/alibaba/",
			page: `<head><meta property="og:title" content="Alibaba to raise up to $12.9bn - CityAM">
<meta property="og:site_name" content="CityAM"><meta property="article:published_time" content="2019-11-20T09:22:35+00:00">
<meta property="article:modified_time" content="2019-11-20T09:22:38+00:00">
<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Anna Menin"></head>`,
			want: Meta{Title: "Alibaba to raise up to $12.9bn", Authors: []string{"Anna Menin"}, Published: "2019-11-20T09:22:35Z",
				Modified: "2019-11-20T09:22:38Z", SiteName: "CityAM"},
		},
		{
			name: "parsely tags",
			url:  "https://example.com/p",
			page: `<head><meta name="parsely-title" content="Parsely Headline"><meta name="parsely-author" content="Ilana Muhlstein">
<meta name="parsely-pub-date" content="2018-10-04T19:43:59Z"></head>`,
			want: Meta{Title: "Parsely Headline", Authors: []string{"Ilana Muhlstein"}, Published: "2018-10-04T19:43:59Z"},
		},
		{
			name: "Dublin Core, sailthru and citation tags",
			url:  "https://example.com/dc",
			page: `<head><meta name="DC.title" content="Dublin Title"><meta name="DC.creator" content="Jonathan Garber">
<meta name="DC.date" content="2019-11-19"><meta name="sailthru.date" content="2019-11-19 06:12:56"></head>`,
			want: Meta{Title: "Dublin Title", Authors: []string{"Jonathan Garber"}, Published: "2019-11-19T06:12:56"},
		},
		{
			name: "citation tags split into people",
			url:  "https://example.com/paper",
			page: `<head><meta name="citation_title" content="A Paper"><meta name="citation_author" content="Ada Lovelace">
<meta name="citation_author" content="Charles Babbage"><meta name="citation_publication_date" content="2019/03/04"></head>`,
			want: Meta{Authors: []string{"Ada Lovelace", "Charles Babbage"}, Published: "2019-03-04"},
		},
		{
			name: "<time datetime> with pubdate",
			url:  "https://example.com/t",
			page: `<body><h1>Some headline words here</h1><time datetime="2019-11-18T20:28:55+00:00" pubdate>November 18, 2019</time></body>`,
			want: Meta{Title: "Some headline words here", Published: "2019-11-18T20:28:55Z"},
		},
		{
			name: "visible byline and dateline",
			url:  "https://example.com/v",
			page: `<body><h1>Headline of the story</h1><p class="byline">By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER</p>
<div class="story-timestamp">Nov. 20, 2019 5:52 AM EST</div></body>`,
			want: Meta{Authors: []string{"Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"}, Published: "2019-11-20T05:52:00-05:00"},
		},
		{
			name: "author link with the date beside it",
			url:  "https://www.politifact.com/statements/2019/nov/18/x/",
			page: `<body><h1>What is the value of drugs?</h1><p class="article__meta"> By <a href="/staff/matthew-digby/">Matthew Digby</a> ,
<a href="/staff/minh-do/">Minh Do</a> <span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p></body>`,
			want: Meta{Authors: []string{"Matthew Digby", "Minh Do"}, Published: "2019-11-18T11:08:00"},
		},
		{
			name: "authors from an app's embedded state when the markup has none",
			url:  "https://signalnoise.example/policy/x",
			page: `<head><meta property="og:site_name" content="Signal &amp; Noise"></head><body><main>Loading story…</main>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"H",
"authors":[{"name":"Noor Haddad","slug":"noor-haddad"}],"site":{"name":"Signal & Noise"}}}}}</script></body>`,
			want: Meta{Authors: []string{"Noor Haddad"}},
		},
		{
			name: "URL date only",
			url:  "https://www.theguardian.com/commentisfree/2019/nov/18/the-guardian-view",
			page: `<head><title>The Guardian view | The Guardian</title></head>`,
			want: Meta{Published: "2019-11-18", Title: "The Guardian view"},
		},
		{
			name: "nothing stated stays empty",
			url:  "https://example.com/",
			page: `<body><p>Just text.</p></body>`,
			want: Meta{Title: none, Published: none, Modified: none, SiteName: none, Language: none, Authors: []string{}, CanonicalURL: "https://example.com/"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := url.Parse(tt.url)
			check(t, Extract(mustDoc(t, tt.page), u), tt.want)
		})
	}
}

func TestExtractPrecedence(t *testing.T) {
	tests := []struct {
		name string
		url  string
		page string
		want Meta
	}{
		{
			name: "JSON-LD beats OpenGraph and meta tags",
			url:  "https://example.com/a",
			page: `<head><meta property="og:title" content="OG Title"><meta name="author" content="Meta Person">
<meta property="article:published_time" content="2019-11-20T00:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD Headline","author":"Ld Person","datePublished":"2019-11-19T13:03:00Z"}</script></head>`,
			want: Meta{Title: "LD Headline", Authors: []string{"Ld Person"}, Published: "2019-11-19T13:03:00Z"},
		},
		{
			name: "printed byline and a meta tag outvote a JSON-LD author",
			url:  "https://example.com/x",
			page: `<head><meta name="sailthru.author" content="By David Jeans">
<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Kevin Rebong"}}</script></head>
<body><div class="byline">By <a href="/author/david-jeans/">David Jeans</a></div></body>`,
			want: Meta{Authors: []string{"David Jeans"}},
		},
		{
			name: "a JSON-LD author the page does not contradict stands",
			url:  "https://example.com/x",
			page: `<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Eric Song"}}</script></head>
<body><div class="byline">By <a href="/author/other-person/">Other Person</a></div></body>`,
			want: Meta{Authors: []string{"Eric Song"}},
		},
		{
			name: "the visible h1 beats a declared title it matches",
			url:  "https://www.nytimes.com/2019/11/19/opinion/x.html",
			page: `<head><meta property="og:title" content="Opinion | Republicans Are Following Trump to Nowhere"></head>
<body><h1>Republicans Are Following Trump to Nowhere</h1></body>`,
			want: Meta{Title: "Republicans Are Following Trump to Nowhere"},
		},
		{
			name: "a visible h1 beats an SEO title it does not match, unless it is page furniture",
			url:  "https://www.usatoday.com/story/x/",
			page: `<head><meta property="og:title" content="'Meth. We're On It': South Dakota campaign is working"></head>
<body><nav><h1>Subscribe to our daily newsletter now</h1></nav>
<h1>South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?</h1></body>`,
			want: Meta{Title: "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?"},
		},
		{
			name: "an h1 that is the site's name is not the headline",
			url:  "https://kabarislamia.com/2015/03/30/x/",
			page: `<head><meta property="og:site_name" content="Kabar tentang Dunia Islam"><meta property="og:title" content="Jangan Membenci Satu Kaum">
</head><body><h1>Kabar tentang Dunia Islam</h1><h2>Jangan Membenci Satu Kaum</h2></body>`,
			want: Meta{Title: "Jangan Membenci Satu Kaum", SiteName: "Kabar tentang Dunia Islam", Published: "2015-03-30"},
		},
		{
			name: "title sections and site removed",
			url:  "https://www.smithsonianmag.com/smart-news/x/",
			page: `<head><title>Three Cases of Plague Diagnosed in China | Smart News | Smithsonian</title><meta property="og:site_name" content="Smithsonian"></head>`,
			want: Meta{Title: "Three Cases of Plague Diagnosed in China", SiteName: "Smithsonian"},
		},
		{
			name: "site name that matches the host beats an edition name",
			url:  "https://www.reuters.com/article/x",
			page: `<head><title>Oil drifts - Reuters</title><meta property="og:site_name" content="U.S."></head>`,
			want: Meta{SiteName: "Reuters", Title: "Oil drifts"},
		},
		{
			name: "date-only value takes the time of a later source on the same day",
			url:  "https://example.com/x",
			page: `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18"}</script></head>
<body><time datetime="2019-11-18T20:28:55+00:00">November 18</time></body>`,
			want: Meta{Published: "2019-11-18T20:28:55Z"},
		},
		{
			name: "zone-less value takes the zone of a source with the same wall clock",
			url:  "https://example.com/x",
			page: `<head><meta name="datePublished" content="2019-11-19 02:24:00"></head>
<body><time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time></body>`,
			want: Meta{Published: "2019-11-19T02:24:00Z"},
		},
		{
			name: "date-only value at midnight in the page's zone",
			url:  "https://example.com/x",
			page: `<head><meta name="dc.date" content="2019-11-19"><meta name="dcterms.modified" content="2019-11-19T07:11:33-05:00"></head>`,
			want: Meta{Published: "2019-11-19T00:00:00-05:00", Modified: "2019-11-19T07:11:33-05:00"},
		},
		{
			name: "dateline right after the element showing the headline",
			url:  "http://entermedia.co.kr/news/news_view.html?idx=8576",
			page: `<head><title>엘제이-류화영 진흙탕 싸움 - Entermedia</title></head><body><h1>엔터 미디어</h1>
<div class="newsContent"><dl class="newsTitle"><dt>엘제이-류화영 진흙탕 싸움</dt></dl> 기사입력 :[ 2018-08-25 15:24 ] <div>본문</div></div></body>`,
			want: Meta{Title: "엘제이-류화영 진흙탕 싸움", Published: "2018-08-25T15:24:00"},
		},
		{
			name: "JSON-LD published after its own modified is not trusted alone",
			url:  "https://www.aljazeera.com/x",
			page: `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"19 Nov 2019 07:09 GMT","dateModified":"19 Nov 2019 05:44 GMT"}</script></head>
<body><time datetime="Tue Nov 19 2019 05:44:06 GMT+0000">19 Nov 2019 05:44 GMT</time></body>`,
			want: Meta{Published: "2019-11-19T05:44:06Z"},
		},
		{
			name: "JSON-LD published after its own modified but confirmed by the dateline",
			url:  "https://www.moneycontrol.com/x",
			page: `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"01:38:07 PM IST Nov 20, 2019","dateModified":"2019-11-20T01:41:20+05:30"}</script></head>
<body><div class="arttidate">Last Updated : Nov 20, 2019 01:41 PM IST</div><div class="arttidate_pub">First Published on Nov 20, 2019 01:38 pm</div></body>`,
			want: Meta{Published: "2019-11-20T13:38:07+05:30"},
		},
		{
			name: "placeholder dates are ignored",
			url:  "https://example.com/x",
			page: `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
<meta property="article:published_time" content="2019-11-19T10:02:00-05:00"></head>`,
			want: Meta{Published: "2019-11-19T10:02:00-05:00"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := url.Parse(tt.url)
			check(t, Extract(mustDoc(t, tt.page), u), tt.want)
		})
	}
}

func TestAuthorsAreFiltered(t *testing.T) {
	tests := []struct {
		author string
		want   []string
	}{
		{"By Sarah E. Needleman", []string{"Sarah E. Needleman"}},
		{"Analysis by Chris Cillizza, CNN Editor-at-large", []string{"Chris Cillizza"}},
		{"Lisa Kaczke and Trevor J. Mitchell", []string{"Lisa Kaczke", "Trevor J. Mitchell"}},
		{"Victor Tangermann, Futurism", []string{"Victor Tangermann"}},
		{"Finian Cunningham. Sputnik International", []string{"Finian Cunningham"}},
		{"Eric Song, IGN Staff", []string{"Eric Song"}},
		{"Rachael Link, MS, RD", []string{"Rachael Link"}},
		{"Текст: Венера Ерофеева", []string{"Венера Ерофеева"}},
		{"Von Moritz Bachmann", []string{"Moritz Bachmann"}},
		{"Matthew Digby , Minh Do", []string{"Matthew Digby", "Minh Do"}},
		{"Staff", nil},
		{"Reuters", nil},
		{"Editorial", nil},
		{"Telegraph Sport", nil},
		{"By JERUSALEM POST STAFF", nil},
		{"The Associated Press", nil},
		{"Example News Bureau", nil},
		{"@saraheneedleman", nil},
		{"Sarah.Needleman@wsj.com", nil},
		{"news reporter", nil},
		{"https://www.facebook.com/someone", nil},
		{"Veltrix Robotics Inc.", nil},
		{"Acme Widgets GmbH", nil},
		{"J. Mansour", []string{"J. Mansour"}},
		{"Jose Altoveros", []string{"Jose Altoveros"}},
		{"Abigail Van Buren", []string{"Abigail Van Buren"}},
		{"Ludwig van Beethoven", []string{"Ludwig van Beethoven"}},
	}
	sites := []siteCand{{"The Telegraph", strong}, {"Example News", strong}, {"The Jerusalem Post", strong}, {"Sputnik International", titleLast}}
	rej := rejecter{sites: sites, host: "example"}
	for _, tt := range tests {
		got := rej.names([]string{tt.author}, false)
		if len(got) == 0 && len(tt.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("names(%q) = %q, want %q", tt.author, got, tt.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	sites := []siteCand{{"VG247", strong}, {"Remember 80/90 - Memorabilia anni 80/90", strong}, {"The Space Review", titleFirst}}
	tests := []struct{ in, host, want string }{
		{"Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars - VG247", "vg247",
			"Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars"},
		{"Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - Memorabilia anni 80/90", "remember8090",
			"Black Friday per nostalgici: le occasioni da non perdere"},
		{"The Space Review: Seeking a bigger role for a big rocket", "thespacereview", "Seeking a bigger role for a big rocket"},
		{"New SUVs and electric vehicles highlight L.A. Auto Show", "ctpost", "New SUVs and electric vehicles highlight L.A. Auto Show"},
		{"Zach Parise scores twice as Wild beat Sabres 4-1 – Twin Cities", "twincities", "Zach Parise scores twice as Wild beat Sabres 4-1"},
		{"BREAKING: Lawan moves motion", "theparadigmng", "BREAKING: Lawan moves motion"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.in, sites, tt.host); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormLang(t *testing.T) {
	tests := map[string]string{
		"en_US": "en-US", "EN-us": "en-US", "de-AT, en": "de-AT", "zh-hant-tw": "zh-Hant-TW", "es-419": "es-419",
		"italiano (italian)": "", "": "", "ru": "ru", "pt_BR": "pt-BR",
	}
	for in, want := range tests {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLanguageSources(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<html lang="en-gb"><head><meta property="og:locale" content="fr_FR"></head></html>`, "en-GB"},
		{`<html><head><meta property="og:locale" content="it_IT"></head></html>`, "it-IT"},
		{`<html><head><meta http-equiv="Content-Language" content="de"></head></html>`, "de"},
		{`<html><head><script type="application/ld+json">{"@type":"Article","inLanguage":"ko-KR"}</script></head></html>`, "ko-KR"},
	}
	for _, tt := range tests {
		if got := Extract(mustDoc(t, tt.page), nil).Language; got != tt.want {
			t.Errorf("language of %s = %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestExtractDoesNotModifyDocument(t *testing.T) {
	page := `<html><head><title>A | B</title></head><body><h1>Head line here</h1><p class="byline">By Jo Ann</p></body></html>`
	doc := mustDoc(t, page)
	before, _ := doc.Html()
	Extract(doc, nil)
	after, _ := doc.Html()
	if before != after {
		t.Errorf("Extract changed the document")
	}
}

func TestExtractNilAndEmpty(t *testing.T) {
	u, _ := url.Parse("https://example.com/x")
	if m := Extract(nil, u); m.CanonicalURL != "https://example.com/x" || m.Title != "" {
		t.Errorf("Extract(nil) = %+v", m)
	}
	if m := Extract(&goquery.Document{}, nil); !reflect.DeepEqual(m, Meta{}) {
		t.Errorf("Extract(empty) = %+v", m)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`<html lang="en"><head><title>A | B</title><meta property="og:site_name" content="B"></head><body><h1>A</h1></body></html>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@id":"#a"},"@graph":[{"@id":"#a","name":"X Y"}]}</script>`,
		`<p class="byline">By A B and C D <time datetime="2019-11-19T10:00Z">x</time></p><a href="/author/x/">X Y</a>`,
		`<div itemprop="author" itemscope><span itemprop="name">Q R</span></div><meta itemprop="datePublished" content="2019">`,
	} {
		f.Add(s, "https://example.com/2019/11/19/x")
	}
	f.Fuzz(func(t *testing.T, page, rawURL string) {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err != nil {
			return
		}
		u, _ := url.Parse(rawURL)
		m := Extract(doc, u)
		for _, d := range []string{m.Published, m.Modified} {
			if d != "" && !parseDate(d, false).valid {
				t.Fatalf("date %q does not read back", d)
			}
		}
		for _, a := range m.Authors {
			if strings.TrimSpace(a) == "" {
				t.Fatalf("empty author")
			}
		}
	})
}

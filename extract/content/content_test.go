package content

import (
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func extractString(t *testing.T, page string) string {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://news.example/2024/05/story")
	return Extract(doc, u)
}

// para repeats a sentence into a paragraph long enough to read as running
// text.
func para(s string) string {
	return strings.TrimSpace(strings.Repeat(s+" ", 3))
}

func TestExtract(t *testing.T) {
	p1 := para("The council voted on Tuesday to close the old bridge, citing safety reports.")
	p2 := para("Engineers said repairs would cost more than a new crossing, and take longer.")
	p3 := para("Residents, who were not consulted, plan to appeal the decision next month.")
	tests := []struct {
		name string
		page string
		want string
	}{
		{
			name: "article among navigation, sidebar and footer",
			page: `<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
				<main><article><h1>Bridge to close</h1><p class="byline">By A. Writer</p>
				<p>` + p1 + `</p><p>` + p2 + `</p><h2>What next</h2><p>` + p3 + `</p></article></main>
				<aside class="sidebar"><h3>Most read</h3><p>` + para("A different story about something else entirely, with commas.") + `</p></aside>
				<footer><p>© 2024 News Example. All rights reserved, everywhere.</p></footer></body>`,
			want: p1 + "\n\n" + p2 + "\n\nWhat next\n\n" + p3,
		},
		{
			name: "captions, share bar, related links, newsletter and comments left out",
			page: `<body><div class="article-body">
				<div class="share-bar"><a href="/s">Share</a><a href="/t">Tweet</a></div>
				<p>` + p1 + `</p>
				<figure><img src="x.jpg"><figcaption>The old bridge, photographed in May. (Photo: Agency)</figcaption></figure>
				<p>` + p2 + `</p>
				<div class="newsletter-signup"><p>` + para("Sign up for our morning briefing, delivered daily.") + `</p></div>
				<ul class="links"><li><a href="/a">Another bridge closes in a nearby town</a></li><li><a href="/b">Council budget in numbers</a></li></ul>
				<p>` + p3 + `</p></div>
				<section id="comments"><article class="comment"><p>` + para("I drive over that bridge every day, and it is fine.") + `</p></article></section></body>`,
			want: p1 + "\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "lists and block quotes inside the story are kept",
			page: `<body><article><p>` + p1 + `</p><ul><li>First, the bridge closes.</li><li>Then, the ferry returns.</li></ul>
				<blockquote><p>` + p2 + `</p></blockquote><p>` + p3 + `</p></article></body>`,
			want: p1 + "\n\nFirst, the bridge closes.\n\nThen, the ferry returns.\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "pull quote that repeats the body left out",
			page: `<body><article><p>` + p1 + `</p><div class="pull-quote"><p>Engineers said repairs would cost more than a new crossing, and take longer.</p></div>
				<p>` + p2 + `</p><blockquote><p>` + p3 + `</p></blockquote></article></body>`,
			want: p1 + "\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "comments nested in the article are not the story",
			page: `<body><article><p>` + p1 + `</p><p>` + p2 + `</p>
				<article><p>` + para("A reader writes: this is the best news I have read, honestly.") + `</p></article>
				<article><p>` + para("Another reader: I disagree, strongly, with the first reader.") + `</p></article></article></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "related cards nested in the story",
			page: `<body><div class="wrap"><article><p>` + p1 + `</p>
				<article class="card"><p>` + para("Another story, about the ferry that will replace the bridge, runs here.") + `</p></article>
				<article class="card"><p>` + para("And a third, about the council's budget, with figures and charts.") + `</p></article>
				<p>` + p2 + `</p></article></div></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "a list of stories is not a story",
			page: `<body><div class="stories">
				<article><h2><a href="/a">Ferry to replace bridge</a></h2><p>` + para("A ferry will run while the new crossing is built, the council said today.") + `</p></article>
				<article><h2><a href="/b">Budget approved</a></h2><p>` + para("The council approved its budget, with cuts to parks and libraries.") + `</p></article></div>
				<article class="main"><p>` + p1 + `</p><p>` + p2 + `</p></article></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "misleading class name on the only text",
			page: `<body><nav><a href="/">Home</a></nav><div class="social-impact-story"><p>` +
				strings.Repeat(p1+`</p><p>`+p2+`</p><p>`+p3+`</p><p>`, 3) + p1 + `</p></div></body>`,
			want: strings.Repeat(p1+"\n\n"+p2+"\n\n"+p3+"\n\n", 3) + p1,
		},
		{
			name: "hidden by a utility class, unless shown again at some size",
			page: `<body><article><p>` + p1 + `</p><div class="d-none"><p>` + para("Mobile-only copy of the newsletter box, with its sign-up, text.") +
				`</p></div><div class="d-none d-md-block"><p>` + p2 + `</p></div><p class="hidden">Hidden, by a class.</p><p>` + p3 + `</p></article></body>`,
			want: p1 + "\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "text normalized",
			page: `<body><article><p>  The&nbsp;council   voted,&#32;after a long
				debate, to close the bri&shy;dge for good&#8203;; residents were not consulted at all.</p>
				<p>Line one of a poem, read at the meeting,<br>and line two of the same poem, which was long.</p></article></body>`,
			want: "The council voted, after a long debate, to close the bridge for good; residents were not consulted at all.\n\n" +
				"Line one of a poem, read at the meeting,\nand line two of the same poem, which was long.",
		},
		{
			name: "paragraphs laid out with <br><br>",
			page: `<body><table><tr><td class="nav"><a href="/">Home</a><br><a href="/a">Archive</a></td>
				<td>` + p1 + `<br><br>` + p2 + `<br><br><br>` + p3 + `</td></tr></table></body>`,
			want: p1 + "\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "any language",
			page: `<body><div class="menu"><a href="/">Главная</a> <a href="/news">Новости</a></div>
				<div class="content"><p>` + para("Совет проголосовал во вторник за закрытие старого моста, ссылаясь на отчёты.") + `</p>
				<p>` + para("市议会周二投票决定关闭旧桥，理由是安全报告显示存在风险。") + `</p></div></body>`,
			want: para("Совет проголосовал во вторник за закрытие старого моста, ссылаясь на отчёты.") + "\n\n" +
				para("市议会周二投票决定关闭旧桥，理由是安全报告显示存在风险。"),
		},
		{
			name: "no article",
			page: `<body><nav><a href="/">Home</a></nav></body>`,
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractString(t, tt.page); got != tt.want {
				t.Errorf("Extract =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestExtractFromData(t *testing.T) {
	story := para("The council voted on Tuesday to close the old bridge, citing safety reports.")
	tests := []struct {
		name, page, want string
	}{
		{
			name: "JSON-LD articleBody in @graph",
			page: `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
				{"@type":"NewsArticle","articleBody":"` + story + `\n\nSecond paragraph, also from the JSON-LD."}]}</script></head>
				<body><div id="app">Loading…</div></body></html>`,
			want: story + "\n\nSecond paragraph, also from the JSON-LD.",
		},
		{
			name: "Next.js state with paragraph blocks",
			page: `<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">
				{"props":{"pageProps":{"nav":["Home","World"],"story":{"blocks":[{"type":"p","text":"` + story + `"},
				{"type":"heading","text":"What engineers said"},
				{"type":"newsletter","title":"Get the Briefing","text":"Every morning, in your inbox, free."},
				{"type":"p","text":"Engineers said repairs would cost more than a new crossing, and take longer."}]}}}}</script></body></html>`,
			want: story + "\n\nWhat engineers said\n\nEngineers said repairs would cost more than a new crossing, and take longer.",
		},
		{
			name: "Next.js state with one HTML string",
			page: `<html><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">
				{"props":{"article":{"html":"<p>` + story + `</p><p>Residents plan to appeal, they said.</p>"}}}</script></body></html>`,
			want: story + "\n\nResidents plan to appeal, they said.",
		},
		{
			name: "markup wins when it has the story",
			page: `<html><head><script type="application/ld+json">{"articleBody":"Short."}</script></head>
				<body><article><p>` + story + `</p></article></body></html>`,
			want: story,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractString(t, tt.page); got != tt.want {
				t.Errorf("Extract =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestGolden runs Extract on the pages in testdata/*.html, each written to
// stand for a common layout, and compares with the .txt beside it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden pages in testdata/")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			page, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := extractString(t, string(page)) + "\n"
			golden := strings.TrimSuffix(f, ".html") + ".txt"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Extract(%s) =\n%s\nwant\n%s", f, got, want)
			}
		})
	}
}

func TestElementCap(t *testing.T) {
	src := "<body><article><p>" + para("The council voted on Tuesday to close the old bridge, citing safety reports.") +
		"</p></article>" + strings.Repeat("<i></i>", maxElems+10) + "</body>"
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var p page
	p.build(bodyOf(doc.Nodes[0]))
	if len(p.elems) > maxElems {
		t.Errorf("read %d elements, cap is %d", len(p.elems), maxElems)
	}
	if got := Extract(doc, nil); !strings.HasPrefix(got, "The council voted") {
		t.Errorf("Extract = %.80q, want the article read before the cap", got)
	}
}

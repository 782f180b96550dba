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
			name: "comments nested in the article are not the story",
			page: `<body><article><p>` + p1 + `</p><p>` + p2 + `</p>
				<article><p>` + para("A reader writes: this is the best news I have read, honestly.") + `</p></article>
				<article><p>` + para("Another reader: I disagree, strongly, with the first reader.") + `</p></article></article></body>`,
			want: p1 + "\n\n" + p2,
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
				{"type":"p","text":"Engineers said repairs would cost more than a new crossing, and take longer."}]}}}}</script></body></html>`,
			want: story + "\n\nEngineers said repairs would cost more than a new crossing, and take longer.",
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

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
			name: "caption sharing a table cell with its photo",
			page: `<body><table><tr><td class="main"><p>` + p1 + `</p>
				<table align="right"><tr><td><img src="a.jpg"><br><font size="1"><i>The old bridge in May. Picture: Agency</i></font></td></tr></table>
				<p>` + p2 + `</p><div align="center"><div class="x"><img src="b.jpg"></div><br><span class="minor">The bridge at night</span></div>
				<div><img src="icon.png"> ` + p3 + ` ` + p3 + `</div><p><img src="e.png" class="emoji"> Short, with an emoji.</p></td></tr></table></body>`,
			want: p1 + "\n\n" + p2 + "\n\n" + p3 + " " + p3 + "\n\nShort, with an emoji.",
		},
		{
			name: "a copyright notice ends the story; small print goes with it",
			page: `<body><div class="main"><p>` + p1 + `</p><p>` + p2 + `</p>
				<p><font size="1">Copyright © 2025 News Example. Reproduction without permission is prohibited.</font></p>
				<p>Have your say: write to the editor, letters may be edited.</p></div></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "a wire notice in the story's own type stays; a credit inside it does not end it",
			page: `<body><article><p>` + p1 + `</p><p><i>© Agency</i></p><p>` + p2 + `</p>
				<p><em>© 2024 Wire Service. All Rights Reserved.</em></p><p>Comments are closed, sorry.</p></article></body>`,
			want: p1 + "\n\n© Agency\n\n" + p2 + "\n\n© 2024 Wire Service. All Rights Reserved.",
		},
		{
			name: "a callout card inside the story is a call to action",
			page: `<body><section class="gh-content"><p>` + p1 + `</p><div class="kg-card kg-callout-card"><div class="kg-callout-text">Members get early access to our coverage. <a href="/signup">Join for free</a>.</div></div>
				<p>` + p2 + `</p></section></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "the heading of a summary list above the story is kept; the headline is not",
			page: `<body><main><h1>Storm buries the city</h1><section><h2>What to know</h2><ul><li>Up to 20 inches of snow are expected by Wednesday.</li>
				<li>More than 30,000 customers have lost power overnight.</li></ul></section><p>` + p1 + `</p></main></body>`,
			want: "What to know\n\nUp to 20 inches of snow are expected by Wednesday.\n\nMore than 30,000 customers have lost power overnight.\n\n" + p1,
		},
		{
			name: "a sentence partly linked is text; a linked headline is not",
			page: `<body><article><p>` + p1 + `</p><p>The suspect was convicted and <a href="/s">sentenced to life in prison last Thursday</a>.</p>
				<p><a href="/r">Another bridge closes in a nearby town</a> now</p><p>` + p2 + `</p></article></body>`,
			want: p1 + "\n\nThe suspect was convicted and sentenced to life in prison last Thursday.\n\n" + p2,
		},
		{
			name: "fine print after the story",
			page: `<body><article><p>` + p1 + `</p><p>` + p2 + `</p><hr><p style="font-size: 12px; color: grey">` +
				para("News Example is a company that publishes news, and is listed on an exchange.") + `</p></article></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "a grid of teaser cards after the story",
			page: `<body><div class="post"><p>` + p1 + `</p><p>` + p2 + `</p><div class="more"><h2>Most popular</h2>` +
				strings.Repeat(`<div class="card"><a href="/x"><img src="x.jpg"></a><div><a href="/x">Other story</a></div><div>A line of summary, with a full stop.</div></div>`, 4) +
				`</div></div></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "photos in a row without links are the story's",
			page: `<body><div class="post"><p>` + p1 + `</p>` +
				strings.Repeat(`<div class="row"><img src="x.jpg"><p>A quay at dawn, before the ferry came in.</p></div>`, 3) +
				`<p>` + p2 + `</p></div></body>`,
			want: p1 + "\n\n" + strings.Repeat("A quay at dawn, before the ferry came in.\n\n", 3) + p2,
		},
		{
			name: "a control drawn as text",
			page: `<body><article><p>` + p1 + `</p><p>` + p2 + `</p><div onclick="toggle()">Add a comment</div></article></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "a headline set as a paragraph",
			page: `<html><head><title>Bridge to close after safety review | News Example</title></head><body><div class="col">
				<p class="titulo">Bridge to close after safety review</p><p>` + p1 + `</p><p>` + p2 + `</p></div></body></html>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "a link to a source stays; links to the site's pages, to social networks and in a row go",
			page: `<body><article><p>` + p1 + `</p><p><a href="https://other.example/review">[ Other Review Site ]</a></p>
				<p><a href="/2024/05/ferry">Ferry to replace the old bridge next year</a></p>
				<ul><li><a href="https://shop.example/lamp">Get the bridge lamp at Shop for $20</a></li></ul><p>` + p2 + `</p>
				<p><a href="https://www.youtube.com/c/newsexample">Subscribe to our channel on video</a></p>` +
				strings.Repeat(`<p><a href="https://sister.example/x">A review on our sister site, with video</a></p>`, 3) + `<p>` + p3 + `</p></article></body>`,
			want: p1 + "\n\n[ Other Review Site ]\n\nGet the bridge lamp at Shop for $20\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "labels inside the story: small print and ad markers",
			page: `<body><article><p>` + p1 + `</p><div class="x1"><span style="font-size:0.7em">Advert</span></div><p>` + p2 +
				`</p><p>Anzeige</p><p><small>Photo: Agency</small></p><p>` + p3 + `</p></article></body>`,
			want: p1 + "\n\n" + p2 + "\n\n" + p3,
		},
		{
			name: "a section heading above short lines starts the story; a standfirst and the headline do not",
			page: `<html><head><title>Bridge to close | News</title></head><body><main><h2>Bridge to close</h2>
				<h2>` + para("The council voted to close the old bridge, and residents are not happy about it at all.") + `</h2>
				<p>By A. Writer</p><h3>SCORES</h3><p>Palm Bay d. Rockledge 70-44</p><p>` + p1 + `</p></main></body></html>`,
			want: "SCORES\n\nPalm Bay d. Rockledge 70-44\n\n" + p1,
		},
		{
			name: "a roundup opens with a paragraph of links",
			page: `<body><article><p>By A. Writer</p><p>Today's best deals include <a href="/a">laptops from $700 at a big store</a>, and you will also find <a href="/b">headphones with a charging case for $150</a>. All that and more is below.</p>
				<p>` + p1 + `</p></article></body>`,
			want: "Today's best deals include laptops from $700 at a big store, and you will also find headphones with a charging case for $150. All that and more is below.\n\n" + p1,
		},
		{
			name: "calls to follow or write after the story go; an embedded post inside it stays",
			page: `<body><article><p>` + p1 + `</p><blockquote class="twitter-tweet"><p>The bridge is closed, finally.</p>— A Resident (<a href="https://twitter.com/res">@res</a>)</blockquote>
				<p>` + p2 + `</p><p>Have a tip? Write to <a href="mailto:tips@news.example">tips@news.example</a> or follow us on <a href="https://twitter.com/news">Twitter</a>.</p>
				<p>Media contact: Jo Pike, <a href="mailto:press@bridge.example">press@bridge.example</a></p></article></body>`,
			want: p1 + "\n\nThe bridge is closed, finally.\n\n— A Resident (@res)\n\n" + p2 + "\n\nMedia contact: Jo Pike, press@bridge.example",
		},
		{
			name: "a credit line with a © inside it",
			page: `<body><article><p>` + p1 + `</p><p>Installation views, photos © Studio Example, 2018</p><p>` + p2 + `</p></article></body>`,
			want: p1 + "\n\n" + p2,
		},
		{
			name: "a link is a word of its own in scripts without spaces",
			page: `<body><article><p>` + p1 + `</p><p>今回はそのKindleデスクトップアプリ<a href="/k">Kindle for PC</a>に関する話。All <a href="/m">MacBook</a>s ship with it, the company said today.</p></article></body>`,
			want: p1 + "\n\n今回はそのKindleデスクトップアプリ Kindle for PC に関する話。All MacBooks ship with it, the company said today.",
		},
		{
			name: "a list of stories each with its end linked; the story's own lists stay",
			page: `<body><article><p>` + p1 + `</p><ul><li>See the <a href="#plan">plan</a> below</li><li>Read the <a href="#vote">vote</a> below</li><li>And the <a href="#map">map</a> too</li></ul>
				<ul><li>Ferries will run <a href="https://other.example/a">every hour</a></li><li>Buses will be <a href="https://other.example/b">free</a></li><li>Cyclists can cross</li></ul><p>` + p2 + `</p>
				<ul><li>Council budget cuts <a href="/a">hit parks hardest</a></li><li>Why the bridge <a href="/b">failed its test</a></li><li>Photos: the bridge <a href="/c">through the years</a></li></ul></article></body>`,
			want: p1 + "\n\nSee the plan below\n\nRead the vote below\n\nAnd the map too\n\nFerries will run every hour\n\nBuses will be free\n\nCyclists can cross\n\n" + p2,
		},
		{
			name: "paragraphs of a <br><br> layout are read one by one",
			page: `<body><div class="col"><small><b>05/10/2018</b> - Posted by: A. Writer - Tags: <a href="/t/a">bridge</a></small><br><br>` + p1 +
				`<br><br>` + p2 + `<br><br><a href="https://shop.example/x">https://shop.example/x</a><br><br>` + p3 +
				`<br><br><a href="/promos/pro">Get our Pro service for as little as 5 a month, with ideas, research and analysis for you.</a><br><br></div></body>`,
			want: p1 + "\n\n" + p2 + "\n\nhttps://shop.example/x\n\n" + p3,
		},
		{
			name: "the title of links left out goes with them",
			page: `<body><article><p>` + p1 + `</p><p><strong>DON'T MISS</strong></p><p><a href="/a">Ferry to replace the bridge</a></p><p><a href="/b">Budget cuts hit parks</a></p>
				<p>` + p2 + `</p><p>You may also like...</p><p><a href="/c">Who will build the new bridge?</a></p><p>Cyclists, though:</p><p>` + p3 + `</p></article></body>`,
			want: p1 + "\n\n" + p2 + "\n\nCyclists, though:\n\n" + p3,
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

func TestSmallStyle(t *testing.T) {
	tests := []struct {
		style string
		want  bool
	}{
		{"font-size: 12.0px;line-height: 16.0px", true},
		{"color:red; font-size:small", true},
		{"font-size:0.8em", true},
		{"font-size: 8pt", true},
		{"font-size: 75%", true},
		{"font-size: 16px", false},
		{"font-size:1.0em", false},
		{"font-size: 10.27pt", false},
		{"font-size: large", false},
		{"font-size: 0px", false},
		{"color: red", false},
	}
	for _, tt := range tests {
		if got := smallStyle(tt.style); got != tt.want {
			t.Errorf("smallStyle(%q) = %v, want %v", tt.style, got, tt.want)
		}
	}
}

func TestLinkKind(t *testing.T) {
	p := page{host: "foxnews.com", site: "foxnews"}
	tests := []struct {
		href string
		want bool
	}{
		{"https://www.engadget.com/2019/review", true},
		{"//cnet.com/x", true},
		{"/politics/story", false},
		{"https://www.foxnews.com/politics", false},
		{"https://video.foxnews.com/v/1", false},
		{"https://foxnews.onelink.me/xLDS", false},
		{"https://twitter.com/foxnews", false},
		{"https://www.youtube.com/watch?v=1", false},
		{"mailto:tips@foxnews.com", false},
	}
	for _, tt := range tests {
		if got := p.linkKind(tt.href) == linkExternal; got != tt.want {
			t.Errorf("linkKind(%q) external = %v, want %v", tt.href, got, tt.want)
		}
	}
	for host, want := range map[string]string{"www.telegraph.co.uk": "telegraph", "foxnews.com": "foxnews", "g1.globo.com.br": "globo", "localhost": "localhost"} {
		if got := siteName(host); got != want {
			t.Errorf("siteName(%q) = %q, want %q", host, got, want)
		}
	}
}

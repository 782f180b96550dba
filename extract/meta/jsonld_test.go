package meta

import (
	"reflect"
	"testing"
)

func TestReadJSONLD(t *testing.T) {
	tests := []struct {
		name    string
		scripts []string
		want    ldInfo
	}{
		{
			name:    "plain NewsArticle with a string author",
			scripts: []string{`{"@context":"http://schema.org","@type":"NewsArticle","headline":"H","author":"Ann Lee","datePublished":"2019-11-19T13:03:00Z","publisher":{"@type":"Organization","name":"Pub"}}`},
			want:    ldInfo{headline: "H", authors: []string{"Ann Lee"}, published: "2019-11-19T13:03:00Z", publisher: "Pub", found: true},
		},
		{
			name: "@graph with references by @id",
			scripts: []string{`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"#w","name":"Site"},
{"@type":"WebPage","@id":"#p","name":"Page title"},{"@type":"Article","@id":"#a","headline":"Art","author":{"@id":"#person"},"publisher":{"@id":"#org"}},
{"@type":"Person","@id":"#person","name":"Bo Chen"},{"@type":"Organization","@id":"#org","name":"Org"}]}`},
			want: ldInfo{headline: "Art", authors: []string{"Bo Chen"}, publisher: "Org", website: "Site", found: true},
		},
		{
			name:    "top-level array, type list, author array, organisation author",
			scripts: []string{`[{"@type":"BreadcrumbList"},{"@type":["NewsArticle","Article"],"headline":"X","author":[{"@type":"Person","name":"A B"},{"@type":"Organization","name":"Desk"}]}]`},
			want:    ldInfo{headline: "X", authors: []string{"A B"}, orgAuthor: true, found: true},
		},
		{
			name:    "article beats web page and claim review of another work",
			scripts: []string{`{"@type":"WebPage","name":"Page"}`, `{"@type":"ClaimReview","itemReviewed":{"@type":"CreativeWork","author":{"@type":"Person","name":"Claimant"}}}`, `{"@type":"NewsArticle","headline":"News"}`},
			want:    ldInfo{headline: "News", found: true},
		},
		{
			name:    "WebPage mainEntity holds the article",
			scripts: []string{`{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Post","author":{"@type":"Person","givenName":"Jo","familyName":"Ng"}}}`},
			want:    ldInfo{headline: "Post", authors: []string{"Jo Ng"}, found: true},
		},
		{
			name:    "image object, language object",
			scripts: []string{`{"@type":"Article","image":[{"@type":"ImageObject","url":"https://x/i.jpg"}],"inLanguage":{"@type":"Language","alternateName":"de"}}`},
			want:    ldInfo{image: "https://x/i.jpg", language: "de", found: true},
		},
		{
			name:    "CDATA wrapper and trailing semicolon",
			scripts: []string{"//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"C\"};\n//]]>"},
			want:    ldInfo{headline: "C", found: true},
		},
		{
			name:    "two objects one after another",
			scripts: []string{`{"@type":"Organization","name":"O"} {"@type":"NewsArticle","headline":"Two"}`},
			want:    ldInfo{headline: "Two", found: true},
		},
		{
			name:    "HTML entities in strings are decoded",
			scripts: []string{`{"@type":"NewsArticle","headline":"Lynn: &#8220;We needed to win this&nbsp;game&#8221;","author":"Jos&eacute; Alt"}`},
			want:    ldInfo{headline: "Lynn: “We needed to win this\u00a0game”", authors: []string{"José Alt"}, found: true},
		},
		{
			name:    "garbage is ignored",
			scripts: []string{`{not json at all`, ``, `null`, `"str"`, `42`},
			want:    ldInfo{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readJSONLD(tt.scripts); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("readJSONLD =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

func TestSanitizeJSON(t *testing.T) {
	tests := map[string]string{
		`{"a":[1,2,],}`:        `{"a":[1,2]}`,
		"{\"a\":\"x\ny\"}":     `{"a":"x y"}`,
		`{"a":"keep, ]"}`:      `{"a":"keep, ]"}`,
		`{"a":"esc \" ,}"  ,}`: `{"a":"esc \" ,}"  }`,
	}
	for in, want := range tests {
		if got := string(sanitizeJSON([]byte(in))); got != want {
			t.Errorf("sanitizeJSON(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzReadJSONLD(f *testing.F) {
	for _, s := range []string{
		`{"@type":"NewsArticle","headline":"H","author":{"@id":"#p"},"@graph":[{"@id":"#p","name":"N"}]}`,
		`[{"@type":["Article"],"author":[{"@type":"Person","name":"A"},"B",{"@id":"#x"}],"image":{"url":"u"}}]`,
		"<!--{\"@type\":\"Article\",\"headline\":\"a\nb\",}-->",
		`{"@graph":[{"@graph":[{"@graph":[]}]}],"mainEntity":{"mainEntity":{}}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		info := readJSONLD([]string{s, s})
		for _, a := range info.authors {
			if a == "" {
				t.Fatalf("empty author from %q", s)
			}
		}
	})
}

package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestLean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"script body", `<p>a</p><script>var x = "<p>";</script><p>b</p>`, `<p>a</p><script></script><p>b</p>`},
		{"style and svg", `<style>p{}</style><svg viewBox="0 0 1 1"><path d="M0"/></svg>x`, `<style></style><svg viewBox="0 0 1 1"></svg>x`},
		{"upper case", `<SCRIPT>x()</SCRIPT >y`, `<SCRIPT></SCRIPT >y`},
		{"json-ld kept", `<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
		{"next data kept", `<script id="__NEXT_DATA__" type="application/json">{}</script>`, `<script id="__NEXT_DATA__" type="application/json">{}</script>`},
		{"quoted > in attribute", `<script data-x="a>b">x</script>`, `<script data-x="a>b"></script>`},
		{"script in attribute", `<div title="<script>">text</div><script>x</script>`, `<div title="<script>">text</div><script></script>`},
		{"script in comment", `<!-- <script> -->text<script>x</script>`, `<!-- <script> -->text<script></script>`},
		{"script in title", `<title>a <script> b</title><p>text</p>`, `<title>a <script> b</title><p>text</p>`},
		{"escaped script left alone", `<script><!-- x</script>--></script><p>t</p><style>s</style>`, `<script><!-- x</script>--></script><p>t</p><style>s</style>`},
		{"self-closing svg", `<svg/><p>text</p><svg>x</svg>`, `<svg/><p>text</p><svg></svg>`},
		{"unclosed script", `<p>a</p><script>x`, `<p>a</p><script>x`},
		{"scripts prefix is not script", `<scripts>x</scripts>`, `<scripts>x</scripts>`},
		{"svg tag running past its end", `<svg><A</svg>0`, `<svg><A</svg>0`},
		{"svg end in a comment", `<svg><!-- </svg> --><path/></svg><p>x</p>`, `<svg></svg><p>x</p>`},
		{"svg end in cdata", `<svg><![CDATA[ </svg> ]]><path/></svg><p>x</p>`, `<svg></svg><p>x</p>`},
		{"math end in an attribute", `<math><mi title="</math><script>x</script>">y</mi></math><script>z</script>`,
			`<math><mi title="</math><script>x</script>">y</mi></math><script></script>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(lean([]byte(tt.in))); got != tt.want {
				t.Errorf("lean(%q)\n = %q\nwant %q", tt.in, got, tt.want)
			}
			assertSameTree(t, []byte(tt.in))
		})
	}
}

func TestCapTags(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"<p>a</p><p>b</p>", 4, "<p>a</p><p>b</p>"},
		{"<p>a</p><p>b</p>", 3, "<p>a</p><p>b"},
		{"<p>a</p><p>b</p>", 0, ""},
		{"text only", 0, "text only"},
	}
	for _, tt := range tests {
		if got := string(capTags([]byte(tt.in), tt.max)); got != tt.want {
			t.Errorf("capTags(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestFlatten(t *testing.T) {
	deep := "<html><head><title>T</title></head><body>" + strings.Repeat("<div class=x><span>", 400) +
		"<p>Deep <b>text</b>, found.</p><script>if (a<b) x()</script>" + strings.Repeat("</span></div>", 400) + "</body></html>"
	if _, err := html.Parse(strings.NewReader(deep)); err == nil {
		t.Fatal("the parser took 800 nested elements; this test needs a page it refuses")
	}
	flat := flatten([]byte(deep))
	want := "<html><head><title>T</title></head><body><p>Deep text, found.</p><script>if (a<b) x()</script></body></html>"
	if string(flat) != want {
		t.Errorf("flatten = %.300q, want %q", flat, want)
	}
	if _, err := html.Parse(bytes.NewReader(flat)); err != nil {
		t.Errorf("flattened page does not parse: %v", err)
	}
}

// TestLeanKeepsTree checks on the benchmark's real pages that the parsed
// tree is the same with and without lean, but for the dropped bodies.
func TestLeanKeepsTree(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "bench", "article-extraction", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		t.Skipf("benchmark pages not found in %s", dir)
	}
	if testing.Short() {
		files = files[:20]
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		assertSameTree(t, page)
	}
}

func FuzzLean(f *testing.F) {
	for _, s := range []string{
		`<p>a</p><script>x</script>`, `<svg><style>a</style></svg>`, `<!--<script>-->`,
		`<title><script></title>`, `<script><!--<script></script>--></script>`,
		`<math><style><p>x</p></style></math>`, `</ <script>>x</script>`,
		`<div a='<style>'>t</div>`, `<plaintext><script>`, `<noscript><style></noscript>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		assertSameTree(t, page)
	})
}

// assertSameTree fails unless page and lean(page) parse to the same tree
// once the insides of script, style, svg and math elements are ignored.
func assertSameTree(t *testing.T, page []byte) {
	t.Helper()
	a, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	b, err := html.Parse(bytes.NewReader(lean(page)))
	if err != nil {
		t.Fatal(err)
	}
	if sa, sb := treeSig(a), treeSig(b); sa != sb {
		la, lb := strings.Split(sa, "\n"), strings.Split(sb, "\n")
		k := 0
		for k < len(la) && k < len(lb) && la[k] == lb[k] {
			k++
		}
		t.Fatalf("lean changed the tree of %.200q at line %d:\n%.300q\n---\n%.300q", page, k, strings.Join(la[k:], "\n"), strings.Join(lb[k:], "\n"))
	}
}

func treeSig(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		b.WriteString(strings.Repeat(" ", depth))
		switch n.Type {
		case html.ElementNode:
			b.WriteString("<" + n.Data)
			for _, a := range n.Attr {
				b.WriteString(" " + a.Key + "=" + a.Val)
			}
			b.WriteString(">\n")
			switch n.Data {
			case "style", "svg":
				return
			case "script":
				if !jsonScript([]byte(attrOf(n, "type"))) {
					return
				}
			}
		case html.TextNode:
			b.WriteString("#" + n.Data + "\n")
		case html.CommentNode:
			b.WriteString("!" + n.Data + "\n")
		default:
			b.WriteString("?\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return "type=" + a.Val
		}
	}
	return ""
}

// BenchmarkLean times the cut alone over the benchmark's pages.
func BenchmarkLean(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "bench", "article-extraction", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("benchmark pages not found")
	}
	var pages [][]byte
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
		size += int64(len(page))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			lean(p)
		}
	}
}

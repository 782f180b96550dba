package extract_test

import (
	"fmt"

	"github.com/whosaid/whosaid/extract"
)

func ExampleExtract() {
	page := []byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Envoy says talks will go on | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-11-19T08:30:00-05:00"></head>
<body><nav><a href="/">Home</a> <a href="/world/">World</a></nav>
<article><h1>Envoy says talks will go on</h1>
<p class="byline">By J. Mansour</p>
<p>Kirill Dmitriev, who runs Russia's sovereign wealth fund, met U.S. officials in Miami on Tuesday.</p>
<p>"We feel heard," Dmitriev said after the meeting.</p>
</article><footer>© Example Wire</footer></body></html>`)
	a, err := extract.Extract(page, "https://wire.example.com/2025/11/19/envoy/", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.SiteName, "|", a.Published, "|", a.Authors)
	for _, q := range a.Quotes {
		fmt.Printf("%s %q %s (%s)\n", q.Speaker.Name, q.Text, q.Cue, q.Kind)
	}
	// Output:
	// Envoy says talks will go on | Example Wire | 2025-11-19T08:30:00-05:00 | [J. Mansour]
	// Kirill Dmitriev "We feel heard" said (direct)
}

func ExampleFromText() {
	a := extract.FromText(`Dmitriev said on Tuesday: "We feel heard."`, "", extract.TextOptions{Published: "2025-11-19"})
	for _, q := range a.Quotes {
		fmt.Printf("%q said by %q on %s\n", q.Text, q.Speaker.Mention, q.SaidOn)
	}
	for _, d := range a.Dates {
		fmt.Println(d.Text, "=", d.Value)
	}
	// Output:
	// "We feel heard." said by "Dmitriev" on 2025-11-18
	// Tuesday = 2025-11-18
}

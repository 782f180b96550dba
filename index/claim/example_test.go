package claim_test

import (
	"fmt"
	"log"
	"os"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/index/claim"
)

func ExampleOf() {
	a := &extract.Article{
		URL:       "https://example.com/news/talks",
		Title:     "Envoys meet in Miami",
		Published: "2025-11-19T22:30:00-05:00",
		Quotes: []extract.Quote{{
			Text: "We are making progress", Kind: "direct", Cue: "said",
			Speaker: extract.Speaker{Name: "Kirill Dmitriev", Mention: "Dmitriev", Kind: "person"},
		}},
	}
	for _, c := range claim.Of(a, claim.Source{Fetched: time.Now()}) {
		fmt.Println(c.ID, c.Speaker.Name, c.SaidOn, c.SaidOnSource)
	}
	// Output:
	// ac3e0baa5a7820c6f782f88f3f5f0a5a Kirill Dmitriev 2025-11-19 published
}

func ExampleNewEncoder() {
	enc, err := claim.NewEncoder(os.Stdout, claim.JSONL)
	if err != nil {
		log.Fatal(err)
	}
	c := claim.Claim{ID: "1", Text: "We are making progress", Kind: "direct", Cue: "said", SaidOn: "2025-11-19", SaidOnSource: claim.SaidOnPublished}
	if err := enc.Encode(c); err != nil {
		log.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"1","text":"We are making progress","kind":"direct","cue":"said","speaker":{"name":"","mention":"","kind":"","role":"","start":0,"end":0},"said_on":"2025-11-19","said_on_source":"published","article":{"url":"","title":"","site_name":"","published":""}}
}

package quotes_test

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/eval/quotes"
	"github.com/whosaid/whosaid/extract/quote"
)

func ExampleScore() {
	text := `Smith said the plan would fail. "It is over," Jones said.`
	gold, _ := quotes.ReadBrat(strings.NewReader(
		"T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 30\tthe plan would fail\n" +
			"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n" +
			"T4\tContent 32 45\t\"It is over,\"\nT5\tCue 52 56\tsaid\nT6\tSource 46 51\tJones\n" +
			"E2\tAttribution:T5 Content:T4 Cue:T5 Source:T6\n"))
	pred := []quote.Quote{
		{Kind: quote.Indirect, Start: 11, End: 30, Speaker: quote.Speaker{Start: 0, End: 5}},
		{Kind: quote.Direct, Start: 33, End: 44, Speaker: quote.Speaker{Start: 0, End: 5}}, // wrong source
	}
	r := quotes.Score(text, gold, pred)
	fmt.Printf("all: content %+v source %+v\n", r.All.Content(), r.All.Source())
	fmt.Printf("direct: content %+v source %+v\n", r.Direct.Content(), r.Direct.Source())
	// Output:
	// all: content {P:1 R:1 F1:1} source {P:0.5 R:0.5 F1:0.5}
	// direct: content {P:1 R:1 F1:1} source {P:0 R:0 F1:0}
}

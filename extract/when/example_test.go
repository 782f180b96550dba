package when_test

import (
	"fmt"
	"time"

	"github.com/whosaid/whosaid/extract/when"
)

func ExampleFind() {
	published := time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)
	text := "Dmitriev met Witkoff in Miami from October 24–26. Witkoff was to meet Zelensky this week, " +
		"building on talks in Alaska in August. Some 2,000 troops have served there for three years."
	for _, d := range when.Find(text, published) {
		fmt.Printf("%s\t%s\t%d-%d\n", d.Text, d.Value, d.Start, d.End)
	}
	// Output:
	// October 24–26	2025-10-24/2025-10-26	35-48
	// this week	2025-W47	79-88
	// August	2025-08	121-127
}

func ExampleSaidOn() {
	published := time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)
	text := "“We feel heard,” Dmitriev said on Tuesday."
	// The cue "said" is at code points 26–30.
	fmt.Println(when.SaidOn(text, 26, 30, published))
	// Output: 2025-11-18 true
}

package quote_test

import (
	"fmt"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/quote"
	"github.com/whosaid/whosaid/extract/token"
)

func ExampleFind() {
	text := "Kirill Dmitriev runs Russia’s sovereign wealth fund. " +
		"“We feel the Russian position is really being heard,” Dmitriev said. " +
		"“We know the Americans are working on something,” one Ukrainian official told Axios."
	tx := token.New(text)
	for _, q := range quote.Find(tx, actor.Find(tx, actor.Embedded)) {
		who := q.Speaker.Name
		if who == "" {
			who = q.Speaker.Mention
		}
		fmt.Printf("%s %q ← %s (%s) [%d,%d)\n", q.Kind, q.Text, who, q.Speaker.Kind, q.Start, q.End)
	}
	// Output:
	// direct "We feel the Russian position is really being heard" ← Kirill Dmitriev (person) [54,104)
	// direct "We know the Americans are working on something" ← one Ukrainian official (anonymous) [123,169)
}

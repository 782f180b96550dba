package token_test

import (
	"fmt"

	"github.com/whosaid/whosaid/extract/token"
)

func ExampleNew() {
	tx := token.New("“We feel heard,” Dmitriev said. Mr. Witkoff met him in the U.S.\n\nA new paragraph.")
	for _, s := range tx.Sents {
		fmt.Printf("paragraph %d: %s\n", s.Para, tx.Slice(s.From, s.To))
	}
	// The offsets of a token, in bytes and in code points.
	i := 6 // “ We feel heard , ” Dmitriev
	fmt.Println(tx.Text(i), tx.Tokens[i].Start, tx.CodePoint(int(tx.Tokens[i].Start)))
	// Output:
	// paragraph 0: “We feel heard,” Dmitriev said.
	// paragraph 0: Mr. Witkoff met him in the U.S.
	// paragraph 1: A new paragraph.
	// Dmitriev 21 17
}

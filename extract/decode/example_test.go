package decode_test

import (
	"fmt"

	"github.com/whosaid/whosaid/extract/decode"
)

func ExampleUTF8() {
	// "Café" in windows-1252, labelled as such by the server.
	page := []byte("<html><body><p>Caf\xe9</p></body></html>")
	res, err := decode.UTF8(page, "text/html; charset=windows-1252", 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Charset, string(res.HTML))
	// Output: windows-1252 <html><body><p>Café</p></body></html>
}

package decode

import "testing"

func TestUTF8WithoutDeclaredCharset(t *testing.T) {
	tests := []struct {
		name, page, contentType, want, charset string
	}{
		{"valid UTF-8, no declaration", "<html><title>Madrid… café</title></html>", "", "<html><title>Madrid… café</title></html>", "utf-8"},
		{"late or wrong meta loses to valid UTF-8", `<meta charset="iso-8859-1"><p>naïve</p>`, "", `<meta charset="iso-8859-1"><p>naïve</p>`, "utf-8"},
		{"windows-1252 bytes stay windows-1252", "<p>caf\xe9</p>", "", "<p>café</p>", "windows-1252"},
		// Servers label UTF-8 as ISO-8859-1 by default far more often than
		// Latin-1 text happens to be valid multi-byte UTF-8.
		{"valid UTF-8 wins over a Latin-1 header", "<p>caf\xc3\xa9</p>", "text/html; charset=iso-8859-1", "<p>café</p>", "utf-8"},
		{"the HTTP header decides bytes that are not UTF-8", "<p>caf\xe9</p>", "text/html; charset=iso-8859-1", "<p>café</p>", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := UTF8([]byte(tt.page), tt.contentType, 0)
			if err != nil {
				t.Fatal(err)
			}
			if string(res.HTML) != tt.want || res.Charset != tt.charset {
				t.Errorf("UTF8 = %q (%s), want %q (%s)", res.HTML, res.Charset, tt.want, tt.charset)
			}
		})
	}
}

func TestValidUTF8CutSequence(t *testing.T) {
	if n, ok := validUTF8([]byte("ab é\xe2\x80"), true); !ok || n != len("ab é") {
		t.Error("a sequence cut at the size cap made the page invalid")
	}
	if _, ok := validUTF8([]byte("ab é\xe2\x80"), false); ok {
		t.Error("a page that was not cut ends in a broken sequence and counted as UTF-8")
	}
}

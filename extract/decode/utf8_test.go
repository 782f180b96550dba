package decode

import "testing"

func TestUTF8WithoutDeclaredCharset(t *testing.T) {
	tests := []struct {
		name, page, contentType, want, charset string
	}{
		{"valid UTF-8, no declaration", "<html><title>Madrid… café</title></html>", "", "<html><title>Madrid… café</title></html>", "utf-8"},
		{"late or wrong meta loses to valid UTF-8", `<meta charset="iso-8859-1"><p>naïve</p>`, "", `<meta charset="iso-8859-1"><p>naïve</p>`, "utf-8"},
		{"windows-1252 bytes stay windows-1252", "<p>caf\xe9</p>", "", "<p>café</p>", "windows-1252"},
		{"the HTTP header is trusted", "<p>caf\xc3\xa9</p>", "text/html; charset=iso-8859-1", "<p>cafÃ©</p>", "windows-1252"},
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
	if !validUTF8([]byte("ab é\xe2\x80")) {
		t.Error("a sequence cut at the end made the page invalid")
	}
	if validUTF8([]byte("plain ascii")) {
		t.Error("ASCII counted as UTF-8 evidence")
	}
}

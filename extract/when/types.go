package when

// Date is one temporal expression found in a text.
type Date struct {
	Text  string `json:"text"`  // the expression as written: "October 24–26"
	Value string `json:"value"` // TIMEX3-style ISO 8601: "2025-10-24/2025-10-26", "2025-08", "2025-W47"
	Start int    `json:"start"` // code-point offsets of Text in the text
	End   int    `json:"end"`
}

package quote

// Kinds of quote.
const (
	Direct   = "direct"   // the speaker's words, in quotation marks, as the whole content
	Partial  = "partial"  // quoted words inside the writer's own sentence
	Indirect = "indirect" // reported speech: X said (that) …, according to X, …
)

// Kinds of speaker.
const (
	Person       = "person"
	Organization = "organization"
	Anonymous    = "anonymous" // an unnamed source: "one Ukrainian official"
	Unknown      = "unknown"   // no speaker can be told from the text
)

// Quote is one attributed statement in a text.
type Quote struct {
	Text    string  `json:"text"`  // the content: the quoted words or the reported clause
	Kind    string  `json:"kind"`  // Direct, Partial or Indirect
	Cue     string  `json:"cue"`   // the word(s) that attribute it: "said", "told", "according to"
	Start   int     `json:"start"` // code-point offset of Text in the text
	End     int     `json:"end"`
	Speaker Speaker `json:"speaker"`
	// CueStart and CueEnd are the code-point offsets of Cue; both 0 when
	// the quote has no cue of its own (an answer in an interview).
	CueStart int `json:"cue_start"`
	CueEnd   int `json:"cue_end"`
	// SaidOn is the day the words were said when the attribution sentence
	// gives it ("said on Tuesday"), as YYYY-MM-DD; "" when it does not. Claims
	// fall back to the publication date.
	SaidOn string `json:"said_on,omitempty"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Name    string `json:"name"`    // canonical full name, or "" when not known
	Mention string `json:"mention"` // the words used at this quote: "he", "Dmitriev", "one Ukrainian official"
	Kind    string `json:"kind"`    // Person, Organization, Anonymous or Unknown
	Role    string `json:"role"`    // the role given in the text, if any: "Ukrainian official"
	Start   int    `json:"start"`   // code-point offsets of Mention; both 0 when there is no mention
	End     int    `json:"end"`
}

package quote

import (
	"strings"
	"testing"
)

// TestContentRules holds the rules that find a cue's content and source in
// the layouts news writing uses around them: one case a rule. The cases
// run with the embedded name lists, which know the places and
// organizations they name.
func TestContentRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"a title before the subject is no quote when a that-clause follows",
			"Speaking Sunday on ABC’s “This Week,” Tom Jones admitted that the course name was wrong.",
			[]want{{Indirect, "that the course name was wrong", "Tom Jones", Person}}},
		{"a participle set off by a comma ends the clause before it",
			"Tom Jones defended the plan, calling it “an absolute necessity.”",
			[]want{{Indirect, "the plan", "Tom Jones", Person}, {Partial, "an absolute necessity.", "Tom Jones", Person}}},
		{"only a closing phrase inverts the attribution",
			"But Tom Jones, red in the face by then, attacked Mary Smith for not answering the question.",
			[]want{{Indirect, "Mary Smith for not answering the question", "Tom Jones", Person}}},
		{"an adjunct set off after the subject",
			"Hillary Clinton, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of coal miners out of business.”",
			[]want{{Partial, "going to put a lot of coal miners out of business.", "Hillary Clinton", Person}}},
		{"a quote set off by a comma, the sentence going on",
			"Tom Jones wrote to his 20,000 followers, “It’s time to end her career for good,” and shared a link.",
			[]want{{Direct, "It’s time to end her career for good", "Tom Jones", Person}}},
		{"an infinitive is the content, not an adjunct",
			"A spokeswoman for the ministry declined to comment.",
			[]want{{Indirect, "to comment", "A spokeswoman for the ministry", Anonymous}}},
		{"as X reported, clause",
			"As The Washington Post reported, the talks had failed by then.",
			[]want{{Indirect, "the talks had failed by then", "Washington Post", Organization}}},
		{"clause, as X said",
			"The defeat will not derail his campaign, as Tom Jones predicted.",
			[]want{{Indirect, "The defeat will not derail his campaign", "Tom Jones", Person}}},
		{"the object of a prepositional cue",
			"Tom Jones agreed with Mary Smith on the issue.",
			[]want{{Indirect, "with Mary Smith on the issue", "Tom Jones", Person}}},
		{"the subject of a passive with its agent",
			"Both attacks were claimed by the Islamic State.",
			[]want{{Indirect, "Both attacks", "Islamic State", Organization}}},
		{"a later attribution set off by a comma closes the clause before",
			"Asked what he wanted, Tom Jones said, “They have got to be able to win.”",
			[]want{{Indirect, "what he wanted", "", Unknown}, {Direct, "They have got to be able to win.", "Tom Jones", Person}}},
		{"an introduction is no content; the clause after the attribution is",
			"In Miami, Tom Jones said, the mayor is seen as a bully.",
			[]want{{Indirect, "the mayor is seen as a bully", "Tom Jones", Person}}},
		{"said of, after a quote",
			"“He is funny,” New York attorney Tom Jones said of the senator.",
			[]want{{Direct, "He is funny", "Tom Jones", Person}}},
		{"an adverb after the cue, after a quote in the sentence before",
			"Tom Jones spoke at the rally.\n\n“Do I think the dealer should be sued?” Jones asked rhetorically.",
			[]want{{Direct, "Do I think the dealer should be sued?", "Tom Jones", Person}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g []string
			for _, q := range findEmbedded(tt.text) {
				g = append(g, got(q).String())
			}
			var w []string
			for _, x := range tt.want {
				w = append(w, x.String())
			}
			if strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("in %q\n got:\n  %s\nwant:\n  %s", tt.text, strings.Join(g, "\n  "), strings.Join(w, "\n  "))
			}
		})
	}
}

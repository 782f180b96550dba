package quote

import (
	"testing"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// findUnpruned finds the quotes of text as Find does, with the embedded
// name lists, but keeps every attribution the rules build: the keep model
// is tested on its own.
func findUnpruned(text string) []Quote {
	tx := token.New(text)
	return newFinder(tx, actor.Find(tx, actor.Embedded), defaultCues(), defaultSources(), nil).find()
}

// TestContentRules holds the rules that find a cue's content and source in
// the layouts news writing uses around them: one case a rule. The cases
// run with the embedded name lists, which know the places and
// organizations they name, and without the keep model.
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
		{"the one told is no content: the clause before is",
			"The pilot was kind and responsible, Tom Jones told The New York Times.",
			[]want{{Indirect, "The pilot was kind and responsible", "Tom Jones", Person}}},
		{"an inverted source after a possessive is the name",
			"The debates are not likely to alter the race, noted NBC’s Tom Jones.",
			[]want{{Indirect, "The debates are not likely to alter the race", "Tom Jones", Person}}},
		{"a poll before a colon reports the headline",
			"Poll: Clinton and Trump in dead heat heading into first debate\n\nThe race is close.",
			[]want{{Indirect, "Clinton and Trump in dead heat heading into first debate", "Poll", Organization}}},
		{"a label in capitals before a colon reports nothing",
			"WARNING: Video contains graphic images\n\nThe race is close.",
			nil},
		{"a share of people in words",
			"In the survey, one in four said the party was hostile.",
			[]want{{Indirect, "the party was hostile", "one in four", Anonymous}}},
		{"a conjunction before a mid-sentence according to is no clause",
			"But, according to the poll, nearly half of the voters remain undecided.",
			[]want{{Indirect, "nearly half of the voters remain undecided", "the poll", Organization}}},
		{"clause, as reported by X",
			"The group started reserving ad time this week, as first reported by Reuters on Tuesday.",
			[]want{{Indirect, "The group started reserving ad time this week", "Reuters", Organization}}},
		{"a thing told is content",
			"Tom Jones told a joke.",
			[]want{{Indirect, "a joke", "Tom Jones", Person}}},
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
			[]want{{Indirect, "the mayor is seen as a bully", "Tom Jones", Person}, {Indirect, "as a bully", "", Unknown}}},
		{"said of, after a quote",
			"“He is funny,” New York attorney Tom Jones said of the senator.",
			[]want{{Direct, "He is funny", "Tom Jones", Person}}},
		{"an unnamed source set off by a participle phrase",
			"An Israeli official, speaking on the condition of anonymity, said Wednesday that Netanyahu “will meet with any candidate.”",
			[]want{{Partial, "will meet with any candidate.", "An Israeli official", Anonymous}}},
		{"the anonymity formula is no content",
			"A spokeswoman for the ministry declined to be named.",
			nil},
		{"a lone determiner is a source",
			"Another said he hoped with his “whole heart” that the bill passes.",
			[]want{{Partial, "whole heart", "Another", Unknown}}},
		{"the quote before a later attribution is that one's",
			"Tom Jones praised his brother’s “deep faith” - “faith that shows itself in deeds,” he said - and went on.",
			[]want{{Partial, "deep faith", "Tom Jones", Person}, {Direct, "faith that shows itself in deeds", "Tom Jones", Person}}},
		{"a partial quote that runs into the next sentence",
			"He said Tom Jones “has courage to fight. He is not afraid.”",
			[]want{{Partial, "has courage to fight. He is not afraid.", "He", Unknown}}},
		{"a show's title after a preposition is no quote",
			"Speaking on “CBS This Morning,” Tom Jones said he had not “heard her say the things that need to be said.”",
			[]want{{Partial, "heard her say the things that need to be said.", "Tom Jones", Person}}},
		{"said of, and a source after an object modifier",
			"Another intelligence source speaking to Fox News said, “The agents are investigating.”",
			[]want{{Direct, "The agents are investigating.", "Another intelligence source speaking to Fox News", Anonymous}}},
		{"an adverb after the cue, after a quote in the sentence before",
			"Tom Jones spoke at the rally.\n\n“Do I think the dealer should be sued?” Jones asked rhetorically.",
			[]want{{Direct, "Do I think the dealer should be sued?", "Tom Jones", Person}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.text, findUnpruned(tt.text), tt.want)
		})
	}
}

// TestKeep holds the keep model to attributions that are plainly someone's
// statement and plainly not: verbs of acting whose subject said nothing.
func TestKeep(t *testing.T) {
	tests := []struct {
		name, text string
		keep       bool
	}{
		{"a statement", "The ministry said on Tuesday that the talks had failed.", true},
		{"reported speech with a name", "Kirill Dmitriev told reporters that Russia was ready to talk.", true},
		{"an action, the statement another's", "The Trump administration has launched a secret effort to draft a plan, according to officials.", false},
		{"a game", "Boston went on to win Game 7 and then the World Series.", false},
		{"making remarks reported elsewhere", "Tom Jones made the comments Friday during a brief appearance in Grand Rapids.", false},
		{"a reaction to remarks", "Mary Smith dismissed the comments as a distraction.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := token.New(tt.text)
			f := newFinder(tx, actor.Find(tx, actor.Embedded), defaultCues(), defaultSources(), defaultKeep())
			f.findCues()
			f.attribute()
			f.chooseSources()
			// The cue the case is about is the first; "according to" stays.
			if len(f.attrs) == 0 {
				t.Fatalf("%q: no attribution built", tt.text)
			}
			first := f.attrs[0].cue
			f.prune()
			kept := len(f.attrs) > 0 && f.attrs[0].cue == first
			if kept != tt.keep {
				t.Errorf("%q: cue %q kept %v, want %v", tt.text, tx.Slice(first.From, first.To), kept, tt.keep)
			}
		})
	}
}

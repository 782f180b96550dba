package quote

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestIndirectSources holds the rules that pick the source of reported
// speech and the words used for it: the mention is what the text says at
// the attribution, a pronoun or relative included, as PolNeAR marks it.
func TestIndirectSources(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // one of the quotes found: kind "content" ← "mention" (speaker kind)
	}{
		{"a relative pronoun after a descriptor is the mention",
			"The remark worried some analysts, who pointed out that such a position would violate the constitution.",
			`indirect "that such a position would violate the constitution" ← "who" (anonymous)`},
		{"a subject pronoun ends a source phrase",
			"The nominee complained about his microphone the morning after the debate, even suggesting he may have been sabotaged.",
			`indirect "he may have been sabotaged" ← "The nominee" (anonymous)`},
		{"a part of the day after a day is no content",
			"His campaign is an insult to all voters, top black lawmakers said Friday afternoon, as they bristled at it.",
			`indirect "His campaign is an insult to all voters" ← "top black lawmakers" (anonymous)`},
		{"a noun in -ly is no adverb",
			"Scott's relatives watched the video on Thursday, attorneys for the family said.",
			`indirect "Scott's relatives watched the video on Thursday" ← "attorneys for the family" (anonymous)`},
		{"a plural role ends an according-to source",
			"Police have no plans to release the recordings, according to attorneys for the family.",
			`indirect "Police have no plans to release the recordings" ← "attorneys" (anonymous)`},
		{"a long introduction before a set-off attribution",
			"During his seven and a half years in office, Mr. Obama said, a majority of Americans have come to believe in it.",
			`indirect "a majority of Americans have come to believe in it" ← "Obama" (person)`},
		{"an origin and a relative clause set off after the name",
			"Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.",
			`indirect "the event brought back memories" ← "Donna Sampson Rawlings" (person)`},
		{"an origin set off after a name that opens the sentence",
			"Donna Sampson Rawlings, of Ashton, Md., said the event brought back memories.",
			`indirect "the event brought back memories" ← "Donna Sampson Rawlings" (person)`},
		{"the possessive before a noun cue",
			"Tom Jones is not alone in his contention that the war led to the group's rise.",
			`indirect "that the war led to the group's rise" ← "his" (person)`},
		{"the name before ’s and a noun cue",
			"Tom Jones’s claim that the vote was rigged fell flat.",
			`indirect "that the vote was rigged fell flat" ← "Tom Jones" (person)`},
		{"a passive names no source",
			"Tom Jones has been harshly criticized for policies that objectors see as abuses of power.",
			`indirect "that objectors see as abuses of power" ← "" (unknown)`},
		{"a participle of feeling is the subject's state",
			"Mary Smith was shocked that the senator had lied.",
			`indirect "that the senator had lied" ← "Mary Smith" (person)`},
		{"a comparison set off after the subject",
			"Democratic candidate Mary Smith, like Obama, has said she will hold Russia to account.",
			`indirect "she will hold Russia to account" ← "Mary Smith" (person)`},
		{"the clause a verb of saying reports is one claim",
			"Tom Jones says Mary Smith promised to continue supporting the plan.",
			`indirect "Mary Smith promised to continue supporting the plan" ← "Tom Jones" (person)`},
		{"according to a phrase with no role or name",
			"About 9.9 million single mothers live in the United States, according to federal statistics.",
			`indirect "About 9.9 million single mothers live in the United States" ← "federal statistics" (unknown)`},
		{"according to a long source that opens the sentence",
			"According to a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint by Vermont, the developers engaged in fraud.",
			`indirect "the developers engaged in fraud" ← "a 52-count civil complaint filed by the federal Securities and Exchange Commission and a 15-count complaint by Vermont" (anonymous)`},
		{"an adjunct ending in a place set off by commas, then that",
			"Mary Smith says at a campaign stop in Toledo, Ohio, that it means the plan never worked.",
			`indirect "that it means the plan never worked" ← "Mary Smith" (person)`},
		{"a coordinated verb shares the name, not the name and its verb",
			"Tom Jones beamed and asked the crowd to welcome the governor.",
			`indirect "the crowd to welcome the governor" ← "Tom Jones" (person)`},
		{"a participle in the introduction takes the subject after it",
			"After saying her right foot was swollen, she was whisked off to the hospital.",
			`indirect "her right foot was swollen" ← "she" (unknown)`},
		{"what the subject said, an adjunct after the cue",
			"That was what Mary Smith said when she resigned from the network in 2014.",
			`indirect "what" ← "Mary Smith" (person)`},
		{"the agent of a participle of asking",
			"When asked by a reporter whether the plan would work, Tom Jones refused to answer.",
			`indirect "whether the plan would work" ← "a reporter" (anonymous)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g []string
			for _, q := range findUnpruned(tt.text) {
				g = append(g, fmt.Sprintf("%s %q ← %q (%s)", q.Kind, q.Text, q.Speaker.Mention, q.Speaker.Kind))
			}
			if !slices.Contains(g, tt.want) {
				t.Errorf("in %q\n got:\n  %s\nwant among them:\n  %s", tt.text, strings.Join(g, "\n  "), tt.want)
			}
		})
	}
}

// TestReportedClauseNotNested holds that the subject of a reported clause
// is not made the speaker of a claim of its own.
func TestReportedClauseNotNested(t *testing.T) {
	for _, q := range findUnpruned("Tom Jones says Mary Smith promised to continue supporting the plan.") {
		if q.Speaker.Name == "Mary Smith" {
			t.Errorf("nested attribution %q ← %q", q.Text, q.Speaker.Mention)
		}
	}
}

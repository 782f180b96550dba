package quote

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// testLexicon stands in for the real name lists: a few given names with
// their sex, enough to tell pronouns and same-surname people apart.
var testLexicon = &actor.Lexicon{
	GivenName: func(w string) (actor.Sex, bool) {
		switch w {
		case "Hillary", "Mary", "Elizabeth", "Ursula", "Angela", "Anna":
			return actor.Female, true
		case "Bill", "John", "Kirill", "Steve", "Bernie", "Donald", "Jean-Luc", "José", "Xi", "Volodymyr", "Tom":
			return actor.Male, true
		}
		return actor.SexUnknown, false
	},
}

func find(text string) []Quote {
	tx := token.New(text)
	return Find(tx, actor.Find(tx, testLexicon))
}

// findEmbedded finds quotes with the embedded word lists, as extract does.
func findEmbedded(text string) []Quote {
	tx := token.New(text)
	return Find(tx, actor.Find(tx, actor.Embedded))
}

// want is one expected quote: its kind, its text, and its speaker's name
// (or, for unnamed speakers, the mention) and kind.
type want struct {
	kind, text, speaker, speakerKind string
}

func (w want) String() string {
	return fmt.Sprintf("%s %q ← %q (%s)", w.kind, w.text, w.speaker, w.speakerKind)
}

func got(q Quote) want {
	who := q.Speaker.Name
	if who == "" {
		who = q.Speaker.Mention
	}
	return want{q.Kind, q.Text, who, q.Speaker.Kind}
}

func TestFindForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"quote then attribution",
			"Kirill Dmitriev met the envoy. “We feel the Russian position is really being heard,” Dmitriev said.",
			[]want{{Direct, "We feel the Russian position is really being heard", "Kirill Dmitriev", Person}}},
		{"inverted attribution with title",
			"“It is over,” said Sen. Bernie Sanders.",
			[]want{{Direct, "It is over", "Bernie Sanders", Person}}},
		{"attribution then colon",
			"Kirill Dmitriev spoke. Dmitriev said: “We are ready to talk.”",
			[]want{{Direct, "We are ready to talk.", "Kirill Dmitriev", Person}}},
		{"told someone, comma, quote",
			"One Ukrainian official told Axios, “We know the Americans are working on something.”",
			[]want{{Direct, "We know the Americans are working on something.", "One Ukrainian official", Anonymous}}},
		{"quote before an unnamed source",
			"“We know the Americans are working on something,” one Ukrainian official told Axios.",
			[]want{{Direct, "We know the Americans are working on something", "one Ukrainian official", Anonymous}}},
		{"quotes signed after a dash in their own paragraph",
			"Readers wrote in.\n“The plan will not work.” ― Mary Smith\n”We deserve better.” -- Tom A. Jones.",
			[]want{{Direct, "The plan will not work.", "Mary Smith", Person}, {Direct, "We deserve better.", "Tom A. Jones", Person}}},
		{"a signed quote with quotes nested in it",
			"Readers wrote in.\n“I’d rather live in what he calls “hell” than vote for him.” ― Ana Ruiz",
			[]want{{Direct, "I’d rather live in what he calls “hell” than vote for him.", "Ana Ruiz", Person}}},
		{"a split quote's second part is not the next paragraph's",
			"Mary Smith and Tom Jones spoke. “The first part,” said Smith. “The second part.”\n\nJones continued:\n\n“The third part.”",
			[]want{{Direct, "The first part", "Mary Smith", Person}, {Direct, "The second part.", "Mary Smith", Person}, {Direct, "The third part.", "Tom Jones", Person}}},
		{"a quote after a colon paragraph keeps its own attribution",
			"Tom Jones met Mary Smith. Her enthusiasm is recorded in detail:\n\n“Here comes the boss,” she said.",
			[]want{{Direct, "Here comes the boss", "Mary Smith", Person}}},
		{"a participle hangs from the main clause, not a relative one",
			"Tom Jones refused to pay an architect who said he was cheated, saying, “He did a bad job.”",
			[]want{{Indirect, "to pay an architect who said he was cheated", "Tom Jones", Person}, {Indirect, "he was cheated", "who", Unknown},
				{Direct, "He did a bad job.", "Tom Jones", Person}}},
		{"a split quote's second part is not the next cue's when that has its own",
			"Mary Smith and Tom Jones spoke. “The first part,” said Smith. “The second part.” Jones added, “The third part.”",
			[]want{{Direct, "The first part", "Mary Smith", Person}, {Direct, "The second part.", "Mary Smith", Person}, {Direct, "The third part.", "Tom Jones", Person}}},
		{"a split quote past a speakerless clause",
			"Tom Jones spoke. “It has been years,” Jones said, asked about it in an interview. “Why should I be surprised?”",
			[]want{{Direct, "It has been years", "Tom Jones", Person}, {Indirect, "about it in an interview", "", Unknown},
				{Direct, "Why should I be surprised?", "Tom Jones", Person}}},
		{"a split quote goes on from the attribution a relative clause hangs on",
			"“Revenues are up,” said Tom Jones, who noted that prices had fallen. “Things are moving.”",
			[]want{{Direct, "Revenues are up", "Tom Jones", Person}, {Indirect, "that prices had fallen", "Tom Jones", Person},
				{Direct, "Things are moving.", "Tom Jones", Person}}},
		{"a split quote's second part is not a later cue's with a clause of its own",
			"Mary Smith and Tom Jones spoke. “The first part,” said Smith. “The second part.” Jones said, twice, that he would go.",
			[]want{{Direct, "The first part", "Mary Smith", Person}, {Direct, "The second part.", "Mary Smith", Person}}},
		{"a horizontal bar sets off an aside like a dash",
			"When Mary Smith noted that he paid nothing ― as was true for years ― Tom Jones boasted, “That makes me smart.”",
			[]want{{Indirect, "that he paid nothing ― as was true for years", "Mary Smith", Person}, {Direct, "That makes me smart.", "Tom Jones", Person}}},
		{"a quote before its attribution, a relative that after",
			"“We are in a critical situation,” Mary Smith told reporters after the meeting that was held on a boat.",
			[]want{{Direct, "We are in a critical situation", "Mary Smith", Person}}},
		{"a quote ending in a single mark before its attribution",
			"“We find the labels of ‘criminal, super predator,’” Mary Smith told reporters.",
			[]want{{Direct, "We find the labels of ‘criminal, super predator,’", "Mary Smith", Person}}},
		{"the quote an attribution sets off, not the one in the clause before it",
			"Tom Jones spoke. Of his “genuine empathy,” Jones said, “Leave aside the rest, his empathy is clear.”",
			[]want{{Direct, "Leave aside the rest, his empathy is clear.", "Tom Jones", Person}}},
		{"a descriptor with for before a name",
			"“The facts have not changed,” a spokesman for committee Democrats said.",
			[]want{{Direct, "The facts have not changed", "a spokesman for committee Democrats", Anonymous}}},
		{"a possessive before the speaker's name",
			"“The field does not shift,” Twitter’s Tom Jones said.",
			[]want{{Direct, "The field does not shift", "Tom Jones", Person}}},
		{"a subject of two roles joined by and",
			"“North Korea is run by a lunatic,” the Florida senator and Republican presidential candidate said.",
			[]want{{Direct, "North Korea is run by a lunatic", "Republican presidential candidate", Anonymous}}},
		{"the quote a cue sets off right after it, not the one in the clause before",
			"Holding signs calling him “a loser,” the protesters chanted “Bad for New Jersey, bad for you.”",
			[]want{{Direct, "Bad for New Jersey, bad for you.", "the protesters", Unknown}}},
		{"a quote after a stray mark keeps its attribution whatever that follows",
			"\"“You do not win by states,” Tom Jones responded before adding that he must win some.\"",
			[]want{{Partial, "You do not win by states", "Tom Jones", Person}, {Indirect, "that he must win some.\"", "Tom Jones", Person}}},
		{"a split quote after an abbreviation's period",
			"“We kept our promise,” said Mary Smith as the vote was gaveled before 5 a.m. “Every county gets a line.”",
			[]want{{Direct, "We kept our promise", "Mary Smith", Person}, {Direct, "Every county gets a line.", "Mary Smith", Person}}},
		{"a participle apposition with a short quote in it",
			"“We had better conventions,” delegate Tom Jones, wearing a hat and “Cruz” pins, said as confetti fell.",
			[]want{{Direct, "We had better conventions", "Tom Jones", Person}}},
		{"split quote, one speaker",
			"Mary Smith chairs the board. “The first part,” she said. “The second part.”",
			[]want{{Direct, "The first part", "Mary Smith", Person}, {Direct, "The second part.", "Mary Smith", Person}}},
		{"quote over two paragraphs",
			"“We will win,” Tom Jones said. “We have the votes.\n\n“And we will use them.”",
			[]want{{Direct, "We will win", "Tom Jones", Person}, {Direct, "We have the votes.", "Tom Jones", Person},
				{Direct, "And we will use them.", "Tom Jones", Person}}},
		{"straight marks",
			`"Yes, we can," Tom Jones said.`,
			[]want{{Direct, "Yes, we can", "Tom Jones", Person}}},
		{"guillemets",
			"«We will not give up,» Emmanuel Macron said.",
			[]want{{Direct, "We will not give up", "Emmanuel Macron", Person}}},
		{"low-high German marks",
			"„We can do this“, said Angela Merkel.",
			[]want{{Direct, "We can do this", "Angela Merkel", Person}}},
		{"nested single quotes",
			"“He told me ‘never again,’ and I believed him,” Tom Jones said.",
			[]want{{Direct, "He told me ‘never again,’ and I believed him", "Tom Jones", Person}}},
		{"partial quote in the writer's sentence",
			"Tom Jones called the deal “a betrayal of voters” on Tuesday.",
			[]want{{Partial, "a betrayal of voters", "Tom Jones", Person}}},
		{"indirect with that",
			"Kirill Dmitriev noted that Russia sees growing momentum in its favor.",
			[]want{{Indirect, "that Russia sees growing momentum in its favor", "Kirill Dmitriev", Person}}},
		{"indirect, according to",
			"According to U.S. officials, the White House has already begun briefing European allies.",
			[]want{{Indirect, "the White House has already begun briefing European allies", "U.S. officials", Anonymous}}},
		{"indirect, told reporters",
			"Tom Jones told reporters the plan would fail.",
			[]want{{Indirect, "the plan would fail", "Tom Jones", Person}}},
		{"organization",
			"The ministry said in a statement that the talks had failed.",
			[]want{{Indirect, "that the talks had failed", "The ministry", Organization}}},
		{"unnamed source with a descriptor",
			"A person familiar with the matter said the deal was close.",
			[]want{{Indirect, "the deal was close", "A person familiar with the matter", Anonymous}}},
		{"scare quotes are no quote", "The so-called “deal” collapsed within a week.", nil},
		{"a title is no quote", "She starred in the film “Gone Girl” last year.", nil},
		{"a quote after a name that ends its paragraph is no nickname",
			"Tom Jones said he had fought in Vietnam “for the nation’s rights.”\nMary Smith agreed.",
			[]want{{Partial, "for the nation’s rights.", "Tom Jones", Person}}},
		{"a quote opening a paragraph after a name is no nickname",
			"Tom Jones spoke in the U.S.\n\n“Bad things will happen,” Jones warned.",
			[]want{{Direct, "Bad things will happen", "Tom Jones", Person}}},
		{"a nickname is no quote", "Dwayne “The Rock” Johnson attended the game.", nil},
		{"a defined term is no quote", "The plan, known as “Project Freedom,” was dropped.", nil},
		{"interview answers",
			"Kirill Dmitriev spoke to Axios. Dmitriev runs the fund.\n\nQ: What comes next?\n\nA: We wait for the summit.\n\nQ: Why?\n\nA: Because timing matters.",
			[]want{{Direct, "We wait for the summit.", "Kirill Dmitriev", Person}, {Direct, "Because timing matters.", "Kirill Dmitriev", Person}}},
		{"transcript names",
			"The debate went late.\n\nTRUMP: We will build it.\n\nCLINTON: You will not.",
			[]want{{Direct, "We will build it.", "Trump", Person}, {Direct, "You will not.", "Clinton", Person}}},
		{"a transcript's interviewer only asks: no quotes",
			"We sat down with her.\n\nTHE LARDER: Why now?\n\nDE LA VEGA: Because the lease ends.\n\nTHE LARDER: Will you miss it? Really?\n\nDE LA VEGA: Every day.",
			[]want{{Direct, "Because the lease ends.", "De La Vega", Person}, {Direct, "Every day.", "De La Vega", Person}}},
		{"a transcript quoted paragraph by paragraph",
			"Donald Trump and Hillary Clinton met. A transcript follows:\n\n\"TRUMP: We will build it.\n\n\"(CROSSTALK.)\n\n\"CLINTON: You will not.\"",
			[]want{{Direct, "We will build it.", "Donald Trump", Person}, {Direct, "You will not.", "Hillary Clinton", Person}}},
		{"a name addressed inside a quote is no label",
			"\"Trump: you lie,\" tweeted Tom Jones.",
			[]want{{Direct, "Trump: you lie", "Tom Jones", Person}}},
		{"a headline's label reports in the writer's words",
			"Tom Jones: The Plan Is ‘A Disaster’\n\nTom Jones spoke on Monday.",
			[]want{{Partial, "A Disaster", "Tom Jones", Person}}},
		{"transcript names matched to the text's people",
			"Donald Trump and Hillary Clinton met.\n\nTRUMP: We will build it.\n\nCLINTON: You will not.",
			[]want{{Direct, "We will build it.", "Donald Trump", Person}, {Direct, "You will not.", "Hillary Clinton", Person}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.text, find(tt.text), tt.want)
		})
	}
}

// checkQuotes wants exactly the quotes in want, in order, among qs, the
// quotes found in text.
func checkQuotes(t *testing.T, text string, qs []Quote, want []want) {
	t.Helper()
	var g []string
	for _, q := range qs {
		g = append(g, got(q).String())
	}
	var w []string
	for _, x := range want {
		w = append(w, x.String())
	}
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("in %q\n got:\n  %s\nwant:\n  %s", text, strings.Join(g, "\n  "), strings.Join(w, "\n  "))
	}
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		quote      string // a substring of the quote to look at
		speaker    string // the expected name, or "" for an unnamed speaker
		kind       string
	}{
		{"surname", "Kirill Dmitriev arrived. “We agree,” Dmitriev said.", "We agree", "Kirill Dmitriev", Person},
		{"pronoun by sex",
			"Mr. Tom Jones and Mrs. Anna Lee met on Monday. “Nothing was agreed,” she said.",
			"Nothing was agreed", "Anna Lee", Person},
		{"pronoun by recency",
			"Steve Witkoff flew to Miami. He met officials. “It went well,” he said.",
			"It went well", "Steve Witkoff", Person},
		{"title", "Sen. Elizabeth Warren spoke first. “We need rules,” Warren said.", "We need rules", "Elizabeth Warren", Person},
		{"role phrase", "The talks were led by envoy Steve Witkoff. “We are close,” the envoy said.", "We are close", "Steve Witkoff", Person},
		{"diacritics", "José Álvarez won. “Gracias,” Álvarez said.", "Gracias", "José Álvarez", Person},
		{"particles", "Ursula von der Leyen arrived. “Europe is ready,” von der Leyen said.", "Europe is ready", "Ursula von der Leyen", Person},
		{"initials", "J. K. Rowling wrote back. “Never,” Rowling said.", "Never", "J. K. Rowling", Person},
		{"hyphen", "Jean-Luc Mélenchon spoke. “Non,” Mélenchon said.", "Non", "Jean-Luc Mélenchon", Person},
		{"family name first", "Xi Jinping met Biden. “We are partners,” Xi said.", "We are partners", "Xi Jinping", Person},
		{"same surname, told apart by title",
			"Hillary Clinton and Bill Clinton arrived. “It was a long night,” Mr. Clinton said.",
			"long night", "Bill Clinton", Person},
		{"same surname, the first named",
			"Hillary Clinton campaigned with Chelsea Clinton. “We will win,” Clinton said.",
			"We will win", "Hillary Clinton", Person},
		{"relative who",
			"The vote went to Tom Jones, who said the count was fair.",
			"count was fair", "Tom Jones", Person},
		{"context only: unknown, never a guess",
			"Tom Jones met Bill Smith on Monday.\n\n“This is the end.”",
			"This is the end", "", Unknown},
		{"unresolved pronoun stays unknown",
			"“We lost,” he said.",
			"We lost", "", Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range find(tt.text) {
				if !strings.Contains(q.Text, tt.quote) {
					continue
				}
				if q.Speaker.Name != tt.speaker || q.Speaker.Kind != tt.kind {
					t.Errorf("speaker of %q = %q (%s, mention %q), want %q (%s)", q.Text,
						q.Speaker.Name, q.Speaker.Kind, q.Speaker.Mention, tt.speaker, tt.kind)
				}
				return
			}
			t.Errorf("no quote with %q in %v", tt.quote, find(tt.text))
		})
	}
}

// TestOffsets checks that every quote's offsets are code points that give
// back its text, and its speaker's those of the mention.
func TestOffsets(t *testing.T) {
	text := "Ünal Çelik, a Turkish official, met Kirill Dmitriev. “Ça va,” Dmitriev said. Çelik said the talks were “très bien.”"
	runes := []rune(text)
	qs := find(text)
	if len(qs) < 2 {
		t.Fatalf("want at least 2 quotes, got %v", qs)
	}
	for _, q := range qs {
		if got := string(runes[q.Start:q.End]); got != q.Text {
			t.Errorf("text at [%d,%d) = %q, want %q", q.Start, q.End, got, q.Text)
		}
		if s := q.Speaker; s.End > s.Start {
			if got := string(runes[s.Start:s.End]); got != s.Mention {
				t.Errorf("mention at [%d,%d) = %q, want %q", s.Start, s.End, got, s.Mention)
			}
		}
	}
}

// FuzzFind checks that no text makes Find panic, and that quotes come in
// order with offsets inside the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“A,” he said. “B.”", "Q: x\n\nA: y", "\"\"\"", "“open\n\n“still”", "„x“ «y» ''z''",
		"according to, said: “", "X, who said, said", "— said —", "TRUMP: “a”\n\nCLINTON - “b”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := find(s)
		n := utf8.RuneCountInString(s)
		prev := 0
		for _, q := range qs {
			if q.Start < prev || q.End < q.Start || q.End > n {
				t.Fatalf("quote [%d,%d) out of order or bounds (len %d)", q.Start, q.End, n)
			}
			prev = q.Start
			if sp := q.Speaker; sp.End < sp.Start || sp.End > n {
				t.Fatalf("speaker [%d,%d) out of bounds", sp.Start, sp.End)
			}
		}
	})
}

// TestContinuationMention holds a continued quote to the mention of the
// attribution it continues: the gold of attribution corpora marks that
// mention, not a relative pronoun in a clause between.
func TestContinuationMention(t *testing.T) {
	qs := find("“Revenues are up,” said Tom Jones, who noted that prices had fallen. “Things are moving.”")
	if len(qs) != 3 || qs[2].Text != "Things are moving." {
		t.Fatalf("got %d quotes: %+v", len(qs), qs)
	}
	if m := qs[2].Speaker.Mention; m != "Tom Jones" {
		t.Errorf("continued quote's mention %q, want %q", m, "Tom Jones")
	}
}

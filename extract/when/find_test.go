package when

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// seedDay is the seed article's publication date, a Wednesday.
var seedDay = time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected date: its text and value.
type want struct{ text, value string }

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []want
	}{
		// Full dates.
		{"month day year", seedDay, "Published November 19, 2025.", []want{{"November 19, 2025", "2025-11-19"}}},
		{"day month year", seedDay, "on 19 November 2025 in Kyiv", []want{{"19 November 2025", "2025-11-19"}}},
		{"abbreviated", seedDay, "Sept. 14, 2024, and Nov. 19", []want{{"Sept. 14, 2024", "2024-09-14"}, {"Nov. 19", "2025-11-19"}}},
		{"ordinal", seedDay, "on June 16th of last year", []want{{"June 16th of last year", "2024-06-16"}}},
		{"the nth of", seedDay, "the 3rd of March 2021", []want{{"3rd of March 2021", "2021-03-03"}}},
		{"weekday and date", seedDay, "on Tuesday, Nov. 18, he said", []want{{"Tuesday, Nov. 18", "2025-11-18"}}},
		{"iso", seedDay, "dated 2025-11-19.", []want{{"2025-11-19", "2025-11-19"}}},
		{"us numeric", seedDay, "on 11/19/2025 and 3/4/2025", []want{{"11/19/2025", "2025-11-19"}, {"3/4/2025", "2025-03-04"}}},
		{"day first by value", seedDay, "on 19/11/2025", []want{{"19/11/2025", "2025-11-19"}}},
		{"dotted is day first", seedDay, "am 3.4.2025", []want{{"3.4.2025", "2025-04-03"}}},
		{"two-digit year", seedDay, "on 11/19/25", []want{{"11/19/25", "2025-11-19"}}},
		{"month year", seedDay, "in November 2025 and March of 2016", []want{{"November 2025", "2025-11"}, {"March of 2016", "2016-03"}}},

		// Month and day without a year, placed by tense and distance.
		{"past in january", day("2016-01-05"), "He said on Dec. 28 that it was over.", []want{{"Dec. 28", "2015-12-28"}}},
		{"future in december", day("2015-12-20"), "The vote will be held on Jan. 3.", []want{{"Jan. 3", "2016-01-03"}}},
		{"planned with a past verb", day("2025-11-19"), "The meeting was scheduled for Nov. 25.", []want{{"Nov. 25", "2025-11-25"}}},
		{"no doc date", time.Time{}, "on Nov. 19 and in 2019", []want{{"2019", "2019"}}},

		// Weekdays by tense.
		{"weekday past", seedDay, "Dmitriev said on Tuesday.", []want{{"Tuesday", "2025-11-18"}}},
		{"weekday future", seedDay, "They will meet on Friday.", []want{{"Friday", "2025-11-21"}}},
		{"weekday today", seedDay, "He spoke Wednesday night.", []want{{"Wednesday night", "2025-11-19TNI"}}},
		{"last and next weekday", seedDay, "last Wednesday and next Monday", []want{{"last Wednesday", "2025-11-12"}, {"next Monday", "2025-11-24"}}},
		{"named weekday", seedDay, "on Super Tuesday and Black Friday", nil},

		// Relative days, weeks, months, years.
		{"deictic", seedDay, "yesterday, today and tomorrow morning", []want{{"yesterday", "2025-11-18"}, {"today", "2025-11-19"}, {"tomorrow morning", "2025-11-20TMO"}}},
		{"this week", seedDay, "Witkoff was to meet him this week.", []want{{"this week", "2025-W47"}}},
		{"last month next year", seedDay, "last month and next year", []want{{"last month", "2025-10"}, {"next year", "2026"}}},
		{"earlier this month", seedDay, "earlier this month", []want{{"earlier this month", "2025-11"}}},
		{"late last year", seedDay, "late last year", []want{{"late last year", "2024"}}},
		{"ago", seedDay, "three years ago, two weeks ago, a month ago, 10 days ago", []want{
			{"three years ago", "2022"}, {"two weeks ago", "2025-W45"}, {"a month ago", "2025-10"}, {"10 days ago", "2025-11-09"}}},
		{"weekend", day("2016-06-06"), "She won two contests this weekend.", []want{{"this weekend", "2016-W22-WE"}}},
		{"over the weekend", day("2016-07-25"), "Two punters died over the weekend.", []want{{"the weekend", "2016-W29-WE"}}},
		{"sunday paper", day("2016-07-24"), "Gore will skip this week's convention.", []want{{"this week", "2016-W30"}}},
		{"last night", seedDay, "last night and this morning", []want{{"last night", "2025-11-18TNI"}, {"this morning", "2025-11-19TMO"}}},
		{"earlier in the week", seedDay, "He met Umerov earlier in the week.", nil},

		// Months, years, decades, centuries, seasons alone.
		{"in august", seedDay, "during a meeting in Alaska in August.", []want{{"August", "2025-08"}}},
		{"month future", day("2016-03-10"), "Clinton will win in November.", []want{{"November", "2016-11"}}},
		{"month past", day("2016-03-10"), "He said in November that it was over.", []want{{"November", "2015-11"}}},
		{"may needs context", seedDay, "Theresa May said it may come in May.", []want{{"May", "2025-05"}}},
		{"month as name", seedDay, "April Ryan asked the question.", nil},
		{"year", seedDay, "in 2019, the 2016 election", []want{{"2019", "2019"}, {"2016", "2016"}}},
		{"historic year", seedDay, "founded in 1776", []want{{"1776", "1776"}}},
		{"decades", seedDay, "the 1990s, the '90s and the 1800s", []want{{"1990s", "199"}, {"'90s", "199"}, {"1800s", "18"}}},
		{"century", seedDay, "the 20th century", []want{{"20th century", "19"}}},
		{"seasons", seedDay, "last summer, this winter, next spring, the fall of 2015", []want{
			{"last summer", "2025-SU"}, {"this winter", "2025-WI"}, {"next spring", "2026-SP"}, {"fall of 2015", "2015-FA"}}},
		{"holiday", day("2016-09-26"), "I will vote on Election Day.", []want{{"Election Day", "2016-11-08"}}},

		// Ranges.
		{"day range", seedDay, "in Miami from October 24–26.", []want{{"October 24–26", "2025-10-24/2025-10-26"}}},
		{"day range with to", seedDay, "the poll of Jan. 5 to 9", []want{{"Jan. 5 to 9", "2026-01-05/2026-01-09"}}},
		{"range across months", seedDay, "Oct. 24-Nov. 2, 2025", []want{{"Oct. 24-Nov. 2, 2025", "2025-10-24/2025-11-02"}}},
		{"day first range", seedDay, "24–26 October 2025", []want{{"24–26 October 2025", "2025-10-24/2025-10-26"}}},
		{"month range", seedDay, "talks ran from March to May", []want{{"March to May", "2025-03/2025-05"}}},
		{"year range", seedDay, "between 2010 and 2015, the 2015-16 season, 2011 to 2016", []want{
			{"2010 and 2015", "2010/2015"}, {"2015-16", "2015/2016"}, {"2011", "2011"}, {"2016", "2016"}}},

		// Not dates.
		{"durations", seedDay, "for three years, 24 hours, the past two weeks, the last year", nil},
		{"ages", seedDay, "a 67-year-old man, aged 45, 70 years old", nil},
		{"times of day", seedDay, "at 3 p.m. and 10:30", nil},
		{"quantities", seedDay, "2,000 troops, 1500 people, $2016, 2000 votes, 20%", nil},
		{"numbered names", seedDay, "Route 2025, Room 1900, No. 2016, Windows 2000, G-2000", nil},
		{"scores and fractions", seedDay, "won 24-17, 9/11, 24/7, a 3-2 vote", nil},
		{"vague", seedDay, "recently, now, soon, years ago, a decade ago, in the coming weeks", nil},
		{"names", seedDay, "told USA Today and USA TODAY; the Mars 2020 rover", []want{{"2020", "2020"}}},

		// Other languages.
		{"german", day("2026-03-20"), "am 14. März 2026 und am 3. Oktober", []want{{"14. März 2026", "2026-03-14"}, {"3. Oktober", "2025-10-03"}}},
		{"french", seedDay, "le 14 mars 2026, le 1er mars 2026", []want{{"14 mars 2026", "2026-03-14"}, {"1er mars 2026", "2026-03-01"}}},
		{"spanish", seedDay, "el 14 de marzo de 2026 y 1º de mayo de 2025", []want{{"14 de marzo de 2026", "2026-03-14"}, {"1º de mayo de 2025", "2025-05-01"}}},
		{"italian portuguese dutch", seedDay, "14 marzo 2026, 14 de março de 2026, 14 maart 2026", []want{
			{"14 marzo 2026", "2026-03-14"}, {"14 de março de 2026", "2026-03-14"}, {"14 maart 2026", "2026-03-14"}}},
		{"foreign month year", seedDay, "en août 2024", []want{{"août 2024", "2024-08"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.doc)
			var g []want
			for _, d := range got {
				g = append(g, want{d.Text, d.Value})
			}
			if !equal(g, tt.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tt.text, g, tt.want)
			}
			checkOffsets(t, tt.text, got)
		})
	}
}

func equal(a, b []want) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkOffsets checks that every date's offsets are code points that
// cover its text.
func checkOffsets(t *testing.T, text string, dates []Date) {
	t.Helper()
	r := []rune(text)
	for _, d := range dates {
		if d.Start < 0 || d.End > len(r) || d.Start > d.End {
			t.Fatalf("offsets %d-%d outside %d code points", d.Start, d.End, len(r))
		}
		if got := string(r[d.Start:d.End]); got != d.Text {
			t.Errorf("offsets %d-%d cover %q, not %q", d.Start, d.End, got, d.Text)
		}
	}
}

func TestFindCodePointOffsets(t *testing.T) {
	text := "„Wir“ sagten «bien» – Dmitriev met him from October 24–26 in Miami."
	got := Find(text, seedDay)
	if len(got) != 1 {
		t.Fatalf("got %v", got)
	}
	if want := utf8.RuneCountInString(text[:strings.Index(text, "October")]); got[0].Start != want {
		t.Errorf("start %d, want code point %d", got[0].Start, want)
	}
	checkOffsets(t, text, got)
}

func TestSaidOn(t *testing.T) {
	tests := []struct {
		name, text, cue string
		doc             time.Time
		want            string // "" when no date is given
	}{
		{"after the cue", "Dmitriev said on Tuesday that talks went well.", "said", seedDay, "2025-11-18"},
		{"bare weekday", "“We feel heard,” Dmitriev said Tuesday.", "said", seedDay, "2025-11-18"},
		{"after an object", "The minister told reporters on Oct. 3 that he would resign.", "told", seedDay, "2025-10-03"},
		{"opening the sentence", "On Monday, the senator said he would run.", "said", seedDay, "2025-11-17"},
		{"in the content", "Dmitriev said the meeting would happen on Friday.", "said", seedDay, ""},
		{"after that", "He said that on Friday they met.", "said", seedDay, ""},
		{"coarser than a day", "He said last week that it was over.", "said", seedDay, ""},
		{"no date", "He said it was over.", "said", seedDay, ""},
		{"other sentence", "He met them on Monday. Later he said it was over.", "said", seedDay, ""},
		{"accents before", "«Ça suffit», a déclaré Macron – Macron said Tuesday.", "said", seedDay, "2025-11-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end := cueOffsets(tt.text, tt.cue)
			got, ok := SaidOn(tt.text, start, end, tt.doc)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("SaidOn = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}

// cueOffsets returns the code-point offsets of cue's first occurrence.
func cueOffsets(text, cue string) (start, end int) {
	b := strings.Index(text, cue)
	start = utf8.RuneCountInString(text[:b])
	return start, start + utf8.RuneCountInString(cue)
}

func TestSaidOnBadOffsets(t *testing.T) {
	for _, c := range [][2]int{{-1, 2}, {5, 2}, {100, 200}} {
		if v, ok := SaidOn("He said Tuesday.", c[0], c[1], seedDay); ok {
			t.Errorf("SaidOn(%d, %d) = %q, want nothing", c[0], c[1], v)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Dmitriev met Witkoff in Miami from October 24–26.",
		"am 14. März 2026, le 1er mars, el 14 de marzo de 2026",
		"11/19/2025 19.11.2025 2025-11-19 '90s 1990s 2015-16",
		"„Wir“ «bien» 2,000 troops on Route 2025 at 3 p.m.",
		"last Tuesday night, three years ago, the past two weeks",
		"\xff\xfe Nov. 31, Feb. 29, 2/30/2025, 0/0/0000",
		"L’an dernier, mardi après-midi, el pasado mes de marzo, Dienstagabend, hace dos",
		"the first quarter of sales, Q3 2025, the twenty-first-century, from Thursday, il y a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		for _, d := range Find(s, seedDay) {
			if d.Start < 0 || d.End > n || d.Start > d.End {
				t.Fatalf("offsets %d-%d outside %d code points", d.Start, d.End, n)
			}
			if d.Value == "" {
				t.Fatalf("empty value for %q", d.Text)
			}
		}
		Find(s, time.Time{})
		SaidOn(s, 0, n/2, seedDay)
	})
}

func TestDocDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-11-19T22:30:00-05:00", "2025-11-19"}, // the 20th in UTC
		{"2025-11-19", "2025-11-19"},
		{"2025-11-19T08:00:00", "2025-11-19"},
		{"", ""},
		{"19 November 2025", ""},
	}
	for _, tt := range tests {
		got := DocDate(tt.in)
		if s := got.Format("2006-01-02"); tt.want == "" && !got.IsZero() || tt.want != "" && s != tt.want {
			t.Errorf("DocDate(%q) = %v, want %q", tt.in, got, tt.want)
		}
	}
	// The day Find resolves against is the publisher's.
	if d := Find("He spoke yesterday.", DocDate("2025-11-19T22:30:00-05:00")); len(d) != 1 || d[0].Value != "2025-11-18" {
		t.Errorf("Find with a late-evening date: %v", d)
	}
}

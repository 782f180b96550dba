package when

import (
	"testing"
	"time"
)

// Documents of the tests below: a Tuesday, a Wednesday and a Friday.
var (
	tue = day("2026-02-03")
	wed = day("2026-03-18")
	fri = day("2025-11-28")
)

// TestFindForms covers the forms added for pages in other languages and
// for TIMEX3's finer values: parts of the day, quarters and halves,
// spelled centuries, and the tense rules that place a weekday or a season.
func TestFindForms(t *testing.T) {
	tests := []struct {
		name string
		doc  time.Time
		text string
		want []want
	}{
		// Parts of the day, as TIMEX3 writes them.
		{"weekday and part", wed, "Snow is expected by Wednesday morning. It fell Tuesday afternoon.", []want{
			{"Wednesday morning", "2026-03-18TMO"}, {"Tuesday afternoon", "2026-03-17TAF"}}},
		{"deictic and part", wed, "The board voted yesterday evening; it meets again tomorrow night.", []want{
			{"yesterday evening", "2026-03-17TEV"}, {"tomorrow night", "2026-03-19TNI"}}},
		{"tonight", wed, "He speaks tonight.", []want{{"tonight", "2026-03-18TNI"}}},
		{"last evening", wed, "They met last evening and this afternoon.", []want{
			{"last evening", "2026-03-17TEV"}, {"this afternoon", "2026-03-18TAF"}}},
		{"lost space", wed, "gunfire opened early Mondaymorning", []want{{"Mondaymorning", "2026-03-16TMO"}}},

		// German.
		{"german compound", wed, "Der Rat hat am Dienstagabend beschlossen. Passanten reagierten am Mittwochmorgen.", []want{
			{"Dienstagabend", "2026-03-17TEV"}, {"Mittwochmorgen", "2026-03-18TMO"}}},
		{"german weekday by tense", wed, "Der Rat hat am Montag entschieden. Am Freitag wird er erneut tagen.", []want{
			{"Montag", "2026-03-16"}, {"Freitag", "2026-03-20"}}},
		{"german relative", wed, "vergangene Woche, nächsten Monat, im vergangenen Jahr, letzten Dienstag, vor zwei Jahren", []want{
			{"vergangene Woche", "2026-W11"}, {"nächsten Monat", "2026-04"}, {"vergangenen Jahr", "2025"},
			{"letzten Dienstag", "2026-03-17"}, {"vor zwei Jahren", "2024"}}},
		{"german deictic", wed, "gestern Abend, heute Morgen und morgen", []want{
			{"gestern Abend", "2026-03-17TEV"}, {"heute Morgen", "2026-03-18TMO"}, {"morgen", "2026-03-19"}}},
		{"german month in context", wed, "Der Rat will Ende April entscheiden, Anfang Mai, im Herbst.", []want{
			{"April", "2026-04"}, {"Mai", "2026-05"}, {"Herbst", "2026-FA"}}},
		{"german season and year", wed, "Bereits im Sommer 2025 hatte die Stadt getestet.", []want{{"Sommer 2025", "2025-SU"}}},
		{"german hier is here", wed, "Die Stadt hat hier in Bonn nicht gefragt, und die Händler sind da.", nil},
		{"german plural is a duration", wed, "in den letzten Jahren", nil},

		// French.
		{"french weekday and part", tue, "Elle a assuré mardi soir. L’ambiance restait calme mardi après-midi.", []want{
			{"mardi soir", "2026-02-03TEV"}, {"mardi après-midi", "2026-02-03TAF"}}},
		{"french span start", tue, "Elle recevrait les syndicats « dès lundi ».", []want{{"lundi", "2026-02-09"}}},
		{"french relative", tue, "L’an dernier, la semaine dernière, l'année prochaine, cette année, le mois dernier", []want{
			{"L’an dernier", "2025"}, {"semaine dernière", "2026-W05"}, {"l'année prochaine", "2027"},
			{"cette année", "2026"}, {"mois dernier", "2026-01"}}},
		{"french deictic", tue, "hier soir, ce matin, demain, il y a deux ans", []want{
			{"hier soir", "2026-02-02TEV"}, {"ce matin", "2026-02-03TMO"}, {"demain", "2026-02-04"}, {"il y a deux ans", "2024"}}},
		{"french weekday shifted", tue, "lundi dernier et jeudi prochain", []want{
			{"lundi dernier", "2026-02-02"}, {"jeudi prochain", "2026-02-05"}}},
		{"french month and season", tue, "en mars, fin avril, cet été, l’été dernier", []want{
			{"mars", "2026-03"}, {"avril", "2026-04"}, {"cet été", "2026-SU"}, {"l’été dernier", "2025-SU"}}},
		{"french dernier before is final", tue, "la dernière semaine du procès", nil},
		{"french été is been", tue, "Le projet a été abandonné.", nil},

		// Spanish, Italian, Portuguese.
		{"spanish relative", day("2026-05-06"), "ayer, el pasado mes de marzo, la semana pasada, el próximo martes, hace tres años", []want{
			{"ayer", "2026-05-05"}, {"pasado mes de marzo", "2026-03"}, {"semana pasada", "2026-W18"},
			{"próximo martes", "2026-05-12"}, {"hace tres años", "2023"}}},
		{"spanish parts of day", wed, "anoche, esta mañana, mañana por la mañana, el lunes por la tarde", []want{
			{"anoche", "2026-03-17TNI"}, {"esta mañana", "2026-03-18TMO"}, {"mañana por la mañana", "2026-03-19TMO"},
			{"lunes por la tarde", "2026-03-16TAF"}}},
		{"spanish tense endings", wed, "El alcalde se reunirá el viernes. El alcalde anunció el jueves.", []want{
			{"viernes", "2026-03-20"}, {"jueves", "2026-03-12"}}},
		{"spanish season in dialogue", day("2026-05-06"), "—¿Y si no llueve en otoño? —le preguntó un periodista.", []want{{"otoño", "2026-FA"}}},
		{"spanish month with de", day("2026-05-06"), "a finales de junio", []want{{"junio", "2026-06"}}},
		{"capitalised name is no weekday", wed, "Habló con Plácido Domingo en Madrid.", nil},
		{"italian", wed, "ieri, oggi, lunedì scorso, la settimana prossima", []want{
			{"ieri", "2026-03-17"}, {"oggi", "2026-03-18"}, {"lunedì scorso", "2026-03-16"}, {"settimana prossima", "2026-W13"}}},
		{"portuguese", wed, "ontem, na segunda-feira, no ano passado; a segunda vez", []want{
			{"ontem", "2026-03-17"}, {"segunda-feira", "2026-03-16"}, {"ano passado", "2025"}}},

		// Quarters and halves.
		{"quarter in business news", day("2026-04-21"), "Sales fell 4% in the first quarter, which ended March 31.", []want{
			{"first quarter", "2026-Q1"}, {"March 31", "2026-03-31"}}},
		{"quarter as adjective", day("2025-09-16"), "Both companies are expected to report third-quarter earnings in late October.", []want{
			{"third-quarter", "2025-Q3"}, {"October", "2025-10"}}},
		{"quarter not begun", day("2026-02-10"), "Revenue grew in the fourth quarter.", []want{{"fourth quarter", "2025-Q4"}}},
		{"quarter with year", wed, "the fourth quarter of 2025 and Q1 2026", []want{{"fourth quarter of 2025", "2025-Q4"}, {"Q1 2026", "2026-Q1"}}},
		{"halves", day("2026-01-13"), "deliveries in the second half of 2026 and the first half of next year", []want{
			{"second half of 2026", "2026-H2"}, {"first half of next year", "2027-H1"}}},
		{"game periods", wed, "The Lakers led in the third quarter and scored twice in the second half.", nil},

		// Centuries, ends of periods, seasons with an article.
		{"spelled century", wed, "For most of the twentieth century, and into the twenty-first-century", []want{
			{"twentieth century", "19"}, {"twenty-first-century", "20"}}},
		{"end of the year", day("2026-02-25"), "She expects the first contract by the end of the year, at the end of the day.", []want{
			{"the end of the year", "2026"}}},
		{"the season by tense", day("2025-12-04"), "Two servers are opening a café in the spring. Directors met over the summer.", []want{
			{"the spring", "2026-SP"}, {"the summer", "2025-SU"}}},
		{"habitual season", wed, "in summer, the fall of Rome", nil},

		// Tense and reference.
		{"from a weekday", day("2026-02-10"), "The union called a strike from Thursday after talks broke down late on Monday.", []want{
			{"Thursday", "2026-02-12"}, {"Monday", "2026-02-09"}}},
		{"aside from", day("2016-03-02"), "Aside from Tuesday night, Christie appears to be fully embracing", []want{{"Tuesday night", "2016-03-01TNI"}}},
		{"timetable present", day("2026-04-08"), "Her third feature, which opens Friday, follows a surveyor.", []want{{"Friday", "2026-04-10"}}},
		{"plans as a noun", day("2016-02-08"), "It changed its advertising plans after Rubio’s debate performance on Saturday.", []want{{"Saturday", "2016-02-06"}}},
		{"move ahead", day("2026-03-03"), "The council voted 5–2 on Monday to move ahead with the renovation.", []want{{"Monday", "2026-03-02"}}},
		{"ahead of", day("2016-06-06"), "They campaigned ahead of voting Tuesday.", []want{{"Tuesday", "2016-06-07"}}},
		{"clause after a comma", day("2026-04-21"), "The cuts will take place from July to December, and affected workers will be offered jobs.", []want{
			{"July to December", "2026-07/2026-12"}}},
		{"relative clause on the date", day("2016-04-06"), "He was elevated in May 2015. In October, when a vacancy arose, he ran.", []want{
			{"May 2015", "2015-05"}, {"October", "2015-10"}}},
		{"since a month", day("2016-04-20"), "Since October, her candidacy will keep rising.", []want{{"October", "2015-10"}}},
		{"possessive is no quote", day("2016-08-10"), "That proposal prompted Britain's Parliament to call a debate in January on whether to ban him; one lawmaker called him a buffoon.", []want{
			{"January", "2016-01"}}},
		{"every weekday", fri, "A couple has come every Friday since 1996.", []want{{"1996", "1996"}}},
		{"possessive last", day("2026-03-10"), "On her last night, March 31, she plans to light the lamp.", []want{{"March 31", "2026-03-31"}}},
		{"her as object", day("2016-01-30"), "The union endorsed her last summer.", []want{{"last summer", "2015-SU"}}},
		{"that month", day("2016-06-23"), "riots contributed to Humphrey's loss that November. In that October speech, she spoke.", nil},
		{"that as a conjunction", day("2016-03-11"), "Brooks stated that Thursday’s debate was good.", []want{{"Thursday", "2016-03-10"}}},
		{"next on the same weekday", day("2026-03-15"), "Harbor City travel to Northgate next Sunday.", []want{{"next Sunday", "2026-03-22"}}},
		{"week-end", wed, "He will leave this week-end.", []want{{"this week-end", "2026-W12-WE"}}},
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

// TestSaidOnPartOfDay checks that an attribution dated by a part of the
// day dates its quote to the day.
func TestSaidOnPartOfDay(t *testing.T) {
	tests := []struct{ text, cue, want string }{
		{"“It is over,” van der Linde said during the debate Tuesday night.", "said", "2026-03-17"},
		{"Sa directrice a assuré mardi soir qu’elle recevrait les syndicats.", "assuré", "2026-03-17"},
	}
	for _, tt := range tests {
		start, end := cueOffsets(tt.text, tt.cue)
		if got, ok := SaidOn(tt.text, start, end, wed); got != tt.want || !ok {
			t.Errorf("SaidOn(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
}

package when

import (
	"strings"
	"time"
)

// word identifies the function words the grammar looks for. A word's
// entry in the lexicon carries at most one of them.
type word uint8

const (
	wNone word = iota
	wThe
	wOf
	wIn
	wOn
	wAt
	wBy
	wSince
	wUntil
	wThrough
	wFrom
	wTo
	wAnd
	wOr
	wBetween
	wBefore
	wAfter
	wDuring
	wFor
	wLast
	wNext
	wThis
	wPast
	wComing
	wAgo
	wEarlier
	wLater
	wEarly
	wLate
	wMid
	wYesterday
	wToday
	wTomorrow
	wTonight
	wPartOfDay // morning, afternoon, evening, night
	wDe        // de, del (es, pt, fr): "14 de marzo de 2026"
	wLe        // le, el, am, der, den, il, o: articles before a day
	wA         // a, an: "a year ago"
	wOrdinal   // st, nd, rd, th, er, º: the suffix of an ordinal number
	wS         // s: the decade suffix in "1990s"
	wCentury
	wPercent
	wEvery // every, each: "every March" is a set, not a date
	wOld   // old, aged, age: ages
	wThan
)

// unit is a calendar unit named by a word.
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uHour // hours and minutes only mark durations and times
)

// tense is the time a sentence talks about, as far as its verbs tell.
type tense int8

const (
	tenseNone   tense = 0
	tensePast   tense = -1
	tenseFuture tense = 1
)

// entry is what the lexicon knows about one lower-case word. The zero
// entry is an unknown word.
type entry struct {
	month    int8         // 1–12 when the word names a month
	english  bool         // an English month name: may stand alone in context
	abbr     bool         // an abbreviated month: needs a dot or a number after it
	weekday  time.Weekday // valid when isDay
	isDay    bool         // the word names a day of the week
	foreign  bool         // a month or weekday name in a language other than English
	unit     unit         // the calendar unit the word names, singular or plural
	plural   bool         // the unit word is plural: "years"
	num      int8         // the value of a number word: "three" → 3
	word     word         // the function word it is, if any
	tense    tense        // the tense the word marks in a sentence, if any
	season   string       // TIMEX season code: SP, SU, FA, WI
	count    bool         // a noun that counts things: a number before it is a quantity
	numbered bool         // a noun that takes a number as a name: "Route 2025"
	holiday  bool         // the first word of a holiday's name
	pod      string       // TIMEX part of the day a word names: MO, AF, EV, NI
	ord      int8         // the value of an ordinal word: "third" → 3
	mod      modPlace     // where a foreign "last", "next", "this" stands
	capNoun  bool         // a German noun: capitalised wherever it stands
	introM   bool         // a foreign word that puts a month name alone in context: "Ende", "en"
	feira    bool         // a Portuguese weekday that needs "-feira" after it: "segunda"
	money    bool         // a noun of business reporting: licenses a quarter without a year
	toFuture bool         // a future cue only before "to" or "for": "plans to", "set for"
	agoPre   bool         // a word that puts "ago" before the count: "vor", "hace", "il" (y a)
	german   bool         // a tense cue only in German text: "war", "hat"
}

// modPlace says whether a "last", "next" or "this" word goes before the
// word it modifies ("next week", "nächste Woche", "el pasado lunes"),
// after it ("la semaine dernière", "el año pasado") or either.
type modPlace uint8

const (
	modPre  modPlace = 1 << iota // before: "next week"
	modPost                      // after: "l’an dernier"
)

// monthNames lists the month names of English, German, French, Spanish,
// Italian, Portuguese and Dutch, January first. English abbreviations are
// in monthAbbr.
var monthNames = [12][]string{
	{"january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"},
	{"february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
	{"march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart"},
	{"april", "avril", "abril", "aprile"},
	{"may", "mai", "mayo", "maggio", "maio", "mei"},
	{"june", "juni", "juin", "junio", "giugno", "junho"},
	{"july", "juli", "juillet", "julio", "luglio", "julho"},
	{"august", "août", "aout", "agosto", "augustus"},
	{"september", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
	{"october", "oktober", "octobre", "octubre", "ottobre", "outubro"},
	{"november", "novembre", "noviembre", "novembro"},
	{"december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"},
}

// monthAbbr lists abbreviations (AP style and common ones); they count as
// months only before a dot or a number, so that "mar" or "dec" in running
// text is left alone.
var monthAbbr = [12][]string{
	{"jan", "janv"},
	{"feb", "febr", "fév", "févr"},
	{"mar", "mär"},
	{"apr", "avr"},
	{},
	{"jun"},
	{"jul", "juil"},
	{"aug"},
	{"sep", "sept"},
	{"oct", "okt"},
	{"nov"},
	{"dec", "dez", "déc"},
}

var weekdayNames = [7][]string{
	{"sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag"},
	{"monday", "montag", "lundi", "lunes", "lunedì", "segunda", "maandag"},
	{"tuesday", "dienstag", "mardi", "martes", "martedì", "terça", "dinsdag"},
	{"wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "quarta", "woensdag"},
	{"thursday", "donnerstag", "jeudi", "jueves", "giovedì", "quinta", "donderdag"},
	{"friday", "freitag", "vendredi", "viernes", "venerdì", "sexta", "vrijdag"},
	{"saturday", "samstag", "sonnabend", "samedi", "sábado", "sabato", "zaterdag"},
}

var units = map[string]unit{
	"day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek,
	"weekend": uWeekend, "weekends": uWeekend, "month": uMonth, "months": uMonth,
	"quarter": uQuarter, "quarters": uQuarter, "year": uYear, "years": uYear,
	"decade": uDecade, "decades": uDecade, "hour": uHour, "hours": uHour,
	"minute": uHour, "minutes": uHour,
}

var numberWords = map[string]int8{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

var functionWords = map[string]word{
	"the": wThe, "of": wOf, "in": wIn, "on": wOn, "at": wAt, "by": wBy,
	"since": wSince, "until": wUntil, "till": wUntil, "through": wThrough, "thru": wThrough,
	"from": wFrom, "to": wTo, "and": wAnd, "or": wOr, "between": wBetween,
	"before": wBefore, "after": wAfter, "during": wDuring, "for": wFor,
	"last": wLast, "next": wNext, "this": wThis, "past": wPast, "coming": wComing,
	"ago": wAgo, "earlier": wEarlier, "later": wLater, "early": wEarly, "late": wLate,
	"mid": wMid, "yesterday": wYesterday, "today": wToday, "tomorrow": wTomorrow, "tonight": wTonight,
	"de": wDe, "del": wDe,
	"le": wLe, "el": wLe, "am": wLe, "der": wLe, "den": wLe, "il": wLe, "op": wLe,
	"a": wA, "an": wA,
	"st": wOrdinal, "nd": wOrdinal, "rd": wOrdinal, "th": wOrdinal, "er": wOrdinal,
	"º": wOrdinal, "ª": wOrdinal, "s": wS, "century": wCentury, "centuries": wCentury,
	"percent": wPercent, "per": wPercent, "every": wEvery, "each": wEvery,
	"old": wOld, "aged": wOld, "age": wOld, "than": wThan,
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// partsOfDay are the English words for TIMEX3's parts of the day.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// ordinals are the ordinal words up to the twentieth: "the twentieth
// century", "the third quarter".
var ordinals = []string{
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
	"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
}

// moneyNouns are the nouns of business reporting that make "the first
// quarter" a quarter of a year and not of a game.
var moneyNouns = []string{
	"earnings", "results", "sales", "revenue", "revenues", "profit", "profits",
	"loss", "losses", "growth", "gdp", "economy", "income", "output", "fiscal",
	"deliveries", "shipments", "quarterly", "guidance", "forecast", "inflation",
}

// pastWords and futureWords mark a sentence's tense. Regular past forms
// ("-ed") are recognised by their ending; these are the irregular verbs and
// auxiliaries that news reporting uses most.
var pastWords = []string{
	"said", "told", "was", "were", "had", "did", "met", "went", "came", "took",
	"gave", "made", "won", "lost", "spoke", "wrote", "began", "held", "left", "got",
	"saw", "sent", "ran", "hit", "put", "set", "led", "brought", "thought", "felt",
	"became", "found", "knew", "sought", "fell", "rose", "broke", "chose", "drew",
	"flew", "fought", "grew", "heard", "kept", "meant", "paid", "read", "sat", "sold",
	"stood", "struck", "swore", "taught", "threw", "wore", "ago", "yesterday", "earlier",
	"wasn't", "weren't", "didn't", "hadn't",
}

var futureWords = []string{
	"will", "shall", "ll", "going", "tomorrow", "next", "upcoming", "scheduled",
	"expected", "planned", "plans", "plan", "slated", "set", "due", "would",
	"won't", "begins", "starts", "intends", "until",
	// The simple present of a verb that tells a timetable is a future in
	// news: "the film opens Friday", "Wyoming holds a caucus on Saturday".
	"opens", "closes", "holds", "meets", "convenes", "resumes", "reopens",
	"debuts", "premieres", "airs", "arrives", "testifies", "expires", "kicks",
	"hosts", "travels",
}

// countNouns are nouns that a quantity precedes: "2000 troops" is a count,
// not a year.
var countNouns = []string{
	"people", "persons", "troops", "soldiers", "votes", "voters", "delegates",
	"dollars", "jobs", "members", "points", "miles", "feet", "meters", "metres",
	"kilometers", "kilometres", "acres", "pounds", "tons", "tonnes", "cases",
	"deaths", "refugees", "migrants", "immigrants", "students", "workers",
	"employees", "residents", "signatures", "pages", "words", "calories", "units",
	"homes", "houses", "copies", "officers", "agents", "supporters", "protesters",
	"attendees", "participants", "donors", "children", "women", "men", "times",
	"hours", "minutes", "seconds", "days", "weeks", "months", "years", "rooms",
	"seats", "guests", "visitors", "fans", "marines", "barrels", "shares", "euros",
	"pesos", "rubles", "yuan", "yen", "others", "individuals", "families", "patients",
	"ballots", "applications", "arrests", "emails", "messages", "posts", "tweets",
	"followers", "likes", "views", "calls", "stores", "companies", "businesses",
}

// numberedNouns take a number as a name: "Route 2025", "Room 1900".
var numberedNouns = []string{
	"route", "highway", "interstate", "room", "flight", "suite", "no", "number",
	"chapter", "section", "article", "title", "rule", "form", "model", "apollo",
	"windows", "proposition", "prop", "measure", "resolution", "bill", "ward",
	"precinct", "station", "exit", "gate", "pier", "block", "lot", "unit", "track",
	"channel", "bus", "line", "platform", "terminal", "building", "zone", "code",
	"vol", "page", "p", "pp", "fortune", "forbes", "dow", "boeing", "airbus", "iso",
	"box", "apartment", "apt", "district", "paragraph", "amendment", "local",
	"hr", "sb", "ab", "hb", "grade", "level", "stage", "camp", "base", "area",
	"item", "issue", "volume", "episode",
}

// lexicon maps each lower-case word to its index in entries; entries[0]
// is the zero entry of unknown words. Both are built once, at package
// initialisation, from the tables above and never changed afterwards.
var lexicon, entries = buildLexicon()

// maxWord is the length in bytes of the longest word the lexicon may
// hold: "donnerstagnachmittag" is 20.
const maxWord = 24

// A word's length, first two letters and last letter tell, for most words
// of a text, that the lexicon does not hold it, sparing the map lookup.
// The sets are built from the lexicon: firstLetters by length and first
// letter, firstPairs by length and two first letters (when both are ASCII
// letters), lastLetters by length and last letter.
var firstLetters, firstPairs, lastLetters = letterSets()

func letterSets() (first *[maxWord + 1][128]bool, pairs *[maxWord + 1][26 * 26]bool, last *[maxWord + 1][128]bool) {
	first, pairs, last = new([maxWord + 1][128]bool), new([maxWord + 1][26 * 26]bool), new([maxWord + 1][128]bool)
	for w := range lexicon {
		n := len(w)
		if n > maxWord {
			continue
		}
		if w[0] < 0x80 {
			first[n][w[0]] = true
		}
		if p, ok := letterPair(w); ok {
			pairs[n][p] = true
		}
		if c := w[n-1]; c < 0x80 {
			last[n][c] = true
		}
	}
	return first, pairs, last
}

// letterPair numbers the first two letters of w, in lower case, when both
// are ASCII letters.
func letterPair(w string) (int, bool) {
	if len(w) < 2 {
		return 0, false
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, false
	}
	return int(a-'a')*26 + int(b-'a'), true
}

// mayBeWord reports whether w may be in the lexicon; false is certain.
func mayBeWord(w string) bool {
	n := len(w)
	if n > maxWord {
		return false
	}
	if c := w[n-1]; c < 0x80 && !lastLetters[n][c|0x20] {
		return false
	}
	if w[0] >= 0x80 {
		return true
	}
	if p, ok := letterPair(w); ok {
		return firstPairs[n][p]
	}
	return firstLetters[n][w[0]|0x20]
}

func buildLexicon() (map[string]uint16, []entry) {
	lx := make(map[string]uint16, 512)
	es := make([]entry, 1, 512)
	get := func(w string) *entry {
		i, ok := lx[w]
		if !ok {
			i = uint16(len(es))
			lx[w] = i
			es = append(es, entry{})
		}
		return &es[i]
	}
	for m, names := range monthNames {
		for i, n := range names {
			e := get(n)
			e.month = int8(m + 1)
			e.english = i == 0
			e.foreign = i != 0 && !isEnglishMonth(n)
		}
	}
	for m, names := range monthAbbr {
		for _, n := range names {
			e := get(n)
			e.month, e.abbr = int8(m+1), true
		}
	}
	for d, names := range weekdayNames {
		for i, n := range names {
			e := get(n)
			e.weekday, e.isDay, e.foreign = time.Weekday(d), true, i != 0
		}
	}
	for w, u := range units {
		e := get(w)
		e.unit, e.plural = u, w[len(w)-1] == 's'
	}
	for w, n := range numberWords {
		get(w).num = n
	}
	for w, f := range functionWords {
		get(w).word = f
	}
	for w, s := range seasons {
		get(w).season = s
	}
	for _, w := range pastWords {
		get(w).tense = tensePast
	}
	for _, w := range futureWords {
		get(w).tense = tenseFuture
	}
	for _, w := range countNouns {
		get(w).count = true
	}
	for _, w := range numberedNouns {
		get(w).numbered = true
	}
	for _, h := range holidays {
		get(strings.ToLower(h.words[0])).holiday = true
	}
	addParts(get)
	addForeign(get)
	addCompounds(get)
	return lx, es
}

// addParts adds the words of parts of days and years: "night", "third",
// "earnings".
func addParts(get func(string) *entry) {
	for w, c := range partsOfDay {
		e := get(w)
		e.word, e.pod = wPartOfDay, c
	}
	for i, w := range ordinals {
		get(w).ord = int8(i + 1)
	}
	for _, w := range moneyNouns {
		get(w).money = true
	}
	for _, w := range []string{"plan", "plans", "set"} {
		get(w).toFuture = true // also a noun, or the past of "set"
	}
}

func isEnglishMonth(n string) bool {
	for _, names := range monthNames {
		if names[0] == n {
			return true
		}
	}
	return false
}

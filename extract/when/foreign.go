package when

import (
	"strings"
	"time"
)

// The words below let the grammar read relative dates in German, French,
// Spanish, Italian and Portuguese news: "ayer", "L’an dernier", "el pasado
// mes de marzo", "mardi soir", "Dienstagabend", "Ende April", "en otoño".
// Each maps onto a concept the English grammar already has (a deictic day,
// "last", a calendar unit, a part of the day), so one grammar serves all.

// foreignDeictic are "yesterday", "today" and "tomorrow". French "hier" is
// German for "here", and German "morgen" and Spanish "mañana" also mean
// "morning": the grammar checks their context (hierIsYesterday, deictic).
var foreignDeictic = map[string]word{
	"ayer": wYesterday, "hier": wYesterday, "gestern": wYesterday, "ieri": wYesterday, "ontem": wYesterday,
	"hoy": wToday, "aujourd’hui": wToday, "aujourd'hui": wToday, "heute": wToday, "oggi": wToday, "hoje": wToday,
	"demain": wTomorrow, "domani": wTomorrow, "amanhã": wTomorrow, "morgen": wTomorrow, "mañana": wTomorrow,
	"anoche": wYesterday, // "last night"
}

// foreignParts are the parts of the day, by TIMEX3 code.
var foreignParts = map[string]string{
	"matin": "MO", "matinée": "MO", "soir": "EV", "soirée": "EV", "nuit": "NI",
	"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI",
	"mañana": "MO", "tarde": "AF", "noche": "NI", "anoche": "NI",
	"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "notte": "NI",
	"manhã": "MO", "noite": "NI",
}

// foreignShift are the words for "last", "next" and "this", with where
// they stand: French and Italian put "dernier" and "scorso" after the noun,
// German puts "letzte" before it, Spanish "pasado" goes either side.
var foreignShift = []struct {
	w     word
	place modPlace
	words []string
}{
	{wLast, modPre | modPost, []string{"pasado", "pasada", "passado", "passada"}},
	{wLast, modPost, []string{"dernier", "dernière", "derniere", "scorso", "scorsa"}},
	{wLast, modPre, []string{"letzte", "letzten", "letztes", "letzter", "vergangene", "vergangenen", "vergangenes", "vergangener"}},
	{wNext, modPre | modPost, []string{"próximo", "próxima", "proximo", "proxima", "prossimo", "prossima"}},
	{wNext, modPost, []string{"prochain", "prochaine"}},
	{wNext, modPre, []string{"nächste", "nächsten", "nächstes", "nächster", "kommende", "kommenden", "kommendes", "kommender"}},
	{wThis, modPre, []string{"ce", "cet", "cette", "este", "esta", "diese", "diesen", "dieses", "dieser", "questo", "questa"}},
}

// foreignUnits are the calendar units; the plurals make durations ("in den
// letzten Jahren") that get no value. French "an" is only taken with its
// elided article, "l’an": alone it is the English article.
var foreignUnits = map[string]unit{
	"año": uYear, "ano": uYear, "anno": uYear, "jahr": uYear, "année": uYear,
	"l’an": uYear, "l'an": uYear, "l’année": uYear, "l'année": uYear,
	"mes": uMonth, "mês": uMonth, "mois": uMonth, "mese": uMonth, "monat": uMonth,
	"semana": uWeek, "semaine": uWeek, "settimana": uWeek, "woche": uWeek,
	"wochenende": uWeekend,
}

var foreignPluralUnits = map[string]unit{
	"tagen": uDay, "tage": uDay, "jours": uDay, "días": uDay, "dias": uDay, "giorni": uDay, "ans": uYear,
	"años": uYear, "anos": uYear, "anni": uYear, "jahre": uYear, "jahren": uYear, "années": uYear,
	"meses": uMonth, "mesi": uMonth, "monate": uMonth, "monaten": uMonth,
	"semanas": uWeek, "semaines": uWeek, "settimane": uWeek, "wochen": uWeek,
}

// foreignSeasons are the seasons. French "été" is also "been": it is a
// season only after a word that introduces one ("en été", "cet été") or
// before a year, as every foreign season is. Italian "estate" is left out:
// it is an English word.
var foreignSeasons = map[string]string{
	"sommer": "SU", "frühling": "SP", "frühjahr": "SP", "herbst": "FA",
	"printemps": "SP", "été": "SU", "l’été": "SU", "l'été": "SU", "automne": "FA",
	"l’automne": "FA", "l'automne": "FA", "hiver": "WI", "l’hiver": "WI", "l'hiver": "WI",
	"verano": "SU", "primavera": "SP", "otoño": "FA", "invierno": "WI",
	"autunno": "FA", "inverno": "WI", "verão": "SU", "outono": "FA",
}

// foreignIntro are the words that put a foreign month or season name
// alone in context, as "in" does for an English one: "im April", "Ende
// April", "en mars", "fin mars", "a finales de marzo", "el mes de marzo",
// "en otoño", "au printemps".
var foreignIntro = []string{
	"im", "seit", "bis", "ab", "ende", "anfang", "mitte",
	"en", "depuis", "dès", "fin", "début", "jusqu’en", "jusqu'en", "au", "à", "pendant",
	"desde", "hasta", "finales", "principios", "mediados", "comienzos", "durante",
	"mes", "mois", "mês", "em", "até", "início", "meados", "fino", "inizio", "metà",
}

// startWords open a span at a day: "from Thursday", "ab Montag", "dès
// lundi", "a partir del lunes". A span that starts at a bare weekday is
// announced ahead, so the weekday is the next one. English "starting" and
// "beginning" are left out: as participles they take the tense of their
// clause ("took to the airwaves beginning Wednesday night").
var startWords = []string{"from", "ab", "dès", "partir"}

// germanWeekdays are capitalised wherever they stand; the other languages'
// weekdays are written in lower case, so a capitalised one mid-sentence is
// a name ("Plácido Domingo").
var germanWeekdays = []string{"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend"}

// feiraDays are Portuguese weekdays that are also ordinals ("segunda" is
// "second"): weekdays only with "-feira" after them.
var feiraDays = []string{"segunda", "terça", "quarta", "quinta", "sexta"}

// partCompounds are the parts of the day that German glues to a weekday
// ("Dienstagabend"); English ones are glued when a page loses the space
// ("Mondaymorning").
var partCompounds = map[string]string{
	"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI",
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// addForeign adds the foreign words to the lexicon being built.
func addForeign(get func(string) *entry) {
	for w, d := range foreignDeictic {
		get(w).word = d
	}
	for w, c := range foreignParts {
		e := get(w)
		if e.word == wNone {
			e.word = wPartOfDay
		}
		e.pod = c
	}
	for _, s := range foreignShift {
		for _, w := range s.words {
			e := get(w)
			e.word, e.mod = s.w, s.place
		}
	}
	for w, u := range foreignUnits {
		get(w).unit = u
	}
	for w, u := range foreignPluralUnits {
		e := get(w)
		e.unit, e.plural = u, true
	}
	for w, s := range foreignSeasons {
		e := get(w)
		e.season, e.foreign = s, true
	}
	for _, w := range foreignIntro {
		get(w).introM = true
	}
	for _, w := range germanWeekdays {
		get(w).capNoun = true
	}
	for _, w := range feiraDays {
		get(w).feira = true
	}
	for _, w := range []string{"sommer", "frühling", "frühjahr", "herbst", "nacht", "abend", "morgen", "vormittag", "nachmittag", "jahr", "monat", "woche", "wochenende", "ende", "anfang", "mitte"} {
		get(w).capNoun = true
	}
	for w, n := range foreignNumbers {
		get(w).num = n
	}
	for _, w := range []string{"vor", "hace", "il"} {
		get(w).agoPre = true
	}
	for _, w := range []string{"seit", "depuis", "desde"} {
		get(w).word = wSince
	}
	for w, t := range foreignTense {
		get(w).tense = t
	}
	for w, t := range germanTense {
		e := get(w)
		e.tense, e.german = t, true
	}
	get("q") // "Q3": a quarter
}

// foreignNumbers are the counts of "vor zwei Jahren", "hace dos años",
// "il y a deux ans". French "sept" is left out: it is "Sept." too.
var foreignNumbers = map[string]int8{
	"ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
	"fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10,
	"una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
	"ocho": 8, "nueve": 9, "diez": 10,
}

// foreignTense are tense cues of other languages that are no English
// words; germanTense are German ones that are ("war", "hat"), cues only
// in a German text. Spanish and Portuguese also mark the tense in
// accented endings (cueSuffix).
var foreignTense = map[string]tense{
	"wird": tenseFuture, "werden": tenseFuture, "soll": tenseFuture, "sollen": tenseFuture,
	"hatte": tensePast, "hatten": tensePast, "waren": tensePast, "wurde": tensePast, "wurden": tensePast,
	"sagte": tensePast, "sagten": tensePast, "haben": tensePast,
	"sera": tenseFuture, "seront": tenseFuture, "vont": tenseFuture, "prévu": tenseFuture, "prévue": tenseFuture,
	"ont": tensePast, "avait": tensePast, "avaient": tensePast, "était": tensePast, "étaient": tensePast,
	"fue": tensePast, "fueron": tensePast, "dijo": tensePast, "van": tenseFuture, "prevé": tenseFuture,
	"previsto": tenseFuture, "prevista": tenseFuture,
}

var germanTense = map[string]tense{"war": tensePast, "hat": tensePast}

// agoBefore parses "vor zwei Jahren", "hace dos años", "il y a deux ans":
// the document date moved back, as "two years ago".
func (f *finder) agoBefore(i int) (match, bool) {
	k := i + 1
	if strings.EqualFold(f.tokStr(i), "il") {
		if !strings.EqualFold(f.tokStr(i+1), "y") || !strings.EqualFold(f.tokStr(i+2), "a") {
			return match{}, false
		}
		k = i + 3
	}
	c := f.tok(k)
	n := 0
	switch {
	case c == nil:
		return match{}, false
	case c.kind == kNum && c.digits <= 3:
		n = int(c.num)
	case c.kind == kWord:
		n = int(c.x().num)
	}
	u := f.tok(k + 1)
	if n == 0 || u == nil || u.kind != kWord {
		return match{}, false
	}
	un := u.x().unit
	if un == uNone && strings.EqualFold(u.str(f.text), "an") {
		un = uYear // "il y a un an"
	}
	if un == uNone || un == uHour || un == uWeekend {
		return match{}, false
	}
	m := match{i: i, j: k + 2}
	if f.hasDoc {
		m.value = f.agoValue(un, n)
	}
	return m, true
}

// addCompounds adds a weekday glued to a part of the day: "Dienstagabend"
// is Tuesday evening.
func addCompounds(get func(string) *entry) {
	for d, names := range weekdayNames {
		for i, n := range names {
			german := isGermanWeekday(n)
			if i != 0 && !german {
				continue
			}
			for p, c := range partCompounds {
				if german != isGermanPart(p) {
					continue
				}
				e := get(n + p)
				e.isDay, e.weekday, e.pod = true, time.Weekday(d), c
				e.foreign, e.capNoun = german, german
			}
		}
	}
}

func isGermanWeekday(n string) bool {
	for _, g := range germanWeekdays {
		if g == n {
			return true
		}
	}
	return false
}

func isGermanPart(p string) bool {
	switch p {
	case "morning", "afternoon", "evening", "night":
		return false
	}
	return true
}

// lang is a guess at a text's language, enough to read the few words that
// differ between languages: French "hier" (yesterday) is German "hier"
// (here).
type lang uint8

const (
	langUnknown lang = iota
	langGerman
	langOther
)

// german reports whether the text reads as German, counting a few
// function words of German and of French; it is worked out once, the
// first time a word needs it.
func (f *finder) german() bool {
	if f.lang == langUnknown {
		de, fr := 0, 0
		for k := range f.toks {
			t := &f.toks[k]
			if t.kind != kWord || t.e-t.b > 5 {
				continue
			}
			switch strings.ToLower(t.str(f.text)) {
			case "der", "die", "das", "und", "nicht", "ist", "mit", "von", "dem", "sich", "auf", "ein", "eine":
				de++
			case "le", "la", "les", "et", "est", "des", "une", "du", "pour", "dans", "qui", "pas", "sur":
				fr++
			}
		}
		f.lang = langOther
		if de > fr {
			f.lang = langGerman
		}
	}
	return f.lang == langGerman
}

// foreignAlone reports whether a foreign month or season name at i with
// nothing after it is in context: a word before it that introduces a time
// ("im", "en", "Ende", "desde"), possibly with "de" between ("finales de
// marzo", "el mes de marzo"), or English "in", as Italian has it.
func (f *finder) foreignAlone(i int) bool {
	t := &f.toks[i]
	if t.upper && !t.x().capNoun && !isGermanMonth(t.str(f.text)) && f.midSentence(i) {
		return false // a capitalised Romance word mid-sentence is a name
	}
	k := i - 1
	if f.word(k) == wDe && f.tok(k-1) != nil && f.toks[k-1].x().introM {
		return true
	}
	p := f.tok(k)
	return p != nil && p.kind == kWord && (p.x().introM || p.x().word == wIn)
}

// isGermanMonth reports a German month name, which is capitalised as a noun.
func isGermanMonth(s string) bool {
	switch strings.ToLower(s) {
	case "januar", "jänner", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august",
		"september", "oktober", "november", "dezember":
		return true
	}
	return false
}

// midSentence reports whether token k follows another token of its sentence.
func (f *finder) midSentence(k int) bool {
	return k > 0 && f.toks[k-1].sentence == f.toks[k].sentence &&
		!(f.toks[k-1].kind == kPunct && (isQuote(f.toks[k-1].str(f.text)) || f.toks[k-1].str(f.text) == "—" || f.toks[k-1].str(f.text) == "¿"))
}

// bareForeignDay reports whether a foreign weekday name at i with no date
// after it is a weekday: German ones are capitalised nouns; the others
// are lower case, or open a sentence; a Portuguese "segunda" needs
// "-feira" after it. It returns the index after the name.
func (f *finder) bareForeignDay(i int) (next int, ok bool) {
	t := &f.toks[i]
	next = i + 1
	if t.x().feira {
		if !f.punct(next, "-") || !f.glued(next) || !strings.EqualFold(f.tokStr(next+1), "feira") {
			return 0, false
		}
		return next + 2, true
	}
	if t.x().capNoun {
		return next, t.upper
	}
	return next, !t.upper || !f.midSentence(i)
}

// tokStr returns the text of token k, or "".
func (f *finder) tokStr(k int) string {
	if t := f.tok(k); t != nil {
		return t.str(f.text)
	}
	return ""
}

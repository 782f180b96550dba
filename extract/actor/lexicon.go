package actor

import "strings"

// Lexicon answers the open-class word questions that the text alone cannot:
// is this a given name, a place, a demonym. Any field may be nil, meaning
// "no list": actor then decides from capitalization, titles, organization
// heads and its own small place list. The functions are called with words
// as written in the text.
type Lexicon struct {
	// GivenName reports whether w is a given name, and the sex it mostly
	// belongs to (SexUnknown when the name is used for both).
	GivenName func(w string) (Sex, bool)
	// Place reports whether name (one or more words) is a country, region
	// or city.
	Place func(name string) bool
	// Demonym reports whether w is the adjective of a place: "Ukrainian".
	Demonym func(w string) bool
	// OrgHead reports whether w (lower-cased) marks an organization name;
	// it adds to the built-in heads.
	OrgHead func(w string) bool
	// Org reports whether name is a known organization: "Axios", "NATO".
	Org func(name string) bool
	// Surname reports whether w is recorded as part of a personal name.
	Surname func(w string) bool
	// CommonWord reports whether w, capitalized, is also an ordinary
	// English word ("Will", "Four"), weak evidence of a name.
	CommonWord func(w string) bool
	// Title reports whether phrase is a title written before a name
	// ("Sen.", "Prime Minister"), and the sex it implies.
	Title func(phrase string) (Sex, bool)
}

func (l *Lexicon) org(name string) bool { return l != nil && l.Org != nil && l.Org(name) }

func (l *Lexicon) surname(w string) bool { return l != nil && l.Surname != nil && l.Surname(w) }

func (l *Lexicon) commonWord(w string) bool {
	return l != nil && l.CommonWord != nil && l.CommonWord(w)
}

// title reports whether w is a title before names: the built-in ones, or
// the lexicon's.
func (l *Lexicon) title(w string) (Sex, bool) {
	var buf [64]byte
	if b, ascii := lowerASCII(buf[:0], w); ascii {
		if sex, ok := titles[string(b)]; ok {
			return sex, true
		}
	} else if sex, ok := titles[strings.ToLower(w)]; ok {
		return sex, true
	}
	if l != nil && l.Title != nil {
		return l.Title(w)
	}
	return SexUnknown, false
}

// full reports whether the lexicon can vouch for names: given names and
// surnames both.
func (l *Lexicon) full() bool { return l != nil && l.GivenName != nil && l.Surname != nil }

func (l *Lexicon) givenName(w string) (Sex, bool) {
	if l == nil || l.GivenName == nil {
		return SexUnknown, false
	}
	return l.GivenName(w)
}

func (l *Lexicon) place(name string) bool {
	if l != nil && l.Place != nil && l.Place(name) {
		return true
	}
	var buf [64]byte
	if b, ascii := lowerASCII(buf[:0], name); ascii {
		return builtinPlaces[string(b)]
	}
	return builtinPlaces[strings.ToLower(name)]
}

// lowerASCII appends ASCII s lower-cased to buf and reports true, or
// reports false when s is not ASCII or longer than buf's capacity. With buf
// an array on the caller's stack, a map lookup of string(the result) does
// not allocate, where strings.ToLower allocates for every capitalized word:
// the words looked up most.
func lowerASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

func (l *Lexicon) demonym(w string) bool {
	if l != nil && l.Demonym != nil && l.Demonym(w) {
		return true
	}
	return builtinDemonym(w)
}

func (l *Lexicon) orgHead(w string) bool {
	if orgHeads[w] || l != nil && l.OrgHead != nil && l.OrgHead(w) {
		return true
	}
	for _, e := range germanOrgEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// builtinDemonym recognizes the usual demonym endings on a capitalized word
// (Ukrainian, Russian, Chinese, Israeli, Iraqi, Pakistani, Swiss, Dutch).
func builtinDemonym(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	switch w {
	case "French", "Dutch", "Swiss", "Greek", "Thai", "Czech", "Arab", "American",
		"Democratic", "Republican", "Western", "European":
		return true
	}
	return false
}

// builtinPlaces is a small fallback list of countries, U.S. states and a few
// capitals, lower-cased, used when the lexicon has no place list. Written
// from the ISO 3166 country names and the U.S. states (facts, no licence).
var builtinPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(placeList, "|") {
		m[p] = true
	}
	return m
}()

const placeList = "afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|" +
	"azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|" +
	"bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|chad|" +
	"chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czech republic|denmark|djibouti|" +
	"dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|ethiopia|fiji|finland|" +
	"france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|" +
	"honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|" +
	"kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|" +
	"liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|" +
	"mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|" +
	"namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|norway|oman|" +
	"pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|" +
	"rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|" +
	"south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|" +
	"taiwan|tajikistan|tanzania|thailand|togo|tunisia|turkey|turkmenistan|uganda|ukraine|" +
	"united arab emirates|united kingdom|united states|uruguay|uzbekistan|venezuela|vietnam|" +
	"yemen|zambia|zimbabwe|u.s.|u.k.|us|uk|america|britain|great britain|england|scotland|wales|" +
	"europe|africa|asia|crimea|gaza|west bank|kashmir|tibet|hong kong|" +
	"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|" +
	"idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|" +
	"michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|" +
	"new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|" +
	"rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|" +
	"west virginia|wisconsin|wyoming|washington, d.c.|d.c.|moscow|kyiv|kiev|london|paris|berlin|" +
	"beijing|tokyo|brussels|rome|madrid|jerusalem|tehran|baghdad|damascus|cairo|ankara|istanbul|" +
	"miami|chicago|los angeles|boston|philadelphia|new york city|budapest|warsaw|vienna|geneva|" +
	"minsk|doha|riyadh|dubai|seoul|pyongyang|taipei|delhi|new delhi|mumbai|toronto|ottawa|" +
	"mexico city|havana|caracas|kabul|islamabad|beirut|amman|tel aviv|cleveland|dallas|houston|" +
	"atlanta|denver|seattle|detroit|phoenix|las vegas|orlando|san francisco|san diego|" +
	"silicon valley|wall street|capitol hill|manhattan|brooklyn|harlem|hollywood|flint|milwaukee"

// facts is what the lexicon says of one word or name, each answer looked
// up at most once per text: names repeat, and the lists are large.
type facts struct {
	have    uint8 // which of the answers below are known
	yes     uint8 // of the yes-or-no questions in have, those answered yes
	given   Sex
	isGiven bool
}

// The questions facts holds the answers to.
const (
	haveGiven = 1 << iota
	haveCommon
	haveSurname
	havePlace
	haveOrg
)

// memo answers the questions of a Set's lexicon about one word or name from
// a per-text cache.
type memo struct {
	lex *Lexicon
	m   map[string]*facts
}

func (c *memo) get(w string) *facts {
	if f, ok := c.m[w]; ok {
		return f
	}
	if c.m == nil {
		c.m = make(map[string]*facts, 64)
	}
	f := &facts{}
	c.m[w] = f
	return f
}

func (c *memo) givenName(w string) (Sex, bool) {
	f := c.get(w)
	if f.have&haveGiven == 0 {
		f.given, f.isGiven = c.lex.givenName(w)
		f.have |= haveGiven
	}
	return f.given, f.isGiven
}

// is answers the yes-or-no question q about w, asking the lexicon only the
// first time.
func (c *memo) is(w string, q uint8, ask func(string) bool) bool {
	f := c.get(w)
	if f.have&q == 0 {
		f.have |= q
		if ask(w) {
			f.yes |= q
		}
	}
	return f.yes&q != 0
}

func (c *memo) commonWord(w string) bool { return c.is(w, haveCommon, c.lex.commonWord) }

func (c *memo) surname(w string) bool { return c.is(w, haveSurname, c.lex.surname) }

// place answers Lexicon.place for a name (one word or more): a capitalized
// run is asked about on each of its mentions.
func (c *memo) place(name string) bool { return c.is(name, havePlace, c.lex.place) }

// org answers Lexicon.org for a name (one word or more).
func (c *memo) org(name string) bool { return c.is(name, haveOrg, c.lex.org) }

package actor

import "strings"

// The small word tables actor needs whatever lexicon it is given: the
// closed classes of English news copy (titles, determiners, pronouns,
// particles) and the heads that mark organizations. They are written here
// from AP style and common usage; open classes (given names, places) come
// from a Lexicon.

// Sex is what a title, a given name or a pronoun tells of a person.
type Sex uint8

// Sexes.
const (
	SexUnknown Sex = iota
	Male
	Female
)

// titles are lower-cased words that stand before a person's name and are
// not part of it, with the sex they imply.
var titles = map[string]Sex{
	"mr.": Male, "mr": Male, "mrs.": Female, "mrs": Female, "ms.": Female, "ms": Female,
	"miss": Female, "sir": Male, "dame": Female, "lord": Male, "lady": Female,
	"king": Male, "queen": Female, "prince": Male, "princess": Female, "father": Male,
	"sister": Female, "brother": Male, "congressman": Male, "congresswoman": Female,
	"chairman": SexUnknown, "chairwoman": Female, "assemblyman": Male, "assemblywoman": Female,
	"councilman": Male, "councilwoman": Female, "businessman": Male, "businesswoman": Female,
	"dr.": 0, "dr": 0, "prof.": 0, "professor": 0, "sen.": 0, "senator": 0, "sens.": 0,
	"rep.": 0, "reps.": 0, "representative": 0, "gov.": 0, "governor": 0, "govs.": 0,
	"president": 0, "vice": 0, "secretary": 0, "judge": 0, "justice": 0, "coach": 0,
	"gen.": 0, "general": 0, "adm.": 0, "admiral": 0, "col.": 0, "colonel": 0, "lt.": 0,
	"lieutenant": 0, "capt.": 0, "captain": 0, "sgt.": 0, "sergeant": 0, "maj.": 0,
	"major": 0, "cmdr.": 0, "commander": 0, "rev.": 0, "reverend": 0, "pope": Male,
	"rabbi": 0, "imam": 0, "pastor": 0, "bishop": 0, "cardinal": 0, "chancellor": 0,
	"minister": 0, "premier": 0, "mayor": 0, "speaker": 0, "ambassador": 0, "envoy": 0,
	"attorney": 0, "atty.": 0, "sheriff": 0, "commissioner": 0, "director": 0,
	"chief": 0, "leader": 0, "chair": 0, "delegate": 0, "officer": 0, "detective": 0,
	"agent": 0, "deputy": 0, "hon.": 0, "pres.": 0, "supt.": 0, "msgr.": 0, "fr.": Male,
	"ceo": 0, "candidate": 0, "nominee": 0, "treasurer": 0, "trustee": 0, "dean": 0,
	"superintendent": 0, "pvt.": 0, "cpl.": 0, "emir": Male, "sheikh": Male, "ayatollah": Male,
	"crown": 0, "prime": 0, "first": 0, "former": 0, "state": 0, "sens": 0,
	"councilor": 0, "councillor": 0, "alderman": 0, "magistrate": 0, "marshal": 0,
}

// roleNouns are lower-cased nouns that name what a person does; a phrase
// ending in one ("the envoy", "a senior U.S. official") is a role.
var roleNouns = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "envoy": true, "adviser": true, "advisers": true, "advisor": true,
	"aide": true, "aides": true, "president": true, "senator": true, "governor": true,
	"secretary": true, "minister": true, "ambassador": true, "director": true,
	"chairman": true, "chairwoman": true, "chief": true, "head": true, "leader": true,
	"candidate": true, "nominee": true, "strategist": true, "analyst": true, "expert": true,
	"professor": true, "lawyer": true, "attorney": true, "judge": true, "economist": true,
	"diplomat": true, "negotiator": true, "commander": true, "general": true, "mayor": true,
	"representative": true, "congressman": true, "congresswoman": true, "lawmaker": true,
	"executive": true, "founder": true, "host": true, "reporter": true, "journalist": true,
	"author": true, "historian": true, "pollster": true, "consultant": true, "manager": true,
	"member": true, "supporter": true, "backer": true, "surrogate": true, "donor": true,
	"activist": true, "delegate": true, "organizer": true, "operative": true, "staffer": true,
	"source": true, "sources": true, "person": true, "people": true, "officer": true,
	"agent": true, "sheriff": true, "commissioner": true, "editor": true, "columnist": true,
	"writer": true, "correspondent": true, "anchor": true, "coach": true, "owner": true,
	"ceo": true, "scholar": true, "pastor": true, "prosecutor": true, "investigator": true,
	"vice": true, "speaker": true, "chancellor": true, "premier": true, "king": true,
	"queen": true, "prince": true, "businessman": true, "businesswoman": true, "ally": true,
	"allies": true, "critic": true, "critics": true, "insider": true, "insiders": true,
	"veteran": true, "resident": true, "witness": true, "employee": true, "worker": true,
	"student": true, "voter": true, "voters": true, "leaders": true, "lawmakers": true,
	"senators": true, "analysts": true, "experts": true, "strategists": true, "man": true,
	"woman": true, "friend": true, "partner": true, "president-elect": true, "front-runner": true,
	"frontrunner": true, "contender": true, "challenger": true, "incumbent": true,
	"rival": true, "opponent": true, "nominees": true, "candidates": true, "chair": true,
	"deputy": true, "counsel": true, "treasurer": true, "administrator": true,
	"superintendent": true, "detective": true, "observer": true, "observers": true,
	"researcher": true, "scientist": true, "physician": true, "doctor": true, "nurse": true,
	"soldier": true, "pilot": true, "fellow": true, "director-general": true,
	"secretary-general": true, "cofounder": true, "co-founder": true, "negotiators": true,
	"diplomats": true, "prosecutors": true, "investigators": true, "authorities": true,
	"staffers": true, "donors": true, "delegates": true, "activists": true, "supporters": true,
	"advocate": true, "advocates": true, "members": true, "residents": true, "witnesses": true,
	"employees": true, "workers": true, "executives": true, "economists": true,
}

// anonymousHeads are role nouns that, without a name, make an unnamed source
// ("a person familiar with the matter", "two officials").
var anonymousHeads = roleNouns

// orgHeads are lower-cased words that make a capitalized phrase an
// organization: "Ministry of Defence", "Acme Corp.", "Democratic Party".
var orgHeads = map[string]bool{
	"ministry": true, "council": true, "department": true, "dept.": true, "corp.": true,
	"corp": true, "corporation": true, "inc.": true, "inc": true, "co.": true, "ltd.": true,
	"ltd": true, "llc": true, "plc": true, "gmbh": true, "ag": true, "university": true,
	"college": true, "school": true, "institute": true, "institution": true, "party": true,
	"committee": true, "commission": true, "agency": true, "administration": true,
	"senate": true, "congress": true, "parliament": true, "assembly": true, "court": true,
	"bank": true, "fund": true, "association": true, "foundation": true, "times": true,
	"post": true, "news": true, "journal": true, "network": true, "campaign": true,
	"center": true, "centre": true, "office": true, "bureau": true, "service": true,
	"services": true, "group": true, "company": true, "organization": true,
	"organisation": true, "union": true, "league": true, "federation": true, "board": true,
	"authority": true, "army": true, "navy": true, "forces": true, "force": true,
	"police": true, "church": true, "club": true, "pac": true, "tribune": true,
	"herald": true, "magazine": true, "press": true, "reuters": true, "gazette": true,
	"house": true, "cabinet": true, "kremlin": true, "pentagon": true, "caucus": true,
	"coalition": true, "alliance": true, "movement": true, "project": true, "council's": true,
	"trust": true, "society": true, "airlines": true, "motors": true, "holdings": true,
	"partners": true, "media": true, "broadcasting": true, "radio": true, "television": true,
	"tv": true, "channel": true, "studios": true, "council.": true, "hospital": true,
	"clinic": true, "laboratory": true, "lab": true, "academy": true, "embassy": true,
	"consulate": true, "mission": true, "guard": true, "corps": true, "command": true,
	"directorate": true, "secretariat": true, "tribunal": true, "chamber": true,
	"legislature": true, "government": true, "regime": true, "republicans": true,
	"democrats": true, "team": true, "squad": true, "brigade": true, "battalion": true,
	"division": true, "exchange": true, "reserve": true, "treasury": true, "fbi": true,
	"bio": true, "pharma": true, "pharmaceuticals": true, "therapeutics": true, "labs": true,
	"systems": true, "technologies": true, "software": true, "energy": true, "foods": true,
	"logistics": true, "capital": true, "ventures": true, "industries": true, "solutions": true,
	"library": true, "festival": true, "fair": true, "district": true, "securities": true,
	"fc": true, "united": true, "rovers": true, "athletic": true, "city fc": true,
	// German, French and Spanish heads, for pages in those languages.
	"ayuntamiento": true, "comunidad": true, "policía": true, "asociación": true,
	"gobierno": true, "ministerio": true, "consejo": true, "universidad": true,
	"partido": true, "sindicato": true, "syndicat": true, "ministère": true, "mairie": true,
	"conseil": true, "gouvernement": true, "parti": true,
	"université": true, "stadtrat": true, "stadtverwaltung": true, "verband": true,
	"regierung": true, "ministerium": true, "partei": true, "universität": true,
	"gewerkschaft": true, "port": true,
}

// germanOrgEndings end German compound nouns that name an organization:
// "Einzelhandelsverband", "Bürgerliste", "Innenministerium".
var germanOrgEndings = []string{"verband", "verein", "ministerium", "partei", "gewerkschaft",
	"gesellschaft", "liste", "behörde", "verwaltung", "stiftung", "konzern", "bank", "werke"}

// functionWords are lower-cased words that are capitalized only because
// they open a sentence or a headline, never part of a name there.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "if": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "of": true, "by": true,
	"with": true, "from": true, "as": true, "after": true, "before": true, "when": true,
	"while": true, "since": true, "though": true, "although": true, "because": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true,
	"your": true, "this": true, "that": true, "these": true, "those": true, "there": true,
	"here": true, "what": true, "who": true, "why": true, "how": true, "where": true,
	"which": true, "yes": true, "no": true, "not": true, "so": true, "yet": true,
	"still": true, "now": true, "then": true, "also": true, "even": true, "just": true,
	"only": true, "all": true, "some": true, "many": true, "most": true, "more": true,
	"both": true, "each": true, "every": true, "one": true, "two": true, "three": true,
	"other": true, "another": true, "such": true, "however": true, "meanwhile": true,
	"instead": true, "according": true, "during": true, "despite": true, "under": true,
	"over": true, "about": true, "among": true, "without": true, "within": true,
	"through": true, "into": true, "until": true, "unless": true, "once": true, "like": true,
	"asked": true, "said": true, "says": true, "do": true, "does": true, "did": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "let": true,
	"last": true, "next": true, "first": true, "new": true, "read": true, "see": true,
	"well": true, "oh": true, "ok": true, "okay": true, "please": true, "thank": true,
	"thanks": true, "sources": true, "officials": true, "nearly": true, "almost": true,
	"mostly": true, "perhaps": true, "maybe": true, "already": true, "again": true,
	"q": true, "a.": true, "q.": true, "update": true, "watch": true, "related": true,
	"him": true, "them": true, "us": true, "me": true, "whether": true, "either": true,
	"neither": true, "nor": true, "never": true, "always": true, "often": true, "said.": true,
	"like.": true, "because.": true, "than": true, "ever": true, "every.": true,
	// Articles of German, French and Spanish, which open sentences there.
	"ein": true, "eine": true, "einer": true, "der": true, "die": true, "das": true,
	"le": true, "la": true, "les": true, "el": true, "los": true, "las": true,
	"un": true, "une": true, "una": true,
}

// particles are lower-case words that may stand inside a name: "Ludwig van
// Beethoven", "Ursula von der Leyen", "Rafael de la Cruz".
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "la": true, "le": true,
	"du": true, "da": true, "di": true, "del": true, "della": true, "dos": true, "das": true,
	"do": true, "bin": true, "ibn": true, "al": true, "el": true, "ter": true, "ten": true,
	"zu": true, "y": true, "abu": true, "bint": true, "st.": true,
}

// nameSuffixes end a person's name and belong to it.
var nameSuffixes = map[string]bool{
	"jr.": true, "jr": true, "sr.": true, "sr": true, "ii": true, "iii": true, "iv": true,
}

// pronouns maps personal pronouns that can be a speaker to the sex they
// tell (SexUnknown for they, I, we).
var pronouns = map[string]Sex{
	"he": Male, "she": Female, "him": Male, "her": Female, "they": SexUnknown,
	"il": Male, "elle": Female, "er": Male, "él": Male, "ella": Female, "sie": Female,
	"i": SexUnknown, "we": SexUnknown, "you": SexUnknown, "it": SexUnknown,
}

// IsRoleNoun reports whether the lower-cased w names what a person does or
// is ("official", "spokesman", "envoy", "sources"): the head of a role or of
// an unnamed source. A regular plural of one counts too: "attorneys",
// "lawyers", "spokesmen".
func IsRoleNoun(w string) bool {
	if roleNouns[w] {
		return true
	}
	switch {
	case strings.HasSuffix(w, "men"):
		return roleNouns[w[:len(w)-3]+"man"]
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return roleNouns[w[:len(w)-1]]
	}
	return false
}

// IsOrgHead reports whether the lower-cased w marks an organization
// ("ministry", "campaign", "party").
func IsOrgHead(w string) bool { return orgHeads[w] }

// IsTitle reports whether the lower-cased w is a title that stands before
// a name ("sen.", "president", "mrs.").
func IsTitle(w string) bool { _, ok := titles[w]; return ok }

// PronounSex returns the sex a personal pronoun tells, and whether w is one.
func PronounSex(w string) (Sex, bool) { s, ok := pronouns[w]; return s, ok }

package quote

// Closed word classes the attribution rules step over or stop at.

// auxAdverbs are words that stand between a source and its cue without
// being either: "Smith has also said", "she later told".
var auxAdverbs = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"am": true, "be": true, "been": true, "being": true, "will": true, "would": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "can": true,
	"shall": true, "did": true, "does": true, "do": true, "not": true, "n't": true,
	"also": true, "later": true, "then": true, "again": true, "previously": true,
	"recently": true, "once": true, "still": true, "even": true, "never": true, "often": true,
	"first": true, "just": true, "already": true, "further": true, "since": true,
	"reportedly": true, "publicly": true, "privately": true, "repeatedly": true,
	"always": true, "ever": true, "now": true, "too": true, "quickly": true, "initially": true,
	"finally": true, "simply": true, "only": true, "long": true, "has’": true, "’s": true,
	"'s": true, "’ve": true, "'ve": true, "’d": true, "'d": true, "’ll": true, "'ll": true,
	"who": false,
}

// pronounSources are pronouns that can be the source of an attribution.
var pronounSources = map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "you": true, "it": true,
	"il": true, "elle": true, "er": true, "él": true, "ella": true, "sie": true,
}

// relatives open a relative clause whose subject is the noun before them.
var relatives = map[string]bool{"who": true, "which": true, "that": true}

// npStops are words a source noun phrase does not reach across when read
// leftwards from its cue.
var npStops = map[string]bool{
	"that": true, "and": true, "but": true, "or": true, "because": true, "if": true,
	"when": true, "while": true, "as": true, "though": true, "although": true,
	"whether": true, "since": true, "so": true, "than": true, "where": true, "after": true,
	"before": true, "until": true, "unless": true, "said": true, "says": true, "say": true,
	"told": true, "is": true, "was": true, "are": true, "were": true, "has": true, "had": true,
	"have": true, "will": true, "would": true, "could": true, "did": true, "does": true,
	"do": true, "not": true, "also": true, "what": true, "how": true, "why": true,
	"which": true, "who": true, "yet": true, "then": true, "even": true, "about": true,
	"on": true, "in": true, "at": true, "to": true, "from": true, "by": true, "into": true,
	"during": true, "for": true, "over": true, "under": true, "against": true, "since.": true,
}

// determiners open a source noun phrase: "one Ukrainian official".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "several": true, "some": true, "many": true, "most": true,
	"another": true, "other": true, "both": true, "all": true, "few": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "this": true, "these": true,
	"those": true, "that": true, "each": true, "every": true, "no": true, "any": true,
	"more": true, "senior": false,
	// German, French and Spanish articles, for sources in those languages.
	"la": true, "el": true, "le": true, "los": true, "las": true, "les": true, "der": true,
	"die": true, "das": true, "den": true, "dem": true, "un": true, "une": true, "una": true,
	"ein": true, "eine": true, "einer": true, "sa": true, "su": true, "sein": true, "seine": true,
}

// docHeads are nouns for documents and studies, which attribute but are no
// person: "a Quinnipiac poll found", "the report said".
var docHeads = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "report": true,
	"reports": true, "study": true, "studies": true, "statement": true, "letter": true,
	"memo": true, "ad": true, "ads": true, "analysis": true, "data": true, "document": true,
	"documents": true, "filing": true, "filings": true, "records": true, "email": true,
	"emails": true, "tweet": true, "post": true, "website": true, "video": true,
	"lawsuit": true, "complaint": true, "indictment": true, "release": true, "book": true,
	"article": true, "editorial": true, "op-ed": true, "column": true, "story": true,
	"interview": true, "transcript": true, "message": true, "petition": true, "law": true,
	"bill": true, "policy": true, "plan": true, "platform": true, "proposal": true,
	"audit": true, "review": true, "investigation": true, "probe": true, "results": true,
	"research": true, "figures": true, "numbers": true, "estimate": true, "estimates": true,
	"forecast": true, "model": true,
}

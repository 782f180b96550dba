package quote

import "strings"

// The cue model knows English only. For quotes in German, French and
// Spanish copy, which the fixture site and many wires carry, a short list
// of their verbs of saying and their "according to" words serves as cues;
// the layouts are the same («…», a déclaré X / „…“, sagte X / «…», dijo X).

// foreignCues are verbs of saying of German, French and Spanish news copy,
// in the forms reporting uses.
var foreignCues = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint kritisierte
		kritisiert warnte warnt forderte fordert sprach spricht nannte nennt bezeichnete
		bezeichnet kündigte ergänzte ergänzt fügte verwies verweist schimpfte schimpft
		räumte unterstrich unterstreicht versicherte versichert mahnte mahnt
		déclaré déclare dit affirmé affirme expliqué explique ajouté ajoute indiqué indique
		assuré assure confié confie lancé lance estimé estime souligné souligne appelé appelle
		dénoncé dénonce prévenu prévient annoncé annonce promis promet reconnu reconnaît
		insisté insiste martelé martèle répondu répond regretté regrette
		dijo dice afirmó afirma explicó explica señaló señala aseguró asegura declaró declara
		añadió añade advirtió advierte criticó critica subrayó subraya lamentó lamenta indicó
		indica comentó comenta sostuvo sostiene calificó califica preguntó pregunta respondió
		responde anunció anuncia defendió defiende pidió pide insistió insiste reconoció
		reconoce`) {
		m[w] = true
	}
	return m
}()

// foreignAccording are the words that open an "according to X" source.
var foreignAccording = map[string]bool{"selon": true, "según": true, "laut": true}

// foreignAux are the auxiliaries of the past in those languages, which
// stand between a source and its participle: "a déclaré", "hat gesagt",
// "ha dicho".
var foreignAux = map[string]bool{
	"a": true, "ont": true, "avait": true, "avaient": true, "hat": true, "haben": true,
	"hatte": true, "hatten": true, "ha": true, "han": true, "había": true, "habían": true,
}

// invertedPronoun returns the sex-telling pronoun of a French inverted
// auxiliary ("a-t-elle", "a-t-il"), or "".
func invertedPronoun(w string) string {
	for _, suf := range []string{"-t-elle", "-t-il", "-t-on", "-elle", "-il"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return strings.TrimPrefix(suf[strings.LastIndex(suf, "-"):], "-")
		}
	}
	return ""
}

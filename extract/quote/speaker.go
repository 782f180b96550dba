package quote

import (
	"github.com/whosaid/whosaid/extract/actor"
	"github.com/whosaid/whosaid/extract/token"
)

// speaker names the source of attribution k: the actor its mention refers
// to (through pronouns, surnames, relative "who" and role phrases), an
// organization, an unnamed source with its descriptor as role, or unknown.
// A continuation quote takes the speaker of the quote it continues.
func (f *finder) speaker(k int) Speaker {
	a := &f.attrs[k]
	if a.resolved {
		return a.sp
	}
	a.resolved = true
	if a.from >= 0 {
		a.sp = f.speaker(a.from)
		return a.sp
	}
	a.sp = f.resolve(a.src, k)
	return a.sp
}

// resolve turns a source mention into a Speaker.
func (f *finder) resolve(src token.Span, k int) Speaker {
	tx := f.tx
	if src.Len() == 0 {
		return Speaker{Kind: Unknown}
	}
	b0, b1 := int(tx.Tokens[src.From].Start), int(tx.Tokens[src.To-1].End)
	sp := Speaker{Mention: tx.Src[b0:b1], Kind: Unknown, Start: tx.CodePoint(b0), End: tx.CodePoint(b1)}
	w := tx.Lower(src.From)
	if p := invertedPronoun(w); p != "" {
		w = p
	}
	if p := possessivePronouns[w]; p != "" {
		w = p // "his claim": the claim of him
	}
	if src.Len() == 1 {
		if sex, ok := actor.PronounSex(w); ok {
			f.pronoun(&sp, src.From, sex, w, k)
			return sp
		}
		if w == "who" || w == "which" {
			// The relative's antecedent stands before ", who".
			if ante, _ := f.leftNP(src.From-2, tx.SentOf(src.From).From); tx.IsPunct(src.From-1, ",") && ante.Len() > 0 && !tx.Is(ante.From, "who") {
				named := f.resolve(ante, k)
				if named.Kind == Anonymous && named.Role == "" {
					// The descriptor says who: "an aide to the governor, who said".
					named.Role = named.Mention
				}
				// The mention stays the relative pronoun, the words used
				// here; the antecedent gives the name, kind and role.
				named.Mention, named.Start, named.End = sp.Mention, sp.Start, sp.End
				return named
			}
			return sp
		}
	}
	if f.people != nil {
		if m, ok := f.people.At(src.To - 1); ok && (m.From == src.From || m.RoleFrom == src.From) && m.To == src.To && m.Actor >= 0 {
			f.named(&sp, m.Actor)
			return sp
		}
	}
	f.descriptor(&sp, src)
	return sp
}

// named fills sp from actor a.
func (f *finder) named(sp *Speaker, a int) {
	sp.Name = f.people.Name(a)
	switch f.people.KindOf(a) {
	case actor.Person:
		sp.Kind = Person
		if roles := f.people.Roles(a); len(roles) > 0 {
			sp.Role = roles[0]
		}
	case actor.Organization, actor.Place:
		// A place that speaks is its government: "Russia said".
		sp.Kind = Organization
	default:
		// A capitalized word the lists do not know as a name: keep the
		// mention, put no name on it ("Plan includes …" is not Mr. Plan).
		sp.Name, sp.Kind = "", Unknown
	}
}

// pronoun resolves a personal pronoun at token i: to the speaker of the
// previous attribution when it is near and fits, else to the antecedent the
// actor set finds.
func (f *finder) pronoun(sp *Speaker, i int, sex actor.Sex, w string, k int) {
	if sex == actor.SexUnknown {
		return // they, we, I, you, it: left unknown rather than guessed
	}
	if f.people == nil {
		return
	}
	if a := f.people.Antecedent(i, sex, f.inQuote); a >= 0 {
		f.named(sp, a)
		return
	}
	// Failing that, the person who spoke last, when near and of the same
	// sex: a feature's "she said" a few paragraphs on from her name.
	if a := f.lastSpeaker(i, sex); a >= 0 {
		f.named(sp, a)
	}
}

// descriptor classifies a source that is not a name: "the envoy" (a role
// given to someone earlier), "the ministry" (an organization), "one
// Ukrainian official" (an unnamed source), "a new poll" (a document).
func (f *finder) descriptor(sp *Speaker, src token.Span) {
	tx := f.tx
	// The head is the last word before a preposition: "sources familiar
	// with the proposal" is headed by "sources".
	headAt := src.To - 1
	for i := src.From + 1; i < src.To; i++ {
		if npInner[tx.Lower(i)] {
			headAt = i - 1
			if tx.Lower(headAt) == "familiar" && headAt > src.From {
				headAt--
			}
			break
		}
	}
	head := tx.Lower(headAt)
	first := tx.Lower(src.From)
	from := src.From
	if determiners[first] && first != "one" && first != "two" && first != "three" {
		from++
	}
	role := tx.Slice(from, src.To)
	if indefinite[first] && src.Len() >= 2 {
		// "one Ukrainian official", "un docker", "ein Mitarbeiter der
		// Stadtverwaltung": an unnamed person, unless the word after the
		// article is an organization's ("a company").
		if actor.IsOrgHead(tx.Lower(src.From + 1)) {
			sp.Kind = Organization
			return
		}
		sp.Kind, sp.Role = Anonymous, role
		return
	}
	// A name inside the phrase that is the whole subject: "former Gov. Jim Hodges".
	if f.people != nil {
		for i := src.To - 1; i >= src.From; i-- {
			if m, ok := f.people.At(i); ok && m.To == src.To && m.Actor >= 0 {
				f.named(sp, m.Actor)
				return
			}
		}
	}
	definite := definiteArticles[first]
	if definite && f.people != nil {
		// "the envoy", "la alcaldesa": the one person given that role.
		if a := f.people.RoleHolder(head, src.From); a >= 0 {
			f.named(sp, a)
			sp.Role = role
			return
		}
	}
	if definite && src.Len() == 2 && actor.IsOrgNoun(head) && f.people != nil {
		// "the company said": the organization named last. ("The Ukrainian
		// government" names its own.)
		if a := f.people.RecentOrg(src.From, 6); a >= 0 {
			f.named(sp, a)
			return
		}
	}
	switch {
	case definite && actor.IsRoleNoun(head):
		sp.Kind, sp.Role = Anonymous, role
	case actor.IsOrgHead(head):
		sp.Kind = Organization
		sp.Role = ""
	case actor.IsRoleNoun(head):
		sp.Kind, sp.Role = Anonymous, role
	case docHeads[head]:
		sp.Kind = Organization
	}
}

// possessivePronouns map a possessive determiner to its personal pronoun.
var possessivePronouns = map[string]string{"his": "he", "their": "they", "its": "it", "our": "we", "my": "i"}

// definiteArticles open a phrase that points back at someone named before.
var definiteArticles = map[string]bool{
	"the": true, "this": true, "that": true, "la": true, "el": true, "le": true, "der": true,
	"die": true, "das": true, "l’": true, "l'": true,
}

// indefinite articles and numbers open a phrase for someone unnamed.
var indefinite = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "several": true,
	"un": true, "une": true, "una": true, "ein": true, "eine": true, "einer": true,
	"another": true, "some": true, "many": true,
}

// lastSpeaker returns the person who spoke in the attribution before token
// i when it lies within the last few paragraphs and its speaker's sex fits.
func (f *finder) lastSpeaker(i int, sex actor.Sex) int {
	if f.people == nil {
		return -1
	}
	best, pos := -1, -1
	for k := range f.attrs {
		a := &f.attrs[k]
		if !a.resolved || a.cue.From >= i || a.cue.From <= pos || a.sp.Kind != Person || a.sp.Name == "" {
			continue
		}
		if f.tx.ParaOf(i)-f.tx.ParaOf(a.cue.From) > 3 {
			continue
		}
		if p := f.people.ByName(a.sp.Name); p >= 0 {
			if ps := f.people.SexOf(p); sex != actor.SexUnknown && ps != actor.SexUnknown && ps != sex {
				continue
			}
			best, pos = p, a.cue.From
		}
	}
	return best
}

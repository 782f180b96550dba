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
	if src.Len() == 1 {
		if sex, ok := actor.PronounSex(w); ok {
			f.pronoun(&sp, src.From, sex, w, k)
			return sp
		}
		if w == "who" || w == "which" {
			// The relative's antecedent stands before ", who".
			if ante, _ := f.leftNP(src.From-2, tx.SentOf(src.From).From); tx.IsPunct(src.From-1, ",") && ante.Len() > 0 && !tx.Is(ante.From, "who") {
				named := f.resolve(ante, k)
				named.Mention, named.Start, named.End = sp.Mention, sp.Start, sp.End
				return named
			}
			return sp
		}
	}
	if f.people != nil {
		if m, ok := f.people.At(src.To - 1); ok && m.From == src.From && m.To == src.To && m.Actor >= 0 {
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
		sp.Kind = Person // a capitalized word that speaks, of unknown kind: a surname
	}
}

// pronoun resolves a personal pronoun at token i: to the speaker of the
// previous attribution when it is near and fits, else to the antecedent the
// actor set finds.
func (f *finder) pronoun(sp *Speaker, i int, sex actor.Sex, w string, k int) {
	if w != "he" && w != "she" && w != "him" && w != "her" {
		return // they, we, I, you, it: left unknown rather than guessed
	}
	if f.people == nil {
		return
	}
	if a := f.people.Antecedent(i, sex); a >= 0 {
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
	// A name inside the phrase that is the whole subject: "former Gov. Jim Hodges".
	if f.people != nil {
		for i := src.To - 1; i >= src.From; i-- {
			if m, ok := f.people.At(i); ok && m.To == src.To && m.Actor >= 0 {
				f.named(sp, m.Actor)
				return
			}
		}
	}
	definite := first == "the" || first == "this" || first == "that"
	switch {
	case definite && actor.IsRoleNoun(head) && f.people != nil:
		if a := f.people.RoleHolder(head, src.From); a >= 0 {
			f.named(sp, a)
			sp.Role = role
			return
		}
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

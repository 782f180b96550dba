package actor

// Kinds of actor.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
)

// Actor is one person, organization or place named in a text, listed once
// however many times and ways it is mentioned.
type Actor struct {
	Name     string   `json:"name"`     // canonical name: the fullest form used
	Kind     string   `json:"kind"`     // Person, Organization or Place
	Aliases  []string `json:"aliases"`  // other forms used: surname, acronym
	Roles    []string `json:"roles"`    // roles the text gives: "Ukrainian President"
	Mentions int      `json:"mentions"` // how many times it is mentioned, by any name
}

package lexicon

import (
	_ "embed"
	"fmt"
	"strconv"
)

var (
	//go:embed data/places.tsv.gz
	placesData string
	//go:embed data/places_extra.tsv
	placesExtraData string
	//go:embed data/demonyms.tsv
	demonymsData string
)

// PlaceKind is the kind of a place.
type PlaceKind uint8

// Kinds of place.
const (
	Country PlaceKind = iota + 1 // a sovereign state or territory: "Ukraine", "Hong Kong"
	State                        // a first-level division: "Texas", "Scotland", "Bavaria"
	City                         // a city or town: "Kyiv", "New York City"
	Region                       // a continent, sea or region: "Europe", "Middle East", "Gaza Strip"
)

// String returns "country", "state", "city" or "region".
func (k PlaceKind) String() string {
	switch k {
	case Country:
		return "country"
	case State:
		return "state"
	case City:
		return "city"
	case Region:
		return "region"
	}
	return "unknown"
}

func parsePlaceKind(s string) (PlaceKind, bool) {
	for k := Country; k <= Region; k++ {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

// Place is a named place.
type Place struct {
	Name       string    // canonical name: "United States" for "U.S.", "Kyiv" for "Kiev"
	Kind       PlaceKind // Country, State, City or Region
	Country    string    // the country's canonical name; "" for a region across countries
	Capital    bool      // a national capital, often used for its government: "Moscow said"
	Population int       // of a city, from GeoNames; 0 when not known
}

var (
	places   = lazy[*table[Place]]{load: loadPlaces}
	demonyms = lazy[*table[Place]]{load: loadDemonyms}
)

// LookupPlace returns the place named name: a country by its name or a
// common short form ("U.S.", "Britain"), a continent or region, a US state
// or other major division, a national capital, or a city of at least 100 000
// people. Of several places with one name, it returns a country before a
// state, and a larger city before a smaller one ("Georgia" is the country,
// "London" the British capital).
func LookupPlace(name string) (Place, bool) {
	return places.get().get(name)
}

// Demonym returns the country or region that a nationality word refers to:
// "Ukrainian" and "Ukrainians" give Ukraine, "Briton" the United Kingdom,
// "European" Europe, "Gazan" the Gaza Strip. The list is hand-written.
func Demonym(word string) (Place, bool) {
	return demonyms.get().get(word)
}

func loadPlaces() (*table[Place], error) {
	text, err := gunzip("places.tsv.gz", placesData)
	if err != nil {
		return nil, err
	}
	t := newTable[Place](6000)
	// Generated rows first: a country keeps its name against a US state
	// ("Georgia"); the hand-written rows add what the sources lack.
	for _, f := range []struct{ name, text string }{{"places.tsv.gz", text}, {"places_extra.tsv", placesExtraData}} {
		if err := lines(f.name, f.text, func(fields []string) error { return addPlace(t, fields) }); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// addPlace adds one row: phrase, canonical name ("" = phrase), kind,
// country, population, flags (c = capital, x = match case exactly).
// A row with only a phrase and a canonical name is an alias of a place
// already added: "Kiev", "Kyiv".
func addPlace(t *table[Place], fields []string) error {
	if len(fields) == 2 {
		p, ok := t.get(fields[1])
		if !ok {
			return fmt.Errorf("alias of %q, which is not listed before it", fields[1])
		}
		return t.add(fields[0], p, false)
	}
	if len(fields) != 6 {
		return fmt.Errorf("want 2 or 6 fields, got %d", len(fields))
	}
	kind, ok := parsePlaceKind(fields[2])
	if !ok {
		return fmt.Errorf("kind %q", fields[2])
	}
	pop, err := strconv.Atoi(fields[4])
	if err != nil {
		return fmt.Errorf("population: %w", err)
	}
	p := Place{Name: fields[1], Kind: kind, Country: fields[3], Population: pop}
	if p.Name == "" {
		p.Name = fields[0]
	}
	exact := false
	for _, c := range fields[5] {
		switch c {
		case 'c':
			p.Capital = true
		case 'x':
			exact = true
		default:
			return fmt.Errorf("flag %q", c)
		}
	}
	return t.add(fields[0], p, exact)
}

// loadDemonyms reads rows of word and place name; the place must be in the
// place list, so that a demonym and its country agree.
func loadDemonyms() (*table[Place], error) {
	pl := places.get()
	t := newTable[Place](800)
	err := lines("demonyms.tsv", demonymsData, func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want word, place, got %d fields", len(fields))
		}
		p, ok := pl.get(fields[1])
		if !ok {
			return fmt.Errorf("place %q is not in the place list", fields[1])
		}
		return t.add(fields[0], p, false)
	})
	return t, err
}

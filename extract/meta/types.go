package meta

// Meta is what a page says about its article, apart from the body.
type Meta struct {
	Title        string   `json:"title"`         // the headline, without " | Site" suffixes
	Authors      []string `json:"authors"`       // people, not "Staff" or the site
	Published    string   `json:"published"`     // RFC 3339; a zone-less time or a day alone when the page says no more (see the package doc); "" when unknown
	Modified     string   `json:"modified"`      // as Published
	SiteName     string   `json:"site_name"`     // "Reuters", not "reuters.com" when the page names itself
	Language     string   `json:"language"`      // BCP 47 tag: "en", "de-AT"; "" when unknown
	CanonicalURL string   `json:"canonical_url"` // absolute; the page URL when none is declared
	Description  string   `json:"description"`
	Image        string   `json:"image"` // absolute URL of the lead image
}

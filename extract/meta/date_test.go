package meta

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       string
		dayFirst bool
		want     string
	}{
		{"2019-11-19T13:03:00.000Z", false, "2019-11-19T13:03:00Z"},
		{"2019-11-20T06:35:39+0000", false, "2019-11-20T06:35:39Z"},
		{"2019-11-19T06:56-05:00", false, "2019-11-19T06:56:00-05:00"},
		{"2019-11-20T10:43Z", false, "2019-11-20T10:43:00Z"},
		{"2019-11-19 02:24:00", false, "2019-11-19T02:24:00"},
		{"2019-11-19 02:24:00 UTC", false, "2019-11-19T02:24:00Z"},
		{"2019-11-19", false, "2019-11-19"},
		{"20191119", false, "2019-11-19"},
		{"2018-09-25T20:52:55.487+03:00", false, "2018-09-25T20:52:55+03:00"},
		{"0001-01-01T00:00:00Z", false, ""},
		{"1574168580", false, "2019-11-19T13:03:00Z"},
		{"1574168580000", false, "2019-11-19T13:03:00Z"},
		{"Tue, 19 Nov 2019 13:03:00 GMT", false, "2019-11-19T13:03:00Z"},
		{"Tue Nov 19 2019 03:05:46 GMT+0000", false, "2019-11-19T03:05:46Z"},
		{"Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)", false, "2019-11-20T09:28:00Z"},
		{"Tue Nov 19 21:57:01 UTC 2019", false, "2019-11-19T21:57:01Z"},
		{"November 19, 2019 10:03 AM EST", false, "2019-11-19T10:03:00-05:00"},
		{"Nov. 19, 2019 8:03 am ET", false, "2019-11-19T08:03:00-05:00"},
		{"Jul. 19, 2019 8:03 pm ET", false, "2019-07-19T20:03:00-04:00"},
		{"Nov 18, 2019 at 9:24 pm ET", false, "2019-11-18T21:24:00-05:00"},
		{"1:39 am EST, Wednesday, November 20, 2019", false, "2019-11-20T01:39:00-05:00"},
		{"Monday November 18, 2019 7:45 am PST", false, "2019-11-18T07:45:00-08:00"},
		{"18 NOV 2019", false, "2019-11-18"},
		{"19 November 2019 • 1:16pm", true, "2019-11-19T13:16:00"},
		{"Mon 18 Nov 2019 18.54 GMT", true, "2019-11-18T18:54:00Z"},
		{"11/19/19 06:56 AM EST", false, "2019-11-19T06:56:00-05:00"},
		{"21:17 18.11.2019", true, "2019-11-18T21:17:00"},
		{"21/06/2014", true, "2014-06-21"},
		{"03/04/2019", true, "2019-04-03"},
		{"03/04/2019", false, "2019-03-04"},
		{"Maret 30, 2015", true, "2015-03-30"},
		{"Текст: Венера Ерофеева·24 сентября 2018", true, "2018-09-24"},
		{"Von Moritz Bachmann publiziert am 25. September 2018", true, "2018-09-25"},
		{"01:38:07 PM IST Nov 20, 2019", false, "2019-11-20T13:38:07+05:30"},
		{"Monday, November 18th, 2019 at 11:08 a.m.", false, "2019-11-18T11:08:00"},
		{"기사입력 :[ 2018-08-25 15:24 ]", true, "2018-08-25T15:24:00"},
		{"2018年8月16日", true, "2018-08-16"},
		{"Published 10:02 AM EST Nov 19, 2019", false, "2019-11-19T10:02:00-05:00"},
		{"By Tess Bonn - 11/19/19 06:56 AM EST", false, "2019-11-19T06:56:00-05:00"},
		{"PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", true, "2019-11-19T10:48:00"},
		{"Wednesday,November 20", false, ""},
		{"4553", false, ""},
		{"", false, ""},
		{"Posted: 18 Nov 2019 8:11 pm", false, "2019-11-18T20:11:00"},
	}
	for _, tt := range tests {
		got := parseDate(tt.in, tt.dayFirst).format()
		if got != tt.want {
			t.Errorf("parseDate(%q, %v) = %q, want %q", tt.in, tt.dayFirst, got, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2019-11-19T13:03:00.000Z", "Nov. 19, 2019 8:03 am ET", "21:17 18.11.2019",
		"1574168580", "2018年8月16日", "Tue Nov 19 2019 03:05:46 GMT+0530", "11/19/19",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, dayFirst bool) {
		st := parseDate(s, dayFirst)
		out := st.format()
		if st.valid != (out != "") {
			t.Fatalf("parseDate(%q): valid %v but format %q", s, st.valid, out)
		}
		if out == "" {
			return
		}
		// What we print must read back as the same day.
		back := parseDate(out, false)
		if !back.valid || !back.sameDay(st) {
			t.Fatalf("parseDate(%q) = %q, which reads back as %+v", s, out, back)
		}
	})
}

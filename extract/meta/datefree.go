package meta

// parseFree reads a date written for people: the tokens are scanned once
// for a time of day, a zone, a month name and numbers; what is left over
// ("Published", "Updated", weekday names, "at", "|") is ignored.
func parseFree(s string, dayFirst bool) stamp {
	toks := tokenize(s)
	var st stamp
	month, day, year := 0, 0, 0
	findTime(toks, &st)
	findZone(toks, &st)
	if !findCJK(toks, &year, &month, &day) {
		findNumericDate(toks, dayFirst, &year, &month, &day)
	}
	if month == 0 {
		for i := range toks {
			if t := &toks[i]; t.kind == 'w' && !t.used {
				if m := monthByName(t.word); m > 0 {
					month, t.used = m, true
					day, year = dayYearAround(toks, i)
					break
				}
			}
		}
	}
	if month == 0 || day == 0 || year == 0 {
		return stamp{}
	}
	st.year, st.month, st.day = year, month, day
	if st.usZone != 0 {
		st.resolveUS()
	}
	st.valid = st.check()
	if !st.valid {
		return stamp{}
	}
	return st
}

// findTime marks "9:24", "01:38:07", "18.54 GMT" with an optional "am"/"pm"
// or "a.m."/"p.m." after it.
func findTime(toks []dtoken, st *stamp) {
	for i := 0; i+2 < len(toks); i++ {
		h, sep, m := &toks[i], &toks[i+1], &toks[i+2]
		if h.kind != 'n' || h.ndig > 2 || sep.kind != 'p' || m.kind != 'n' || m.ndig != 2 {
			continue
		}
		if sep.punct != ':' && sep.punct != '.' {
			continue
		}
		k := i + 3
		sec := 0
		if sep.punct == ':' && k+1 < len(toks) && toks[k].kind == 'p' && toks[k].punct == ':' && toks[k+1].kind == 'n' && toks[k+1].ndig == 2 {
			sec = toks[k+1].num
			toks[k].used, toks[k+1].used = true, true
			k += 2
		}
		hour := h.num
		ampm, n := meridiem(toks, k)
		if sep.punct == '.' && ampm == 0 && !(k < len(toks) && toks[k].kind == 'w' && zoneByName(toks[k].word) != nil) {
			continue // "18.11.2019" is a date, "18.54 GMT" a time
		}
		if sep.punct == '.' && k < len(toks) && toks[k].kind == 'p' && toks[k].punct == '.' {
			continue
		}
		switch {
		case ampm == 'p' && hour < 12:
			hour += 12
		case ampm == 'a' && hour == 12:
			hour = 0
		}
		if hour > 23 || m.num > 59 {
			continue
		}
		for j := i; j < k+n; j++ {
			toks[j].used = true
		}
		st.hour, st.minute, st.sec, st.hasTime = hour, m.num, sec, true
		return
	}
}

// meridiem reads "am", "pm", "a.m.", "p.m." at toks[k]; it returns 'a' or
// 'p' and the number of tokens read.
func meridiem(toks []dtoken, k int) (byte, int) {
	if k >= len(toks) || toks[k].kind != 'w' {
		return 0, 0
	}
	switch toks[k].word {
	case "am":
		return 'a', 1
	case "pm":
		return 'p', 1
	case "a", "p":
		// "a.m." tokenizes as a . m .
		if k+2 < len(toks) && toks[k+1].kind == 'p' && toks[k+1].punct == '.' && toks[k+2].kind == 'w' && toks[k+2].word == "m" {
			n := 3
			if k+3 < len(toks) && toks[k+3].kind == 'p' && toks[k+3].punct == '.' {
				n = 4
			}
			return toks[k].word[0], n
		}
	}
	return 0, 0
}

// findZone marks a zone name ("EST", "GMT", "UTC+05:30") or a numeric
// offset ("+0530") that follows a time.
func findZone(toks []dtoken, st *stamp) {
	for i := range toks {
		t := &toks[i]
		if t.used || t.kind != 'w' {
			continue
		}
		z := zoneByName(t.word)
		if z == nil {
			continue
		}
		t.used = true
		st.hasZone, st.offset, st.usZone = z.us == 0, z.offset, z.us
		if (t.word == "gmt" || t.word == "utc") && i+2 < len(toks) && toks[i+1].kind == 'p' &&
			(toks[i+1].punct == '+' || toks[i+1].punct == '-') && toks[i+2].kind == 'n' {
			if off, ok := offsetFromTokens(toks, i+1); ok {
				st.offset = off
			}
		}
		return
	}
	if !st.hasTime {
		return
	}
	// A bare "+0530" or "-05:00" right after the time.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].used && toks[i+1].kind == 'p' && (toks[i+1].punct == '+' || toks[i+1].punct == '-') && !toks[i+1].used {
			if off, ok := offsetFromTokens(toks, i+1); ok {
				st.hasZone, st.offset = true, off
				return
			}
		}
	}
}

// offsetFromTokens reads sign, "0530" or sign, "05", ":", "30" at toks[i:],
// marking them used.
func offsetFromTokens(toks []dtoken, i int) (int, bool) {
	if i+1 >= len(toks) || toks[i+1].kind != 'n' {
		return 0, false
	}
	sign := 1
	if toks[i].punct == '-' {
		sign = -1
	}
	n := toks[i+1]
	h, m := 0, 0
	switch {
	case n.ndig == 4:
		h, m = n.num/100, n.num%100
	case n.ndig <= 2 && i+3 < len(toks) && toks[i+2].kind == 'p' && toks[i+2].punct == ':' && toks[i+3].kind == 'n':
		h, m = n.num, toks[i+3].num
		toks[i+2].used, toks[i+3].used = true, true
	case n.ndig <= 2:
		h = n.num
	default:
		return 0, false
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	toks[i].used, toks[i+1].used = true, true
	return sign * (h*3600 + m*60), true
}

// findCJK reads "2018年8月16日" and "2018년 8월 25일".
func findCJK(toks []dtoken, year, month, day *int) bool {
	found := false
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].kind != 'n' || toks[i].used || toks[i+1].kind != 'p' {
			continue
		}
		switch toks[i+1].punct {
		case '年', '년':
			*year, found = toks[i].num, true
		case '月', '월':
			*month = toks[i].num
		case '日', '일':
			*day = toks[i].num
		default:
			continue
		}
		toks[i].used, toks[i+1].used = true, true
	}
	return found && *month > 0 && *day > 0
}

// findNumericDate reads "18.11.2019", "11/19/19", "21/06/2014",
// "2019/11/19" and "2019.11.19".
func findNumericDate(toks []dtoken, dayFirst bool, year, month, day *int) {
	for i := 0; i+4 < len(toks); i++ {
		a, s1, b, s2, c := toks[i], toks[i+1], toks[i+2], toks[i+3], toks[i+4]
		if a.used || a.kind != 'n' || b.kind != 'n' || c.kind != 'n' || s1.kind != 'p' || s2.kind != 'p' || s1.punct != s2.punct {
			continue
		}
		if s1.punct != '/' && s1.punct != '.' && s1.punct != '-' {
			continue
		}
		var y, m, d int
		switch {
		case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2:
			y, m, d = a.num, b.num, c.num
		case a.ndig <= 2 && b.ndig <= 2 && (c.ndig == 4 || c.ndig == 2):
			y = c.num
			if c.ndig == 2 {
				y += 2000 // two-digit years on news pages are this century
			}
			first, second := a.num, b.num
			switch {
			case first > 12:
				d, m = first, second
			case second > 12:
				m, d = first, second
			case s1.punct == '.' || s1.punct == '-' || dayFirst:
				d, m = first, second
			default:
				m, d = first, second
			}
		default:
			continue
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		*year, *month, *day = y, m, d
		for j := i; j < i+5; j++ {
			toks[j].used = true
		}
		return
	}
}

// dayYearAround finds the day and year next to a month name at toks[mi]:
// "November 19, 2019", "19 November 2019", "Nov 19 2019", "25. September
// 2018", "Tue Nov 19 21:57:01 UTC 2019".
func dayYearAround(toks []dtoken, mi int) (day, year int) {
	for i := range toks {
		t := &toks[i]
		if t.used || t.kind != 'n' {
			continue
		}
		if t.ndig == 4 && year == 0 && t.num >= minYear && t.num <= maxYear {
			year, t.used = t.num, true
		}
	}
	// The day is the closest unused one- or two-digit number to the month.
	best, bestDist := -1, 1<<30
	for i := range toks {
		t := toks[i]
		if t.used || t.kind != 'n' || t.ndig > 2 || t.num < 1 || t.num > 31 {
			continue
		}
		dist := i - mi
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 && bestDist <= 3 {
		day = toks[best].num
		toks[best].used = true
	}
	return day, year
}

package when

import (
	"fmt"
	"time"
)

// resolve gives a calendar point its value, filling in a missing year from
// the document date and the sentence's tense. It returns "" when the value
// cannot be told (a relative expression and no document date).
func (f *finder) resolve(p point) string {
	if p.named {
		return ""
	}
	switch p.g {
	case gDecade:
		return fmt.Sprintf("%03d", p.y/10)
	case gCentury:
		return fmt.Sprintf("%02d", p.y)
	case gYear:
		if p.yEnd != 0 {
			return fmt.Sprintf("%04d/%04d", p.y, p.yEnd)
		}
		return fmt.Sprintf("%04d", p.y)
	case gSeason:
		if p.y == 0 && !f.hasDoc {
			return ""
		}
		return f.seasonValue(p)
	case gQuarter, gHalf:
		return f.partValue(p)
	case gWeekday:
		if !f.hasDoc || p.named {
			return ""
		}
		return withPod(dayValue(f.weekdayOf(p)), p.pod)
	}
	if p.y == 0 {
		if !f.hasDoc {
			return ""
		}
		p.y = f.guessYear(p)
	}
	v := pointValue(p)
	if p.dEnd != 0 {
		v += "/" + fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.dEnd)
	}
	return v
}

// pointValue formats a point of day or month granularity whose year is known.
func pointValue(p point) string {
	if p.g == gMonth {
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
}

func dayValue(t time.Time) string {
	return t.Format("2006-01-02")
}

// Thresholds for placing a month or a day without a year. A date that
// lies against the tense of its sentence ("said on Dec. 28" in a January
// article) moves to the neighbouring year only when it is further away
// than these; news often uses a past verb for what is planned ("was
// scheduled for Nov. 25"), rarely a bare date for one a year back.
const (
	againstTenseDays = 90  // a day against the tense: a season's leeway
	noTenseDays      = 183 // no tense: the nearest year, within half a year
)

// guessYear picks the year of a month or day written without one: the
// year that agrees with a named weekday, else the one the tense and the
// distance to the document date make likeliest.
func (f *finder) guessYear(p point) int {
	y := f.doc.Year()
	if p.g == gDay && p.hasWD {
		for _, c := range [...]int{y, y - 1, y + 1} {
			if p.d <= daysIn(p.m, c) && time.Date(c, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).Weekday() == p.wd {
				return c
			}
		}
	}
	t := f.tense(p.i, p.j)
	if p.g == gMonth {
		diff := p.m - int(f.doc.Month())
		switch {
		case t == tensePast && diff > 0, t == tenseNone && diff > 6:
			return y - 1
		case t == tenseFuture && diff < 0, t == tenseNone && diff < -6:
			return y + 1
		}
		return y
	}
	return f.pickYear(func(y int) time.Time {
		// 29 February in a common year: measure to the 28th.
		return time.Date(y, time.Month(p.m), min(p.d, daysIn(p.m, y)), 0, 0, 0, 0, time.UTC)
	}, t)
}

// pickYear chooses the year of a yearly day from the document's year and
// its neighbours: the one the tense allows that is nearest to the document
// date.
func (f *finder) pickYear(date func(int) time.Time, t tense) int {
	y := f.doc.Year()
	diff := int(date(y).Sub(f.doc).Hours() / 24)
	switch {
	case t == tensePast && diff > againstTenseDays, t == tenseNone && diff > noTenseDays:
		return y - 1
	case t == tenseFuture && diff < -againstTenseDays, t == tenseNone && diff < -noTenseDays:
		return y + 1
	}
	return y
}

// weekdayOf gives a weekday without a date its day: "lundi dernier" is
// the last one before the document date; a bare weekday that opens a span
// ("from Thursday", "dès lundi") is the next one; any other is the one the
// tense points to.
func (f *finder) weekdayOf(p point) time.Time {
	switch p.shift {
	case wLast:
		return f.weekdayDate(p.wd, tensePast, true)
	case wNext:
		return f.weekdayDate(p.wd, tenseFuture, true)
	}
	if p.start {
		return f.weekdayDate(p.wd, tenseFuture, false) // "called a strike from Thursday"
	}
	return f.weekdayDate(p.wd, f.tense(p.i, p.j), false)
}

// weekdayDate is the date of weekday wd relative to the document date: the
// document day itself when it is that weekday (unless strict), else the
// last one before it for the past and no tense, the next one for the
// future.
func (f *finder) weekdayDate(wd time.Weekday, t tense, strict bool) time.Time {
	delta := int(wd) - int(f.doc.Weekday())
	switch {
	case delta == 0 && !strict:
	case t == tenseFuture:
		if delta <= 0 {
			delta += 7
		}
	default:
		if delta >= 0 {
			delta -= 7
		}
	}
	return f.doc.AddDate(0, 0, delta)
}

// daysIn returns the number of days of month m in year y.
func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// rangeEnd reads the end of a range after point p: "October 24–26",
// "Jan. 5 to 9", "Oct. 24-Nov. 2", "from March to May", "between 2010 and
// 2015". Words join a range of months or years only after "from" or
// "between"; dashes always do.
func (f *finder) rangeEnd(p point) (point, bool) {
	if p.dEnd != 0 || p.yEnd != 0 {
		return point{}, false
	}
	k := p.j
	between := f.word(p.i-1) == wBetween
	from := between || f.word(p.i-1) == wFrom
	switch {
	case f.punct(k, dash):
	case f.toWord(k, between) && (from || p.g == gDay):
	default:
		return point{}, false
	}
	k++
	switch p.g {
	case gDay:
		if q, ok := f.datePoint(k); ok {
			return q, true
		}
		if d, k2, ok := f.day(k, false); ok && d > p.d && p.m != 0 {
			q := point{g: gDay, m: p.m, d: d, i: k, j: k2}
			if y, k3, ok := f.yearAfter(k2); ok {
				q.y, q.j = y, k3
			}
			return q, true
		}
	case gMonth:
		if m, k2, ok := f.month(k); ok {
			q := point{g: gMonth, m: m, i: k, j: k2}
			if y, k3, ok := f.yearAfter(k2); ok {
				q.y, q.j = y, k3
			}
			return q, true
		}
	case gYear:
		if y, k2, ok := f.year(k); ok && y > p.y && f.yearContext(k, y) {
			return point{g: gYear, y: y, i: k, j: k2}, true
		}
	}
	return point{}, false
}

// rangeMatch resolves the two ends of a range together: a missing year on
// one end comes from the other, and the end may roll over into the next
// year ("Dec. 28–Jan. 3").
func (f *finder) rangeMatch(p, q point) match {
	m := match{i: p.i, j: q.j}
	if p.g == gYear {
		m.value = fmt.Sprintf("%04d/%04d", p.y, q.y)
		return m
	}
	switch {
	case p.y == 0 && q.y != 0:
		p.y = q.y
		if before(q, p) {
			p.y--
		}
	case p.y == 0:
		if !f.hasDoc {
			return m
		}
		p.y = f.guessYear(p)
		fallthrough
	case q.y == 0:
		q.y = p.y
		if before(q, p) {
			q.y++
		}
	}
	m.value = pointValue(p) + "/" + pointValue(q)
	return m
}

// before reports whether a comes before b within a year.
func before(a, b point) bool {
	return a.m < b.m || a.m == b.m && a.d < b.d
}

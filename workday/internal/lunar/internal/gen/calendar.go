package main

import (
	"fmt"
	"math"
	"time"
)

// This file applies the rules of GB/T 33661-2017 (农历的编算和颁行) to the
// astronomical instants of astro.go, all reckoned in China Standard Time:
//   - a month begins on the civil day that contains a new moon;
//   - the month containing the winter solstice (sun at 270°) is month 11;
//   - when 13 months begin between two such months 11 (a 岁 with a leap
//     month), the first of them that contains no principal solar term
//     (中气, sun at a multiple of 30°) is the leap month and repeats the
//     number of the month before it.

// month is one lunar month of a 岁 (winter-solstice year).
type month struct {
	num   int  // 1..12
	leap  bool // a leap month, repeating num
	start int  // first day, as days since 1970-01-01 (CST civil date)
	jd    float64
}

// sui is the run of lunar months from the month containing the winter
// solstice of December y-1 up to, not including, the one containing the
// solstice of December y.
type sui struct {
	months []month
	// zhongqi[i] is the UT JD of the principal term 270°+30°·i, i = 0..12.
	zhongqi [13]float64
}

// jdOf returns the JD (UT) of 00:00 UT on the given Gregorian date.
func jdOf(y int, m time.Month, d int) float64 {
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix())/86400 + unixEpochJD
}

// winterSolstice returns the JDE of the December solstice of year y.
func winterSolstice(y int) float64 { return solarTerm(270, jdOf(y, time.December, 21)) }

// computeSui builds the 岁 that ends with the solstice of December y.
func computeSui(y int) (sui, error) {
	var s sui
	ws0 := winterSolstice(y - 1)
	for i := range s.zhongqi {
		s.zhongqi[i] = toUT(solarTerm(math.Mod(270+30*float64(i), 360), ws0+30.44*float64(i)))
	}
	d0, d1 := cstDay(s.zhongqi[0]), cstDay(s.zhongqi[12])

	// New moons from a little before the first solstice to after the second.
	k := math.Floor((ws0-2451550.09766)/29.530588861) - 2
	var starts []int
	var jds []float64
	for ; ; k++ {
		jd := toUT(newMoon(k))
		day := cstDay(jd)
		if day > d1+1 && len(starts) > 0 && starts[len(starts)-1] > d1 {
			break
		}
		starts = append(starts, day)
		jds = append(jds, jd)
	}
	// Index of the month containing each solstice day.
	first, last := -1, -1
	for i, st := range starts {
		if st <= d0 {
			first = i
		}
		if st <= d1 {
			last = i
		}
	}
	n := last - first // months in the 岁: 12 or 13
	if first < 0 || (n != 12 && n != 13) {
		return s, fmt.Errorf("岁 ending %d: %d months", y, n)
	}
	leapAt := -1
	if n == 13 {
		for i := first + 1; i < last; i++ {
			if !containsZhongqi(s.zhongqi[:], starts[i], starts[i+1]) {
				leapAt = i
				break
			}
		}
		if leapAt < 0 {
			return s, fmt.Errorf("岁 ending %d: 13 months, none without a principal term", y)
		}
	}
	num := 11
	for i := first; i < last; i++ {
		m := month{num: num, start: starts[i], jd: jds[i]}
		if i == leapAt {
			m.leap = true
			m.num = s.months[len(s.months)-1].num
		} else if i > first {
			num = num%12 + 1
			m.num = num
		}
		s.months = append(s.months, m)
	}
	return s, nil
}

// containsZhongqi reports whether a principal term falls on a day in
// [from, to).
func containsZhongqi(zq []float64, from, to int) bool {
	for _, jd := range zq {
		if d := cstDay(jd); d >= from && d < to {
			return true
		}
	}
	return false
}

// find returns the non-leap month numbered num in s.
func (s sui) find(num int) (month, bool) {
	for _, m := range s.months {
		if m.num == num && !m.leap {
			return m, true
		}
	}
	return month{}, false
}

// yearDates are the festival days of Gregorian year y, as day numbers, with
// notes on instants that lie close to a CST midnight.
type yearDates struct {
	year                                            int
	springFestival, qingming, dragonBoat, midAutumn int
	notes                                           []string
}

// nearMidnight is the margin, in minutes, below which an instant that
// decides a date is noted in the generated table.
const nearMidnight = 10

func computeYear(y int) (yearDates, error) {
	yd := yearDates{year: y}
	s, err := computeSui(y)
	if err != nil {
		return yd, err
	}
	note := func(what string, jd float64) {
		if mins := minutesFromMidnight(jd); mins < nearMidnight {
			t := time.Unix(int64(math.Round((jd-unixEpochJD)*86400)), 0).In(time.FixedZone("CST", 8*3600))
			yd.notes = append(yd.notes, fmt.Sprintf("%s %s", what, t.Format("01-02 15:04")))
		}
	}
	for _, f := range []struct {
		num, day int
		dst      *int
		name     string
	}{
		{1, 1, &yd.springFestival, "new moon of month 1"},
		{5, 5, &yd.dragonBoat, "new moon of month 5"},
		{8, 15, &yd.midAutumn, "new moon of month 8"},
	} {
		m, ok := s.find(f.num)
		if !ok {
			return yd, fmt.Errorf("year %d: no month %d in the 岁", y, f.num)
		}
		*f.dst = m.start + f.day - 1
		note(f.name, m.jd)
	}
	// The solstice fixes month 11; in a leap 岁 every principal term decides
	// which month is the leap one.
	note("winter solstice", s.zhongqi[0])
	if len(s.months) == 13 {
		for i, jd := range s.zhongqi[1:12] {
			note(fmt.Sprintf("principal term %d°", (300+30*i)%360), jd)
		}
	}
	qm := toUT(solarTerm(15, jdOf(y, time.April, 4)))
	yd.qingming = cstDay(qm)
	note("Qingming", qm)
	return yd, nil
}

// civil converts a day number to a Gregorian month and day in year y,
// failing if the day lies in another year.
func civil(y, day int) (time.Month, int, error) {
	t := time.Unix(int64(day)*86400, 0).UTC()
	if t.Year() != y {
		return 0, 0, fmt.Errorf("day %s is not in year %d", t.Format("2006-01-02"), y)
	}
	return t.Month(), t.Day(), nil
}

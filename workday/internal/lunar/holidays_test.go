package lunar

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// offBlocks are the off blocks (放假) of the four lunar and solar-term
// festivals in the State Council schedules 2008–2027, as the project's
// reference compilation gives them, independently of package workday's data
// (2027 from one compilation released 2026-11-06, not yet checked against
// the notice). Each is "MM-DD" or
// "MM-DD..MM-DD"; combined 中秋+国庆 blocks are given whole.
var offBlocks = []struct {
	year                                    int
	spring, qingming, dragonBoat, midAutumn string
}{
	{2008, "02-06..02-12", "04-04..04-06", "06-07..06-09", "09-13..09-15"},
	{2009, "01-25..01-31", "04-04..04-06", "05-28..05-30", "10-01..10-08"},
	{2010, "02-13..02-19", "04-03..04-05", "06-14..06-16", "09-22..09-24"},
	{2011, "02-02..02-08", "04-03..04-05", "06-04..06-06", "09-10..09-12"},
	{2012, "01-22..01-28", "04-02..04-04", "06-22..06-24", "09-30..10-07"},
	{2013, "02-09..02-15", "04-04..04-06", "06-10..06-12", "09-19..09-21"},
	{2014, "01-31..02-06", "04-05..04-07", "06-02", "09-08"},
	{2015, "02-18..02-24", "04-05..04-06", "06-20..06-22", "09-27"},
	{2016, "02-07..02-13", "04-04", "06-09..06-11", "09-15..09-17"},
	{2017, "01-27..02-02", "04-02..04-04", "05-28..05-30", "10-01..10-08"},
	{2018, "02-15..02-21", "04-05..04-07", "06-18", "09-24"},
	{2019, "02-04..02-10", "04-05", "06-07", "09-13"},
	{2020, "01-24..02-02", "04-04..04-06", "06-25..06-27", "10-01..10-08"},
	{2021, "02-11..02-17", "04-03..04-05", "06-12..06-14", "09-19..09-21"},
	{2022, "01-31..02-06", "04-03..04-05", "06-03..06-05", "09-10..09-12"},
	{2023, "01-21..01-27", "04-05", "06-22..06-24", "09-29..10-06"},
	{2024, "02-10..02-17", "04-04..04-06", "06-10", "09-15..09-17"},
	{2025, "01-28..02-04", "04-04..04-06", "05-31..06-02", "10-01..10-08"},
	{2026, "02-15..02-23", "04-04..04-06", "06-19..06-21", "09-25..09-27"},
	{2027, "02-05..02-13", "04-03..04-05", "06-09", "09-15"},
}

// block parses "MM-DD" or "MM-DD..MM-DD" in year y and widens it over
// adjacent Saturdays and Sundays, which compilations may leave out.
func block(t *testing.T, y int, s string) (from, to time.Time) {
	t.Helper()
	parse := func(v string) time.Time {
		d, err := time.Parse("2006-01-02", fmt.Sprintf("%d-%s", y, v))
		require.NoError(t, err, "bad block %q", s)
		return d
	}
	if len(s) == len("01-02") {
		from = parse(s)
		to = from
	} else {
		from, to = parse(s[:5]), parse(s[7:])
	}
	weekend := func(d time.Time) bool { return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday }
	for weekend(from.AddDate(0, 0, -1)) {
		from = from.AddDate(0, 0, -1)
	}
	for weekend(to.AddDate(0, 0, 1)) {
		to = to.AddDate(0, 0, 1)
	}
	return from, to
}

// TestStatutoryDaysInsideOfficialBlocks checks every statutory festival day
// of 2008–2027 against the off blocks of that year's schedule. The statutory
// days follow 全国年节及纪念日放假办法: 春节 is 除夕, 初一, 初二 in 2008–2013,
// 初一..初三 in 2014–2024 and 除夕..初三 from 2025.
func TestStatutoryDaysInsideOfficialBlocks(t *testing.T) {
	for _, b := range offBlocks {
		d, ok := For(b.year)
		require.True(t, ok, "For(%d) not covered", b.year)
		spring := day(b.year, d.SpringFestival)
		var springDays []time.Time
		switch {
		case b.year <= 2013:
			springDays = []time.Time{spring.AddDate(0, 0, -1), spring, spring.AddDate(0, 0, 1)}
		case b.year <= 2024:
			springDays = []time.Time{spring, spring.AddDate(0, 0, 1), spring.AddDate(0, 0, 2)}
		default:
			springDays = []time.Time{spring.AddDate(0, 0, -1), spring, spring.AddDate(0, 0, 1), spring.AddDate(0, 0, 2)}
		}
		checks := []struct {
			name  string
			block string
			days  []time.Time
		}{
			{"春节", b.spring, springDays},
			{"清明", b.qingming, []time.Time{day(b.year, d.Qingming)}},
			{"端午", b.dragonBoat, []time.Time{day(b.year, d.DragonBoat)}},
			{"中秋", b.midAutumn, []time.Time{day(b.year, d.MidAutumn)}},
		}
		for _, c := range checks {
			t.Run(fmt.Sprintf("%d %s", b.year, c.name), func(t *testing.T) {
				from, to := block(t, b.year, c.block)
				for _, x := range c.days {
					assert.False(t, x.Before(from) || x.After(to), "%s not in off block %s (widened %s..%s)",
						x.Format("2006-01-02"), c.block, from.Format("01-02"), to.Format("01-02"))
				}
			})
		}
	}
}

package workday_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// shortName is the festival name used in the expected tables below.
func shortName(f workday.Festival) string {
	if f == workday.FestivalVictoryDay {
		return "纪念日"
	}
	return f.Label()
}

// formatBlock writes a block as "春节 02-15..02-23 +02-14 +02-28", leaving
// out the year when it is the schedule's.
func formatBlock(y int, h workday.Holiday) string {
	sh := func(d workday.Date) string {
		s := d.String()
		if d.Year() == y {
			return s[5:]
		}
		return s
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s..%s", shortName(h.Festival), sh(h.Start), sh(h.End))
	for _, m := range h.Makeup {
		b.WriteString(" +" + sh(m))
	}
	return b.String()
}

// announced is every announced schedule, block by block, as the notices
// state it (see data/cn_notices.csv for each year's notice and whether its
// rows were compared with the notice's text). A block announced with a
// year may start in the previous December.
var announced = map[int][]string{
	2007: {
		"元旦 01-01..01-03 +2006-12-30 +2006-12-31",
		"春节 02-18..02-24 +02-17 +02-25",
		"劳动节 05-01..05-07 +04-28 +04-29",
		"国庆节 10-01..10-07 +09-29 +09-30",
	},
	2008: {
		"元旦 2007-12-30..01-01 +2007-12-29",
		"春节 02-06..02-12 +02-02 +02-03",
		"清明节 04-04..04-06",
		"劳动节 05-01..05-03 +05-04",
		"端午节 06-07..06-09",
		"中秋节 09-13..09-15",
		"国庆节 09-29..10-05 +09-27 +09-28",
	},
	2009: {
		"元旦 01-01..01-03 +01-04",
		"春节 01-25..01-31 +01-24 +02-01",
		"清明节 04-04..04-06",
		"劳动节 05-01..05-03",
		"端午节 05-28..05-30 +05-31",
		"中秋节、国庆节 10-01..10-08 +09-27 +10-10",
	},
	2010: {
		"元旦 01-01..01-03",
		"春节 02-13..02-19 +02-20 +02-21",
		"清明节 04-03..04-05",
		"劳动节 05-01..05-03",
		"端午节 06-14..06-16 +06-12 +06-13",
		"中秋节 09-22..09-24 +09-19 +09-25",
		"国庆节 10-01..10-07 +09-26 +10-09",
	},
	2011: {
		"元旦 01-01..01-03",
		"春节 02-02..02-08 +01-30 +02-12",
		"清明节 04-03..04-05 +04-02",
		"劳动节 04-30..05-02",
		"端午节 06-04..06-06",
		"中秋节 09-10..09-12",
		"国庆节 10-01..10-07 +10-08 +10-09",
	},
	2012: {
		"元旦 01-01..01-03 +2011-12-31",
		"春节 01-22..01-28 +01-21 +01-29",
		"清明节 04-02..04-04 +03-31 +04-01",
		"劳动节 04-29..05-01 +04-28",
		"端午节 06-22..06-24",
		"中秋节、国庆节 09-30..10-07 +09-29",
	},
	2013: {
		"元旦 01-01..01-03 +01-05 +01-06",
		"春节 02-09..02-15 +02-16 +02-17",
		"清明节 04-04..04-06 +04-07",
		"劳动节 04-29..05-01 +04-27 +04-28",
		"端午节 06-10..06-12 +06-08 +06-09",
		"中秋节 09-19..09-21 +09-22",
		"国庆节 10-01..10-07 +09-29 +10-12",
	},
	2014: {
		"元旦 01-01..01-01",
		"春节 01-31..02-06 +01-26 +02-08",
		"清明节 04-05..04-07",
		"劳动节 05-01..05-03 +05-04",
		"端午节 05-31..06-02",
		"中秋节 09-06..09-08",
		"国庆节 10-01..10-07 +09-28 +10-11",
	},
	2015: {
		"元旦 01-01..01-03 +01-04",
		"春节 02-18..02-24 +02-15 +02-28",
		"清明节 04-05..04-06",
		"劳动节 05-01..05-03",
		"端午节 06-20..06-22",
		"纪念日 09-03..09-05 +09-06",
		"中秋节 09-27..09-27",
		"国庆节 10-01..10-07 +10-10",
	},
	2016: {
		"元旦 01-01..01-03",
		"春节 02-07..02-13 +02-06 +02-14",
		"清明节 04-02..04-04",
		"劳动节 05-01..05-02",
		"端午节 06-09..06-11 +06-12",
		"中秋节 09-15..09-17 +09-18",
		"国庆节 10-01..10-07 +10-08 +10-09",
	},
	2017: {
		"元旦 01-01..01-02",
		"春节 01-27..02-02 +01-22 +02-04",
		"清明节 04-02..04-04 +04-01",
		"劳动节 04-29..05-01",
		"端午节 05-28..05-30 +05-27",
		"中秋节、国庆节 10-01..10-08 +09-30",
	},
	2018: {
		"元旦 2017-12-30..01-01",
		"春节 02-15..02-21 +02-11 +02-24",
		"清明节 04-05..04-07 +04-08",
		"劳动节 04-29..05-01 +04-28",
		"端午节 06-16..06-18",
		"中秋节 09-22..09-24",
		"国庆节 10-01..10-07 +09-29 +09-30",
	},
	2019: {
		"元旦 2018-12-30..01-01 +2018-12-29",
		"春节 02-04..02-10 +02-02 +02-03",
		"清明节 04-05..04-07",
		"劳动节 05-01..05-04 +04-28 +05-05",
		"端午节 06-07..06-09",
		"中秋节 09-13..09-15",
		"国庆节 10-01..10-07 +09-29 +10-12",
	},
	2020: {
		"元旦 01-01..01-01",
		"春节 01-24..02-02 +01-19",
		"清明节 04-04..04-06",
		"劳动节 05-01..05-05 +04-26 +05-09",
		"端午节 06-25..06-27 +06-28",
		"中秋节、国庆节 10-01..10-08 +09-27 +10-10",
	},
	2021: {
		"元旦 01-01..01-03",
		"春节 02-11..02-17 +02-07 +02-20",
		"清明节 04-03..04-05",
		"劳动节 05-01..05-05 +04-25 +05-08",
		"端午节 06-12..06-14",
		"中秋节 09-19..09-21 +09-18",
		"国庆节 10-01..10-07 +09-26 +10-09",
	},
	2022: {
		"元旦 01-01..01-03",
		"春节 01-31..02-06 +01-29 +01-30",
		"清明节 04-03..04-05 +04-02",
		"劳动节 04-30..05-04 +04-24 +05-07",
		"端午节 06-03..06-05",
		"中秋节 09-10..09-12",
		"国庆节 10-01..10-07 +10-08 +10-09",
	},
	2023: {
		"元旦 2022-12-31..01-02",
		"春节 01-21..01-27 +01-28 +01-29",
		"清明节 04-05..04-05",
		"劳动节 04-29..05-03 +04-23 +05-06",
		"端午节 06-22..06-24 +06-25",
		"中秋节、国庆节 09-29..10-06 +10-07 +10-08",
	},
	2024: {
		"元旦 2023-12-30..01-01",
		"春节 02-10..02-17 +02-04 +02-18",
		"清明节 04-04..04-06 +04-07",
		"劳动节 05-01..05-05 +04-28 +05-11",
		"端午节 06-08..06-10",
		"中秋节 09-15..09-17 +09-14",
		"国庆节 10-01..10-07 +09-29 +10-12",
	},
	2025: {
		"元旦 01-01..01-01",
		"春节 01-28..02-04 +01-26 +02-08",
		"清明节 04-04..04-06",
		"劳动节 05-01..05-05 +04-27",
		"端午节 05-31..06-02",
		"中秋节、国庆节 10-01..10-08 +09-28 +10-11",
	},
	2026: {
		"元旦 01-01..01-03 +01-04",
		"春节 02-15..02-23 +02-14 +02-28",
		"清明节 04-04..04-06",
		"劳动节 05-01..05-05 +05-09",
		"端午节 06-19..06-21",
		"中秋节 09-25..09-27",
		"国庆节 10-01..10-07 +09-20 +10-10",
	},
	2027: {
		"元旦 01-01..01-03",
		"春节 02-05..02-13 +01-31 +02-14",
		"清明节 04-03..04-05",
		"劳动节 05-01..05-05 +05-08",
		"端午节 06-09..06-09",
		"中秋节 09-15..09-15",
		"国庆节 10-01..10-07 +09-26 +10-09",
	},
}

func TestAnnouncedSchedules(t *testing.T) {
	c := workday.China()
	first, last := c.Years()
	require.Equal(t, 2007, first)
	require.Equal(t, 2026, last)
	require.Equal(t, first, workday.FirstYear)
	require.Equal(t, last, workday.LastYear)
	for y := 2007; y <= 2027; y++ {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			// 2027 comes from one compilation and is provisional until its
			// notice is checked.
			provisional := y == 2027
			assert.Equal(t, !provisional, c.Official(y), "Official(%d)", y)
			want := announced[y]
			got := c.Holidays(y)
			require.Len(t, got, len(want))
			for i, h := range got {
				assert.Equal(t, want[i], formatBlock(y, h), "block %d", i)
				assert.Equal(t, !provisional, h.Official)
				assert.Equal(t, provisional, h.Provisional)
				assert.Equal(t, y, h.Year)
				assert.NotEmpty(t, h.Source)
				for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
					info := c.Day(d)
					assert.Equal(t, workday.DayInfo{Date: d, Kind: workday.KindHoliday, Festival: h.Festival,
						Official: !provisional, Provisional: provisional}, info)
					assert.False(t, c.IsWorkday(d), "IsWorkday(%s) inside %s", d, h.Festival)
				}
				for _, d := range h.Makeup {
					info := c.Day(d)
					assert.Equal(t, workday.DayInfo{Date: d, Kind: workday.KindMakeup, Festival: h.Festival,
						Official: !provisional, Provisional: provisional}, info)
					assert.True(t, c.IsWorkday(d), "IsWorkday(%s) on a makeup day", d)
				}
			}
		})
	}
	assert.False(t, c.Official(2006))
	assert.False(t, c.Official(2028))
}

// statutoryDays is the number of statutory days off of each year's rules:
// 10 before 2008, 11 for 2008-2024, 13 from 2025.
func statutoryDays(y int) int {
	switch {
	case y < 2008:
		return 10
	case y < 2025:
		return 11
	}
	return 13
}

// TestNetDaysOff checks each schedule against the statutory count: the
// weekdays off minus the makeup days equal the statutory days of the year.
// The exceptions are listed with their reasons.
func TestNetDaysOff(t *testing.T) {
	adjust := map[int]int{
		// +1: 09-03 纪念日 (国发明电〔2015〕1号); -1: 中秋节 09-27 was a
		// Sunday, not made up; +1: 国庆节's statutory 10-03 was a Saturday,
		// made up by a weekday off (one makeup day instead of two).
		2015: 1,
		2020: 2, // 国办发明电〔2020〕1号: 01-31 (Fri) off, 02-01 (Sat) no longer worked
	}
	c := workday.China()
	for y := 2007; y <= 2027; y++ {
		net := 0
		for _, h := range c.Holidays(y) {
			for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
				if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
					net++
				}
			}
			net -= len(h.Makeup)
		}
		assert.Equal(t, statutoryDays(y)+adjust[y], net, "%d: weekdays off minus makeup days", y)
	}
}

func TestInvariants(t *testing.T) {
	c := workday.China()
	for y := 2007; y <= 2027; y++ {
		hs := c.Holidays(y)
		for i, h := range hs {
			name := fmt.Sprintf("%d %s %s", y, h.Festival, h.Start)
			assert.GreaterOrEqual(t, h.Days(), 1, "%s: %s..%s", name, h.Start, h.End)
			if i > 0 {
				assert.True(t, h.Start.After(hs[i-1].End), "%s: overlaps or is out of order with the previous block", name)
			}
			for _, m := range h.Makeup {
				assert.Contains(t, []time.Weekday{time.Saturday, time.Sunday}, m.Weekday(), "%s: makeup day %s", name, m)
				for _, g := range hs {
					assert.True(t, m.Before(g.Start) || m.After(g.End), "%s: makeup day %s lies inside %s", name, m, g.Festival)
				}
			}
		}
	}
}

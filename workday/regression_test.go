package workday_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

type dayCase struct {
	date     string
	kind     workday.Kind
	festival workday.Festival
}

func checkDays(t *testing.T, c *workday.Calendar, cases []dayCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.date, func(t *testing.T) {
			d, err := workday.ParseDate(tc.date)
			require.NoError(t, err)
			assert.Equal(t, workday.DayInfo{Date: d, Kind: tc.kind, Festival: tc.festival, Official: true}, c.Day(d))
			assert.Equal(t, tc.kind.IsWorkday(), c.IsWorkday(d))
		})
	}
}

// 国发明电〔2015〕1号: 09-03..05 off for the 70th anniversary of victory,
// 09-06 (Sunday) worked.
func TestVictoryDay2015(t *testing.T) {
	checkDays(t, workday.China(), []dayCase{
		{"2015-09-02", workday.KindWorkday, workday.FestivalNone},
		{"2015-09-03", workday.KindHoliday, workday.FestivalVictoryDay},
		{"2015-09-04", workday.KindHoliday, workday.FestivalVictoryDay},
		{"2015-09-05", workday.KindHoliday, workday.FestivalVictoryDay},
		{"2015-09-06", workday.KindMakeup, workday.FestivalVictoryDay},
		{"2015-09-07", workday.KindWorkday, workday.FestivalNone},
	})
}

// 国办发明电〔2020〕1号 extended the Spring Festival to 02-02; 02-01
// (Saturday), a makeup day in the first notice, became a day off, and
// work resumed on 02-03.
func TestSpringFestival2020Extension(t *testing.T) {
	c := workday.China()
	checkDays(t, c, []dayCase{
		{"2020-01-19", workday.KindMakeup, workday.FestivalSpringFestival},
		{"2020-01-24", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2020-01-30", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2020-01-31", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2020-02-01", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2020-02-02", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2020-02-03", workday.KindWorkday, workday.FestivalNone},
	})
	hs := c.HolidaysBetween(workday.MustDate(2020, 1, 25), workday.MustDate(2020, 1, 25))
	require.Len(t, hs, 1)
	assert.Equal(t, 10, hs[0].Days())
}

// 2019 劳动节: 国办发明电〔2019〕3号 turned one day off into 05-01..04, with
// 04-28 and 05-05 (Sundays) worked.
func TestLabourDay2019Amendment(t *testing.T) {
	checkDays(t, workday.China(), []dayCase{
		{"2019-04-28", workday.KindMakeup, workday.FestivalLabourDay},
		{"2019-05-01", workday.KindHoliday, workday.FestivalLabourDay},
		{"2019-05-04", workday.KindHoliday, workday.FestivalLabourDay},
		{"2019-05-05", workday.KindMakeup, workday.FestivalLabourDay},
		{"2019-05-06", workday.KindWorkday, workday.FestivalNone},
	})
}

// Blocks and makeup days announced with the next year.
func TestYearCrossing(t *testing.T) {
	c := workday.China()
	checkDays(t, c, []dayCase{
		{"2006-12-30", workday.KindMakeup, workday.FestivalNewYear}, // with 2007
		{"2006-12-31", workday.KindMakeup, workday.FestivalNewYear},
		{"2007-12-29", workday.KindMakeup, workday.FestivalNewYear}, // with 2008
		{"2007-12-30", workday.KindHoliday, workday.FestivalNewYear},
		{"2007-12-31", workday.KindHoliday, workday.FestivalNewYear},
		{"2008-01-01", workday.KindHoliday, workday.FestivalNewYear},
		{"2011-12-31", workday.KindMakeup, workday.FestivalNewYear},  // with 2012
		{"2017-12-30", workday.KindHoliday, workday.FestivalNewYear}, // 2018: 与周末连休
		{"2018-12-29", workday.KindMakeup, workday.FestivalNewYear},  // with 2019
		{"2018-12-31", workday.KindHoliday, workday.FestivalNewYear},
		{"2022-12-31", workday.KindHoliday, workday.FestivalNewYear}, // with 2023
		{"2023-01-02", workday.KindHoliday, workday.FestivalNewYear},
		{"2023-12-30", workday.KindHoliday, workday.FestivalNewYear}, // 2024: 与周末连休
	})
	h := c.Holidays(2008)[0]
	assert.Equal(t, 2008, h.Year)
	assert.Equal(t, workday.MustDate(2007, 12, 30), h.Start)
	assert.Equal(t, workday.MustDate(2008, 1, 1), h.End)
	for _, h := range c.Holidays(2007) {
		assert.Equal(t, 2007, h.End.Year(), "2007 block %+v reaches into 2008", h)
	}
}

func TestCombinedMidAutumnNationalDay(t *testing.T) {
	c := workday.China()
	for _, tc := range []struct{ name, start, end string }{
		{"2009", "2009-10-01", "2009-10-08"},
		{"2012", "2012-09-30", "2012-10-07"},
		{"2017", "2017-10-01", "2017-10-08"},
		{"2020", "2020-10-01", "2020-10-08"},
		{"2023", "2023-09-29", "2023-10-06"},
		{"2025", "2025-10-01", "2025-10-08"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start, end := d(tc.start), d(tc.end)
			hs := c.HolidaysBetween(start, end)
			require.Len(t, hs, 1)
			assert.Equal(t, start, hs[0].Start)
			assert.Equal(t, end, hs[0].End)
			assert.Equal(t, workday.FestivalMidAutumnNationalDay, hs[0].Festival)
			assert.Equal(t, "中秋节、国庆节", c.Day(start).Festival.Label())
		})
	}
}

// The 2024 Spring Festival: the issue's own example.
func TestSpringFestival2024(t *testing.T) {
	checkDays(t, workday.China(), []dayCase{
		{"2024-02-04", workday.KindMakeup, workday.FestivalSpringFestival},
		{"2024-02-09", workday.KindWorkday, workday.FestivalNone}, // 除夕, encouraged but not a day off
		{"2024-02-10", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2024-02-12", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2024-02-16", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2024-02-17", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2024-02-18", workday.KindMakeup, workday.FestivalSpringFestival},
	})
}

// A weekend day inside a block belongs to the block.
func TestWeekendInsideBlock(t *testing.T) {
	// 2026-02-21 is a Saturday inside 春节 02-15..02-23.
	checkDays(t, workday.China(), []dayCase{
		{"2026-02-21", workday.KindHoliday, workday.FestivalSpringFestival},
		{"2026-02-28", workday.KindMakeup, workday.FestivalSpringFestival},
		{"2026-03-01", workday.KindWeekend, workday.FestivalNone},
	})
}

// 2027 comes from a single compilation: it is provisional, and its
// provenance stays visible, until the notice is checked. Loading the
// official year (here the same days, as a holiday-cn file would give them)
// makes it official.
func TestProvisional2027(t *testing.T) {
	c := workday.China()
	assert.False(t, c.Official(2027))
	first, last := c.Years()
	assert.Equal(t, []int{workday.FirstYear, workday.LastYear}, []int{first, last})
	info := c.Day(d("2027-02-05"))
	assert.Equal(t, workday.DayInfo{Date: d("2027-02-05"), Kind: workday.KindHoliday,
		Festival: workday.FestivalSpringFestival, Provisional: true}, info)
	assert.True(t, info.Covered())
	assert.True(t, c.Day(d("2027-03-01")).Provisional, "a plain workday of 2027 is answered provisionally too")
	hs := c.Holidays(2027)
	require.NotEmpty(t, hs)
	for _, h := range hs {
		assert.True(t, h.Provisional)
		assert.False(t, h.Official)
		assert.Contains(t, h.Source, "unverified")
		assert.Contains(t, h.Source, "2026-11-06")
	}

	official, err := c.WithHolidayCN(toHolidayCN(t, c, 2027))
	require.NoError(t, err)
	assert.True(t, official.Official(2027))
	assert.True(t, official.Day(d("2027-02-05")).Official)
	assert.False(t, official.Day(d("2027-02-05")).Provisional)
	_, last = official.Years()
	assert.Equal(t, 2027, last)
	assert.False(t, c.Official(2027), "the shared calendar is unchanged")

	// A provisional schedule can be added the same way.
	s := synthetic2028()
	s.Provisional = true
	p, err := c.WithSchedule(s)
	require.NoError(t, err)
	assert.False(t, p.Official(2028))
	assert.True(t, p.Day(d("2028-01-23")).Provisional)
	assert.Equal(t, workday.KindMakeup, p.Day(d("2028-01-23")).Kind)
}

// Years whose rows were compared with the notice text carry the notice's
// number and date in every block's Source, and no "unverified" mark.
func TestProvenanceCheckedNotices(t *testing.T) {
	for _, tc := range []struct {
		year         int
		number, date string
	}{
		{2009, "国办发明电〔2008〕42号", "2008-12"},
		{2010, "国办发明电〔2009〕27号", "2009-12-07"},
		{2011, "国办发明电〔2010〕40号", "2010-12-09"},
		{2012, "国办发明电〔2011〕45号", "2011-12-05"},
		{2013, "国办发明电〔2012〕33号", "2012-12-08"},
		{2021, "国办发明电〔2020〕27号", "2020-11-25"},
		{2022, "国办发明电〔2021〕11号", "2021-10-25"},
		{2023, "国办发明电〔2022〕16号", "2022-12-08"},
		{2024, "国办发明电〔2023〕7号", "2023-10-25"},
		{2025, "国办发明电〔2024〕12号", "2024-11-12"},
		{2026, "国办发明电〔2025〕7号", "2025-11-04"},
	} {
		t.Run(strconv.Itoa(tc.year), func(t *testing.T) {
			hs := workday.China().Holidays(tc.year)
			require.NotEmpty(t, hs)
			for _, h := range hs {
				assert.Contains(t, h.Source, tc.number)
				assert.Contains(t, h.Source, tc.date)
				assert.NotContains(t, h.Source, "unverified")
			}
		})
	}
}

package workday_test

import (
	"math"
	"math/rand"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// naiveAdd steps day by day: the reference for AddWorkdays.
func naiveAdd(c *workday.Calendar, d workday.Date, n int) workday.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for k := 0; k < n; {
		d = d.AddDays(step)
		if d.IsZero() {
			return d
		}
		if c.IsWorkday(d) {
			k++
		}
	}
	return d
}

// naiveBetween counts day by day: the reference for WorkdaysBetween.
func naiveBetween(c *workday.Calendar, from, to workday.Date) int {
	n := 0
	switch {
	case to.After(from):
		for d := from.AddDays(1); !d.IsZero() && !d.After(to); d = d.AddDays(1) {
			if c.IsWorkday(d) {
				n++
			}
		}
	case to.Before(from):
		for d := to; d.Before(from); d = d.AddDays(1) {
			if c.IsWorkday(d) {
				n--
			}
		}
	}
	return n
}

// randomDate returns a date between the given years, inclusive.
func randomDate(r *rand.Rand, y1, y2 int) workday.Date {
	start := workday.MustDate(y1, 1, 1)
	days := workday.MustDate(y2, 12, 31).DaysSince(start) + 1
	return start.AddDays(r.Intn(days))
}

func TestArithmeticAgainstNaive(t *testing.T) {
	c := workday.China()
	r := rand.New(rand.NewSource(1))
	ranges := []struct {
		name   string
		y1, y2 int
	}{
		{"announced", 2006, 2028},
		{"projected", 1995, 2102},
		{"edges", 1, 3},
		{"far", 9997, 9999},
	}
	for _, rg := range ranges {
		t.Run(rg.name, func(t *testing.T) {
			for i := 0; i < 3000; i++ {
				d := randomDate(r, rg.y1, rg.y2)
				n := r.Intn(121) - 60
				if i%50 == 0 {
					n = r.Intn(4001) - 2000
				}
				require.Equal(t, naiveAdd(c, d, n), c.AddWorkdays(d, n), "AddWorkdays(%s, %d)", d, n)
				e := randomDate(r, rg.y1, rg.y2)
				if i%3 == 0 {
					e = d.AddDays(r.Intn(200) - 100)
				}
				if e.IsZero() {
					continue
				}
				require.Equal(t, naiveBetween(c, d, e), c.WorkdaysBetween(d, e), "WorkdaysBetween(%s, %s)", d, e)
			}
		})
	}
}

func TestAddWorkdaysCounting(t *testing.T) {
	c := workday.China()
	for _, tc := range []struct {
		name string
		d    workday.Date
		n    int
		want workday.Date
	}{
		{"zero n keeps a holiday", workday.MustDate(2026, 10, 1), 0, workday.MustDate(2026, 10, 1)},
		{"next after National Day eve", workday.MustDate(2026, 9, 30), 1, workday.MustDate(2026, 10, 8)},
		{"makeup Saturday counts", workday.MustDate(2026, 10, 9), 1, workday.MustDate(2026, 10, 10)},
		{"back over the block", workday.MustDate(2026, 10, 8), -1, workday.MustDate(2026, 9, 30)},
		{"from inside a block", workday.MustDate(2026, 10, 3), 1, workday.MustDate(2026, 10, 8)},
		{"back from inside a block", workday.MustDate(2026, 10, 3), -1, workday.MustDate(2026, 9, 30)},
		{"2024 Spring Festival (rickar/cal's example)", workday.MustDate(2024, 2, 8), 2, workday.MustDate(2024, 2, 18)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, c.AddWorkdays(tc.d, tc.n))
			if tc.n != 0 {
				assert.Equal(t, tc.n, c.WorkdaysBetween(tc.d, tc.want))
			}
		})
	}
}

func TestFarDates(t *testing.T) {
	c := workday.China()
	first, last := workday.MustDate(1, 1, 1), workday.MustDate(9999, 12, 31)
	ns := []int{0, 1, -1, 20, -20, 1000, -1000, math.MaxInt, math.MinInt, math.MaxInt32, math.MinInt32}
	for _, d := range []workday.Date{{}, first, first.AddDays(3), last, last.AddDays(-3), workday.MustDate(5000, 6, 15)} {
		for _, n := range ns {
			got := c.AddWorkdays(d, n) // must not panic
			if d.IsZero() {
				assert.True(t, got.IsZero(), "AddWorkdays(zero, %d) = %s", n, got)
			}
			if !got.IsZero() && n > -2000 && n < 2000 {
				assert.Equal(t, naiveAdd(c, d, n), got, "AddWorkdays(%s, %d)", d, n)
			}
			if !got.IsZero() && !d.IsZero() && n != 0 {
				assert.Equal(t, n, c.WorkdaysBetween(d, got), "WorkdaysBetween(%s, AddWorkdays(%s, %d))", d, d, n)
			}
		}
		_ = c.IsWorkday(d)
		_ = c.Day(d)
	}
	assert.True(t, c.AddWorkdays(first, -1).IsZero(), "AddWorkdays(0001-01-01, -1)")
	assert.True(t, c.AddWorkdays(last, 1).IsZero(), "AddWorkdays(9999-12-31, 1)")
	assert.True(t, c.AddWorkdays(first, math.MaxInt).IsZero(), "AddWorkdays(first, MaxInt)")
	assert.Equal(t, last.AddDays(-2), c.AddWorkdays(last.AddDays(-3), 1), "9999-12-28 is a Tuesday")
	assert.Zero(t, c.WorkdaysBetween(workday.Date{}, last))
	assert.False(t, c.IsWorkday(workday.Date{}))
	assert.Equal(t, workday.DayInfo{}, c.Day(workday.Date{}))
	whole := c.WorkdaysBetween(first, last)
	assert.Positive(t, whole)
	assert.Equal(t, -whole-btoi(c.IsWorkday(first))+btoi(c.IsWorkday(last)), c.WorkdaysBetween(last, first))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestCoverage(t *testing.T) {
	c := workday.China()
	pf, pl := c.ProjectedYears()
	require.Equal(t, 1996, pf)
	require.GreaterOrEqual(t, pl, 2099)
	const (
		none = iota
		official
		provisional
		projected
	)
	for _, tc := range []struct {
		name  string
		d     workday.Date
		basis int
	}{
		{"before the five-day week", workday.MustDate(1995, 12, 29), none},
		{"first projected day", workday.MustDate(1996, 1, 1), projected},
		{"last projected day before the table", workday.MustDate(2006, 12, 29), projected},
		{"makeup day announced with 2007", workday.MustDate(2006, 12, 30), official},
		{"last official day", workday.MustDate(workday.LastYear, 12, 31), official},
		{"2027, from one compilation", workday.MustDate(2027, 2, 5), provisional},
		{"projected after the table", workday.MustDate(2028, 1, 3), projected},
		{"last projected year", workday.MustDate(pl, 12, 31), projected},
		{"after the lunar table", workday.MustDate(pl+1, 1, 1), none},
		{"year 1", workday.MustDate(1, 1, 1), none},
		{"year 9999", workday.MustDate(9999, 12, 31), none},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Day(tc.d)
			assert.Equal(t, tc.basis == official, got.Official, "Official")
			assert.Equal(t, tc.basis == provisional, got.Provisional, "Provisional")
			assert.Equal(t, tc.basis == projected, got.Projected, "Projected")
			assert.Equal(t, tc.basis != none, got.Covered(), "Covered")
			assert.NotEqual(t, workday.KindUnknown, got.Kind)
			assert.Equal(t, c.IsWorkday(tc.d), got.Kind.IsWorkday())
		})
	}
	assert.Nil(t, c.Holidays(1990))
	assert.Nil(t, c.Holidays(pl+1))
}

// Every statutory day of 2008-2027, as the projection computes it, lies
// inside an announced block of days off of the same festival.
func TestProjectionAgainstAnnounced(t *testing.T) {
	official := workday.China()
	projOnly, err := workday.New()
	require.NoError(t, err)
	for y := 2008; y <= 2027; y++ {
		hs := projOnly.Holidays(y)
		require.GreaterOrEqual(t, len(hs), 6, "%d: projected blocks", y)
		for _, h := range hs {
			assert.False(t, h.Official, "%d: %+v", y, h)
			assert.Equal(t, "projection", h.Source)
			for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
				assert.True(t, projOnly.Day(d).Projected, "Day(%s) not flagged as projected", d)
				info := official.Day(d)
				assert.True(t, info.Kind == workday.KindHoliday && sameFestival(info.Festival, h.Festival),
					"%d: statutory %s day %s is %s %s in the announced schedule", y, h.Festival, d, info.Kind, info.Festival)
			}
		}
	}
}

func sameFestival(announced, projected workday.Festival) bool {
	if announced == projected {
		return true
	}
	if announced == workday.FestivalMidAutumnNationalDay {
		return projected == workday.FestivalMidAutumn || projected == workday.FestivalNationalDay
	}
	return false
}

func TestProjectionRules(t *testing.T) {
	c := workday.China()
	days := func(y int, f workday.Festival) int {
		n := 0
		for _, h := range c.Holidays(y) {
			if h.Festival == f || (h.Festival == workday.FestivalMidAutumnNationalDay && f == workday.FestivalNationalDay) {
				n += h.Days()
			}
		}
		return n
	}
	for _, tc := range []struct {
		name                                      string
		year                                      int
		spring, labour, national, qingming, total int
	}{
		{"1949 text", 1998, 3, 1, 2, 0, 7},
		{"1999 amendment", 2003, 3, 3, 3, 0, 10},
		{"2024 amendment", 2030, 4, 2, 3, 1, 13},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.False(t, c.Official(tc.year))
			total := 0
			for _, h := range c.Holidays(tc.year) {
				total += h.Days()
				assert.Empty(t, h.Makeup, "projected block with makeup days: %+v", h)
			}
			assert.Equal(t, tc.spring, days(tc.year, workday.FestivalSpringFestival), "春节")
			assert.Equal(t, tc.labour, days(tc.year, workday.FestivalLabourDay), "劳动节")
			assert.Equal(t, tc.national, days(tc.year, workday.FestivalNationalDay), "国庆节")
			assert.Equal(t, tc.qingming, days(tc.year, workday.FestivalQingming), "清明节")
			assert.Equal(t, tc.total, total)
		})
	}
	// 2030: 春节 is 02-03, so 除夕..初三 is 02-02..02-05; a statutory day on a
	// weekend stays a plain day off, nothing is moved.
	spring := c.Day(workday.MustDate(2030, 2, 2))
	assert.Equal(t, workday.KindHoliday, spring.Kind)
	assert.Equal(t, workday.FestivalSpringFestival, spring.Festival)
	assert.True(t, spring.Projected)
	assert.True(t, c.IsWorkday(workday.MustDate(2030, 2, 6)), "the Wednesday after the projected block")
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			c := workday.China()
			r := rand.New(rand.NewSource(seed))
			for i := 0; i < 2000; i++ {
				d := randomDate(r, 2000, 2030)
				e := c.AddWorkdays(d, r.Intn(41)-20)
				_ = c.WorkdaysBetween(d, e)
				_ = c.IsWorkday(d)
				_ = c.Day(d)
				if i%100 == 0 {
					_ = c.Holidays(d.Year())
					_ = c.HolidaysBetween(d, e)
				}
			}
		}(int64(g))
	}
	// Derived calendars are built from the shared one while it is read;
	// it stays as it was.
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := workday.China()
			for i := 0; i < 3; i++ {
				u, err := c.WithSchedule(synthetic2028())
				if assert.NoError(t, err) {
					assert.True(t, u.Official(2028))
				}
				_ = c.BusinessCalendar().IsWorkday(workday.MustDate(2026, 10, 8).Time())
			}
		}()
	}
	wg.Wait()
	assert.False(t, workday.China().Official(2028), "the shared calendar changed")
}

func FuzzWorkdayArithmetic(f *testing.F) {
	f.Add(int32(0), int32(20))
	f.Add(int32(6000), int32(-20))
	f.Add(int32(-4000), int32(1))
	f.Add(int32(40000), int32(-300))
	c := workday.China()
	base := workday.MustDate(2010, 1, 1)
	f.Fuzz(func(t *testing.T, offset, n32 int32) {
		d := base.AddDays(int(offset))
		n := int(n32)
		e := c.AddWorkdays(d, n)
		if d.IsZero() {
			require.True(t, e.IsZero(), "AddWorkdays(zero, %d) = %s", n, e)
			return
		}
		if e.IsZero() {
			return // beyond 0001-01-01..9999-12-31
		}
		require.Equal(t, n, c.WorkdaysBetween(d, e), "WorkdaysBetween(%s, AddWorkdays(%s, %d) = %s)", d, d, n, e)
		if n != 0 {
			require.True(t, c.IsWorkday(e), "AddWorkdays(%s, %d) = %s is not a workday", d, n, e)
		}
		if n > 0 && n < 200 {
			require.True(t, c.AddWorkdays(d, n-1).Before(e), "AddWorkdays not monotonic at %s, %d", d, n)
		}
		if n > -500 && n < 500 {
			require.Equal(t, naiveAdd(c, d, n), e, "AddWorkdays(%s, %d)", d, n)
		}
	})
}

// The zero Calendar and a nil *Calendar answer Monday–Friday, uncovered,
// without panicking.
func TestZeroCalendar(t *testing.T) {
	var zero workday.Calendar
	var nilCal *workday.Calendar
	for name, c := range map[string]*workday.Calendar{"zero": &zero, "nil": nilCal} {
		t.Run(name, func(t *testing.T) {
			nd := workday.MustDate(2026, 10, 1) // a Thursday
			assert.True(t, c.IsWorkday(nd))
			assert.False(t, c.Day(nd).Covered())
			assert.False(t, c.Official(2026))
			assert.Nil(t, c.Holidays(2026))
			assert.Nil(t, c.HolidaysBetween(nd, nd.AddDays(400)))
			assert.Equal(t, workday.MustDate(2026, 10, 2), c.AddWorkdays(nd, 1))
			assert.Equal(t, 7, c.WorkdaysBetween(nd, workday.MustDate(2026, 10, 12)))
			f, l := c.Years()
			assert.Zero(t, f)
			assert.Zero(t, l)
			pf, pl := c.ProjectedYears()
			assert.Greater(t, pf, pl)
			u, err := c.WithSchedule(synthetic2028())
			require.NoError(t, err)
			assert.True(t, u.Official(2028))
			assert.NotNil(t, c.BusinessCalendar())
		})
	}
}

package deadline

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// The expected days below were counted by hand from the State Council's
// notices: 国办发明电〔2025〕7号 for 2026 (国庆节 10-01..10-07 with 09-20 and
// 10-10 worked, 中秋节 09-25..09-27), 国办发明电〔2024〕12号 for 2025 (10-01..
// 10-08 with 09-28 and 10-11 worked), and for 2027 the schedule of the
// embedded data (元旦 01-01..01-03; 春节 02-05..02-13 with 01-31 and 02-14
// worked). Whether a year counts as official is the calendar's to say, so
// the flags expected for 2027 follow workday.China().Official(2027).
func TestEstimateFilingByHand(t *testing.T) {
	cal := workday.China()
	official := func(y int) bool { return cal.Official(y) }
	tests := []struct {
		name               string
		submitted          time.Time
		earliest, latest   workday.Date
		prEarliest, prLast workday.Date
		bureauLatest       workday.Date
		holidays           []HolidayOff
		zh, en             string // the start of Explain
	}{
		{
			// Workdays after Mon 09-28: 09-29, 09-30, [10-01..07 off], 10-08 (3rd),
			// 10-09, 10-10 (Sat, worked), 10-12 … 10-30 (20th).
			name: "2026 National Day", submitted: cst(2026, 9, 28, 10, 0),
			earliest: d(2026, 10, 8), latest: d(2026, 10, 30),
			prEarliest: d(2026, 9, 29), prLast: d(2026, 9, 30),
			// The SMS may run to 10-01 23:59:59; 20 workdays after 10-01 end on 11-03.
			bureauLatest: d(2026, 11, 3),
			holidays:     []HolidayOff{{Festival: workday.FestivalNationalDay, Start: d(2026, 10, 1), End: d(2026, 10, 7), Days: 7, Official: true}},
			zh:           "预计 2026-10-08 至 2026-10-30 完成（期间国庆节休息 7 天）",
			en:           "expected to be done between 2026-10-08 and 2026-10-30 (7 days off for National Day in between)",
		},
		{
			// 23:59 CST on 09-27 is 15:59 UTC: still Sunday, so Monday 09-28 is workday 1.
			name: "2026 National Day, submitted late Sunday given in UTC", submitted: utc(2026, 9, 27, 15, 59),
			earliest: d(2026, 9, 30), latest: d(2026, 10, 29),
			prEarliest: d(2026, 9, 28), prLast: d(2026, 9, 29),
			// The SMS may run to 09-30 23:59:59; 10-08 is the 1st workday after 09-30.
			bureauLatest: d(2026, 11, 3),
			holidays:     []HolidayOff{{Festival: workday.FestivalNationalDay, Start: d(2026, 10, 1), End: d(2026, 10, 7), Days: 7, Official: true}},
			zh:           "预计 2026-09-30 至 2026-10-29 完成（期间国庆节休息 7 天）",
			en:           "expected to be done between 2026-09-30 and 2026-10-29",
		},
		{
			// Workdays after Fri 01-29: 01-31 (Sun, worked), 02-01, 02-02 (3rd),
			// 02-03, 02-04, [02-05..13 off], 02-14 (Sun, worked), 02-15 … 03-04 (20th).
			name: "2027 Spring Festival", submitted: cst(2027, 1, 29, 10, 0),
			earliest: d(2027, 2, 2), latest: d(2027, 3, 4),
			prEarliest: d(2027, 1, 31), prLast: d(2027, 2, 1),
			bureauLatest: d(2027, 3, 9),
			holidays:     []HolidayOff{{Festival: workday.FestivalSpringFestival, Start: d(2027, 2, 5), End: d(2027, 2, 13), Days: 9, Official: official(2027)}},
			zh:           "预计 2027-02-02 至 2027-03-04 完成（期间春节休息 9 天）",
			en:           "expected to be done between 2027-02-02 and 2027-03-04 (9 days off for Spring Festival in between)",
		},
		{
			// Workdays after Fri 2026-12-25: 12-28, 12-29, 12-30 (3rd), 12-31,
			// [2027-01-01..03 off], 01-04 … 01-25 (20th).
			name: "year boundary 2026/2027", submitted: cst(2026, 12, 25, 10, 0),
			earliest: d(2026, 12, 30), latest: d(2027, 1, 25),
			prEarliest: d(2026, 12, 28), prLast: d(2026, 12, 29),
			bureauLatest: d(2027, 1, 28),
			holidays:     []HolidayOff{{Festival: workday.FestivalNewYear, Start: d(2027, 1, 1), End: d(2027, 1, 3), Days: 3, Official: official(2027)}},
			zh:           "预计 2026-12-30 至 2027-01-25 完成（期间元旦休息 3 天）",
			en:           "expected to be done between 2026-12-30 and 2027-01-25 (3 days off for New Year's Day in between)",
		},
		{
			// Workdays after Mon 2026-09-14: 09-15, 09-16, 09-17 (3rd), 09-18,
			// 09-20 (Sun, worked), 09-21..24, [09-25..27 off], 09-28..30,
			// [10-01..07 off], 10-08, 10-09, 10-10 (Sat, worked), 10-12..16 (20th).
			name: "2026 Mid-Autumn and National Day, two blocks", submitted: cst(2026, 9, 14, 9, 0),
			earliest: d(2026, 9, 17), latest: d(2026, 10, 16),
			prEarliest: d(2026, 9, 15), prLast: d(2026, 9, 16),
			bureauLatest: d(2026, 10, 21),
			holidays: []HolidayOff{
				{Festival: workday.FestivalMidAutumn, Start: d(2026, 9, 25), End: d(2026, 9, 27), Days: 3, Official: true},
				{Festival: workday.FestivalNationalDay, Start: d(2026, 10, 1), End: d(2026, 10, 7), Days: 7, Official: true},
			},
			zh: "预计 2026-09-17 至 2026-10-16 完成（期间中秋节休息 3 天，国庆节休息 7 天）",
			en: "expected to be done between 2026-09-17 and 2026-10-16 (3 days off for Mid-Autumn Festival and 7 days off for National Day in between)",
		},
		{
			// Workdays after Fri 09-26: 09-28, 09-29, 09-30 (3rd), [10-01..08 off],
			// 10-09, 10-10, 10-11, 10-13 … 10-30 (20th).
			name: "2025 combined Mid-Autumn and National Day block", submitted: cst(2025, 9, 26, 17, 0),
			earliest: d(2025, 9, 30), latest: d(2025, 10, 30),
			prEarliest: d(2025, 9, 28), prLast: d(2025, 9, 29),
			bureauLatest: d(2025, 11, 4),
			holidays:     []HolidayOff{{Festival: workday.FestivalMidAutumnNationalDay, Start: d(2025, 10, 1), End: d(2025, 10, 8), Days: 8, Official: true}},
			zh:           "预计 2025-09-30 至 2025-10-30 完成（期间中秋节、国庆节休息 8 天）",
			en:           "expected to be done between 2025-09-30 and 2025-10-30 (8 days off for Mid-Autumn Festival and National Day in between)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EstimateFiling(cal, tc.submitted)
			require.NoError(t, err)
			assert.Equal(t, ClockPlatformReview, e.Clock)
			assert.Equal(t, tc.earliest, e.Earliest)
			assert.Equal(t, tc.latest, e.Latest)
			require.Len(t, e.Windows, 3)
			pr, sms, br := e.Windows[0], e.Windows[1], e.Windows[2]
			assert.Equal(t, ClockPlatformReview, pr.Clock)
			assert.Equal(t, tc.prEarliest, pr.Earliest)
			assert.Equal(t, tc.prLast, pr.Latest)
			assert.True(t, pr.Start.Equal(tc.submitted))
			assert.Equal(t, ClockSMS, sms.Clock)
			assert.True(t, sms.Start.Equal(tc.prEarliest.Time()))
			assert.True(t, sms.Deadline.Equal(endOfDay(tc.prLast).Add(smsValidity)))
			assert.Equal(t, ClockBureauReview, br.Clock)
			assert.Equal(t, tc.bureauLatest, br.Latest)
			assert.Equal(t, cal.AddWorkdays(tc.prEarliest, 1), br.Earliest)
			assert.Equal(t, tc.holidays, e.Holidays)
			assert.Equal(t, notOfficial(cal, tc.submitted.Year(), tc.bureauLatest.Year()), e.ProjectedYears)
			assert.True(t, strings.HasPrefix(e.Explain(true), tc.zh), "zh = %q", e.Explain(true))
			assert.True(t, strings.HasPrefix(e.Explain(false), tc.en), "en = %q", e.Explain(false))
		})
	}
}

// lastOfficial is the last year workday.China() calls official.
func lastOfficial(t *testing.T) int {
	y := lastOfficialYear(workday.China())
	require.NotZero(t, y)
	require.False(t, workday.China().Official(y+1), "the year after the last official one is not official")
	return y
}

// lastHeld returns the last year the mainland calendar holds a schedule
// for, official or provisional, and checks that the years after the last
// official one up to it are provisional.
func lastHeld(t *testing.T) int {
	y := lastOfficial(t)
	for workday.China().Day(workday.MustDate(y+1, time.January, 1)).Provisional {
		y++
	}
	return y
}

// A year the calendar holds but does not confirm (2027 while its notice is
// not checked) is listed as provisional and named so by Explain.
func TestEstimateProvisionalYear(t *testing.T) {
	official := lastOfficial(t)
	if lastHeld(t) == official {
		t.Skip("the calendar holds no provisional year")
	}
	y := official + 1
	e, err := EstimateFiling(workday.China(), cst(official, 12, 20, 10, 0))
	require.NoError(t, err)
	assert.Equal(t, []int{y}, e.ProjectedYears)
	assert.Equal(t, []int{y}, e.ProvisionalYears)
	assert.Empty(t, e.MissingYears)
	assert.Contains(t, e.Explain(true), "（"+strconv.Itoa(y)+" 年放假安排为暂定，尚未与国务院通知核对）")
	assert.Contains(t, e.Explain(false), "(holiday schedule for "+strconv.Itoa(y)+" provisional: not yet checked against the State Council's notice)")
}

func TestEstimateUnannouncedYear(t *testing.T) {
	cal := workday.China()
	last := lastHeld(t)
	e, err := EstimateFiling(cal, cst(last, 12, 20, 10, 0))
	require.NoError(t, err)
	require.NotEmpty(t, e.ProjectedYears)
	assert.Equal(t, last+1, e.ProjectedYears[len(e.ProjectedYears)-1])
	assert.True(t, e.Windows[2].Projected, "the bureau review reaches into the next year")
	assert.Equal(t, !cal.Official(last), e.Windows[0].Projected, "the platform review stays in December")
	assert.Contains(t, e.Explain(true), "（"+strconv.Itoa(last+1)+" 年放假安排尚未公布，为推算结果）")
}

// TestEstimateProperties walks every day of the official years at several
// times of day, given in UTC.
func TestEstimateProperties(t *testing.T) {
	cal := workday.China()
	first, _ := cal.Years()
	start := workday.MustDate(first, time.January, 1)
	end := workday.MustDate(lastOfficial(t), time.December, 1)
	hours := []int{-8, 0, 7, 15} // after 00:00 CST: 16:00 UTC the day before, 08:00, 15:00 and 23:59 CST
	for day := start; !day.After(end); day = day.AddDays(1) {
		for _, h := range hours {
			sub := day.Time().Add(time.Duration(h)*time.Hour + 8*time.Hour).Add(-time.Minute).UTC()
			subDay := workday.DateOf(sub)
			e, err := EstimateFiling(cal, sub)
			require.NoError(t, err)
			// The range is exactly the 3rd and the 20th workday after the
			// day of submission, whatever the time of day.
			require.Equal(t, cal.AddWorkdays(subDay, FilingMinWorkdays), e.Earliest, "%v", sub)
			require.Equal(t, cal.AddWorkdays(subDay, FilingMaxWorkdays), e.Latest, "%v", sub)
			require.True(t, cal.IsWorkday(e.Earliest) && cal.IsWorkday(e.Latest), "%v: an edge is not a workday", sub)
			for _, w := range e.Windows {
				require.False(t, w.Latest.Before(w.Earliest) || w.Deadline.Before(w.Start), "%v: bad window %+v", sub, w)
				if w.Clock.Limit().isWorkdays() {
					require.True(t, cal.IsWorkday(w.Earliest) && cal.IsWorkday(w.Latest), "%v: an edge of %+v is not a workday", sub, w)
				}
			}
			total := 0
			for _, h := range e.Holidays {
				require.True(t, h.Start.After(subDay) && !h.End.After(e.Latest) && h.Days == h.End.DaysSince(h.Start)+1,
					"%v: holiday %+v outside the window", sub, h)
				total += h.Days
			}
			// Every day of the window is a workday, a weekend day or a day off.
			weekend := 0
			for x := subDay.AddDays(1); !x.After(e.Latest); x = x.AddDays(1) {
				if cal.Day(x).Kind == workday.KindWeekend {
					weekend++
				}
			}
			require.Equal(t, FilingMaxWorkdays+total+weekend, e.Latest.DaysSince(subDay), "%v", sub)
		}
	}
}

func TestEstimateRemaining(t *testing.T) {
	cal := workday.China()
	sub := cst(2026, 9, 28, 10, 0)
	tests := []struct {
		name             string
		clock            Clock
		started, now     time.Time
		earliest, latest workday.Date
		windows          int
		overdue          bool
		holidayDays      int
	}{
		{"platform review, same day", ClockPlatformReview, sub, cst(2026, 9, 28, 18, 0), d(2026, 10, 8), d(2026, 10, 30), 3, false, 7},
		{"platform review, during the holiday", ClockPlatformReview, sub, cst(2026, 10, 3, 9, 0), d(2026, 10, 8), d(2026, 10, 30), 3, false, 4},
		// SMS valid to 10-01 09:00; 20 workdays after 10-01 end on 11-03.
		{"sms on 09-30", ClockSMS, cst(2026, 9, 30, 9, 0), cst(2026, 9, 30, 12, 0), d(2026, 10, 8), d(2026, 11, 3), 2, false, 7},
		// 10-10 (Sat) is worked: workday 1 after Fri 10-09; the 20th is 11-05.
		{"bureau started 10-09, seen on 10-20", ClockBureauReview, cst(2026, 10, 9, 9, 0), cst(2026, 10, 20, 9, 0), d(2026, 10, 20), d(2026, 11, 5), 1, false, 0},
		{"bureau overdue", ClockBureauReview, cst(2026, 9, 28, 10, 0), cst(2026, 11, 2, 9, 0), d(2026, 10, 30), d(2026, 10, 30), 1, true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EstimateRemaining(cal, tc.clock, tc.started, tc.now)
			require.NoError(t, err)
			assert.Equal(t, tc.clock, e.Clock)
			assert.Equal(t, tc.earliest, e.Earliest)
			assert.Equal(t, tc.latest, e.Latest)
			assert.Len(t, e.Windows, tc.windows)
			assert.Equal(t, tc.overdue, e.Overdue)
			n := 0
			for _, h := range e.Holidays {
				n += h.Days
			}
			assert.Equal(t, tc.holidayDays, n, "holiday days in %+v", e.Holidays)
			assert.NotEmpty(t, e.Explain(true))
			assert.NotEmpty(t, e.Explain(false))
		})
	}
	e, err := EstimateRemaining(cal, ClockBureauReview, cst(2026, 9, 28, 10, 0), cst(2026, 11, 2, 9, 0))
	require.NoError(t, err)
	assert.Equal(t, "已超过预计最晚完成日 2026-10-30", e.Explain(true))
	assert.Equal(t, "past the latest expected day, 2026-10-30", e.Explain(false))
}

func TestEstimateErrors(t *testing.T) {
	cal := workday.China()
	sub := cst(2026, 9, 28, 10, 0)
	filing := func(cal *workday.Calendar, at time.Time) func() error {
		return func() error { _, err := EstimateFiling(cal, at); return err }
	}
	remaining := func(cal *workday.Calendar, c Clock, started, now time.Time) func() error {
		return func() error { _, err := EstimateRemaining(cal, c, started, now); return err }
	}
	tests := []struct {
		name  string
		call  func() error
		field string
		want  error
	}{
		{"nil calendar", filing(nil, sub), "calendar", ErrMissing},
		{"zero submission", filing(cal, time.Time{}), "submitted", ErrMissing},
		{"year 9999", filing(cal, cst(9999, 12, 30, 0, 0)), "submitted", ErrInvalid},
		{"face task is not a clock of a submitted filing", remaining(cal, ClockFaceTask, sub, sub), "clock", ErrInvalid},
		{"unknown clock", remaining(cal, "", sub, sub), "clock", ErrInvalid},
		{"not a clock", remaining(cal, "draft", sub, sub), "clock", ErrInvalid},
		{"now before started", remaining(cal, ClockBureauReview, sub, sub.Add(-time.Second)), "now", ErrOrder},
		{"zero now", remaining(cal, ClockBureauReview, sub, time.Time{}), "now", ErrMissing},
		{"remaining, nil calendar", remaining(nil, ClockBureauReview, sub, sub), "calendar", ErrMissing},
		{"remaining, zero started", remaining(cal, ClockSMS, time.Time{}, sub), "started", ErrMissing},
		{"later windows past 9999", remaining(cal, ClockPlatformReview, cst(9999, 12, 5, 0, 0), cst(9999, 12, 5, 1, 0)), "started", ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertError(t, tc.call(), tc.want, tc.field)
		})
	}
	assert.Empty(t, Estimate{}.Explain(true))
	assert.Empty(t, Estimate{}.Explain(false))
}

// TestEstimateAnyCalendar passes calendars other than workday.China: one
// in which the caller has announced 2028 itself, one that only projects,
// and the zero Calendar, which knows no holiday at all.
func TestEstimateAnyCalendar(t *testing.T) {
	announced, err := workday.China().WithSchedule(workday.Schedule{
		Year:     2028,
		Source:   "test schedule",
		Holidays: []workday.Holiday{{Festival: workday.FestivalNewYear, Start: d(2028, 1, 1), End: d(2028, 1, 3)}},
	})
	require.NoError(t, err)
	tests := []struct {
		name             string
		cal              *workday.Calendar
		submitted        time.Time
		earliest, latest workday.Date
		offDays          int
		projected        []int
	}{
		// Workdays after Mon 2027-12-20: 12-21..24, 12-27..31, [2028-01-01..03
		// off], 01-04..07, 01-10..14, 01-17, 01-18 (20th).
		{"2028 announced by the caller", announced, cst(2027, 12, 20, 10, 0), d(2027, 12, 23), d(2028, 1, 18), 3, notOfficial(announced, 2027, 2028)},
		// Projection: only the statutory 01-01 (a Saturday) is off, no
		// substitute day, so the 20th workday is a day earlier.
		{"2028 projected", workday.China(), cst(2027, 12, 20, 10, 0), d(2027, 12, 23), d(2028, 1, 17), 1, notOfficial(workday.China(), 2027, 2028)},
		// Monday–Friday only: Thu 10-01 is the 3rd workday after Mon 09-28.
		{"zero calendar", &workday.Calendar{}, cst(2026, 9, 28, 10, 0), d(2026, 10, 1), d(2026, 10, 26), 0, []int{2026}},
		// Projection: the statutory National Day is 10-01..10-03 (Thu..Sat)
		// with no makeup day, so Mon 10-05 is the 3rd workday after Mon
		// 09-28 and Wed 10-28 the 20th.
		{"projection only", projectionOnly(t), cst(2026, 9, 28, 10, 0), d(2026, 10, 5), d(2026, 10, 28), 3, []int{2026}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EstimateFiling(tc.cal, tc.submitted)
			require.NoError(t, err)
			assert.Equal(t, tc.earliest, e.Earliest)
			assert.Equal(t, tc.latest, e.Latest)
			off := 0
			for _, h := range e.Holidays {
				off += h.Days
			}
			assert.Equal(t, tc.offDays, off, "days off in %+v", e.Holidays)
			assert.Equal(t, tc.projected, e.ProjectedYears)
			assert.Equal(t, len(tc.projected) > 0, len(e.ProjectedYears) > 0)
			assert.Equal(t, len(e.ProjectedYears) > 0, e.Windows[len(e.Windows)-1].Projected, "bureau window")
		})
	}
}

// TestEstimateYearKinds checks how the years that are not official are
// told apart: not yet announced, missing from the calendar, or not
// covered at all.
func TestEstimateYearKinds(t *testing.T) {
	china := workday.China()
	official := lastOfficial(t)
	last := lastHeld(t)
	next := strconv.Itoa(last + 1)
	var provisional []int
	for y := official + 1; y <= last; y++ {
		provisional = append(provisional, y)
	}
	tests := []struct {
		name                          string
		cal                           *workday.Calendar
		started, now                  time.Time // now zero: EstimateFiling
		projected, missing, uncovered []int
		zh, en                        string // the end of Explain
	}{
		{"official years only", china, cst(2026, 9, 28, 10, 0), time.Time{}, nil, nil, nil,
			"国庆节休息 7 天）", "National Day in between)"},
		{"next year not yet announced", china, cst(last, 12, 20, 10, 0), time.Time{}, []int{last + 1}, nil, nil,
			"（" + next + " 年放假安排尚未公布，为推算结果）", "(holiday schedule for " + next + " not yet announced: estimated)"},
		{"a year begun at submission is missing", china, cst(last+1, 1, 20, 10, 0), time.Time{}, []int{last + 1}, []int{last + 1}, nil,
			"（" + next + " 年放假安排未收入日历，为推算结果）", "(holiday schedule for " + next + " not in the calendar: estimated)"},
		{"a year begun by now is missing", china, cst(last, 12, 28, 10, 0), cst(last+1, 1, 4, 9, 0), []int{last + 1}, []int{last + 1}, nil,
			"（" + next + " 年放假安排未收入日历，为推算结果）", "(holiday schedule for " + next + " not in the calendar: estimated)"},
		{"a year before the official ones is missing", china, cst(2005, 3, 1, 10, 0), time.Time{}, []int{2005}, []int{2005}, nil,
			"（2005 年放假安排未收入日历，为推算结果）", "(holiday schedule for 2005 not in the calendar: estimated)"},
		{"before 1996 not covered, 1996 missing", china, cst(1995, 12, 20, 10, 0), time.Time{}, []int{1995, 1996}, []int{1996}, []int{1995},
			"（1995 年无放假安排数据，按周一至周五计）（1996 年放假安排未收入日历，为推算结果）",
			"(no holiday data for 1995: counted Monday to Friday) (holiday schedule for 1996 not in the calendar: estimated)"},
		{"after 2100 not covered", china, cst(2100, 12, 20, 10, 0), time.Time{}, []int{2100, 2101}, []int{2100}, []int{2101},
			"（2100 年放假安排未收入日历，为推算结果）（2101 年无放假安排数据，按周一至周五计）",
			"(holiday schedule for 2100 not in the calendar: estimated) (no holiday data for 2101: counted Monday to Friday)"},
		{"zero calendar covers nothing", &workday.Calendar{}, cst(2026, 12, 20, 10, 0), time.Time{}, []int{2026, 2027}, nil, []int{2026, 2027},
			"（2026、2027 年无放假安排数据，按周一至周五计）", "(no holiday data for 2026, 2027: counted Monday to Friday)"},
		{"projection only: this year missing, next not yet announced", projectionOnly(t), cst(2026, 12, 20, 10, 0), time.Time{}, []int{2026, 2027}, []int{2026}, nil,
			"（2026 年放假安排未收入日历，为推算结果）（2027 年放假安排尚未公布，为推算结果）",
			"(holiday schedule for 2026 not in the calendar: estimated) (holiday schedule for 2027 not yet announced: estimated)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e Estimate
			var err error
			if tc.now.IsZero() {
				e, err = EstimateFiling(tc.cal, tc.started)
			} else {
				e, err = EstimateRemaining(tc.cal, ClockBureauReview, tc.started, tc.now)
			}
			require.NoError(t, err)
			assert.Subset(t, e.ProjectedYears, tc.projected, "projected")
			for _, y := range e.ProjectedYears {
				if !slices.Contains(tc.projected, y) {
					assert.Contains(t, provisional, y, "projected")
				}
			}
			assert.Equal(t, tc.missing, e.MissingYears, "missing")
			assert.Equal(t, tc.uncovered, e.UncoveredYears, "uncovered")
			assert.True(t, strings.HasSuffix(e.Explain(true), tc.zh), "zh = %q", e.Explain(true))
			assert.True(t, strings.HasSuffix(e.Explain(false), tc.en), "en = %q", e.Explain(false))
			// The lists survive JSON.
			b, err := json.Marshal(e)
			require.NoError(t, err)
			var back Estimate
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, e.Explain(true), back.Explain(true))
			assert.Equal(t, e.Explain(false), back.Explain(false))
		})
	}
}

// TestEstimateListsEveryUnofficialYear: whatever the calendar holds for a
// year, an estimate reaching into it lists it exactly when the calendar
// does not call it official, and the windows that reach it say so.
func TestEstimateListsEveryUnofficialYear(t *testing.T) {
	china := workday.China()
	first, last := china.Years()
	for y := first - 1; y <= last+1; y++ {
		t.Run(strconv.Itoa(y), func(t *testing.T) {
			e, err := EstimateFiling(china, cst(y, 12, 20, 10, 0))
			require.NoError(t, err)
			want := notOfficial(china, y, y+1)
			assert.Equal(t, want, e.ProjectedYears)
			assert.Equal(t, len(want) > 0, e.Windows[2].Projected)
			for _, y := range want {
				assert.Regexp(t, strconv.Itoa(y)+`(、\d+)* 年`, e.Explain(true), "Explain names %d", y)
			}
		})
	}
}

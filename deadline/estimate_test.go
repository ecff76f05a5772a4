package deadline

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

func cst(y int, m time.Month, day, h, min int) time.Time {
	return time.Date(y, m, day, h, min, 0, 0, workday.CST)
}

// The expected days below were counted by hand from the State Council
// notices (see /work/shared/reference/cn-holidays.md): 2026 国庆节
// 10-01..10-07 with 09-20 and 10-10 worked; 2027 元旦 01-01..01-03; 2027 春节
// 02-05..02-13 with 01-31 and 02-14 worked.
func TestEstimateFilingByHand(t *testing.T) {
	tests := []struct {
		name               string
		submitted          time.Time
		earliest, latest   workday.Date
		prEarliest, prLast workday.Date
		bureauLatest       workday.Date
		holidays           []HolidayOff
		zh, en             string
	}{
		{
			// Workdays after Mon 09-28: 09-29, 09-30, [10-01..07 off], 10-08 (3rd),
			// 10-09, 10-10 (Sat, worked), 10-12 … 10-30 (20th).
			name: "2026 National Day", submitted: cst(2026, 9, 28, 10, 0),
			earliest: d(2026, 10, 8), latest: d(2026, 10, 30),
			prEarliest: d(2026, 9, 29), prLast: d(2026, 9, 30),
			// SMS may run to 10-01 23:59:59; 20 workdays after 10-01 end on 11-03.
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
			// SMS may run to 09-30 23:59:59; 10-08 is the 1st workday after 09-30.
			bureauLatest: d(2026, 11, 3),
			holidays:     []HolidayOff{{Festival: workday.FestivalNationalDay, Start: d(2026, 10, 1), End: d(2026, 10, 7), Days: 7, Official: true}},
			zh:           "预计 2026-09-30 至 2026-10-29 完成（期间国庆节休息 7 天）",
		},
		{
			// Workdays after Fri 01-29: 01-31 (Sun, worked), 02-01, 02-02 (3rd),
			// 02-03, 02-04, [02-05..13 off], 02-14 (Sun, worked), 02-15 … 03-04 (20th).
			name: "2027 Spring Festival", submitted: cst(2027, 1, 29, 10, 0),
			earliest: d(2027, 2, 2), latest: d(2027, 3, 4),
			prEarliest: d(2027, 1, 31), prLast: d(2027, 2, 1),
			bureauLatest: d(2027, 3, 9),
			holidays:     []HolidayOff{{Festival: workday.FestivalSpringFestival, Start: d(2027, 2, 5), End: d(2027, 2, 13), Days: 9, Official: true}},
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
			holidays:     []HolidayOff{{Festival: workday.FestivalNewYear, Start: d(2027, 1, 1), End: d(2027, 1, 3), Days: 3, Official: true}},
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
			// 2025 combined block 10-01..10-08, 09-28 (Sun) and 10-11 (Sat) worked.
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
	// 2027 is provisional in the embedded data; the counts above take it as announced.
	cal, _ := workday.China().WithSchedule(workday.Schedule{Year: 2027, Holidays: workday.China().Holidays(2027)})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EstimateFiling(cal, tc.submitted)
			if err != nil {
				t.Fatal(err)
			}
			if e.Earliest != tc.earliest || e.Latest != tc.latest {
				t.Errorf("range %v..%v, want %v..%v", e.Earliest, e.Latest, tc.earliest, tc.latest)
			}
			if len(e.Stages) != 3 {
				t.Fatalf("stages %+v", e.Stages)
			}
			pr, sms, br := e.Stages[0], e.Stages[1], e.Stages[2]
			if pr.Stage != StagePlatformReview || pr.Earliest != tc.prEarliest || pr.Latest != tc.prLast || !pr.Start.Equal(tc.submitted) {
				t.Errorf("platform review %+v", pr)
			}
			if sms.Stage != StageSMSVerification || !sms.Start.Equal(tc.prEarliest.Time()) || !sms.Deadline.Equal(EndOfDay(tc.prLast).Add(SMSValidity)) {
				t.Errorf("sms %+v", sms)
			}
			if br.Stage != StageBureauReview || br.Latest != tc.bureauLatest || br.Earliest != cal.AddWorkdays(tc.prEarliest, 1) {
				t.Errorf("bureau review %+v", br)
			}
			if len(e.Holidays) != len(tc.holidays) {
				t.Fatalf("holidays %+v", e.Holidays)
			}
			for i := range tc.holidays {
				if e.Holidays[i] != tc.holidays[i] {
					t.Errorf("holiday %d = %+v, want %+v", i, e.Holidays[i], tc.holidays[i])
				}
			}
			if e.Projected() {
				t.Errorf("announced years flagged: %v", e.ProjectedYears)
			}
			if got := e.Explain(true); got != tc.zh {
				t.Errorf("zh = %q, want %q", got, tc.zh)
			}
			if got := e.Explain(false); tc.en != "" && got != tc.en {
				t.Errorf("en = %q, want %q", got, tc.en)
			}
		})
	}
}

func TestEstimateUnannouncedYear(t *testing.T) {
	cal := workday.China()
	_, last := cal.Years()
	if cal.Official(last + 1) {
		t.Skip("calendar announces every year")
	}
	e, err := EstimateFiling(cal, cst(last, 12, 20, 10, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !e.Projected() || e.ProjectedYears[0] != last+1 {
		t.Fatalf("ProjectedYears = %v", e.ProjectedYears)
	}
	if !e.Stages[2].Projected || e.Stages[0].Projected {
		t.Errorf("stage flags: %+v", e.Stages)
	}
	want := "（" + strconv.Itoa(last+1) + " 年放假安排尚未公布，为推算结果）"
	if got := e.Explain(true); len(got) < len(want) || got[len(got)-len(want):] != want {
		t.Errorf("zh = %q", got)
	}
}

// TestEstimateProperties walks every day of the announced years at several
// times of day, given in UTC.
func TestEstimateProperties(t *testing.T) {
	cal := workday.China()
	first, last := cal.Years()
	start := workday.MustDate(first, time.January, 1)
	end := workday.MustDate(last, time.December, 1)
	hours := []int{-8, 0, 7, 15} // hours after 00:00 CST: 16:00 UTC the day before, 08:00, 15:00 and 23:59 CST
	for day := start; !day.After(end); day = day.AddDays(1) {
		for _, h := range hours {
			sub := day.Time().Add(time.Duration(h)*time.Hour + 8*time.Hour).Add(-time.Minute).UTC()
			subDay := workday.DateOf(sub)
			e, err := EstimateFiling(cal, sub)
			if err != nil {
				t.Fatal(err)
			}
			if e.Latest.Before(e.Earliest) {
				t.Fatalf("%v: earliest %v after latest %v", sub, e.Earliest, e.Latest)
			}
			if cal.WorkdaysBetween(subDay, e.Earliest) != FilingMinWorkdays || cal.WorkdaysBetween(subDay, e.Latest) != FilingMaxWorkdays {
				t.Fatalf("%v: %v..%v is not 3..20 workdays after %v", sub, e.Earliest, e.Latest, subDay)
			}
			if !cal.IsWorkday(e.Earliest) || !cal.IsWorkday(e.Latest) {
				t.Fatalf("%v: an edge is not a workday", sub)
			}
			// Workday-aligned or not, the range is exactly the 3rd and the
			// 20th workday after the day of submission.
			if e.Earliest != cal.AddWorkdays(subDay, FilingMinWorkdays) || e.Latest != cal.AddWorkdays(subDay, FilingMaxWorkdays) {
				t.Fatalf("%v: %v..%v is not AddWorkdays 3..20", sub, e.Earliest, e.Latest)
			}
			for _, w := range e.Stages {
				if w.Latest.Before(w.Earliest) || w.Deadline.Before(w.Start) {
					t.Fatalf("%v: bad window %+v", sub, w)
				}
				if limits[w.Stage].IsWorkdays() && (!cal.IsWorkday(w.Earliest) || !cal.IsWorkday(w.Latest)) {
					t.Fatalf("%v: an edge of %+v is not a workday", sub, w)
				}
			}
			total := 0
			for _, h := range e.Holidays {
				if !h.Start.After(subDay) || h.End.After(e.Latest) || h.Days != h.End.DaysSince(h.Start)+1 {
					t.Fatalf("%v: holiday %+v outside the window", sub, h)
				}
				total += h.Days
			}
			// Every calendar day of the window is a workday, a weekend day or a day off.
			span := e.Latest.DaysSince(subDay)
			weekend := 0
			for x := subDay.AddDays(1); !x.After(e.Latest); x = x.AddDays(1) {
				if cal.Day(x).Kind == workday.KindWeekend {
					weekend++
				}
			}
			if span != FilingMaxWorkdays+total+weekend {
				t.Fatalf("%v: %d days = 20 workdays + %d off + %d weekend?", sub, span, total, weekend)
			}
		}
	}
}

func TestEstimateRemaining(t *testing.T) {
	cal := workday.China()
	sub := cst(2026, 9, 28, 10, 0)
	tests := []struct {
		name             string
		stage            Stage
		entered, now     time.Time
		earliest, latest workday.Date
		stages           int
		overdue          bool
		holidayDays      int
	}{
		{"platform review, same day", StagePlatformReview, sub, cst(2026, 9, 28, 18, 0), d(2026, 10, 8), d(2026, 10, 30), 3, false, 7},
		{"platform review, during the holiday", StagePlatformReview, sub, cst(2026, 10, 3, 9, 0), d(2026, 10, 8), d(2026, 10, 30), 3, false, 4},
		// SMS valid to 10-01 09:00; 20 workdays after 10-01 end on 11-03.
		{"sms on 09-30", StageSMSVerification, cst(2026, 9, 30, 9, 0), cst(2026, 9, 30, 12, 0), d(2026, 10, 8), d(2026, 11, 3), 2, false, 7},
		// 10-10 (Sat) is worked: workday 1 after Fri 10-09; the 20th is 11-05.
		{"bureau entered 10-09, seen on 10-20", StageBureauReview, cst(2026, 10, 9, 9, 0), cst(2026, 10, 20, 9, 0), d(2026, 10, 20), d(2026, 11, 5), 1, false, 0},
		{"bureau overdue", StageBureauReview, cst(2026, 9, 28, 10, 0), cst(2026, 11, 2, 9, 0), d(2026, 10, 30), d(2026, 10, 30), 1, true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EstimateRemaining(cal, tc.stage, tc.entered, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if e.Earliest != tc.earliest || e.Latest != tc.latest || len(e.Stages) != tc.stages || e.Overdue != tc.overdue || e.Stage != tc.stage {
				t.Errorf("got %v..%v stages %d overdue %v", e.Earliest, e.Latest, len(e.Stages), e.Overdue)
			}
			n := 0
			for _, h := range e.Holidays {
				n += h.Days
			}
			if n != tc.holidayDays {
				t.Errorf("holiday days %d, want %d (%+v)", n, tc.holidayDays, e.Holidays)
			}
			if e.Explain(true) == "" || e.Explain(false) == "" {
				t.Error("no explanation")
			}
		})
	}
	if e, _ := EstimateRemaining(cal, StageBureauReview, cst(2026, 9, 28, 10, 0), cst(2026, 11, 2, 9, 0)); e.Explain(true) != "已超过预计最晚完成日 2026-10-30" {
		t.Errorf("overdue explanation %q", e.Explain(true))
	}
}

func TestEstimateErrors(t *testing.T) {
	cal := workday.China()
	sub := cst(2026, 9, 28, 10, 0)
	tests := []struct {
		name  string
		call  func() error
		field string
		want  error
	}{
		{"nil calendar", func() error { _, err := EstimateFiling(nil, sub); return err }, "calendar", ErrMissing},
		{"zero submission", func() error { _, err := EstimateFiling(cal, time.Time{}); return err }, "submitted", ErrMissing},
		{"face task is not a filing stage", func() error {
			_, err := EstimateRemaining(cal, StageFaceVerification, sub, sub)
			return err
		}, "stage", ErrInvalid},
		{"now before entered", func() error {
			_, err := EstimateRemaining(cal, StageBureauReview, sub, sub.Add(-time.Second))
			return err
		}, "now", ErrOrder},
		{"zero now", func() error { _, err := EstimateRemaining(cal, StageBureauReview, sub, time.Time{}); return err }, "now", ErrMissing},
		{"year 9999", func() error { _, err := EstimateFiling(cal, cst(9999, 12, 30, 0, 0)); return err }, "submitted", ErrInvalid},
		{"remaining, nil calendar", func() error { _, err := EstimateRemaining(nil, StageBureauReview, sub, sub); return err }, "calendar", ErrMissing},
		{"remaining, unknown stage", func() error { _, err := EstimateRemaining(cal, StageUnknown, sub, sub); return err }, "stage", ErrInvalid},
		{"remaining, stage out of range", func() error { _, err := EstimateRemaining(cal, Stage(200), sub, sub); return err }, "stage", ErrInvalid},
		{"remaining, zero entered", func() error { _, err := EstimateRemaining(cal, StageSMSVerification, time.Time{}, sub); return err }, "entered", ErrMissing},
		{"remaining, later stages past 9999", func() error {
			_, err := EstimateRemaining(cal, StagePlatformReview, cst(9999, 12, 5, 0, 0), cst(9999, 12, 5, 1, 0))
			return err
		}, "entered", ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var de *Error
			if !errors.Is(err, tc.want) || !errors.As(err, &de) || de.Field != tc.field {
				t.Fatalf("err = %v, want %v on %s", err, tc.want, tc.field)
			}
			if de.Error() == "" {
				t.Error("empty message")
			}
		})
	}
	if (Estimate{}).Explain(true) != "" {
		t.Error("zero estimate explained")
	}
}

// TestEstimateAnyCalendar passes calendars other than workday.China: one
// where the caller has announced 2028 itself, one that only projects, and
// the zero Calendar, which knows no holiday at all.
func TestEstimateAnyCalendar(t *testing.T) {
	announced, err := workday.China().WithSchedule(workday.Schedule{
		Year:     2028,
		Source:   "test schedule",
		Holidays: []workday.Holiday{{Festival: workday.FestivalNewYear, Start: d(2028, 1, 1), End: d(2028, 1, 3)}},
	})
	if err != nil {
		t.Fatal(err)
	}
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
		{"2028 announced by the caller", announced, cst(2027, 12, 20, 10, 0), d(2027, 12, 23), d(2028, 1, 18), 3, []int{2027}},
		// Projection: only the statutory 01-01 (a Saturday) is off, no
		// substitute day, so the 20th workday is a day earlier.
		{"2028 projected", workday.China(), cst(2027, 12, 20, 10, 0), d(2027, 12, 23), d(2028, 1, 17), 1, []int{2027, 2028}},
		// Monday–Friday only: Thu 10-01 is the 3rd workday after Mon 09-28.
		{"zero calendar", &workday.Calendar{}, cst(2026, 9, 28, 10, 0), d(2026, 10, 1), d(2026, 10, 26), 0, []int{2026}},
		// Projection: the statutory National Day is 10-01..10-03 (Thu..Sat)
		// with no makeup day, so Mon 10-05 is the 3rd workday after Mon
		// 09-28 and Wed 10-28 the 20th.
		{"projection only", mustNew(t), cst(2026, 9, 28, 10, 0), d(2026, 10, 5), d(2026, 10, 28), 3, []int{2026}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EstimateFiling(tc.cal, tc.submitted)
			if err != nil {
				t.Fatal(err)
			}
			if e.Earliest != tc.earliest || e.Latest != tc.latest {
				t.Errorf("range %v..%v, want %v..%v", e.Earliest, e.Latest, tc.earliest, tc.latest)
			}
			off := 0
			for _, h := range e.Holidays {
				off += h.Days
			}
			if off != tc.offDays {
				t.Errorf("%d days off, want %d: %+v", off, tc.offDays, e.Holidays)
			}
			if len(e.ProjectedYears) != len(tc.projected) || e.Projected() != (len(tc.projected) > 0) {
				t.Fatalf("ProjectedYears = %v, want %v", e.ProjectedYears, tc.projected)
			}
			for i, y := range tc.projected {
				if e.ProjectedYears[i] != y {
					t.Errorf("ProjectedYears = %v, want %v", e.ProjectedYears, tc.projected)
				}
			}
			if last := e.Stages[len(e.Stages)-1]; last.Projected != e.Projected() {
				t.Errorf("bureau window projected = %v", last.Projected)
			}
		})
	}
}

// mustNew returns a calendar with no announced year: every year is
// projected from the statutory holidays.
func mustNew(t *testing.T) *workday.Calendar {
	t.Helper()
	c, err := workday.New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestEstimateYearKinds checks how the years without an announced schedule
// are told apart: not yet announced, missing from the calendar, or not
// covered at all.
func TestEstimateYearKinds(t *testing.T) {
	china := workday.China()
	_, last := china.Years()
	if china.Official(last + 1) {
		t.Skip("calendar announces the year after its last")
	}
	next := strconv.Itoa(last + 1)
	tests := []struct {
		name                          string
		cal                           *workday.Calendar
		entered, now                  time.Time // now zero: EstimateFiling
		projected, missing, uncovered []int
		zh, en                        string // the end of Explain
	}{
		{"announced years only", china, cst(2026, 9, 28, 10, 0), time.Time{}, nil, nil, nil,
			"国庆节休息 7 天）", "National Day in between)"},
		{"next year not yet announced", china, cst(last, 12, 20, 10, 0), time.Time{}, []int{last + 1}, nil, nil,
			"（" + next + " 年放假安排尚未公布，为推算结果）", "(holiday schedule for " + next + " not yet announced: estimated)"},
		{"a year begun at submission is missing", china, cst(last+1, 1, 20, 10, 0), time.Time{}, []int{last + 1}, []int{last + 1}, nil,
			"（" + next + " 年放假安排未收入日历，为推算结果）", "(holiday schedule for " + next + " not in the calendar: estimated)"},
		{"a year begun by now is missing", china, cst(last, 12, 28, 10, 0), cst(last+1, 1, 4, 9, 0), []int{last + 1}, []int{last + 1}, nil,
			"（" + next + " 年放假安排未收入日历，为推算结果）", "(holiday schedule for " + next + " not in the calendar: estimated)"},
		{"a year before the announced ones is missing", china, cst(2005, 3, 1, 10, 0), time.Time{}, []int{2005}, []int{2005}, nil,
			"（2005 年放假安排未收入日历，为推算结果）", "(holiday schedule for 2005 not in the calendar: estimated)"},
		{"before 1996 not covered, 1996 missing", china, cst(1995, 12, 20, 10, 0), time.Time{}, []int{1995, 1996}, []int{1996}, []int{1995},
			"（1995 年无放假安排数据，按周一至周五计）（1996 年放假安排未收入日历，为推算结果）",
			"(no holiday data for 1995: counted Monday to Friday) (holiday schedule for 1996 not in the calendar: estimated)"},
		{"after 2100 not covered", china, cst(2100, 12, 20, 10, 0), time.Time{}, []int{2100, 2101}, []int{2100}, []int{2101},
			"（2100 年放假安排未收入日历，为推算结果）（2101 年无放假安排数据，按周一至周五计）",
			"(holiday schedule for 2100 not in the calendar: estimated) (no holiday data for 2101: counted Monday to Friday)"},
		{"zero calendar covers nothing", &workday.Calendar{}, cst(2026, 12, 20, 10, 0), time.Time{}, []int{2026, 2027}, nil, []int{2026, 2027},
			"（2026、2027 年无放假安排数据，按周一至周五计）", "(no holiday data for 2026, 2027: counted Monday to Friday)"},
		{"projection only: this year missing, next not yet announced", mustNew(t), cst(2026, 12, 20, 10, 0), time.Time{}, []int{2026, 2027}, []int{2026}, nil,
			"（2026 年放假安排未收入日历，为推算结果）（2027 年放假安排尚未公布，为推算结果）",
			"(holiday schedule for 2026 not in the calendar: estimated) (holiday schedule for 2027 not yet announced: estimated)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e Estimate
			var err error
			if tc.now.IsZero() {
				e, err = EstimateFiling(tc.cal, tc.entered)
			} else {
				e, err = EstimateRemaining(tc.cal, StageBureauReview, tc.entered, tc.now)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(e.ProjectedYears, tc.projected) || !reflect.DeepEqual(e.MissingYears, tc.missing) || !reflect.DeepEqual(e.UncoveredYears, tc.uncovered) {
				t.Errorf("projected %v, missing %v, uncovered %v; want %v, %v, %v",
					e.ProjectedYears, e.MissingYears, e.UncoveredYears, tc.projected, tc.missing, tc.uncovered)
			}
			if got := e.Explain(true); !strings.HasSuffix(got, tc.zh) {
				t.Errorf("zh = %q, want it to end in %q", got, tc.zh)
			}
			if got := e.Explain(false); !strings.HasSuffix(got, tc.en) {
				t.Errorf("en = %q, want it to end in %q", got, tc.en)
			}
			// The lists survive JSON.
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			var back Estimate
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if back.Explain(true) != e.Explain(true) || back.Explain(false) != e.Explain(false) {
				t.Errorf("JSON round trip changes the explanation: %s", b)
			}
		})
	}
}

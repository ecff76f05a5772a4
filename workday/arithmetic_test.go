package workday_test

import (
	"math"
	"math/rand"
	"sync"
	"testing"

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
				got, want := c.AddWorkdays(d, n), naiveAdd(c, d, n)
				if got != want {
					t.Fatalf("AddWorkdays(%s, %d) = %s, want %s", d, n, got, want)
				}
				e := randomDate(r, rg.y1, rg.y2)
				if i%3 == 0 {
					e = d.AddDays(r.Intn(200) - 100)
				}
				if e.IsZero() {
					continue
				}
				if got, want := c.WorkdaysBetween(d, e), naiveBetween(c, d, e); got != want {
					t.Fatalf("WorkdaysBetween(%s, %s) = %d, want %d", d, e, got, want)
				}
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
			if got := c.AddWorkdays(tc.d, tc.n); got != tc.want {
				t.Errorf("AddWorkdays(%s, %d) = %s, want %s", tc.d, tc.n, got, tc.want)
			}
			if tc.n != 0 {
				if got := c.WorkdaysBetween(tc.d, tc.want); got != tc.n {
					t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", tc.d, tc.want, got, tc.n)
				}
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
			if d.IsZero() && !got.IsZero() {
				t.Errorf("AddWorkdays(zero, %d) = %s, want zero", n, got)
			}
			if !got.IsZero() && got != naiveAdd(c, d, n) && (n > -2000 && n < 2000) {
				t.Errorf("AddWorkdays(%s, %d) = %s", d, n, got)
			}
			if !got.IsZero() && !d.IsZero() && n != 0 && c.WorkdaysBetween(d, got) != n {
				t.Errorf("WorkdaysBetween(%s, AddWorkdays(%s, %d)) != %d", d, d, n, n)
			}
		}
		_ = c.IsWorkday(d)
		_ = c.Day(d)
	}
	if got := c.AddWorkdays(first, -1); !got.IsZero() {
		t.Errorf("AddWorkdays(0001-01-01, -1) = %s, want zero", got)
	}
	if got := c.AddWorkdays(last, 1); !got.IsZero() {
		t.Errorf("AddWorkdays(9999-12-31, 1) = %s, want zero", got)
	}
	if got := c.AddWorkdays(first, math.MaxInt); !got.IsZero() {
		t.Errorf("AddWorkdays(first, MaxInt) = %s, want zero", got)
	}
	if got, want := c.AddWorkdays(last.AddDays(-3), 1), last.AddDays(-2); got != want { // 9999-12-28 is a Tuesday
		t.Errorf("AddWorkdays(9999-12-28, 1) = %s, want %s", got, want)
	}
	if got := c.WorkdaysBetween(workday.Date{}, last); got != 0 {
		t.Errorf("WorkdaysBetween(zero, last) = %d", got)
	}
	if c.IsWorkday(workday.Date{}) {
		t.Error("IsWorkday(zero) = true")
	}
	if got := c.Day(workday.Date{}); got != (workday.DayInfo{}) {
		t.Errorf("Day(zero) = %+v", got)
	}
	whole := c.WorkdaysBetween(first, last)
	if whole <= 0 || c.WorkdaysBetween(last, first) != -whole+btoi(c.IsWorkday(first))*-1+btoi(c.IsWorkday(last)) {
		t.Errorf("WorkdaysBetween over 1..9999: %d, %d", whole, c.WorkdaysBetween(last, first))
	}
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
	if pf != 1996 || pl < 2099 {
		t.Fatalf("ProjectedYears() = %d, %d", pf, pl)
	}
	for _, tc := range []struct {
		name                string
		d                   workday.Date
		official, projected bool
	}{
		{"before the five-day week", workday.MustDate(1995, 12, 29), false, false},
		{"first projected day", workday.MustDate(1996, 1, 1), false, true},
		{"last projected day before the table", workday.MustDate(2006, 12, 29), false, true},
		{"makeup day announced with 2007", workday.MustDate(2006, 12, 30), true, false},
		{"announced", workday.MustDate(2027, 12, 31), true, false},
		{"projected after the table", workday.MustDate(2028, 1, 3), false, true},
		{"last projected year", workday.MustDate(pl, 12, 31), false, true},
		{"after the lunar table", workday.MustDate(pl+1, 1, 1), false, false},
		{"year 1", workday.MustDate(1, 1, 1), false, false},
		{"year 9999", workday.MustDate(9999, 12, 31), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Day(tc.d)
			if got.Official != tc.official || got.Projected != tc.projected || got.Covered() != (tc.official || tc.projected) {
				t.Errorf("Day(%s) = %+v", tc.d, got)
			}
			if got.Kind == workday.KindUnknown || got.IsWorkday() != c.IsWorkday(tc.d) {
				t.Errorf("Day(%s).Kind = %s, IsWorkday %v", tc.d, got.Kind, c.IsWorkday(tc.d))
			}
		})
	}
	if c.Holidays(1990) != nil || c.Holidays(pl+1) != nil {
		t.Error("Holidays outside every table should be nil")
	}
}

// Every statutory day of 2008-2027, as the projection computes it, lies
// inside an announced block of days off of the same festival.
func TestProjectionAgainstAnnounced(t *testing.T) {
	official := workday.China()
	projOnly, err := workday.New()
	if err != nil {
		t.Fatal(err)
	}
	for y := 2008; y <= 2027; y++ {
		hs := projOnly.Holidays(y)
		if len(hs) < 6 {
			t.Fatalf("%d: projected %d blocks", y, len(hs))
		}
		for _, h := range hs {
			if h.Official || h.Source != "projection" {
				t.Errorf("%d: projected block %+v", y, h)
			}
			for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
				if !projOnly.Day(d).Projected {
					t.Errorf("Day(%s) not flagged as projected", d)
				}
				info := official.Day(d)
				if info.Kind != workday.KindHoliday || !sameFestival(info.Festival, h.Festival) {
					t.Errorf("%d: statutory %s day %s is %s %s in the announced schedule", y, h.Festival, d, info.Kind, info.Festival)
				}
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
			if c.Official(tc.year) {
				t.Fatalf("%d is announced", tc.year)
			}
			total := 0
			for _, h := range c.Holidays(tc.year) {
				total += h.Days()
				if len(h.Makeup) != 0 {
					t.Errorf("projected block with makeup days: %+v", h)
				}
			}
			if days(tc.year, workday.FestivalSpringFestival) != tc.spring || days(tc.year, workday.FestivalLabourDay) != tc.labour ||
				days(tc.year, workday.FestivalNationalDay) != tc.national || days(tc.year, workday.FestivalQingming) != tc.qingming || total != tc.total {
				t.Errorf("%d: blocks %+v", tc.year, c.Holidays(tc.year))
			}
		})
	}
	// 2030: 春节 is 02-03, so 除夕..初三 is 02-02..02-05; a statutory day on a
	// weekend stays a plain day off, nothing is moved.
	spring := c.Day(workday.MustDate(2030, 2, 2))
	if spring.Kind != workday.KindHoliday || spring.Festival != workday.FestivalSpringFestival || !spring.Projected {
		t.Errorf("2030-02-02 = %+v", spring)
	}
	if c.IsWorkday(workday.MustDate(2030, 2, 6)) != true {
		t.Error("2030-02-06 (Wednesday after the projected block) should be a workday")
	}
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
				if err != nil || !u.Official(2028) {
					t.Errorf("WithSchedule: %v", err)
				}
				_ = c.BusinessCalendar().IsWorkday(workday.MustDate(2026, 10, 8).Time())
			}
		}()
	}
	wg.Wait()
	if workday.China().Official(2028) {
		t.Error("the shared calendar changed")
	}
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
			if !e.IsZero() {
				t.Fatalf("AddWorkdays(zero, %d) = %s", n, e)
			}
			return
		}
		if e.IsZero() {
			return // beyond 0001-01-01..9999-12-31
		}
		if got := c.WorkdaysBetween(d, e); got != n {
			t.Fatalf("WorkdaysBetween(%s, AddWorkdays(%s, %d) = %s) = %d", d, d, n, e, got)
		}
		if n != 0 && !c.IsWorkday(e) {
			t.Fatalf("AddWorkdays(%s, %d) = %s is not a workday", d, n, e)
		}
		if n > 0 && n < 200 && c.AddWorkdays(d, n-1) != e && !c.AddWorkdays(d, n-1).Before(e) {
			t.Fatalf("AddWorkdays not monotonic at %s, %d", d, n)
		}
		if n > -500 && n < 500 {
			if want := naiveAdd(c, d, n); want != e {
				t.Fatalf("AddWorkdays(%s, %d) = %s, want %s", d, n, e, want)
			}
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
			if !c.IsWorkday(nd) || c.Day(nd).Covered() || c.Official(2026) || c.Holidays(2026) != nil {
				t.Error("zero calendar should answer Monday–Friday, uncovered")
			}
			if got := c.AddWorkdays(nd, 1); got != workday.MustDate(2026, 10, 2) {
				t.Errorf("AddWorkdays = %s", got)
			}
			if got := c.WorkdaysBetween(nd, workday.MustDate(2026, 10, 12)); got != 7 {
				t.Errorf("WorkdaysBetween = %d", got)
			}
			if f, l := c.Years(); f != 0 || l != 0 {
				t.Errorf("Years = %d, %d", f, l)
			}
			u, err := c.WithSchedule(synthetic2028())
			if err != nil || !u.Official(2028) {
				t.Errorf("WithSchedule: %v", err)
			}
			_ = c.BusinessCalendar()
		})
	}
}

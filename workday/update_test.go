package workday_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/workday"
)

func d(s string) workday.Date {
	v, err := workday.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// A made-up 2028 schedule, for testing only: the State Council has not
// announced 2028.
func synthetic2028() workday.Schedule {
	return workday.Schedule{Year: 2028, Source: "test", Holidays: []workday.Holiday{
		{Festival: workday.FestivalNewYear, Start: d("2028-01-01"), End: d("2028-01-03")},
		{Festival: workday.FestivalSpringFestival, Start: d("2028-01-25"), End: d("2028-02-01"), Makeup: []workday.Date{d("2028-02-05"), d("2028-01-23")}},
		{Festival: workday.FestivalMidAutumnNationalDay, Start: d("2028-10-01"), End: d("2028-10-08"), Makeup: []workday.Date{d("2028-09-30")}},
	}}
}

func TestWithSchedule(t *testing.T) {
	old := workday.China()
	c, err := old.WithSchedule(synthetic2028())
	if err != nil {
		t.Fatal(err)
	}
	if old.Official(2028) || old.Day(d("2028-01-23")).Official {
		t.Fatal("WithSchedule changed the original calendar")
	}
	if !c.Official(2028) || !c.Official(2027) {
		t.Fatal("new calendar lacks 2028 or 2027")
	}
	if f, l := c.Years(); f != 2007 || l != 2028 {
		t.Errorf("Years() = %d, %d", f, l)
	}
	if got := c.Day(d("2028-01-23")); got.Kind != workday.KindMakeup || !got.Official || got.Festival != workday.FestivalSpringFestival {
		t.Errorf("2028-01-23 = %+v", got)
	}
	if got := c.Day(d("2028-04-04")); got.Kind != workday.KindWorkday || !got.Official {
		t.Errorf("2028-04-04 (no Qingming block in the schedule) = %+v", got)
	}
	if got := c.Day(d("2029-01-01")); !got.Projected {
		t.Errorf("2029-01-01 = %+v, want projected", got)
	}
	hs := c.Holidays(2028)
	if len(hs) != 3 || hs[1].Makeup[0] != d("2028-01-23") || hs[1].Source != "test" || hs[1].Year != 2028 {
		t.Errorf("Holidays(2028) = %+v", hs)
	}
	// The returned slices are copies.
	hs[1].Makeup[0] = d("2028-01-30")
	if c.Holidays(2028)[1].Makeup[0] != d("2028-01-23") {
		t.Error("Holidays returned a slice shared with the calendar")
	}
	if got, want := c.AddWorkdays(d("2028-01-21"), 1), d("2028-01-23"); got != want {
		t.Errorf("AddWorkdays over the 2028 makeup day = %s, want %s", got, want)
	}

	// Replacing an announced year: 2026 without its Spring Festival block.
	s := workday.Schedule{Year: 2026, Holidays: old.Holidays(2026)[:1]}
	r, err := old.WithSchedule(s)
	if err != nil {
		t.Fatal(err)
	}
	if r.Day(d("2026-02-16")).Kind != workday.KindWorkday || old.Day(d("2026-02-16")).Kind != workday.KindHoliday {
		t.Error("replacing 2026 did not take effect, or changed the original")
	}
}

func TestWithScheduleErrors(t *testing.T) {
	base := workday.China()
	mk := func(hs ...workday.Holiday) workday.Schedule { return workday.Schedule{Year: 2028, Holidays: hs} }
	h := func(f workday.Festival, start, end string, makeup ...string) workday.Holiday {
		x := workday.Holiday{Festival: f, Start: d(start), End: d(end)}
		for _, m := range makeup {
			x.Makeup = append(x.Makeup, d(m))
		}
		return x
	}
	for _, tc := range []struct {
		name  string
		s     workday.Schedule
		entry string // part of the error text naming the entry
	}{
		{"year out of range", workday.Schedule{Year: 1900, Holidays: synthetic2028().Holidays}, "1900"},
		{"no holidays", workday.Schedule{Year: 2028}, "no holidays"},
		{"makeup on a weekday", mk(h(workday.FestivalNationalDay, "2028-10-01", "2028-10-07", "2028-10-09")), "makeup 2028-10-09"},
		{"date outside the year", mk(h(workday.FestivalNationalDay, "2029-10-01", "2029-10-07")), "2029-10-01"},
		{"December before for another festival", mk(h(workday.FestivalSpringFestival, "2027-12-30", "2027-12-31")), "2027-12-30"},
		{"makeup outside the year", mk(h(workday.FestivalNationalDay, "2028-10-01", "2028-10-07", "2027-09-25")), "2027-09-25"},
		{"end before start", mk(h(workday.FestivalLabourDay, "2028-05-05", "2028-05-01")), "end before start"},
		{"no festival", mk(h(workday.FestivalNone, "2028-05-01", "2028-05-01")), "unknown festival"},
		{"missing date", mk(workday.Holiday{Festival: workday.FestivalLabourDay}), "missing"},
		{"overlap", mk(h(workday.FestivalMidAutumn, "2028-09-30", "2028-10-02"), h(workday.FestivalNationalDay, "2028-10-01", "2028-10-07")), "overlaps"},
		{"makeup inside a block", mk(h(workday.FestivalLabourDay, "2028-04-29", "2028-05-03", "2028-04-30")), "inside the days off"},
		{"makeup twice", mk(h(workday.FestivalLabourDay, "2028-05-01", "2028-05-03", "2028-05-06"), h(workday.FestivalDragonBoat, "2028-05-28", "2028-05-30", "2028-05-06")), "listed twice"},
		{"too long", mk(h(workday.FestivalSpringFestival, "2028-01-01", "2028-03-01")), "longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := base.WithSchedule(tc.s)
			if err == nil {
				t.Fatalf("accepted: %+v", c.Holidays(tc.s.Year))
			}
			var se *workday.ScheduleError
			if !errors.Is(err, workday.ErrSchedule) || !errors.As(err, &se) {
				t.Fatalf("error %v is not a *ScheduleError matching ErrSchedule", err)
			}
			if !strings.Contains(err.Error(), tc.entry) {
				t.Errorf("error %q does not name %q", err, tc.entry)
			}
		})
	}
	// Two schedules colliding across New Year.
	a := workday.Schedule{Year: 2029, Holidays: []workday.Holiday{h(workday.FestivalNewYear, "2029-12-30", "2029-12-31")}}
	b := workday.Schedule{Year: 2030, Holidays: []workday.Holiday{h(workday.FestivalNewYear, "2029-12-31", "2030-01-01")}}
	if _, err := workday.New(a, b); !errors.Is(err, workday.ErrSchedule) || !strings.Contains(err.Error(), "2029 schedule") {
		t.Errorf("New with colliding years: %v", err)
	}
	if _, err := workday.New(a, a); !errors.Is(err, workday.ErrSchedule) {
		t.Errorf("New with a year twice: %v", err)
	}
}

// Schedules built from arbitrary numbers are either refused with a
// *ScheduleError, leaving the calendar as it was, or accepted and answered
// exactly as given: every day off is off, every makeup day worked.
func FuzzWithSchedule(f *testing.F) {
	f.Add(2028, uint8(1), int16(0), uint8(3), int16(7), uint8(7), int16(274), uint8(7), int16(281))  // accepted
	f.Add(2028, uint8(1), int16(0), uint8(3), int16(-1), uint8(7), int16(274), uint8(7), int16(281)) // makeup on a Friday
	f.Add(2026, uint8(7), int16(272), uint8(7), int16(279), uint8(8), int16(272), uint8(8), int16(0))
	f.Add(2030, uint8(1), int16(-2), uint8(3), int16(-3), uint8(0), int16(10), uint8(1), int16(10))
	base := workday.China()
	f.Fuzz(func(t *testing.T, year int, f1 uint8, s1 int16, n1 uint8, m1 int16, f2 uint8, s2 int16, n2 uint8, m2 int16) {
		jan1 := func(y int) workday.Date {
			d, err := workday.NewDate(y, 1, 1)
			if err != nil {
				return workday.Date{}
			}
			return d
		}(year)
		at := func(off int16) workday.Date { return jan1.AddDays(int(off)) }
		s := workday.Schedule{Year: year, Holidays: []workday.Holiday{
			{Festival: workday.Festival(f1), Start: at(s1), End: at(s1).AddDays(int(n1) - 1), Makeup: []workday.Date{at(m1)}},
			{Festival: workday.Festival(f2), Start: at(s2), End: at(s2).AddDays(int(n2) - 1), Makeup: []workday.Date{at(m2)}},
		}}
		before := base.Official(year)
		c, err := base.WithSchedule(s)
		if base.Official(year) != before {
			t.Fatal("WithSchedule changed the calendar it was called on")
		}
		if err != nil {
			var se *workday.ScheduleError
			if !errors.Is(err, workday.ErrSchedule) || !errors.As(err, &se) {
				t.Fatalf("error %v is not a *ScheduleError", err)
			}
			return
		}
		if !c.Official(year) {
			t.Fatalf("accepted %d but not Official", year)
		}
		for _, h := range s.Holidays {
			for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
				if info := c.Day(d); c.IsWorkday(d) || info.Kind != workday.KindHoliday || info.Festival != h.Festival {
					t.Fatalf("day off %s answered %+v", d, info)
				}
			}
			for _, m := range h.Makeup {
				if info := c.Day(m); !c.IsWorkday(m) || info.Kind != workday.KindMakeup {
					t.Fatalf("makeup day %s answered %+v", m, info)
				}
			}
		}
	})
}

// A Schedule survives JSON: lower-case fields, dates as 2006-01-02,
// festivals as their ids.
func TestScheduleJSON(t *testing.T) {
	c := workday.China()
	in := workday.Schedule{Year: 2026, Holidays: c.Holidays(2026), Source: "test"}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `{"festival":"spring_festival","year":2026,"start":"2026-02-15","end":"2026-02-23","makeup":["2026-02-14","2026-02-28"],"official":true,`) {
		t.Errorf("JSON = %s", b)
	}
	var out workday.Schedule
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	r, err := c.WithSchedule(out)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range r.Holidays(2026) {
		if formatBlock(2026, h) != announced[2026][i] {
			t.Errorf("block %d = %s", i, formatBlock(2026, h))
		}
	}
	if err := json.Unmarshal([]byte(`{"year":2028,"holidays":[{"festival":"christmas"}]}`), &out); !errors.Is(err, workday.ErrUnknownKind) {
		t.Errorf("unknown festival id: %v", err)
	}
}

package workday_test

import (
	"encoding/json"
	"errors"
	"fmt"
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

type cnDay struct {
	Name     string `json:"name"`
	Date     string `json:"date"`
	IsOffDay bool   `json:"isOffDay"`
}

// toHolidayCN writes a year of c in the holiday-cn format.
func toHolidayCN(t *testing.T, c *workday.Calendar, y int) []byte {
	t.Helper()
	var days []cnDay
	for _, h := range c.Holidays(y) {
		for x := h.Start; !x.After(h.End); x = x.AddDays(1) {
			days = append(days, cnDay{h.Festival.Label(), x.String(), true})
		}
		for _, m := range h.Makeup {
			days = append(days, cnDay{h.Festival.Label(), m.String(), false})
		}
	}
	b, err := json.Marshal(map[string]any{"$schema": "https://example.invalid/schema.json", "year": y, "papers": []string{"https://example.invalid/notice"}, "days": days})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHolidayCNRoundTrip(t *testing.T) {
	c := workday.China()
	for y := 2007; y <= 2027; y++ {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			s, err := workday.ParseHolidayCN(toHolidayCN(t, c, y))
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.WithSchedule(s)
			if err != nil {
				t.Fatal(err)
			}
			want, got := c.Holidays(y), r.Holidays(y)
			if len(got) != len(want) {
				t.Fatalf("got %d blocks, want %d", len(got), len(want))
			}
			for i := range got {
				if formatBlock(y, got[i]) != formatBlock(y, want[i]) {
					t.Errorf("block %d = %s, want %s", i, formatBlock(y, got[i]), formatBlock(y, want[i]))
				}
			}
			if !strings.Contains(got[0].Source, "holiday-cn") {
				t.Errorf("Source = %q", got[0].Source)
			}
		})
	}
}

func TestHolidayCNSample(t *testing.T) {
	// The shape of a holiday-cn file, with made-up 2028 dates.
	const sample = `{"$schema":"x","$id":"y","year":2028,"papers":["https://example.invalid/2028"],"days":[
		{"name":"元旦","date":"2028-01-01","isOffDay":true},
		{"name":"春节","date":"2028-01-23","isOffDay":false},
		{"name":"春节","date":"2028-01-25","isOffDay":true},
		{"name":"春节","date":"2028-01-26","isOffDay":true},
		{"name":"春节","date":"2028-01-26","isOffDay":true},
		{"name":"国庆节、中秋节","date":"2028-10-01","isOffDay":true},
		{"name":"国庆节、中秋节","date":"2028-10-02","isOffDay":true}]}`
	c, err := workday.China().WithHolidayCN([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	hs := c.Holidays(2028)
	if len(hs) != 3 || hs[1].Days() != 2 || len(hs[1].Makeup) != 1 || hs[2].Festival != workday.FestivalMidAutumnNationalDay {
		t.Errorf("Holidays(2028) = %+v", hs)
	}
}

func TestHolidayCNErrors(t *testing.T) {
	day := func(name, date string, off any) string {
		b, _ := json.Marshal(map[string]any{"name": name, "date": date, "isOffDay": off})
		return string(b)
	}
	file := func(days ...string) string {
		return `{"year":2028,"days":[` + strings.Join(days, ",") + `]}`
	}
	ok := day("元旦", "2028-01-01", true)
	for _, tc := range []struct{ name, in, entry string }{
		{"not JSON", `{"year":`, "not a JSON object"},
		{"array", `[1,2]`, "not a JSON object"},
		{"year missing", `{"days":[]}`, "year"},
		{"year a string", `{"year":"2028","days":[]}`, "year"},
		{"year fractional", `{"year":2028.5,"days":[]}`, "year"},
		{"days an object", `{"year":2028,"days":{}}`, "days"},
		{"days empty", `{"year":2028,"days":[]}`, "days"},
		{"isOffDay a string", file(ok, day("春节", "2028-01-26", "true")), "days[1]"},
		{"name a number", file(ok, `{"name":1,"date":"2028-01-26","isOffDay":true}`), "days[1]"},
		{"date missing", file(ok, `{"name":"春节","isOffDay":true}`), "days[1]"},
		{"isOffDay missing", file(ok, `{"name":"春节","date":"2028-01-26"}`), "days[1] (2028-01-26)"},
		{"entry a string", file(ok, `"2028-01-26"`), "days[1]"},
		{"unknown festival", file(ok, day("圣诞节", "2028-12-25", true)), "days[1] (2028-12-25)"},
		{"bad date", file(ok, day("春节", "2028-02-30", true)), "days[1] (2028-02-30)"},
		{"date outside the year", file(ok, day("国庆节", "2029-10-01", true)), "days[1] (2029-10-01)"},
		{"same date, different values", file(ok, day("元旦", "2028-01-01", false)), "days[1] (2028-01-01)"},
		{"same date, different festival", file(ok, day("春节", "2028-01-01", true)), "days[1] (2028-01-01)"},
		{"makeup on a weekday", file(ok, day("元旦", "2028-01-04", false)), "days[1] (2028-01-04)"},
		{"makeup without its festival", file(ok, day("春节", "2028-01-23", false)), "days[1] (2028-01-23)"},
		{"no day off", file(day("元旦", "2027-12-26", false)), "days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := workday.ParseHolidayCN([]byte(tc.in))
			if err == nil {
				t.Fatal("accepted")
			}
			var se *workday.ScheduleError
			if !errors.Is(err, workday.ErrSchedule) || !errors.As(err, &se) {
				t.Fatalf("error %v is not a *ScheduleError matching ErrSchedule", err)
			}
			if !strings.Contains(err.Error(), tc.entry) {
				t.Errorf("error %q does not name %q", err, tc.entry)
			}
			if _, err := workday.China().WithHolidayCN([]byte(tc.in)); err == nil {
				t.Error("WithHolidayCN accepted it")
			}
		})
	}
}

func FuzzParseHolidayCN(f *testing.F) {
	f.Add([]byte(`{"year":2028,"days":[{"name":"元旦","date":"2028-01-01","isOffDay":true},{"name":"春节","date":"2028-01-23","isOffDay":false},{"name":"春节","date":"2028-01-25","isOffDay":true}]}`))
	f.Add([]byte(`{"year":2023,"days":[{"name":"元旦","date":"2022-12-31","isOffDay":true}]}`))
	f.Add([]byte(`{"year":"x"}`))
	f.Add([]byte(`null`))
	base := workday.China()
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := workday.ParseHolidayCN(data)
		if err != nil {
			if !errors.Is(err, workday.ErrSchedule) {
				t.Fatalf("error %v does not match ErrSchedule", err)
			}
			return
		}
		c, err := base.WithSchedule(s)
		if err != nil {
			if !errors.Is(err, workday.ErrSchedule) {
				t.Fatalf("error %v does not match ErrSchedule", err)
			}
			return
		}
		for _, h := range c.Holidays(s.Year) {
			if c.IsWorkday(h.Start) {
				t.Fatalf("day off %s answered as a workday", h.Start)
			}
		}
	})
}

func ExampleCalendar_WithHolidayCN() {
	// A file in the format of the holiday-cn project; these 2028 dates are
	// made up for the example.
	data := []byte(`{"year":2028,"days":[
		{"name":"元旦","date":"2028-01-01","isOffDay":true},
		{"name":"春节","date":"2028-01-23","isOffDay":false},
		{"name":"春节","date":"2028-01-25","isOffDay":true},
		{"name":"春节","date":"2028-01-26","isOffDay":true}]}`)
	c, err := workday.China().WithHolidayCN(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Official(2028), c.Day(workday.MustDate(2028, 1, 23)).Kind)

	_, err = workday.China().WithHolidayCN([]byte(`{"year":2028,"days":[{"name":"元旦","date":"2028-01-04","isOffDay":false}]}`))
	fmt.Println(err)
	// Output:
	// true makeup
	// workday: invalid schedule for 2028: days[0] (2028-01-04): makeup day on a weekday (Tuesday)
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

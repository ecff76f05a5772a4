package workday_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	require.NoError(t, err)
	assert.False(t, old.Official(2028), "WithSchedule changed the original calendar")
	assert.False(t, old.Day(d("2028-01-23")).Official)
	assert.True(t, c.Official(2028))
	assert.True(t, c.Official(2026))
	assert.False(t, c.Official(2027), "2027 stays provisional")
	f, l := c.Years()
	assert.Equal(t, []int{2007, 2028}, []int{f, l})
	assert.Equal(t, workday.DayInfo{Date: d("2028-01-23"), Kind: workday.KindMakeup, Festival: workday.FestivalSpringFestival, Official: true},
		c.Day(d("2028-01-23")))
	assert.Equal(t, workday.DayInfo{Date: d("2028-04-04"), Kind: workday.KindWorkday, Official: true},
		c.Day(d("2028-04-04")), "no Qingming block in the schedule")
	assert.True(t, c.Day(d("2029-01-01")).Projected)
	hs := c.Holidays(2028)
	require.Len(t, hs, 3)
	assert.Equal(t, []workday.Date{d("2028-01-23"), d("2028-02-05")}, hs[1].Makeup, "makeup days sorted")
	assert.Equal(t, "test", hs[1].Source)
	assert.Equal(t, 2028, hs[1].Year)
	// The returned slices are copies.
	hs[1].Makeup[0] = d("2028-01-30")
	assert.Equal(t, d("2028-01-23"), c.Holidays(2028)[1].Makeup[0], "Holidays returned a slice shared with the calendar")
	assert.Equal(t, d("2028-01-23"), c.AddWorkdays(d("2028-01-21"), 1), "over the 2028 makeup day")

	// Replacing an announced year: 2026 without its Spring Festival block.
	r, err := old.WithSchedule(workday.Schedule{Year: 2026, Holidays: old.Holidays(2026)[:1]})
	require.NoError(t, err)
	assert.Equal(t, workday.KindWorkday, r.Day(d("2026-02-16")).Kind)
	assert.Equal(t, workday.KindHoliday, old.Day(d("2026-02-16")).Kind)
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
		{"too many blocks", mk(manyBlocks(65)...), "more than 64 blocks"},
		{"too many makeup days", mk(workday.Holiday{Festival: workday.FestivalLabourDay, Start: d("2028-05-01"), End: d("2028-05-01"),
			Makeup: make([]workday.Date, 32)}), "more than 31 makeup days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := base.WithSchedule(tc.s)
			var se *workday.ScheduleError
			require.ErrorAs(t, err, &se)
			assert.ErrorIs(t, err, workday.ErrSchedule)
			assert.Contains(t, err.Error(), tc.entry)
		})
	}
	// Two schedules colliding across New Year.
	a := workday.Schedule{Year: 2029, Holidays: []workday.Holiday{h(workday.FestivalNewYear, "2029-12-30", "2029-12-31")}}
	b := workday.Schedule{Year: 2030, Holidays: []workday.Holiday{h(workday.FestivalNewYear, "2029-12-31", "2030-01-01")}}
	_, err := workday.New(a, b)
	require.ErrorIs(t, err, workday.ErrSchedule, "colliding years")
	assert.Contains(t, err.Error(), "2029 schedule")
	_, err = workday.New(a, a)
	assert.ErrorIs(t, err, workday.ErrSchedule, "a year twice")
}

// manyBlocks returns n one-day blocks of 2028, a week apart.
func manyBlocks(n int) []workday.Holiday {
	hs := make([]workday.Holiday, n)
	for i := range hs {
		day := d("2028-01-03").AddDays(7 * i)
		hs[i] = workday.Holiday{Festival: workday.FestivalLabourDay, Start: day, End: day}
	}
	return hs
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
		require.Equal(t, before, base.Official(year), "WithSchedule changed the calendar it was called on")
		if err != nil {
			var se *workday.ScheduleError
			require.ErrorAs(t, err, &se)
			require.ErrorIs(t, err, workday.ErrSchedule)
			return
		}
		require.True(t, c.Official(year))
		for _, h := range s.Holidays {
			for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
				info := c.Day(d)
				require.False(t, c.IsWorkday(d), "day off %s", d)
				require.Equal(t, workday.KindHoliday, info.Kind, "day off %s", d)
				require.Equal(t, h.Festival, info.Festival, "day off %s", d)
			}
			for _, m := range h.Makeup {
				require.True(t, c.IsWorkday(m), "makeup day %s", m)
				require.Equal(t, workday.KindMakeup, c.Day(m).Kind, "makeup day %s", m)
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
	require.NoError(t, err)
	assert.Contains(t, string(b), `{"festival":"spring_festival","year":2026,"start":"2026-02-15","end":"2026-02-23","makeup":["2026-02-14","2026-02-28"],"official":true,`)
	var out workday.Schedule
	require.NoError(t, json.Unmarshal(b, &out))
	r, err := c.WithSchedule(out)
	require.NoError(t, err)
	for i, h := range r.Holidays(2026) {
		assert.Equal(t, announced[2026][i], formatBlock(2026, h), "block %d", i)
	}
	err = json.Unmarshal([]byte(`{"year":2028,"holidays":[{"festival":"christmas"}]}`), &out)
	assert.ErrorIs(t, err, workday.ErrUnknownKind)

	// A provisional schedule keeps its flag through JSON.
	p := workday.Schedule{Year: 2027, Holidays: c.Holidays(2027), Provisional: true}
	b, err = json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"provisional":true`)
	var back workday.Schedule
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Provisional)
}

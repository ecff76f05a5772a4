package workday

import (
	"sort"
	"time"

	"github.com/rickar/cal/v2"
)

// BusinessCalendar returns a rickar/cal business calendar that answers as c
// does, for users of rickar/cal's work-hour functions (AddWorkHours,
// WorkHoursInRange, …).
//
// Each call builds a fresh calendar, which the caller owns: c keeps no
// reference to it and never changes it. It is set up as follows:
//   - WorkdayFunc answers with c.IsWorkday for the civil date of the time
//     given, in that time's own location (rickar/cal's convention); so
//     makeup days are workdays and every year, announced or projected, is
//     answered as c answers it.
//   - One named cal.Holiday (Name the Chinese festival name from
//     [Festival.Label], Description the English one from
//     [Festival.English], public observance) per day off of every
//     announced year, limited to that year, so that
//     IsHoliday names the days off of announced years.
//   - Locations is nil and cal.DefaultLoc is never touched. Work hours are
//     rickar/cal's default (9:00–17:00); change them with SetWorkHours.
//
// Feed it times at noon China Standard Time (e.g. d.Time().Add(12*time.Hour))
// to stay clear of any location question.
func (c *Calendar) BusinessCalendar() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.WorkdayFunc = func(t time.Time) bool {
		y, m, d := t.Date()
		date, err := NewDate(y, m, d)
		if err != nil {
			wd := t.Weekday()
			return wd != time.Saturday && wd != time.Sunday
		}
		return c.IsWorkday(date)
	}
	years := make([]int, 0, len(c.scheds()))
	for y := range c.scheds() {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		for _, h := range c.schedules[y] {
			for d := h.Start; !d.After(h.End); d = d.next() {
				dy, dm, dd := d.Date()
				bc.AddHoliday(&cal.Holiday{
					Name:        h.Festival.Label(),
					Description: h.Festival.English(),
					Type:        cal.ObservancePublic,
					StartYear:   dy,
					EndYear:     dy,
					Month:       dm,
					Day:         dd,
					Func:        cal.CalcDayOfMonth,
				})
			}
		}
	}
	return bc
}

package workday

import (
	"time"

	"github.com/rickar/cal/v2"
)

// BusinessCalendar returns a new rickar/cal business calendar, owned by the
// caller, for its work-hour functions. Its WorkdayFunc is c.IsWorkday of the
// time's civil date in the time's own location, so feed it times at noon
// CST; IsHoliday names each day off of c's official years (Label as Name,
// English as Description). Work hours are rickar/cal's default.
func (c *Calendar) BusinessCalendar() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.WorkdayFunc = func(t time.Time) bool {
		y, m, d := t.Date()
		date, reason := civil(y, m, d)
		if reason != "" {
			wd := t.Weekday()
			return wd != time.Saturday && wd != time.Sunday
		}
		return c.IsWorkday(date)
	}
	if c == nil {
		return bc
	}
	for _, h := range c.blocks {
		if !h.Official {
			continue
		}
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
	return bc
}

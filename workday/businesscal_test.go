package workday_test

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/beian-go/beian/workday"
)

// The rickar/cal calendar agrees with Calendar on every day of the
// announced range, and names every day off.
func TestBusinessCalendarAgrees(t *testing.T) {
	locBefore := cal.DefaultLoc
	c := workday.China()
	bc := c.BusinessCalendar()
	if cal.DefaultLoc != locBefore {
		t.Fatal("BusinessCalendar changed cal.DefaultLoc")
	}
	first, last := c.Years()
	for x := workday.MustDate(first-1, 12, 20); !x.After(workday.MustDate(last, 12, 31)); x = x.AddDays(1) {
		noon := x.Time().Add(12 * time.Hour)
		if got, want := bc.IsWorkday(noon), c.IsWorkday(x); got != want {
			t.Fatalf("%s: rickar/cal IsWorkday = %v, Calendar = %v", x, got, want)
		}
		info := c.Day(x)
		if info.Official && info.Kind == workday.KindHoliday {
			_, obs, h := bc.IsHoliday(noon)
			if !obs || h == nil || h.Name != info.Festival.Label() {
				t.Fatalf("%s: IsHoliday = %v, %+v; want %s", x, obs, h, info.Festival.Label())
			}
		}
	}
	// Projected years answer as Calendar does too, through WorkdayFunc.
	for x := workday.MustDate(2030, 1, 1); x.Year() == 2030; x = x.AddDays(1) {
		if got, want := bc.IsWorkday(x.Time().Add(12*time.Hour)), c.IsWorkday(x); got != want {
			t.Fatalf("%s: rickar/cal IsWorkday = %v, Calendar = %v", x, got, want)
		}
	}
	// Same counting as AddWorkdays.
	start := workday.MustDate(2026, 9, 28)
	if got := workday.DateOf(bc.WorkdaysFrom(start.Time().Add(12*time.Hour), 20)); got != c.AddWorkdays(start, 20) {
		t.Errorf("WorkdaysFrom = %s, AddWorkdays = %s", got, c.AddWorkdays(start, 20))
	}
	// Each call gives a calendar of its own.
	if c.BusinessCalendar() == bc {
		t.Error("BusinessCalendar returned a shared calendar")
	}
}

package workday_test

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// The rickar/cal calendar agrees with Calendar on every day of the
// official range and of 2027 (provisional), and names every official day
// off.
func TestBusinessCalendarAgrees(t *testing.T) {
	locBefore := cal.DefaultLoc
	c := workday.China()
	bc := c.BusinessCalendar()
	require.Equal(t, locBefore, cal.DefaultLoc, "BusinessCalendar changed cal.DefaultLoc")
	for x := workday.MustDate(workday.FirstYear-1, 12, 20); x.Year() <= 2027; x = x.AddDays(1) {
		noon := x.Time().Add(12 * time.Hour)
		require.Equal(t, c.IsWorkday(x), bc.IsWorkday(noon), "%s: rickar/cal IsWorkday", x)
		info := c.Day(x)
		if info.Kind != workday.KindHoliday {
			continue
		}
		_, obs, h := bc.IsHoliday(noon)
		if !info.Official {
			assert.False(t, obs, "%s: named though not official", x)
			continue
		}
		require.True(t, obs, "%s: IsHoliday", x)
		require.NotNil(t, h)
		assert.Equal(t, info.Festival.Label(), h.Name, "%s", x)
		assert.Equal(t, info.Festival.English(), h.Description, "%s", x)
	}
	// Projected years answer as Calendar does too, through WorkdayFunc.
	for x := workday.MustDate(2030, 1, 1); x.Year() == 2030; x = x.AddDays(1) {
		require.Equal(t, c.IsWorkday(x), bc.IsWorkday(x.Time().Add(12*time.Hour)), "%s", x)
	}
	// Same counting as AddWorkdays.
	start := workday.MustDate(2026, 9, 28)
	assert.Equal(t, c.AddWorkdays(start, 20), workday.DateOf(bc.WorkdaysFrom(start.Time().Add(12*time.Hour), 20)))
	// Each call gives a calendar of its own.
	assert.NotSame(t, bc, c.BusinessCalendar())
}

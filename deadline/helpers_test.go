package deadline

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

func d(y int, m time.Month, day int) workday.Date { return workday.MustDate(y, m, day) }

// cst returns an instant in China Standard Time.
func cst(y int, m time.Month, day, h, min int) time.Time {
	return time.Date(y, m, day, h, min, 0, 0, workday.CST)
}

// utc returns an instant in UTC: 16:00 UTC is midnight in China.
func utc(y int, m time.Month, day, h, min int) time.Time {
	return time.Date(y, m, day, h, min, 0, 0, time.UTC)
}

// projectionOnly returns a calendar with no official year: every year
// from 1996 to 2100 is projected from the statutory holidays.
func projectionOnly(t testing.TB) *workday.Calendar {
	t.Helper()
	c, err := workday.New()
	require.NoError(t, err)
	return c
}

// notOfficial returns the years from..to that cal does not call official,
// nil when there is none: what an estimate over those years must list.
func notOfficial(cal *workday.Calendar, from, to int) []int {
	var ys []int
	for y := from; y <= to; y++ {
		if !cal.Official(y) {
			ys = append(ys, y)
		}
	}
	return ys
}

// assertError checks that err is an *Error on field wrapping sentinel.
func assertError(t *testing.T, err error, sentinel error, field string) {
	t.Helper()
	require.ErrorIs(t, err, sentinel)
	var de *Error
	require.ErrorAs(t, err, &de)
	assert.Equal(t, field, de.Field)
	assert.NotEmpty(t, de.Reason)
}

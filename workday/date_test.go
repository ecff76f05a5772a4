package workday_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

func TestParseDateErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"short", "2026-1-01"},
		{"slashes", "2026/01/01"},
		{"letters", "2026-0a-01"},
		{"sign", "+026-01-01"},
		{"month 13", "2026-13-01"},
		{"month 0", "2026-00-10"},
		{"day 0", "2026-01-00"},
		{"not a leap year", "2023-02-29"},
		{"century not leap", "1900-02-29"},
		{"April 31", "2026-04-31"},
		{"year 0", "0000-01-01"},
		{"trailing", "2026-01-01T00:00:00Z"},
		{"spaces", " 2026-01-01"},
		{"long", "2026-01-01-2026-01-01-2026-01-01-2026-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := workday.ParseDate(tc.in)
			var de *workday.DateError
			require.ErrorAs(t, err, &de)
			assert.ErrorIs(t, err, workday.ErrInvalidDate)
			assert.NotEmpty(t, de.Reason)
			assert.True(t, d.IsZero(), "ParseDate(%q) returned %v with the error", tc.in, d)
		})
	}
}

func TestParseDateValid(t *testing.T) {
	for _, tc := range []struct {
		in      string
		y       int
		m       time.Month
		d       int
		weekday time.Weekday
	}{
		{"0001-01-01", 1, 1, 1, time.Monday},
		{"2000-02-29", 2000, 2, 29, time.Tuesday},
		{"2026-01-01", 2026, 1, 1, time.Thursday},
		{"9999-12-31", 9999, 12, 31, time.Friday},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := workday.ParseDate(tc.in)
			require.NoError(t, err)
			y, m, day := d.Date()
			assert.Equal(t, []int{tc.y, int(tc.m), tc.d}, []int{y, int(m), day})
			assert.Equal(t, []int{tc.y, int(tc.m), tc.d}, []int{d.Year(), int(d.Month()), d.Day()})
			assert.Equal(t, tc.weekday, d.Weekday())
			assert.Equal(t, tc.in, d.String())
			assert.True(t, d.Time().Equal(time.Date(tc.y, tc.m, tc.d, 0, 0, 0, 0, workday.CST)), "Time() = %v", d.Time())
			assert.Equal(t, workday.CST, d.Time().Location())
		})
	}
}

func TestDateLimits(t *testing.T) {
	first, last := workday.MustDate(1, 1, 1), workday.MustDate(9999, 12, 31)
	require.True(t, first.IsValid())
	require.True(t, last.IsValid())
	assert.True(t, first.AddDays(-1).IsZero(), "0001-01-01 - 1")
	assert.True(t, last.AddDays(1).IsZero(), "9999-12-31 + 1")
	assert.Equal(t, 3652058, last.DaysSince(first))
	assert.Zero(t, last.DaysSince(workday.Date{}))
	for _, tc := range []struct {
		name    string
		y       int
		m       time.Month
		d       int
		wantErr bool
	}{
		{"year 0", 0, 1, 1, true},
		{"year 10000", 10000, 1, 1, true},
		{"negative", -5, 1, 1, true},
		{"month 0", 2026, 0, 1, true},
		{"day 32", 2026, 1, 32, true},
		{"year 1", 1, 1, 1, false},
		{"year 9999", 9999, 12, 31, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := workday.NewDate(tc.y, tc.m, tc.d)
			if tc.wantErr {
				assert.ErrorIs(t, err, workday.ErrInvalidDate)
			} else {
				assert.NoError(t, err)
			}
		})
	}
	var zero workday.Date
	assert.False(t, zero.IsValid())
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.True(t, zero.Time().IsZero())
	assert.True(t, zero.AddDays(3).IsZero())
	assert.Zero(t, zero.Year())
	assert.True(t, zero.Before(first))
	assert.True(t, last.After(first))
	assert.False(t, first.After(first))
}

func TestDateOf(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		ny = time.FixedZone("EST", -5*3600)
	}
	for _, tc := range []struct {
		name string
		t    time.Time
		want string
	}{
		{"one second before midnight in China", time.Date(2026, 1, 1, 15, 59, 59, 0, time.UTC), "2026-01-01"},
		{"midnight in China", time.Date(2026, 1, 1, 16, 0, 0, 0, time.UTC), "2026-01-02"},
		{"same instant elsewhere", time.Date(2026, 1, 1, 11, 0, 0, 0, ny), "2026-01-02"},
		{"CST itself", time.Date(2026, 1, 2, 0, 0, 0, 0, workday.CST), "2026-01-02"},
		{"zero time", time.Time{}, ""},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"last day", time.Date(9999, 12, 31, 15, 0, 0, 0, time.UTC), "9999-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, workday.DateOf(tc.t).String())
		})
	}
}

func TestDateTextRoundTrip(t *testing.T) {
	type doc struct {
		Due  workday.Date `json:"due"`
		Seen workday.Date `json:"seen"`
	}
	in := doc{Due: workday.MustDate(2026, 10, 30)}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, `{"due":"2026-10-30","seen":""}`, string(b))
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
	keep := workday.MustDate(2020, 1, 1)
	assert.ErrorIs(t, keep.UnmarshalText([]byte("2020-02-30")), workday.ErrInvalidDate)
	assert.Equal(t, workday.MustDate(2020, 1, 1), keep, "a failed UnmarshalText leaves the date")
	require.NoError(t, keep.UnmarshalText(nil))
	assert.True(t, keep.IsZero())
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-01", "0001-01-01", "9999-12-31", "2024-02-29", "", "2023-02-29", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := workday.ParseDate(s)
		var u workday.Date
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, workday.ErrInvalidDate)
			if s == "" {
				require.NoError(t, uerr)
				require.True(t, u.IsZero())
			} else {
				require.Error(t, uerr, "UnmarshalText accepted what ParseDate rejects")
			}
			return
		}
		require.True(t, d.IsValid())
		require.Equal(t, s, d.String())
		require.NoError(t, uerr)
		require.Equal(t, d, u)
		b, err := d.MarshalText()
		require.NoError(t, err)
		require.Equal(t, s, string(b))
		y, m, day := d.Date()
		back, err := workday.NewDate(y, m, day)
		require.NoError(t, err)
		require.Equal(t, d, back)
		require.Equal(t, d, workday.DateOf(d.Time()))
		require.Equal(t, d, workday.DateOf(d.Time().Add(24*time.Hour-time.Nanosecond)))
	})
}

func ExampleParseDate() {
	d, err := workday.ParseDate("2026-10-01")
	fmt.Println(d, d.Weekday(), err)
	_, err = workday.ParseDate("2026-02-29")
	fmt.Println(err)
	// Output:
	// 2026-10-01 Thursday <nil>
	// workday: invalid date "2026-02-29": no such day in that month
}

func ExampleDateOf() {
	// 16:00 UTC is midnight in China: the next day has begun there.
	fmt.Println(workday.DateOf(time.Date(2026, 1, 1, 15, 59, 59, 0, time.UTC)))
	fmt.Println(workday.DateOf(time.Date(2026, 1, 1, 16, 0, 0, 0, time.UTC)))
	// Output:
	// 2026-01-01
	// 2026-01-02
}

func ExampleDate_MarshalText() {
	b, _ := json.Marshal(map[string]workday.Date{"due": workday.MustDate(2026, 10, 30), "unset": {}})
	fmt.Println(string(b))
	// Output: {"due":"2026-10-30","unset":""}
}

package lunar

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// day converts a MonthDay of year y to a time.Time at 00:00 UTC, for
// arithmetic in tests.
func day(y int, md MonthDay) time.Time {
	return time.Date(y, md.Month, md.Day, 0, 0, 0, 0, time.UTC)
}

func md(m time.Month, d int) MonthDay { return MonthDay{Month: m, Day: d} }

// Known dates, as published in almanacs and the State Council notices.
func TestForKnownDates(t *testing.T) {
	type field int
	const (
		eve field = iota
		spring
		qingming
		dragon
		midAutumn
	)
	pick := func(d Dates, f field) MonthDay {
		return [...]MonthDay{d.NewYearsEve, d.SpringFestival, d.Qingming, d.DragonBoat, d.MidAutumn}[f]
	}
	tests := []struct {
		name  string
		year  int
		field field
		want  MonthDay
	}{
		{"春节 2008", 2008, spring, md(time.February, 7)},
		{"春节 2014", 2014, spring, md(time.January, 31)},
		{"春节 2020", 2020, spring, md(time.January, 25)},
		{"春节 2023", 2023, spring, md(time.January, 22)},
		{"春节 2024", 2024, spring, md(time.February, 10)},
		{"春节 2025", 2025, spring, md(time.January, 29)},
		{"春节 2026", 2026, spring, md(time.February, 17)},
		{"春节 2027 (new moon 23:56 CST)", 2027, spring, md(time.February, 6)},
		{"春节 1900 (start of the table)", 1900, spring, md(time.January, 31)},
		{"春节 1916 (the almanac's day, in Beijing local time)", 1916, spring, md(time.February, 3)},
		{"春节 2034 (after the leap 11th month of 2033)", 2034, spring, md(time.February, 19)},
		{"除夕 2025 (12th month has 29 days)", 2025, eve, md(time.January, 28)},
		{"除夕 2026 (12th month has 29 days)", 2026, eve, md(time.February, 16)},
		{"除夕 2024 (12th month has 30 days)", 2024, eve, md(time.February, 9)},
		{"除夕 2022 (eve in January of a February new year)", 2022, eve, md(time.January, 31)},
		{"中秋 1996", 1996, midAutumn, md(time.September, 27)},
		{"中秋 2023", 2023, midAutumn, md(time.September, 29)},
		{"中秋 2025", 2025, midAutumn, md(time.October, 6)},
		{"中秋 2026", 2026, midAutumn, md(time.September, 25)},
		{"中秋 2089 (new moon near midnight)", 2089, midAutumn, md(time.September, 18)},
		{"端午 2024", 2024, dragon, md(time.June, 10)},
		{"端午 2025", 2025, dragon, md(time.May, 31)},
		{"端午 2026", 2026, dragon, md(time.June, 19)},
		{"清明 2008", 2008, qingming, md(time.April, 4)},
		{"清明 2024", 2024, qingming, md(time.April, 4)},
		{"清明 2025", 2025, qingming, md(time.April, 4)},
		{"清明 2026", 2026, qingming, md(time.April, 5)},
		{"清明 1902", 1902, qingming, md(time.April, 6)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := For(tt.year)
			require.True(t, ok, "For(%d) not covered", tt.year)
			assert.Equal(t, tt.want, pick(d, tt.field))
		})
	}
}

func TestForInvariants(t *testing.T) {
	require.LessOrEqual(t, First, 1901)
	require.GreaterOrEqual(t, Last, 2099)
	within := func(y int, x, lo, hi MonthDay) bool {
		v := day(y, x)
		return !v.Before(day(y, lo)) && !v.After(day(y, hi))
	}
	for y := First; y <= Last; y++ {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			d, ok := For(y)
			require.True(t, ok)
			require.Equal(t, y, d.Year)
			for _, x := range []MonthDay{d.NewYearsEve, d.SpringFestival, d.Qingming, d.DragonBoat, d.MidAutumn} {
				v := day(y, x)
				assert.Equal(t, MonthDay{Month: v.Month(), Day: v.Day()}, x, "%v is not a day of %d", x, y)
				assert.Equal(t, y, v.Year())
			}
			assert.Equal(t, day(y, d.NewYearsEve), day(y, d.SpringFestival).AddDate(0, 0, -1), "eve is the day before 春节")
			assert.True(t, within(y, d.SpringFestival, md(time.January, 21), md(time.February, 20)), "春节 %v", d.SpringFestival)
			assert.True(t, within(y, d.Qingming, md(time.April, 3), md(time.April, 6)), "清明 %v", d.Qingming)
			assert.True(t, within(y, d.DragonBoat, md(time.May, 20), md(time.June, 30)), "端午 %v", d.DragonBoat)
			assert.True(t, within(y, d.MidAutumn, md(time.September, 7), md(time.October, 8)), "中秋 %v", d.MidAutumn)
			// 端午 is lunar 5/5 and 中秋 lunar 8/15 of the year that began on 春节:
			// 3 or 4 months (one of them possibly leap) of 29 or 30 days apart.
			gap := int(day(y, d.MidAutumn).Sub(day(y, d.DragonBoat)).Hours()/24) - 10
			assert.True(t, gap >= 3*29 && gap <= 4*30, "端午 %v to 中秋 %v", d.DragonBoat, d.MidAutumn)
			// Consecutive 春节 are 12 or 13 lunar months apart: 353..385 days.
			if next, ok := For(y + 1); ok {
				n := int(day(y+1, next.SpringFestival).Sub(day(y, d.SpringFestival)).Hours() / 24)
				assert.True(t, n >= 353 && n <= 385, "春节 %d to %d: %d days", y, y+1, n)
			}
		})
	}
}

func TestForOutsideRange(t *testing.T) {
	for _, y := range []int{math.MinInt, -1, 0, 1, First - 1, Last + 1, 9999, math.MaxInt} {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			d, ok := For(y)
			assert.False(t, ok)
			assert.Equal(t, Dates{}, d)
		})
	}
}

func FuzzFor(f *testing.F) {
	for _, y := range []int{First, Last, 2025, 0, -1, Last + 1} {
		f.Add(y)
	}
	f.Fuzz(func(t *testing.T, y int) {
		d, ok := For(y)
		require.Equal(t, y >= First && y <= Last, ok)
		if ok {
			assert.Equal(t, y, d.Year)
		} else {
			assert.Equal(t, Dates{}, d)
		}
	})
}

var sinkDates Dates

func BenchmarkFor(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, _ := For(First + i%(Last-First+1))
		sinkDates = d
	}
}

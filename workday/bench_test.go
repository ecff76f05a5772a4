package workday_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/beian-go/beian/workday"
)

var (
	sinkBool bool
	sinkDate workday.Date
	sinkInt  int
	sinkTime time.Time
)

// benchDates are spread over 2010-2027.
var benchDates = func() []workday.Date {
	r := rand.New(rand.NewSource(7))
	ds := make([]workday.Date, 1024)
	for i := range ds {
		ds[i] = randomDate(r, 2010, 2027)
	}
	return ds
}()

func BenchmarkIsWorkday(b *testing.B) {
	c := workday.China()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBool = c.IsWorkday(benchDates[i&1023])
	}
}

func BenchmarkAddWorkdays20(b *testing.B) {
	c := workday.China()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate = c.AddWorkdays(benchDates[i&1023], 20)
	}
}

func BenchmarkAddWorkdaysMinus20(b *testing.B) {
	c := workday.China()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate = c.AddWorkdays(benchDates[i&1023], -20)
	}
}

// Spans of any length inside 2010-2027.
func BenchmarkWorkdaysBetween(b *testing.B) {
	c := workday.China()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkInt = c.WorkdaysBetween(benchDates[i&1023], benchDates[(i+511)&1023])
	}
}

func BenchmarkDay(b *testing.B) {
	c := workday.China()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBool = c.Day(benchDates[i&1023]).Official
	}
}

// naiveRickar loads rickar/cal the straightforward way: one cal.Holiday per
// day off of every announced year and a WorkdayFunc for the makeup days.
func naiveRickar(c *workday.Calendar) *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	makeup := map[workday.Date]bool{}
	first, last := c.Years()
	for y := first; y <= last; y++ {
		for _, h := range c.Holidays(y) {
			for d := h.Start; !d.After(h.End); d = d.AddDays(1) {
				bc.AddHoliday(&cal.Holiday{
					Name: h.Festival.Label(), Type: cal.ObservancePublic,
					StartYear: d.Year(), EndYear: d.Year(), Month: d.Month(), Day: d.Day(),
					Func: cal.CalcDayOfMonth,
				})
			}
			for _, m := range h.Makeup {
				makeup[m] = true
			}
		}
	}
	bc.WorkdayFunc = func(t time.Time) bool {
		y, m, d := t.Date()
		if makeup[workday.MustDate(y, m, d)] {
			return true
		}
		wd := t.Weekday()
		return wd != time.Saturday && wd != time.Sunday
	}
	return bc
}

// benchNoons returns benchDates at noon in China, as rickar/cal takes them.
func benchNoons() []time.Time {
	times := make([]time.Time, len(benchDates))
	for i, d := range benchDates {
		times[i] = d.Time().Add(12 * time.Hour)
	}
	return times
}

// The baseline of the issue: rickar/cal's WorkdaysFrom(d, 20), loaded
// naively with the same data. Compare with BenchmarkAddWorkdays20.
func BenchmarkRickarWorkdaysFrom20(b *testing.B) {
	bc := naiveRickar(workday.China())
	times := benchNoons()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkTime = bc.WorkdaysFrom(times[i&1023], 20)
	}
}

func BenchmarkRickarIsWorkday(b *testing.B) {
	bc := naiveRickar(workday.China())
	times := benchNoons()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkBool = bc.IsWorkday(times[i&1023])
	}
}

func BenchmarkChina(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBool = workday.China() == nil
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c, _ := workday.New()
		sinkBool = c == nil
	}
}

// BenchmarkSpeedupOverRickar runs AddWorkdays(d, 20) and the naive
// rickar/cal WorkdaysFrom(d, 20) on the same dates and reports both costs
// and their ratio (the target is a speedup of at least 300).
func BenchmarkSpeedupOverRickar(b *testing.B) {
	c := workday.China()
	bc := naiveRickar(c)
	times := benchNoons()
	const oursPerRickar = 1000 // ours is far cheaper: run it more often to time it
	b.ReportAllocs()
	b.ResetTimer()
	var rickar, ours time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		sinkTime = bc.WorkdaysFrom(times[i&1023], 20)
		mid := time.Now()
		for j := 0; j < oursPerRickar; j++ {
			sinkDate = c.AddWorkdays(benchDates[(i+j)&1023], 20)
		}
		rickar += mid.Sub(start)
		ours += time.Since(mid)
	}
	rickarNs := float64(rickar.Nanoseconds()) / float64(b.N)
	oursNs := float64(ours.Nanoseconds()) / float64(b.N) / oursPerRickar
	b.ReportMetric(rickarNs, "rickar-ns/op")
	b.ReportMetric(oursNs, "ours-ns/op")
	if oursNs > 0 {
		b.ReportMetric(rickarNs/oursNs, "speedup")
	}
}

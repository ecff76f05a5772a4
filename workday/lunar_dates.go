package workday

import (
	"time"

	"github.com/beian-go/beian/workday/internal/lunar"
)

// lunarDates are the Gregorian dates of the lunar festivals and of the
// Qingming solar term in one Gregorian year.
type lunarDates struct {
	springMonth     time.Month
	springDay       int
	qingmingMonth   time.Month
	qingmingDay     int
	dragonBoatMonth time.Month
	dragonBoatDay   int
	midAutumnMonth  time.Month
	midAutumnDay    int
}

// lunarRange returns the Gregorian years for which lunarFor answers.
func lunarRange() (first, last int, ok bool) {
	return lunar.First, lunar.Last, true
}

// lunarFor returns the festival dates of year y from the lunar table.
func lunarFor(y int) (lunarDates, bool) {
	d, ok := lunar.For(y)
	if !ok {
		return lunarDates{}, false
	}
	return lunarDates{
		springMonth: d.SpringFestival.Month, springDay: d.SpringFestival.Day,
		qingmingMonth: d.Qingming.Month, qingmingDay: d.Qingming.Day,
		dragonBoatMonth: d.DragonBoat.Month, dragonBoatDay: d.DragonBoat.Day,
		midAutumnMonth: d.MidAutumn.Month, midAutumnDay: d.MidAutumn.Day,
	}, true
}

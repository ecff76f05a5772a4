package workday

import "time"

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
	return 0, 0, false
}

// lunarFor returns the festival dates of year y.
func lunarFor(y int) (lunarDates, bool) {
	return lunarDates{}, false
}

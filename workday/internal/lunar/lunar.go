package lunar

import "time"

//go:generate go run ./internal/gen -o zz_generated_table.go

// MonthDay is a Gregorian month and day.
//
// The zero value (month 0, day 0) names no day; [For] never returns it for a
// covered year. MonthDay is a comparable value, safe for concurrent use.
type MonthDay struct {
	Month time.Month
	Day   int
}

// Dates are the Gregorian dates, in Gregorian year Year, of the lunar festivals
// and the Qingming solar term that the statutory holidays use.
//
// The zero value is what [For] returns for a year it does not cover: Year 0
// and every date zero. Dates is a plain value, safe for concurrent use.
type Dates struct {
	Year           int
	NewYearsEve    MonthDay // 除夕: the last day of the 12th lunar month (29th or 30th), the day before SpringFestival
	SpringFestival MonthDay // 春节: lunar 1/1
	Qingming       MonthDay // 清明: the day, in China Standard Time (UTC+8), on which the sun reaches ecliptic longitude 15°
	DragonBoat     MonthDay // 端午: lunar 5/5
	MidAutumn      MonthDay // 中秋: lunar 8/15
}

// For returns the dates for Gregorian year y; ok is false outside First..Last. Never panics.
// It is a table lookup: it does not allocate and is safe for concurrent use.
func For(y int) (d Dates, ok bool) {
	if y < First || y > Last {
		return Dates{}, false
	}
	row := &table[y-First]
	d = Dates{
		Year:           y,
		SpringFestival: unpack(row[0]),
		Qingming:       unpack(row[1]),
		DragonBoat:     unpack(row[2]),
		MidAutumn:      unpack(row[3]),
	}
	// 春节 falls between January 21 and February 20, so the eve is the
	// previous day of the same month, or January 31 for a February 1.
	d.NewYearsEve = MonthDay{Month: d.SpringFestival.Month, Day: d.SpringFestival.Day - 1}
	if d.NewYearsEve.Day == 0 {
		d.NewYearsEve = MonthDay{Month: time.January, Day: 31}
	}
	return d, true
}

// unpack splits a table entry month*100 + day.
func unpack(v uint16) MonthDay {
	return MonthDay{Month: time.Month(v / 100), Day: int(v % 100)}
}

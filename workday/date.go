package workday

import (
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/internal/xerr"
)

// CST is China Standard Time, UTC+8, a fixed zone: mainland China has had
// no daylight saving time since 1991.
var CST = time.FixedZone("CST", 8*3600)

// Date is a civil day of the proleptic Gregorian calendar, 0001-01-01 to
// 9999-12-31: a small, comparable, immutable value, safe for concurrent use.
// The zero value is unset: IsValid is false, String and MarshalText give "",
// and arithmetic on it gives it back. UnmarshalText reads 2006-01-02, and
// "" as the zero Date; on error it leaves the Date unchanged.
type Date struct {
	// n counts days so that 0001-01-01 is 1; 0 is the unset date.
	n int32
}

const (
	minYear = 1
	maxYear = 9999
)

// epochShift is days(0001-01-01) in the day-number scheme of daysFromCivil,
// minus one, so that Date{n: 1} is 0001-01-01.
var epochShift = daysFromCivil(1, 1, 1) - 1

// maxN is the day number of 9999-12-31.
var maxN = daysFromCivil(maxYear, 12, 31) - epochShift

// ErrInvalidDate matches every *[DateError].
var ErrInvalidDate = errors.New("workday: invalid date")

// DateError is a date that could not be parsed or built, as a *DateError:
// a day that does not exist or lies outside 0001..9999, or text not in the
// form 2006-01-02. It is never zero and safe for concurrent reads.
type DateError struct {
	Input  string // the text, or the numbers as y-m-d, masked
	Reason string // in English
}

func (e *DateError) Error() string {
	return xerr.Message("workday", "invalid date", e.Input, e.Reason, nil)
}

func (e *DateError) Is(target error) bool { return xerr.Is(target, ErrInvalidDate) }

// NewDate returns the date year-month-day, or a *DateError for a day that
// does not exist (2023-02-29): unlike time.Date it never normalises.
func NewDate(year int, month time.Month, day int) (Date, error) {
	d, reason := civil(year, month, day)
	if reason != "" {
		return Date{}, &DateError{Input: mask.Echo(fmt.Sprintf("%04d-%02d-%02d", year, int(month), day)), Reason: reason}
	}
	return d, nil
}

// civil returns the date year-month-day, or the reason there is none.
func civil(year int, month time.Month, day int) (Date, string) {
	switch {
	case year < minYear || year > maxYear:
		return Date{}, "year outside 1..9999"
	case month < time.January || month > time.December:
		return Date{}, "month outside 1..12"
	case day < 1 || day > daysIn(year, month):
		return Date{}, "no such day in that month"
	}
	return Date{n: daysFromCivil(year, month, day) - epochShift}, ""
}

// MustDate is NewDate that panics, for constants only.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the day of t in CST, whatever t's location; the zero Date
// for the zero time or a time outside the years 1..9999.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.In(CST).Date()
	if y < minYear || y > maxYear {
		return Date{}
	}
	return Date{n: daysFromCivil(y, m, d) - epochShift}
}

// ParseDate parses 2006-01-02. Unlike UnmarshalText, it refuses "".
func ParseDate(s string) (Date, error) {
	d, reason := Date{}, "want YYYY-MM-DD"
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := atoi(s[0:4])
		m, ok2 := atoi(s[5:7])
		day, ok3 := atoi(s[8:10])
		if ok1 && ok2 && ok3 {
			d, reason = civil(y, time.Month(m), day)
		}
	}
	if reason != "" {
		return Date{}, &DateError{Input: mask.Echo(s), Reason: reason}
	}
	return d, nil
}

func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the unset date.
func (d Date) IsZero() bool { return d.n == 0 }

// IsValid reports whether d is a real day; the zero Date is not.
func (d Date) IsValid() bool { return d.n >= 1 && d.n <= maxN }

// Date returns the year, month and day of d; all zero for an invalid date.
func (d Date) Date() (year int, month time.Month, day int) {
	if !d.IsValid() {
		return 0, 0, 0
	}
	return civilFromDays(d.n + epochShift)
}

// Year returns d's year, or 0 for an invalid date.
func (d Date) Year() int {
	y, _, _ := d.Date()
	return y
}

// Month returns d's month, or 0 for an invalid date.
func (d Date) Month() time.Month {
	_, m, _ := d.Date()
	return m
}

// Day returns d's day of the month, or 0 for an invalid date.
func (d Date) Day() int {
	_, _, day := d.Date()
	return day
}

// Weekday returns the day of the week of d (Sunday for an invalid d).
func (d Date) Weekday() time.Weekday {
	if !d.IsValid() {
		return time.Sunday
	}
	// 0001-01-01 (n == 1) was a Monday.
	return time.Weekday(d.n % 7)
}

// AddDays returns d moved by n days, or the zero Date outside 0001..9999.
func (d Date) AddDays(n int) Date {
	if !d.IsValid() {
		return Date{}
	}
	r := int64(d.n) + int64(n)
	if r < 1 || r > int64(maxN) {
		return Date{}
	}
	return Date{n: int32(r)}
}

// DaysSince returns the days from u to d (positive when d is later), or 0
// if either is invalid.
func (d Date) DaysSince(u Date) int {
	if !d.IsValid() || !u.IsValid() {
		return 0
	}
	return int(d.n - u.n)
}

// Before reports whether d is before u.
func (d Date) Before(u Date) bool { return d.n < u.n }

// After reports whether d is after u.
func (d Date) After(u Date) bool { return d.n > u.n }

// Time returns the instant d begins in CST, or the zero time.Time.
func (d Date) Time() time.Time {
	if !d.IsValid() {
		return time.Time{}
	}
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, CST)
}

// String returns d as 2006-01-02, or "" for the zero Date.
func (d Date) String() string {
	if !d.IsValid() {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, day := d.Date()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+day/10), byte('0'+day%10))
}

func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, &DateError{Input: fmt.Sprint(d.n), Reason: "day number out of range"}
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// daysFromCivil returns a day number for y-m-d in the proleptic Gregorian
// calendar (1970-01-01 is 0), using the era-based method: years start in
// March so the leap day falls at the end.
func daysFromCivil(y int, m time.Month, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (int(m) + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int32) (int, time.Month, int) {
	n := int(z) + 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era--
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, time.Month(m), d
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Package workday is the mainland-China working-day calendar: which days are
// worked, which are official holidays (放假) and which weekend days are
// worked instead (调休上班), and arithmetic in working days.
//
// It is not a general holiday library: it knows only the national schedule
// of mainland China published each year by the General Office of the State
// Council, not regional holidays, Hong Kong, Macao or Taiwan, and not the
// lunar calendar as such.
//
// # Use
//
// [China] returns the shared, immutable mainland [Calendar]:
//
//	c := workday.China()
//	due := c.AddWorkdays(workday.MustDate(2026, 9, 28), 20) // 2026-10-30
//	c.IsWorkday(workday.MustDate(2024, 2, 18))            // true: a Sunday worked
//	c.HolidaysBetween(from, to)                           // the blocks off inside a window
//
// [Calendar.AddWorkdays] counts like rickar/cal's WorkdaysFrom: n > 0 gives
// the n-th workday strictly after the date, n < 0 the |n|-th strictly
// before it, n == 0 the date itself. [Calendar.WorkdaysBetween] is its
// inverse. Both are table lookups: a few nanoseconds, no allocation.
//
// # Coverage
//
// Every day is answered, and [Calendar.Day] says from what:
//
//   - Announced schedules, [FirstYear]..[LastYear] (2007–2027), from the
//     notices of the State Council, including the amendments (2015-09-03
//     纪念日, the 2019 Labour Day change, the 2020 Spring Festival
//     extension). Each block of days off is whole, weekend days included,
//     as the notice states it; a block announced with a year may start in
//     the previous December. The source of each row is in data/cn_holidays.csv
//     and data/cn_notices.csv; the 2027 schedule comes from a single
//     compilation not yet compared with the notice, and says so in its
//     Source. [DataVersion] identifies the data.
//   - Projection, for other years from 1996 (the first full year of the
//     five-day week) to 2100 (the end of the lunar table): the statutory
//     holidays of 《全国年节及纪念日放假办法》 in force that year, with the
//     lunar dates of 除夕, 春节, 端午 and 中秋 and the 清明 solar term from
//     a generated table. No makeup day is guessed, and a statutory day
//     that falls on a weekend is simply a day off: the real schedule will
//     differ. [Calendar.Official] is false for such a year and
//     [DayInfo.Projected] is true.
//   - Nothing: before 1996 and after 2100 the answer is Monday–Friday, and
//     [DayInfo.Covered] is false.
//
// When the State Council publishes a new schedule, add it without a new
// release: [Calendar.WithSchedule] from Go values, or
// [Calendar.WithHolidayCN] from a per-year file of the holiday-cn project.
// Both return a new Calendar and leave the old one untouched.
//
// For the zero [Date] (and any invalid one), IsWorkday is false,
// AddWorkdays returns the zero Date, WorkdaysBetween returns 0 and Day
// returns the zero [DayInfo]. AddWorkdays returns the zero Date too when
// the result would fall outside 0001-01-01..9999-12-31. Nothing panics.
//
// # Errors
//
// Outside input gets a typed error, never a panic: a *[DateError]
// ([ErrInvalidDate]) for a date, a *[ScheduleError] ([ErrSchedule]) naming
// the offending entry for a schedule or a holiday-cn file, and
// [ErrUnknownKind] for an unknown enum id. An error that quotes its input
// cuts it to 32 characters and masks what could be personal data passed by
// mistake (phone and ID numbers, e-mail addresses), as every package of the
// module does.
//
// # rickar/cal
//
// [Calendar.BusinessCalendar] gives a rickar/cal business calendar that
// answers exactly as the Calendar does, for its work-hour functions.
//
// # Assumptions
//
// Days are civil dates ([Date]) in the proleptic Gregorian calendar. Instants
// are converted to days in China Standard Time (UTC+8, [CST]), whatever the
// location of the time.Time given; the package never reads time.Local or
// calls time.Now.
package workday

// Package workday is the mainland-China working-day calendar: which days
// are worked, which are official holidays (放假) and which weekend days are
// worked instead (调休上班), and arithmetic in working days.
//
// It knows only the national schedule that the General Office of the State
// Council publishes each year: no regional holidays, nothing for Hong Kong,
// Macao or Taiwan, and no lunar calendar as such. Days are civil dates
// ([Date]) in the proleptic Gregorian calendar; instants become days in
// China Standard Time ([CST]) whatever their location. The package never
// reads time.Local or calls time.Now, and nothing in it panics on input.
//
//	c := workday.China()
//	due := c.AddWorkdays(workday.MustDate(2026, 9, 28), 20) // 2026-10-30
//	c.IsWorkday(workday.MustDate(2024, 2, 18))            // true: a Sunday worked
//
// [Calendar.AddWorkdays] counts like rickar/cal's WorkdaysFrom and
// [Calendar.WorkdaysBetween] is its inverse; both are table lookups of a few
// nanoseconds. [Calendar.BusinessCalendar] hands the same answers to
// rickar/cal for its work-hour functions.
//
// # Coverage
//
// Every day is answered, and [Calendar.Day] says from what:
//
//   - Official: the State Council's notices for [FirstYear]..[LastYear]
//     (2007–2026), amendments included (2015-09-03 纪念日, the 2019 Labour
//     Day change, the 2020 Spring Festival extension), each block whole as
//     the notice states it. data/cn_holidays.csv and data/cn_notices.csv
//     give each row's notice; [DataVersion] names the data.
//   - Provisional: 2027, taken from one compilation and not yet checked
//     against 《国务院办公厅关于2027年部分节假日安排的通知》: its days are
//     answered from that schedule, but [Calendar.Official](2027) is false.
//     Load the notice with [Calendar.WithHolidayCN] or
//     [Calendar.WithSchedule] once it is published.
//   - Projected: other years from 1996 to 2100, from the statutory holidays
//     of 《全国年节及纪念日放假办法》 in force that year and the lunar dates
//     of the Hong Kong Observatory's tables. No makeup day is guessed, so
//     the real schedule will differ.
//   - Not covered: before 1996 and after 2100, Monday–Friday only.
//
// # Errors
//
// Outside input gets a typed error: a *[DateError] ([ErrInvalidDate]) for a
// date, a *[ScheduleError] ([ErrSchedule]) naming the entry for a schedule
// or a holiday-cn file, [ErrNotPublished] for a holiday-cn year not yet out,
// and [ErrUnknownKind] for an unknown enum id. Quoted input is cut to 32
// characters, with phone and ID numbers and e-mail addresses masked.
package workday

package workday_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/workday"
)

// Twenty workdays after 2026-09-28 skip the National Day block
// (10-01..10-07) and count the makeup Saturday 10-10.
func ExampleCalendar_AddWorkdays() {
	c := workday.China()
	start := workday.MustDate(2026, 9, 28)
	due := c.AddWorkdays(start, 20)
	fmt.Println(due, due.Weekday())
	fmt.Println(c.WorkdaysBetween(start, due))
	for _, h := range c.HolidaysBetween(start, due) {
		fmt.Printf("%s %s..%s, %d days off\n", h.Festival.Label(), h.Start, h.End, h.Days())
	}
	// Output:
	// 2026-10-30 Friday
	// 20
	// 国庆节 2026-10-01..2026-10-07, 7 days off
}

func ExampleCalendar_Day() {
	c := workday.China()
	for _, d := range []workday.Date{
		workday.MustDate(2024, 2, 4),  // a Sunday worked before the Spring Festival
		workday.MustDate(2024, 2, 17), // a Saturday inside the block
		workday.MustDate(2027, 2, 5),  // 2027: from a compilation, notice not yet checked
		workday.MustDate(2030, 10, 2), // no schedule yet: the statutory days
	} {
		info := c.Day(d)
		basis := "not covered"
		switch {
		case info.Official:
			basis = "official"
		case info.Provisional:
			basis = "provisional"
		case info.Projected:
			basis = "projected"
		}
		fmt.Println(d, info.Kind, info.Festival.Label(), basis)
	}
	// Output:
	// 2024-02-04 makeup 春节 official
	// 2024-02-17 holiday 春节 official
	// 2027-02-05 holiday 春节 provisional
	// 2030-10-02 holiday 国庆节 projected
}

func ExampleCalendar_Holidays() {
	for _, h := range workday.China().Holidays(2025) {
		fmt.Println(h.Festival.Label(), h.Start, h.End, h.Days(), h.Makeup)
	}
	// Output:
	// 元旦 2025-01-01 2025-01-01 1 []
	// 春节 2025-01-28 2025-02-04 8 [2025-01-26 2025-02-08]
	// 清明节 2025-04-04 2025-04-06 3 []
	// 劳动节 2025-05-01 2025-05-05 5 [2025-04-27]
	// 端午节 2025-05-31 2025-06-02 3 []
	// 中秋节、国庆节 2025-10-01 2025-10-08 8 [2025-09-28 2025-10-11]
}

func ExampleCalendar_WorkdaysBetween() {
	c := workday.China()
	from, to := workday.MustDate(2026, 9, 28), workday.MustDate(2026, 10, 12)
	fmt.Println(c.WorkdaysBetween(from, to), c.WorkdaysBetween(to, from))
	// Output: 6 -6
}

func ExampleCalendar_IsWorkday() {
	c := workday.China()
	fmt.Println(c.IsWorkday(workday.MustDate(2024, 2, 12))) // a Monday inside the Spring Festival block
	fmt.Println(c.IsWorkday(workday.MustDate(2024, 2, 18))) // a Sunday worked in exchange
	// Output:
	// false
	// true
}

// A schedule announced after the release is added at run time; the
// calendar it is added to does not change.
func ExampleCalendar_WithSchedule() {
	china := workday.China()
	// Made-up 2028 dates, for the example only.
	c, err := china.WithSchedule(workday.Schedule{
		Year:   2028,
		Source: "国务院办公厅关于2028年部分节假日安排的通知",
		Holidays: []workday.Holiday{{
			Festival: workday.FestivalNewYear,
			Start:    workday.MustDate(2028, 1, 1),
			End:      workday.MustDate(2028, 1, 3),
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	jan3 := workday.MustDate(2028, 1, 3) // a Monday
	fmt.Println(c.Official(2028), c.IsWorkday(jan3))
	fmt.Println(china.Official(2028), china.IsWorkday(jan3))

	_, err = china.WithSchedule(workday.Schedule{Year: 2028, Holidays: []workday.Holiday{{
		Festival: workday.FestivalNationalDay,
		Start:    workday.MustDate(2028, 10, 1),
		End:      workday.MustDate(2028, 10, 7),
		Makeup:   []workday.Date{workday.MustDate(2028, 10, 9)},
	}}})
	var se *workday.ScheduleError
	fmt.Println(errors.As(err, &se), se.Entry)
	// Output:
	// true false
	// false true
	// true holidays[0] 国庆节 2028-10-01..2028-10-07 makeup 2028-10-09
}

// Work hours across National Day, with rickar/cal's functions.
func ExampleCalendar_BusinessCalendar() {
	bc := workday.China().BusinessCalendar() // 9:00–17:00 by default
	start := time.Date(2026, 9, 30, 16, 0, 0, 0, workday.CST)
	fmt.Println(bc.AddWorkHours(start, 2*time.Hour).Format(time.DateTime))
	// Output: 2026-10-08 10:00:00
}

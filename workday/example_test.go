package workday_test

import (
	"fmt"

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
		fmt.Printf("%s %s..%s, %d days off\n", h.Festival.Chinese(), h.Start, h.End, h.Days())
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
		workday.MustDate(2030, 10, 2), // no announced schedule yet
	} {
		info := c.Day(d)
		fmt.Println(d, info.Kind, info.Festival.Chinese(), info.Official, info.Projected)
	}
	// Output:
	// 2024-02-04 makeup 春节 true false
	// 2024-02-17 holiday 春节 true false
	// 2030-10-02 holiday 国庆节 false true
}

func ExampleCalendar_Holidays() {
	for _, h := range workday.China().Holidays(2025) {
		fmt.Println(h.Festival.Chinese(), h.Start, h.End, h.Days(), h.Makeup)
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

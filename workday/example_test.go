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

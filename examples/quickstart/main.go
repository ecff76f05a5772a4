// Command quickstart walks through what the beian library offers.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/beian-go/beian/workday"
)

func main() {
	start := flag.String("start", "", "first day of the walk-through, YYYY-MM-DD (default: today in China Standard Time)")
	flag.Parse()

	day := workday.DateOf(time.Now())
	if *start != "" {
		d, err := workday.ParseDate(*start)
		if err != nil {
			fmt.Fprintln(os.Stderr, "quickstart:", err)
			os.Exit(2)
		}
		day = d
	}
	fmt.Printf("今天 Today: %s (%s)\n", day, day.Weekday())
	fmt.Printf("一周后 In a week: %s\n", day.AddDays(7))
}

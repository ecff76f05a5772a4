// Command estimate tells when a mini program's ICP filing submitted on a
// given day is expected to be done, counted in mainland working days:
// the earliest and latest completion days, each stage's window, the days
// off in between, and a month calendar of the period marking weekends,
// holidays and makeup workdays.
//
// Usage:
//
//	go run ./examples/estimate [-submitted 2026-09-28] [-json]
//
// Without -submitted the filing is taken as submitted today (China
// Standard Time). The submission is taken to happen at 10:00 that day;
// the day of submission itself never counts. -json prints the estimate
// as package deadline returns it. A date that does not parse is an error
// and exit status 2.
//
// Days in a year without an announced schedule are marked 推算 projected
// (1996–2100: statutory holidays, no makeup days); days before 1996 or
// after 2100 have no calendar and count Monday to Friday.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/workday"
)

func main() {
	// The clock is read here and nowhere else.
	os.Exit(run(os.Args[1:], workday.DateOf(time.Now()), os.Stdout, os.Stderr))
}

// submitHour is the time of day the submission is taken to happen.
const submitHour = 10

// run is the whole program: parse args, estimate, write to stdout. today
// is the default submission day. It returns the exit status.
func run(args []string, today workday.Date, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("estimate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	submittedFlag := fs.String("submitted", "", "day of submission, `YYYY-MM-DD` (default: today in China Standard Time)")
	asJSON := fs.Bool("json", false, "print the estimate as JSON")
	// The flag package's own messages are silenced: -h prints the usage
	// below, a bad flag one line.
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "usage: estimate [-submitted YYYY-MM-DD] [-json]")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		fmt.Fprintf(stderr, "estimate: %v (-h lists the flags)\n", err)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "estimate: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	day := today
	if *submittedFlag != "" {
		d, err := workday.ParseDate(*submittedFlag)
		if err != nil {
			fmt.Fprintf(stderr, "estimate: -submitted %q: want a date such as 2026-09-28\n", *submittedFlag)
			return 2
		}
		day = d
	}

	cal := workday.China()
	submitted := day.Time().Add(submitHour * time.Hour)
	est, err := deadline.EstimateFiling(cal, submitted)
	if err != nil {
		fmt.Fprintln(stderr, "estimate:", err)
		return 1
	}
	if *asJSON {
		b, err := json.MarshalIndent(est, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, "estimate:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
		return 0
	}
	writeText(stdout, cal, day, est)
	return 0
}

// writeText prints the estimate for a reader.
func writeText(w io.Writer, cal *workday.Calendar, day workday.Date, est deadline.Estimate) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }

	p("备案完成时间估算 Filing completion estimate\n")
	p("提交 Submitted:     %s %02d:00 CST\n", termtext.Day(day), submitHour)
	p("最早完成 Earliest:  %s  第 %d 个工作日 workday %d\n", termtext.Day(est.Earliest), deadline.FilingMinWorkdays, deadline.FilingMinWorkdays)
	p("最晚完成 Latest:    %s  第 %d 个工作日 workday %d\n", termtext.Day(est.Latest), deadline.FilingMaxWorkdays, deadline.FilingMaxWorkdays)
	p("%s", termtext.Wrap(0, est.Explain(true)))
	p("%s", termtext.Wrap(0, est.Explain(false)))
	if ys := est.UncoveredYears; len(ys) > 0 {
		p("%s", termtext.Wrap(0, fmt.Sprintf("日历不含 %s 年，按周一至周五计算，不计节假日", joinYears(ys, "、"))))
		p("%s", termtext.Wrap(0, fmt.Sprintf("no calendar for %s: counted Monday to Friday, no holidays", joinYears(ys, ", "))))
	}

	p("\n各阶段时限 Stage windows\n")
	for _, win := range est.Windows {
		p("  %s %s, %s\n", win.Clock.Label(), win.Clock.English(), limitText(win.Clock.Limit()))
		p("    %s .. %s", termtext.Day(win.Earliest), termtext.Day(win.Latest))
		from, to := cal.Day(win.Earliest).Covered(), cal.Day(win.Latest).Covered()
		switch {
		case !from && !to:
			p("  无日历 no calendar")
		case !from || !to:
			p("  部分无日历 partly no calendar")
		case win.Projected:
			p("  推算 projected")
		}
		p("\n")
	}
	p("  各阶段按用满前序时限计算，可晚于总体最晚完成日。\n")
	p("  Later stages assume every earlier one used its whole limit.\n")

	p("\n期间休息 Days off\n")
	if len(est.Holidays) == 0 {
		p("  无 none\n")
	}
	for _, h := range est.Holidays {
		kind := "公布 announced"
		if info := cal.Day(h.Start); info.Provisional {
			kind = "暂定 tentative"
		} else if !h.Official {
			kind = "推算 projected"
		}
		p("  %s %s: %s .. %s, %d 天 %s off, %s\n", h.Festival.Label(), h.Festival.English(), h.Start, h.End, h.Days,
			plural(h.Days, "day"), kind)
	}

	p("\n日历 Calendar\n")
	writeCalendar(w, cal, day, est)
}

// joinYears writes years separated by sep.
func joinYears(years []int, sep string) string {
	parts := make([]string, len(years))
	for i, y := range years {
		parts[i] = strconv.Itoa(y)
	}
	return strings.Join(parts, sep)
}

// limitText describes a stage's time limit.
func limitText(l deadline.Limit) string {
	if l.Validity == 0 {
		return fmt.Sprintf("%d-%d 个工作日 workdays", l.MinWorkdays, l.MaxWorkdays)
	}
	h := int(l.Validity.Hours())
	return fmt.Sprintf("%d 小时 hours", h)
}

// The calendar marks. Each day is a cell of four columns: a milestone
// letter, the day of the month, and the kind of day.
const (
	markHoliday = '*'
	markMakeup  = '+'
	markWeekend = '.'
)

// writeCalendar prints the months from the submission to the latest
// completion day, two side by side.
func writeCalendar(w io.Writer, cal *workday.Calendar, submitted workday.Date, est deadline.Estimate) {
	milestones := map[workday.Date]byte{submitted: 'S', est.Earliest: 'E', est.Latest: 'L'}
	var months []workday.Date // first day of each month
	for m := firstOfMonth(submitted); !m.After(est.Latest); m = addMonth(m) {
		months = append(months, m)
	}
	for i := 0; i < len(months); i += 2 {
		blocks := [][]string{monthBlock(cal, months[i], milestones)}
		if i+1 < len(months) {
			blocks = append(blocks, monthBlock(cal, months[i+1], milestones))
		}
		rows := 0
		for _, b := range blocks {
			rows = max(rows, len(b))
		}
		for r := 0; r < rows; r++ {
			var line strings.Builder
			for j, b := range blocks {
				cell := ""
				if r < len(b) {
					cell = b[r]
				}
				if j > 0 {
					line.WriteString("    ")
				}
				line.WriteString(termtext.Pad(cell, monthWidth))
			}
			fmt.Fprintf(w, "%s\n", strings.TrimRight(line.String(), " "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "S 提交 submitted   E 最早完成 earliest   L 最晚完成 latest\n")
	fmt.Fprintf(w, "%c 节假日 holiday   %c 调休上班 makeup workday   %c 周末 weekend\n",
		markHoliday, markMakeup, markWeekend)
}

// monthWidth is the width of one month: seven cells of four columns and
// the spaces between them.
const monthWidth = 7*4 + 6

// monthBlock returns the lines of one month, weeks starting on Monday.
func monthBlock(cal *workday.Calendar, first workday.Date, milestones map[workday.Date]byte) []string {
	lines := []string{
		fmt.Sprintf("%d年%d月 %s", first.Year(), first.Month(), first.Month()),
		"  一   二   三   四   五   六   日",
	}
	cells := make([]string, (int(first.Weekday())+6)%7) // blanks before the 1st
	for i := range cells {
		cells[i] = "    "
	}
	for d := first; d.Month() == first.Month(); d = d.AddDays(1) {
		lead := byte(' ')
		if m, ok := milestones[d]; ok {
			lead = m
		}
		mark := byte(' ')
		switch cal.Day(d).Kind {
		case workday.KindHoliday:
			mark = markHoliday
		case workday.KindMakeup:
			mark = markMakeup
		case workday.KindWeekend:
			mark = markWeekend
		}
		cells = append(cells, fmt.Sprintf("%c%2d%c", lead, d.Day(), mark))
		if d.AddDays(1).IsZero() {
			break // 9999-12-31
		}
	}
	for i := 0; i < len(cells); i += 7 {
		lines = append(lines, strings.Join(cells[i:min(i+7, len(cells))], " "))
	}
	return lines
}

func firstOfMonth(d workday.Date) workday.Date {
	return d.AddDays(1 - d.Day())
}

// addMonth returns the first day of the next month, or the zero Date
// after 9999-12.
func addMonth(first workday.Date) workday.Date {
	y, m, _ := first.Date()
	if m == time.December {
		y, m = y+1, time.January
	} else {
		m++
	}
	d, err := workday.NewDate(y, m, 1)
	if err != nil {
		return workday.Date{}
	}
	return d
}

// plural writes "day" or "days".
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

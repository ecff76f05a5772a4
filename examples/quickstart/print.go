package main

import (
	"fmt"
	"time"

	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// This file lays out the walk's output: sections, a dated timeline with
// the days off in between, problems and changes, in Chinese and English,
// each line at most 80 columns.

func (w *walk) printf(format string, a ...any) { fmt.Fprintf(w.out, format, a...) }

// name masks a person's name as the library prints names: its first
// character and "**". Names are personal data too, even fictional ones.
func name(s string) string {
	for _, r := range s {
		return string(r) + "**"
	}
	return ""
}

func (w *walk) section(n, title string) {
	w.printf("\n%s. %s\n", n, title)
}

// problems lists problems, each with its field path and its messages in
// Chinese and English; "!" marks one that blocks the submission, "~" a
// warning. A missing material takes one line: the steps after the check
// add them.
func (w *walk) problems(ps filing.Problems) {
	for _, p := range ps {
		switch {
		case p.Code == "materials.missing":
			w.printf("  ! %s: 缺少 missing\n", p.Field)
			continue
		case p.Severity.Blocking():
			w.printf("  ! %s\n", p.Field)
		default:
			w.printf("  ~ %s (警告 warning)\n", p.Field)
		}
		w.printf("%s", termtext.Wrap(4, p.Text("zh")))
		w.printf("%s", termtext.Wrap(4, p.Text("en")))
	}
}

// changes prints what each change did to the record and what the
// merchant must do now, by when.
func (w *walk) changes(cs []filing.Change) {
	for _, c := range cs {
		w.note("%s %s", c.Event.Label(), c.Event.English())
		w.note("-> %s", stageText(c.To))
		w.note("待办 To do: %s", c.Todo.Label())
		w.note("%s", c.Todo.English())
		if c.Todo == filing.TodoVerifySMS {
			w.note("短信来自 12381 the SMS comes from 12381")
		}
		if !c.Due.IsZero() {
			w.note("截止 Due: %s", stamp(c.Due))
		}
		if c.To == filing.StageFiled {
			w.note("备案号 Filing number: %s", w.app.FilingNumber())
		}
	}
}

// textColumn is where the text of a timeline line starts.
const textColumn = 29

// entry prints one timeline line, preceded by the holidays and makeup
// workdays between the previous entry and this one.
func (w *walk) entry(t time.Time, what string) {
	if !w.last.IsZero() {
		w.between(workday.DateOf(w.last), workday.DateOf(t))
	}
	w.last = t
	w.printf("  %s %s  %s\n", termtext.Day(workday.DateOf(t)), t.In(workday.CST).Format("15:04"), what)
}

// note prints a detail line under a timeline entry, wrapped to the
// terminal width.
func (w *walk) note(format string, a ...any) {
	w.printf("%s", termtext.Wrap(textColumn, fmt.Sprintf(format, a...)))
}

// between prints the days off and makeup workdays strictly between two
// days of the timeline.
func (w *walk) between(from, to workday.Date) {
	first, last := from.AddDays(1), to.AddDays(-1)
	if last.Before(first) {
		return
	}
	for _, h := range w.cal.HolidaysBetween(first, last) {
		start, end := h.Start, h.End
		if start.Before(first) {
			start = first
		}
		if end.After(last) {
			end = last
		}
		days := end.DaysSince(start) + 1
		span := termtext.Day(start)
		if days > 1 {
			span = fmt.Sprintf("%s..%02d-%02d", start, end.Month(), end.Day())
		}
		w.printf("  %s%s放假 %d 天 %s, %s off\n", termtext.Pad(span, textColumn-2), h.Festival.Label(), days, h.Festival.English(), termtext.Count(days, "day"))
		switch {
		case h.Provisional:
			w.note("暂定：%d 年安排未经通知核对 provisional, not checked against the notice", h.Year)
		case !h.Official:
			w.note("推算：%d 年安排未公布 projected, not announced", h.Year)
		}
		for _, m := range h.Makeup {
			if !m.Before(first) && !m.After(last) {
				w.printf("  %s调休上班 makeup workday\n", termtext.Pad(termtext.Day(m), textColumn-2))
			}
		}
	}
}

// dayOff describes d when it is not worked: "（中秋节放假 holiday）".
func (w *walk) dayOff(d workday.Date) string {
	info := w.cal.Day(d)
	switch info.Kind {
	case workday.KindHoliday:
		return fmt.Sprintf("（%s放假 holiday）", info.Festival.Label())
	case workday.KindWeekend:
		return "（周末 weekend）"
	}
	return ""
}

// stageText is a filing stage in Chinese and English.
func stageText(s filing.Stage) string { return s.Label() + " " + s.English() }

// at returns hh:mm China Standard Time on d.
func at(d workday.Date, hh, mm int) time.Time {
	return d.Time().Add(time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute)
}

// stamp writes an instant in China Standard Time, to the minute.
func stamp(t time.Time) string { return t.In(workday.CST).Format("2006-01-02 15:04") }

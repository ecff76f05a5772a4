package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// Estimate is when a filing is expected to be done, with the windows still
// to run and the holidays inside. The zero Estimate means no estimate. Its
// slices are fresh on each call; it is safe for concurrent reads.
type Estimate struct {
	From     time.Time    `json:"from"`              // the submission, or the start of the running clock
	Clock    Clock        `json:"clock"`             // the clock running at From
	Earliest workday.Date `json:"earliest"`          // first day the filing is expected to be done
	Latest   workday.Date `json:"latest"`            // last day it is expected to be done
	Overdue  bool         `json:"overdue,omitempty"` // made after Latest ended
	// Windows are those of the clocks still to run, in order. A later one
	// runs from the earliest moment its clock can start to its limit after
	// every earlier clock used its whole limit, so the bureau review's
	// Latest can be after the overall, typical, Latest.
	Windows []Window `json:"windows"`
	// Holidays are the blocks of days off after the day of From (or of
	// the moment of the estimate) through Latest, clipped to that span.
	Holidays []HolidayOff `json:"holidays,omitempty"`
	// ProjectedYears lists every year up to the last window's Latest that
	// the calendar does not call official: projected, provisional or not
	// covered. Of these, ProvisionalYears have a schedule the calendar
	// holds but does not confirm (workday.DayInfo.Provisional),
	// UncoveredYears have no data (Monday to Friday only) and MissingYears
	// are no longer to come (before an official year, or begun at the
	// moment of the estimate); the others are not announced yet.
	ProjectedYears   []int `json:"projected_years,omitempty"`
	ProvisionalYears []int `json:"provisional_years,omitempty"`
	UncoveredYears   []int `json:"uncovered_years,omitempty"`
	MissingYears     []int `json:"missing_years,omitempty"`
}

// HolidayOff is the part of a block of days off inside an estimate's
// window, weekend days in the block included. Official is false for a
// block that is not announced. The zero value means no days off; it is a
// plain value, safe for concurrent use.
type HolidayOff struct {
	Festival workday.Festival `json:"festival"`
	Start    workday.Date     `json:"start"`
	End      workday.Date     `json:"end"`
	Days     int              `json:"days"`
	Official bool             `json:"official"`
}

// filingClocks are the indexes of the clocks of a submitted filing, in
// order: platform review, SMS, bureau review.
var filingClocks = [...]int{3, 4, 5}

// EstimateFiling estimates when a filing submitted at submitted will be
// done (the 3rd to the 20th workday after the day of submission) and the
// window of each clock, counting workdays with cal. A nil cal or a zero
// submitted is an error wrapping [ErrMissing]; an estimate outside the
// years 1..9999 one wrapping [ErrInvalid].
func EstimateFiling(cal *workday.Calendar, submitted time.Time) (Estimate, error) {
	if submitted.IsZero() {
		return Estimate{}, errorf("submitted", ErrMissing, "the moment of submission is unset")
	}
	if cal == nil {
		return Estimate{}, errorf("calendar", ErrMissing, "no working-day calendar given")
	}
	e, ok := estimate(cal, 0, submitted.In(workday.CST), time.Time{})
	if !ok {
		return Estimate{}, errorf("submitted", ErrInvalid, "the estimate falls outside the years 1..9999")
	}
	return e, nil
}

// EstimateRemaining is [EstimateFiling] seen at now for a filing whose
// clock c (ClockPlatformReview from submission, ClockSMS or
// ClockBureauReview) started at started. After platform review the range
// is the bureau review's window. Earliest is never before the first
// workday from now's day; past Latest it equals Latest and Overdue is set.
// Whether c itself has run over is for [Check]. It returns the errors of
// Check, and one wrapping [ErrInvalid] for the face-task clocks.
func EstimateRemaining(cal *workday.Calendar, c Clock, started, now time.Time) (Estimate, error) {
	step := 0
	for step < len(filingClocks) && filingClocks[step] != c.index() {
		step++
	}
	switch {
	case !c.IsValid():
		return Estimate{}, errUnknown(&clockNames, string(c))
	case step == len(filingClocks):
		return Estimate{}, errorf("clock", ErrInvalid, "%s is not a clock of a submitted filing", c)
	}
	if _, err := Check(cal, c, started, now); err != nil {
		return Estimate{}, err
	}
	e, ok := estimate(cal, step, started.In(workday.CST), now.In(workday.CST))
	if !ok {
		return Estimate{}, errorf("started", ErrInvalid, "the estimate falls outside the years 1..9999")
	}
	return e, nil
}

// estimate builds the Estimate of a filing at step step of filingClocks
// since from, seen at now (zero for an estimate at submission). It reports
// false when a day falls outside the years 1..9999.
func estimate(cal *workday.Calendar, step int, from, now time.Time) (Estimate, bool) {
	e := Estimate{From: from, Clock: clocks[filingClocks[step]]}
	var ok bool
	if e.Windows, ok = windowsFrom(cal, step, from); !ok {
		return Estimate{}, false
	}
	fromDay := workday.DateOf(from)
	if !e.setRange(cal, step, fromDay) {
		return Estimate{}, false
	}
	seen := fromDay
	if !now.IsZero() {
		seen = e.seenOn(cal, now)
	}
	e.Holidays = holidaysIn(cal, seen.AddDays(1), e.Latest)
	e.listYears(cal, fromDay, now)
	return e, true
}

// windowsFrom returns the windows of the clocks of a filing from step on:
// the current one started at from, each later one from the earliest to
// the latest moment the clock before it can end.
func windowsFrom(cal *workday.Calendar, step int, from time.Time) ([]Window, bool) {
	ws := make([]Window, 0, len(filingClocks)-step)
	w, ok := windowAt(cal, filingClocks[step], from)
	if !ok {
		return nil, false
	}
	ws = append(ws, w)
	for _, ci := range filingClocks[step+1:] {
		if w, ok = nextWindow(cal, ws[len(ws)-1], ci); !ok {
			return nil, false
		}
		ws = append(ws, w)
	}
	return ws, true
}

// nextWindow returns the window of the clock of index ci that starts when
// the clock of prev ends: from the earliest moment (the start of prev's
// Earliest day for a workday limit, prev's start for a wall-clock one) to
// the limit counted from prev's Deadline.
func nextWindow(cal *workday.Calendar, prev Window, ci int) (Window, bool) {
	start := prev.Start
	if limits[prev.Clock.index()].isWorkdays() {
		start = prev.Earliest.Time()
	}
	early, ok1 := windowAt(cal, ci, start)
	late, ok2 := windowAt(cal, ci, prev.Deadline)
	if !ok1 || !ok2 {
		return Window{}, false
	}
	early.Latest, early.Deadline = late.Latest, late.Deadline
	early.Projected = early.Projected || late.Projected || unofficial(cal, workday.DateOf(start), late.Latest)
	return early, true
}

// setRange sets Earliest and Latest: the typical 3rd and 20th workdays
// after the day of submission in platform review, the bureau review's
// window later. It reports false outside the years 1..9999.
func (e *Estimate) setRange(cal *workday.Calendar, step int, fromDay workday.Date) bool {
	if step == 0 {
		e.Earliest = cal.AddWorkdays(fromDay, FilingMinWorkdays)
		e.Latest = cal.AddWorkdays(fromDay, FilingMaxWorkdays)
	} else {
		last := e.Windows[len(e.Windows)-1]
		e.Earliest, e.Latest = last.Earliest, last.Latest
	}
	return e.Earliest.IsValid() && e.Latest.IsValid()
}

// seenOn moves the range to what is still possible at now: Earliest not
// before the first workday from now's day and not after Latest, Overdue
// once Latest has ended. It returns now's day.
func (e *Estimate) seenOn(cal *workday.Calendar, now time.Time) workday.Date {
	today := workday.DateOf(now)
	first := today
	if !cal.IsWorkday(first) {
		first = cal.AddWorkdays(today, 1)
	}
	if e.Earliest.Before(first) {
		e.Earliest = first
	}
	e.Overdue = now.After(endOfDay(e.Latest))
	if e.Latest.Before(e.Earliest) {
		e.Earliest = e.Latest
	}
	return today
}

// listYears fills ProjectedYears and its kinds for the
// years from that of fromDay to that of the latest day of the estimate.
// The calendar's ranges are looked up only when a year is not official,
// which is rare.
func (e *Estimate) listYears(cal *workday.Calendar, fromDay workday.Date, now time.Time) {
	end := e.Latest
	for _, w := range e.Windows {
		if w.Latest.After(end) {
			end = w.Latest
		}
	}
	// A year's schedule is announced before the year begins: one that had
	// begun at the moment of the estimate, or that precedes an official
	// one, is missing from the calendar rather than not yet announced.
	begun := fromDay.Year()
	if !now.IsZero() {
		begun = max(begun, workday.DateOf(now).Year())
	}
	looked, lastOfficial, projFirst, projLast := false, 0, 0, 0
	for y := fromDay.Year(); y <= end.Year(); y++ {
		if cal.Official(y) {
			continue
		}
		if !looked {
			looked, lastOfficial = true, lastOfficialYear(cal)
			projFirst, projLast = cal.ProjectedYears()
		}
		e.ProjectedYears = append(e.ProjectedYears, y)
		switch {
		case cal.Day(workday.MustDate(y, time.January, 1)).Provisional:
			e.ProvisionalYears = append(e.ProvisionalYears, y)
		case y < projFirst || y > projLast:
			e.UncoveredYears = append(e.UncoveredYears, y)
		case y < lastOfficial || y <= begun:
			e.MissingYears = append(e.MissingYears, y)
		}
	}
}

// lastOfficialYear returns the last year cal calls official, 0 when none.
// It asks Official rather than trusting the range of Years, so that a
// year the calendar holds but does not confirm counts as not official.
func lastOfficialYear(cal *workday.Calendar) int {
	first, last := cal.Years()
	for y := last; y >= first && y > 0; y-- {
		if cal.Official(y) {
			return y
		}
	}
	return 0
}

// holidaysIn returns the days off of each block with days in [from, to].
func holidaysIn(cal *workday.Calendar, from, to workday.Date) []HolidayOff {
	var out []HolidayOff
	for _, h := range cal.HolidaysBetween(from, to) {
		start, end := h.Start, h.End
		if start.Before(from) {
			start = from
		}
		if end.After(to) {
			end = to
		}
		if end.Before(start) {
			continue
		}
		out = append(out, HolidayOff{
			Festival: h.Festival, Start: start, End: end,
			Days: end.DaysSince(start) + 1, Official: h.Official,
		})
	}
	return out
}

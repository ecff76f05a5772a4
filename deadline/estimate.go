package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// Estimate is when a filing is expected to be done, with the window of
// each stage still to run and the holidays that fall inside.
//
// The zero Estimate (Stage StageUnknown) means no estimate. An Estimate is
// a value built fresh by each call: its slices are not shared, and it is
// safe for concurrent reads.
type Estimate struct {
	// From is the instant the estimate counts from: the submission for
	// EstimateFiling, the moment the current stage was entered for
	// EstimateRemaining.
	From time.Time `json:"from"`
	// Stage is the stage the filing is in at From.
	Stage Stage `json:"stage"`
	// Earliest and Latest are the first and last days on which the filing
	// is expected to be done. From a submission they are the 3rd and 20th
	// workdays after the day of submission (FilingMinWorkdays,
	// FilingMaxWorkdays).
	Earliest workday.Date `json:"earliest"`
	Latest   workday.Date `json:"latest"`
	// Overdue is true when the estimate was made at a moment after
	// 23:59:59 China Standard Time on Latest.
	Overdue bool `json:"overdue,omitempty"`
	// Stages are the windows of the stages still to run, in order:
	// platform review, SMS verification, bureau review (or the tail of
	// that list). A later stage's window runs from the earliest moment it
	// can begin to its limit after every earlier stage used its whole
	// limit, so the bureau review's Latest can be later than the overall
	// Latest: the overall range is the typical one, the stage limits are
	// the maxima each step allows.
	Stages []Window `json:"stages"`
	// Holidays are the blocks of days off that have days in the window
	// counted (the day after the day of From, or of the moment of the
	// estimate, through Latest), clipped to it.
	Holidays []HolidayOff `json:"holidays,omitempty"`
	// ProjectedYears lists, in order, the years the estimate reaches into
	// (up to the latest stage deadline) that have no schedule announced by
	// the State Council in the calendar used: their workdays are a
	// projection, or plain Monday to Friday for UncoveredYears. Empty when
	// every year is announced.
	ProjectedYears []int `json:"projected_years,omitempty"`
	// UncoveredYears lists, in order, those of ProjectedYears that the
	// calendar has no data for at all, neither a schedule nor a projection
	// (before 1996 or after 2100 in workday.China; see
	// workday.DayInfo.Covered): their days count Monday to Friday, without
	// holidays.
	UncoveredYears []int `json:"uncovered_years,omitempty"`
	// MissingYears lists, in order, those of ProjectedYears that the
	// calendar projects although their schedule is no longer to come:
	// years before the calendar's last announced year, and years that had
	// begun at the moment of the estimate (a year's schedule is announced
	// before the year starts). A calendar with newer data would answer
	// them. The projected years in neither list are not yet announced.
	MissingYears []int `json:"missing_years,omitempty"`
}

// Projected reports whether the estimate rests on a year whose holiday
// schedule is not announced in the calendar used.
func (e Estimate) Projected() bool { return len(e.ProjectedYears) > 0 }

// HolidayOff is the part of a block of days off that falls inside an
// estimate's window.
//
// The zero value means no days off. It is a plain value, safe for
// concurrent use.
type HolidayOff struct {
	Festival workday.Festival `json:"festival"`
	// Start and End are the first and last days off inside the window.
	Start workday.Date `json:"start"`
	End   workday.Date `json:"end"`
	// Days counts the days off inside the window, weekend days in the
	// block included.
	Days int `json:"days"`
	// Official is true when the block was announced by the State Council,
	// false when it is projected.
	Official bool `json:"official"`
}

// timedStages are the clocks of a submitted filing, in order.
var timedStages = [...]Stage{StagePlatformReview, StageSMSVerification, StageBureauReview}

// EstimateFiling estimates, for a filing submitted at submitted, the
// earliest and latest days it is expected to be done (the 3rd and the
// 20th workday after the day of submission) and the window of each stage,
// counting workdays with cal ([workday.China] for the mainland calendar, or
// any other [workday.Calendar]). Years the calendar has no announced
// schedule for are listed in [Estimate.ProjectedYears], and among them the
// ones it has no data for in UncoveredYears and the ones whose schedule it
// lacks although they are no longer to come in MissingYears.
//
// It returns an error wrapping [ErrMissing] for a nil cal or a zero
// submitted, and one wrapping [ErrInvalid] when the estimate falls outside
// the years 0001..9999.
func EstimateFiling(cal *workday.Calendar, submitted time.Time) (Estimate, error) {
	if submitted.IsZero() {
		return Estimate{}, errorf("submitted", ErrMissing, "the moment of submission is unset")
	}
	if cal == nil {
		return Estimate{}, errorf("calendar", ErrMissing, "no working-day calendar given")
	}
	e, ok := estimate(cal, StagePlatformReview, submitted.In(workday.CST), time.Time{})
	if !ok {
		return Estimate{}, errorf("submitted", ErrInvalid, "the estimate falls outside the years 1..9999")
	}
	return e, nil
}

// EstimateRemaining estimates, for a filing in stage s since entered, the
// days on which it is expected to be done as seen at now, and the windows
// of the stages still to run. s must be StagePlatformReview,
// StageSMSVerification or StageBureauReview; for a filing in platform
// review, entered is the moment of submission.
//
// In platform review the overall range is that of [EstimateFiling]; in a
// later stage it is the range of the bureau review's window. Earliest is
// never before the first workday on or after the day of now; when now is
// past Latest, Earliest equals Latest and Overdue is set.
//
// The estimate does not say whether the current stage has run over its
// own limit (an expired SMS returns the filing, and the estimate no longer
// holds): use [Check], or Stages[0].Past(now).
//
// It returns the errors of [Check], and one wrapping [ErrInvalid] for a
// stage that is not part of a submitted filing.
func EstimateRemaining(cal *workday.Calendar, s Stage, entered, now time.Time) (Estimate, error) {
	if s != StagePlatformReview && s != StageSMSVerification && s != StageBureauReview {
		return Estimate{}, errorf("stage", ErrInvalid, "stage %q is not a stage of a submitted filing", s.String())
	}
	if _, err := Check(cal, s, entered, now); err != nil {
		return Estimate{}, err
	}
	e, ok := estimate(cal, s, entered.In(workday.CST), now.In(workday.CST))
	if !ok {
		return Estimate{}, errorf("entered", ErrInvalid, "the estimate falls outside the years 1..9999")
	}
	return e, nil
}

// estimate builds the Estimate of a filing in stage s since from, seen at
// now (zero for an estimate at submission). It reports false when a day
// falls outside the years 1..9999.
func estimate(cal *workday.Calendar, s Stage, from, now time.Time) (Estimate, bool) {
	e := Estimate{From: from, Stage: s}
	var ok bool
	if e.Stages, ok = windowsFrom(cal, s, from); !ok {
		return Estimate{}, false
	}
	fromDay := workday.DateOf(from)
	if !e.setRange(cal, fromDay) {
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

// windowsFrom returns the windows of the stages of a filing from stage s
// on: s started at from, each later one from the earliest to the latest
// moment the stage before it can end.
func windowsFrom(cal *workday.Calendar, s Stage, from time.Time) ([]Window, bool) {
	i := 0
	for timedStages[i] != s {
		i++
	}
	ws := make([]Window, 0, len(timedStages)-i)
	w, ok := stageWindow(cal, s, from)
	if !ok {
		return nil, false
	}
	ws = append(ws, w)
	for _, next := range timedStages[i+1:] {
		if w, ok = nextWindow(cal, ws[len(ws)-1], next); !ok {
			return nil, false
		}
		ws = append(ws, w)
	}
	return ws, true
}

// nextWindow returns the window of stage next that starts when prev ends:
// from the earliest moment (the start of prev's Earliest day for a workday
// limit, prev's start for a wall-clock one) to the limit counted from
// prev's Deadline.
func nextWindow(cal *workday.Calendar, prev Window, next Stage) (Window, bool) {
	start := prev.Start
	if limits[prev.Stage].IsWorkdays() {
		start = prev.Earliest.Time()
	}
	early, ok1 := stageWindow(cal, next, start)
	late, ok2 := stageWindow(cal, next, prev.Deadline)
	if !ok1 || !ok2 {
		return Window{}, false
	}
	early.Latest, early.Deadline = late.Latest, late.Deadline
	early.Projected = early.Projected || late.Projected || unannounced(cal, workday.DateOf(start), late.Latest)
	return early, true
}

// setRange sets Earliest and Latest: the typical 3rd and 20th workdays
// after the day of submission in platform review, the bureau review's
// window later. It reports false outside the years 1..9999.
func (e *Estimate) setRange(cal *workday.Calendar, fromDay workday.Date) bool {
	if e.Stage == StagePlatformReview {
		e.Earliest = cal.AddWorkdays(fromDay, FilingMinWorkdays)
		e.Latest = cal.AddWorkdays(fromDay, FilingMaxWorkdays)
	} else {
		last := e.Stages[len(e.Stages)-1]
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
	e.Overdue = now.After(EndOfDay(e.Latest))
	if e.Latest.Before(e.Earliest) {
		e.Earliest = e.Latest
	}
	return today
}

// listYears fills ProjectedYears, UncoveredYears and MissingYears for the
// years from that of fromDay to that of the latest day of the estimate.
// The calendar's ranges are looked up only when a year lacks its
// schedule, which is rare.
func (e *Estimate) listYears(cal *workday.Calendar, fromDay workday.Date, now time.Time) {
	end := e.Latest
	for _, w := range e.Stages {
		if w.Latest.After(end) {
			end = w.Latest
		}
	}
	// A year's schedule is announced before the year begins: one that had
	// begun at the moment of the estimate, or that precedes an announced
	// one, is missing from the calendar rather than unannounced.
	begun := fromDay.Year()
	if !now.IsZero() {
		begun = max(begun, workday.DateOf(now).Year())
	}
	lastOfficial, projFirst, projLast := -1, 0, 0
	for y := fromDay.Year(); y <= end.Year(); y++ {
		if cal.Official(y) {
			continue
		}
		if lastOfficial < 0 {
			_, lastOfficial = cal.Years()
			projFirst, projLast = cal.ProjectedYears()
		}
		e.ProjectedYears = append(e.ProjectedYears, y)
		switch {
		case y < projFirst || y > projLast:
			e.UncoveredYears = append(e.UncoveredYears, y)
		case y <= lastOfficial || y <= begun:
			e.MissingYears = append(e.MissingYears, y)
		}
	}
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

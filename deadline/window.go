package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// Window is the time one stage may take, from the instant its clock
// started, under the conventions of the package documentation.
//
// For a workday limit, Earliest and Latest are the MinWorkdays-th and
// MaxWorkdays-th workdays after the day of Start, and Deadline is 23:59:59
// China Standard Time on Latest. For a wall-clock limit, Deadline is Start
// plus the validity, Earliest the day of Start and Latest the day of
// Deadline.
//
// The zero Window (Stage StageUnknown) means no window. Window is a plain
// value, safe for concurrent use.
type Window struct {
	Stage Stage `json:"stage"`
	// Start is when the clock started, in China Standard Time. In an
	// Estimate, a later stage's Start is the earliest instant it can
	// begin.
	Start time.Time `json:"start"`
	// Earliest is the first day on which the stage is expected to end.
	Earliest workday.Date `json:"earliest"`
	// Latest is the last day within the limit. In an Estimate, a later
	// stage's Latest assumes that every stage before it used its whole
	// limit.
	Latest workday.Date `json:"latest"`
	// Deadline is the last instant within the limit; the limit is passed
	// at any later instant.
	Deadline time.Time `json:"deadline"`
	// Projected is true when the window reaches into a year whose holiday
	// schedule the State Council has not announced in the calendar used,
	// so the workdays in it are a projection.
	Projected bool `json:"projected,omitempty"`
}

// Past reports whether the window's limit is passed at now: now is after
// Deadline. It reports false for the zero Window.
func (w Window) Past(now time.Time) bool {
	return !w.Deadline.IsZero() && now.After(w.Deadline)
}

// StageWindow returns the window of stage s whose clock started at
// entered (the moment the stage was entered, the SMS was sent or the face
// task was created), counting workdays with cal ([workday.China] for the
// mainland calendar, or any other [workday.Calendar]).
//
// It returns an error wrapping [ErrMissing] for a nil cal or a zero
// entered, and one wrapping [ErrInvalid] for an unknown stage or a window
// outside the years 0001..9999.
func StageWindow(cal *workday.Calendar, s Stage, entered time.Time) (Window, error) {
	if !s.IsValid() {
		return Window{}, errorf("stage", ErrInvalid, "unknown stage %d", uint8(s))
	}
	if entered.IsZero() {
		return Window{}, errorf("entered", ErrMissing, "the moment the %s clock started is unset", s)
	}
	if cal == nil {
		return Window{}, errorf("calendar", ErrMissing, "no working-day calendar given")
	}
	w, ok := stageWindow(cal, s, entered.In(workday.CST))
	if !ok {
		return Window{}, errorf("entered", ErrInvalid, "the %s window falls outside the years 1..9999", s)
	}
	return w, nil
}

// stageWindow computes the window; cal and s are valid and entered is set.
// It reports false when a day falls outside the years 1..9999.
func stageWindow(cal *workday.Calendar, s Stage, entered time.Time) (Window, bool) {
	l := limits[s]
	w := Window{Stage: s, Start: entered}
	day := workday.DateOf(entered)
	if !day.IsValid() {
		return Window{}, false
	}
	if !l.IsWorkdays() {
		w.Deadline = entered.Add(time.Duration(l.Validity))
		w.Earliest = day
		w.Latest = workday.DateOf(w.Deadline)
		if !w.Latest.IsValid() {
			return Window{}, false
		}
		return w, true
	}
	w.Earliest = cal.AddWorkdays(day, l.MinWorkdays)
	w.Latest = cal.AddWorkdays(day, l.MaxWorkdays)
	if !w.Earliest.IsValid() || !w.Latest.IsValid() {
		return Window{}, false
	}
	w.Deadline = EndOfDay(w.Latest)
	w.Projected = unannounced(cal, day, w.Latest)
	return w, true
}

// unannounced reports whether any year from that of from to that of to
// has no schedule announced in cal.
func unannounced(cal *workday.Calendar, from, to workday.Date) bool {
	for y := from.Year(); y <= to.Year(); y++ {
		if !cal.Official(y) {
			return true
		}
	}
	return false
}

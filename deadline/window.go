package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// Window is the time a clock allows from Start, in China Standard Time.
// For a workday limit, Earliest and Latest are the MinWorkdays-th and
// MaxWorkdays-th workdays after the day of Start and Deadline is 23:59:59
// on Latest; for a wall-clock limit, Deadline is Start plus the validity,
// Earliest the day of Start and Latest that of Deadline. Projected is set
// when the window reaches into a year the calendar does not call
// official. The zero Window means no window; it is a plain value, safe for
// concurrent use.
type Window struct {
	Clock     Clock        `json:"clock"`
	Start     time.Time    `json:"start"`
	Earliest  workday.Date `json:"earliest"`
	Latest    workday.Date `json:"latest"`
	Deadline  time.Time    `json:"deadline"` // the last instant within the limit
	Projected bool         `json:"projected,omitempty"`
}

// past reports whether now is after w.Deadline; false for the zero Window.
func (w Window) past(now time.Time) bool {
	return !w.Deadline.IsZero() && now.After(w.Deadline)
}

// WindowOf returns the window of clock c started at started, counting
// workdays with cal ([workday.China] or another calendar). A nil cal or a
// zero started is an error wrapping [ErrMissing]; an unknown clock or a
// window outside the years 1..9999 one wrapping [ErrInvalid].
func WindowOf(cal *workday.Calendar, c Clock, started time.Time) (Window, error) {
	ci, err := checkClock(cal, c, started)
	if err != nil {
		return Window{}, err
	}
	w, ok := windowAt(cal, ci, started.In(workday.CST))
	if !ok {
		return Window{}, errorf("started", ErrInvalid, "the %s window falls outside the years 1..9999", c)
	}
	return w, nil
}

// checkClock checks the inputs every clock function shares and returns
// the index of c.
func checkClock(cal *workday.Calendar, c Clock, started time.Time) (int, error) {
	ci := c.index()
	switch {
	case ci == 0:
		return 0, errUnknown(&clockNames, string(c))
	case started.IsZero():
		return 0, errorf("started", ErrMissing, "the moment the %s clock started is unset", c)
	case cal == nil:
		return 0, errorf("calendar", ErrMissing, "no working-day calendar given")
	}
	return ci, nil
}

// windowAt computes the window of the clock of index ci started at
// started, in China Standard Time. It reports false when a day falls
// outside the years 1..9999.
func windowAt(cal *workday.Calendar, ci int, started time.Time) (Window, bool) {
	l := &limits[ci]
	w := Window{Clock: clocks[ci], Start: started}
	day := workday.DateOf(started)
	if !day.IsValid() {
		return Window{}, false
	}
	if !l.isWorkdays() {
		w.Deadline = started.Add(l.Validity)
		w.Earliest = day
		w.Latest = workday.DateOf(w.Deadline)
		return w, w.Latest.IsValid()
	}
	w.Earliest = cal.AddWorkdays(day, l.MinWorkdays)
	w.Latest = cal.AddWorkdays(day, l.MaxWorkdays)
	if !w.Earliest.IsValid() || !w.Latest.IsValid() {
		return Window{}, false
	}
	w.Deadline = endOfDay(w.Latest)
	w.Projected = unofficial(cal, day, w.Latest)
	return w, true
}

// unofficial reports whether any year from that of from to that of to is
// not official in cal: projected, provisional or not covered.
func unofficial(cal *workday.Calendar, from, to workday.Date) bool {
	for y := from.Year(); y <= to.Year(); y++ {
		if !cal.Official(y) {
			return true
		}
	}
	return false
}

package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// Timer is one running clock as a sweep needs it, small enough to keep
// millions in a slice: which clock, and when it started. The zero Timer is
// not evaluated. Timer is a plain value, safe for concurrent use.
type Timer struct {
	Clock   Clock `json:"clock"`
	Started int64 `json:"started"` // Unix seconds; 0 means unset
}

// TimerOf returns the Timer of clock c started at started, in whole
// seconds. The zero time.Time gives Started 0, unset; so does
// 1970-01-01 00:00:00 UTC, which a Timer cannot hold.
func TimerOf(c Clock, started time.Time) Timer {
	if started.IsZero() {
		return Timer{Clock: c}
	}
	return Timer{Clock: c, Started: started.Unix()}
}

// Result is what [Check] reports for a timer at a sweep's moment, in a
// small value: Deadline in Unix seconds, and the WorkdaysLeft, State,
// Advice and Window.Projected of the ClockStatus. The zero Result means
// not evaluated. Result is a plain value, safe for concurrent use.
type Result struct {
	Deadline     int64  `json:"deadline"`
	WorkdaysLeft int32  `json:"workdays_left"`
	State        State  `json:"state"`
	Advice       Advice `json:"advice,omitempty"`
	Projected    bool   `json:"projected,omitempty"`
}

// DeadlineTime returns Deadline in China Standard Time; the zero
// time.Time for the zero Result.
func (r Result) DeadlineTime() time.Time {
	if r.State == StateUnknown {
		return time.Time{}
	}
	return time.Unix(r.Deadline, 0).In(workday.CST)
}

// sweepDays is how many days before the sweep's moment a workday clock
// may have started and still be answered from the Sweeper's table; older
// timers are computed directly, more slowly but with the same answer.
const sweepDays = 400

const (
	secondsPerDay = 86400
	cstOffset     = 8 * 3600
	// minUnix and maxUnix bound the instants of the years 1..9999 in
	// China Standard Time: 0001-01-01 00:00:00 and 9999-12-31 23:59:59.
	minUnix = -62135596800 - cstOffset
	maxUnix = 253402300799 - cstOffset
)

// Sweeper evaluates many timers at one moment, for the daily sweep of a
// platform's filings: [Sweeper.Evaluate] gives the answer of [Check]
// without allocating, from a table for workday clocks started in the 400
// days before the moment. The zero Sweeper evaluates nothing. A Sweeper is
// immutable once built and safe for concurrent use, so one sweep may be
// split across goroutines.
type Sweeper struct {
	cal      *workday.Calendar
	now      time.Time
	nowUnix  int64
	nowFrac  bool  // now has a fraction of a second after nowUnix
	firstDay int64 // CST day number (Unix days) of the first table entry
	// table[ci][i] is the result for the workday clock of index ci started
	// on day firstDay+i.
	table [clockCount][]Result
}

// NewSweeper prepares a sweep at now, counting workdays with cal. A nil cal
// or a zero now is an error wrapping [ErrMissing]; a moment outside the
// years 1..9999, or within 400 days of their start, one wrapping
// [ErrInvalid].
func NewSweeper(cal *workday.Calendar, now time.Time) (*Sweeper, error) {
	if cal == nil {
		return nil, errorf("calendar", ErrMissing, "no working-day calendar given")
	}
	if now.IsZero() {
		return nil, errorf("now", ErrMissing, "the moment of the sweep is unset")
	}
	today := workday.DateOf(now)
	if !today.IsValid() || !today.AddDays(-sweepDays).IsValid() {
		return nil, errorf("now", ErrInvalid, "the moment of the sweep is outside the years 1..9999")
	}
	sw := &Sweeper{
		cal:     cal,
		now:     now.In(workday.CST),
		nowUnix: now.Unix(),
		nowFrac: now.Nanosecond() != 0,
	}
	sw.firstDay = cstDay(sw.nowUnix) - sweepDays
	first := today.AddDays(-sweepDays)
	for ci := 1; ci < clockCount; ci++ {
		if !limits[ci].isWorkdays() {
			continue
		}
		rows := make([]Result, sweepDays+1)
		for i := range rows {
			// Any instant of the day gives the same workday window; the
			// start of the day is never after now, except on today when
			// Evaluate checks Started itself.
			rows[i] = sw.compute(ci, first.AddDays(i).Time())
		}
		sw.table[ci] = rows
	}
	return sw, nil
}

// Evaluate returns what [Check] gives for t's clock started at
// time.Unix(t.Started, 0), at the sweep's moment (with its fraction of a
// second), or the zero Result where Check would return an error. It does
// not allocate.
func (sw *Sweeper) Evaluate(t Timer) Result {
	ci := t.Clock.index()
	if sw == nil || sw.cal == nil || ci == 0 || t.Started == 0 || t.Started > sw.nowUnix || t.Started < minUnix {
		return Result{}
	}
	l := &limits[ci]
	if !l.isWorkdays() {
		dl := t.Started + int64(l.Validity/time.Second)
		if dl > maxUnix {
			return Result{}
		}
		res := Result{Deadline: dl, State: StateInWindow}
		if sw.passed(dl) {
			res.State = StateOverdue
			res.Advice = adviceFor[ci]
		}
		return res
	}
	if i := cstDay(t.Started) - sw.firstDay; i >= 0 && i < int64(len(sw.table[ci])) {
		return sw.table[ci][i]
	}
	return sw.compute(ci, time.Unix(t.Started, 0))
}

// EvaluateAll appends the result of each timer to out, in order, and
// returns the extended slice; with out[:0] of a slice with room for
// len(ts) results it does not allocate.
func (sw *Sweeper) EvaluateAll(ts []Timer, out []Result) []Result {
	for _, t := range ts {
		out = append(out, sw.Evaluate(t))
	}
	return out
}

// passed reports whether the deadline dl (Unix seconds) is passed at the
// sweep's moment.
func (sw *Sweeper) passed(dl int64) bool {
	return sw.nowUnix > dl || (sw.nowUnix == dl && sw.nowFrac)
}

// compute evaluates the workday clock of index ci started at started,
// which is not after the sweep's moment.
func (sw *Sweeper) compute(ci int, started time.Time) Result {
	w, ok := windowAt(sw.cal, ci, started.In(workday.CST))
	if !ok {
		return Result{}
	}
	state, left := evaluate(sw.cal, w, workday.DateOf(sw.now), sw.now)
	res := Result{Deadline: w.Deadline.Unix(), WorkdaysLeft: int32(left), State: state, Projected: w.Projected}
	if state == StateOverdue {
		res.Advice = adviceFor[ci]
	}
	return res
}

// cstDay returns the number of the day in China Standard Time on which the
// Unix second u falls, counting 1970-01-01 as 0.
func cstDay(u int64) int64 {
	v := u + cstOffset
	d := v / secondsPerDay
	if v%secondsPerDay < 0 {
		d--
	}
	return d
}

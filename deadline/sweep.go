package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// Record is what a sweep needs to know about one running clock: its stage
// and the moment it started (the stage entered, the SMS sent, the face task
// created), in Unix seconds. It is a small value so that a platform can
// keep millions of them in a slice.
//
// The zero Record (StageUnknown, Entered 0) is not evaluated. Record is a
// plain value, safe for concurrent use.
type Record struct {
	Stage   Stage `json:"stage"`
	Entered int64 `json:"entered"` // Unix seconds; 0 means unset
}

// RecordOf builds a Record from a stage and the moment it started, in whole
// seconds (the fraction is dropped). The zero time.Time gives Entered 0,
// unset; so does the instant 1970-01-01 00:00:00 UTC, which a Record
// cannot hold.
func RecordOf(s Stage, entered time.Time) Record {
	if entered.IsZero() {
		return Record{Stage: s}
	}
	return Record{Stage: s, Entered: entered.Unix()}
}

// Result is the state of one clock at a sweep's moment, as Check would
// report it, in a small value.
//
// The zero Result (State StateUnknown) means the record could not be
// evaluated: an unknown stage, an unset Entered, an Entered after the
// sweep's moment, or a window outside the years 1..9999. Result is a plain
// value, safe for concurrent use.
type Result struct {
	// Deadline is the last instant within the limit, in Unix seconds.
	Deadline int64 `json:"deadline"`
	// WorkdaysLeft is StageStatus.WorkdaysLeft.
	WorkdaysLeft int32 `json:"workdays_left"`
	State        State `json:"state"`
	// Advice is set when State is StateOverdue.
	Advice Advice `json:"advice,omitempty"`
	// Projected is Window.Projected.
	Projected bool `json:"projected,omitempty"`
}

// DeadlineTime returns Deadline as a time.Time in China Standard Time, or
// the zero time.Time for the zero Result.
func (r Result) DeadlineTime() time.Time {
	if r.State == StateUnknown {
		return time.Time{}
	}
	return time.Unix(r.Deadline, 0).In(workday.CST)
}

// sweepDays is how many days before the sweep's moment a workday clock
// may have started and still be answered from the Sweeper's table; older
// records are computed directly, more slowly but with the same answer.
const sweepDays = 400

const (
	secondsPerDay = 86400
	cstOffset     = 8 * 3600
	// minUnix and maxUnix bound the instants of the years 1..9999 in
	// China Standard Time: 0001-01-01 00:00:00 and 9999-12-31 23:59:59.
	minUnix = -62135596800 - cstOffset
	maxUnix = 253402300799 - cstOffset
)

// Sweeper evaluates many clocks at one moment, for the daily sweep of a
// platform's filings. Build it once per sweep with [NewSweeper];
// [Sweeper.Evaluate] then gives, for each [Record], the answer of [Check]
// at that moment without allocating: workday clocks started in the 400
// days before the moment come from a table built by NewSweeper, older ones
// are computed as Check computes them.
//
// Times are compared in whole seconds, as Records hold them; the sweep's
// moment keeps its fraction of a second. The zero Sweeper evaluates
// nothing: every Result is the zero Result. A Sweeper is immutable after
// NewSweeper and safe for concurrent use, so one sweep may be split across
// goroutines.
type Sweeper struct {
	cal      *workday.Calendar
	now      time.Time
	nowUnix  int64
	nowFrac  bool  // now has a fraction of a second after nowUnix
	firstDay int64 // CST day number (Unix days) of the first table entry
	// table[s][i] is the result for a clock of workday stage s started on
	// day firstDay+i.
	table [stageCount][]Result
}

// NewSweeper prepares a sweep at now, counting workdays with cal
// ([workday.China] for the mainland calendar). It returns an error wrapping
// [ErrMissing] for a nil cal or a zero now, and one wrapping [ErrInvalid]
// for a moment outside the years 1..9999 or within 400 days of their start.
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
	for _, s := range Stages() {
		if !limits[s].IsWorkdays() {
			continue
		}
		rows := make([]Result, sweepDays+1)
		for i := range rows {
			// Any instant of the day gives the same workday window; the
			// start of the day is never after now, except on today when
			// Evaluate checks Entered itself.
			rows[i] = sw.compute(s, first.AddDays(i).Time())
		}
		sw.table[s] = rows
	}
	return sw, nil
}

// Now returns the moment of the sweep, in China Standard Time.
func (sw *Sweeper) Now() time.Time { return sw.now }

// Evaluate returns the state of r's clock at the sweep's moment: the same
// State, Advice, WorkdaysLeft, deadline and projection flag as [Check]
// would give for time.Unix(r.Entered, 0). A record Check would reject (an
// unknown stage, Entered unset or after the moment, a window outside the
// years 1..9999) gives the zero Result. It does not allocate.
func (sw *Sweeper) Evaluate(r Record) Result {
	if sw == nil || sw.cal == nil || !r.Stage.IsValid() || r.Entered == 0 || r.Entered > sw.nowUnix || r.Entered < minUnix {
		return Result{}
	}
	l := &limits[r.Stage]
	if !l.IsWorkdays() {
		dl := r.Entered + int64(time.Duration(l.Validity)/time.Second)
		if dl > maxUnix {
			return Result{}
		}
		res := Result{Deadline: dl, State: StateInWindow}
		if sw.passed(dl) {
			res.State = StateOverdue
			res.Advice = adviceFor[r.Stage]
		}
		return res
	}
	if i := cstDay(r.Entered) - sw.firstDay; i >= 0 && i < int64(len(sw.table[r.Stage])) {
		return sw.table[r.Stage][i]
	}
	return sw.compute(r.Stage, time.Unix(r.Entered, 0))
}

// EvaluateAll evaluates every record and appends the results to out, in
// order, returning the extended slice. Pass out[:0] of a slice with room
// for len(rs) results to evaluate without allocating.
func (sw *Sweeper) EvaluateAll(rs []Record, out []Result) []Result {
	for _, r := range rs {
		out = append(out, sw.Evaluate(r))
	}
	return out
}

// passed reports whether the deadline dl (Unix seconds) is passed at the
// sweep's moment.
func (sw *Sweeper) passed(dl int64) bool {
	return sw.nowUnix > dl || (sw.nowUnix == dl && sw.nowFrac)
}

// compute evaluates a workday clock of stage s started at entered, which
// is not after the sweep's moment.
func (sw *Sweeper) compute(s Stage, entered time.Time) Result {
	w, ok := stageWindow(sw.cal, s, entered.In(workday.CST))
	if !ok {
		return Result{}
	}
	state, left := evaluate(sw.cal, w, workday.DateOf(sw.now), sw.now)
	res := Result{Deadline: w.Deadline.Unix(), WorkdaysLeft: int32(left), State: state, Projected: w.Projected}
	if state == StateOverdue {
		res.Advice = adviceFor[s]
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

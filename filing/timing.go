package filing

import (
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/workday"
)

// The instants a record holds lie in the years 0000–9999 in China Standard
// Time: RFC 3339, and so time.Time's JSON, has four-digit years, and a
// record must always be storable.
var (
	minInstant = time.Date(0, 1, 1, 0, 0, 0, 0, workday.CST)
	maxInstant = time.Date(9999, 12, 31, 23, 59, 59, 999_999_999, workday.CST)
)

// checkInstant refuses an instant a record cannot hold.
func checkInstant(arg string, t time.Time) error {
	if t.Before(minInstant) || t.After(maxInstant) {
		return &TimeError{Arg: arg, Time: t, Reason: "outside the years 0000–9999 in China Standard Time"}
	}
	return nil
}

// checkNow refuses a command's time when it is zero or cannot be held.
func checkNow(arg string, now time.Time) error {
	if now.IsZero() {
		return &TimeError{Arg: arg, Reason: "zero"}
	}
	return checkInstant(arg, now)
}

// normTime drops the monotonic reading and moves t to China Standard Time,
// so that stored times compare equal after a JSON round trip. The zero
// time stays zero.
func normTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.Round(0).In(workday.CST)
}

// capTime returns deadline t, or the last instant a record holds when t
// is later, so that a deadline derived from a stored instant can be
// stored too.
func capTime(t time.Time) time.Time {
	if t.After(maxInstant) {
		return maxInstant
	}
	return t
}

// Timing is what a record says about time at one moment. The zero Timing
// has no clock and no estimate. It is a plain value, safe for concurrent
// reads.
type Timing struct {
	// Clock is the clock of the stage: the face task in a verified draft
	// (from its creation), the platform review (from the submission), the
	// SMS (from its latest sending), the bureau review (from the SMS
	// verification); "" in an unverified draft, once filed or deregistered.
	Clock deadline.Clock `json:"clock,omitempty"`
	// ClockStatus is the clock's window, state, workdays left and advice
	// (deadline.Check); zero without a clock.
	deadline.ClockStatus
	// Estimate is when the filing should be done: if submitted at the
	// moment asked for a draft (deadline.EstimateFiling), from the running
	// clock in a review (deadline.EstimateRemaining); zero once filed.
	Estimate deadline.Estimate `json:"estimate"`
}

// Timing answers the record's time questions at now, counting workdays
// with cal (nil: workday.China()). A now a record cannot hold is a
// *TimeError; one before the clock started, or outside cal, one of
// deadline's errors.
func (a *Application) Timing(cal *workday.Calendar, now time.Time) (Timing, error) {
	a.mu.Lock()
	c, started := a.s.clock()
	stage := a.s.Stage
	a.mu.Unlock()
	return timing(cal, stage, c, started, now)
}

func timing(cal *workday.Calendar, stage Stage, c deadline.Clock, started, now time.Time) (Timing, error) {
	if err := checkNow("now", now); err != nil {
		return Timing{}, err
	}
	if cal == nil {
		cal = workday.China()
	}
	var (
		t   Timing
		err error
	)
	if c != "" {
		if t.ClockStatus, err = deadline.Check(cal, c, started, now); err != nil {
			return Timing{}, err
		}
		t.Clock = c
	}
	switch stage {
	case StageDraft:
		t.Estimate, err = deadline.EstimateFiling(cal, now)
	case StagePlatformReview, StageSMSVerification, StageBureauReview:
		t.Estimate, err = deadline.EstimateRemaining(cal, c, started, now)
	}
	if err != nil {
		return Timing{}, err
	}
	return t, nil
}

// Timer returns the clock of the record's stage and its start (see
// Timing.Clock), for a deadline.Sweeper or a store's index of what is
// due; the zero Timer when none runs. It does not allocate.
func (a *Application) Timer() deadline.Timer {
	a.mu.Lock()
	c, started := a.s.clock()
	a.mu.Unlock()
	return deadline.TimerOf(c, started)
}

// Timer is Application.Timer for the record s holds.
func (s Snapshot) Timer() deadline.Timer { return deadline.TimerOf(s.clock()) }

// clock returns the clock of s's stage and when it started, or "".
func (s *Snapshot) clock() (deadline.Clock, time.Time) {
	switch s.Stage {
	case StageDraft:
		if s.Face.VerifiedAt.IsZero() {
			return "", time.Time{}
		}
		if s.Identity.Combined {
			return deadline.ClockFaceTaskCombined, s.Face.taskStart()
		}
		return deadline.ClockFaceTask, s.Face.taskStart()
	case StagePlatformReview:
		return deadline.ClockPlatformReview, s.SubmittedAt
	case StageSMSVerification:
		return deadline.ClockSMS, s.SMS.lastSent()
	case StageBureauReview:
		return deadline.ClockBureauReview, s.SMS.VerifiedAt
	}
	return "", time.Time{}
}

package store

import (
	"database/sql"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/filing"
)

// timerOf returns the clock running in the record's stage and when it
// started, or the zero Timer when none runs:
//
//   - in a draft whose principal's face was verified, the
//     face-verification task, from the task's creation (3 days, or 1 in
//     the combined flow), so that the merchant resubmits in time;
//   - in the platform and bureau reviews, their workday windows, from the
//     moment the stage was entered;
//   - in the SMS check, its 24 hours, from the latest sending.
func timerOf(snap *filing.Snapshot) deadline.Timer {
	switch snap.Stage {
	case filing.StageDraft:
		if snap.Face.VerifiedAt.IsZero() {
			return deadline.Timer{}
		}
		clock, started := deadline.ClockFaceTask, snap.Face.CreatedAt
		if snap.Identity.Combined {
			clock = deadline.ClockFaceTaskCombined
		}
		if started.IsZero() {
			started = snap.Face.VerifiedAt
		}
		return deadline.TimerOf(clock, started)
	case filing.StagePlatformReview, filing.StageBureauReview:
		clock := deadline.ClockPlatformReview
		if snap.Stage == filing.StageBureauReview {
			clock = deadline.ClockBureauReview
		}
		var entered time.Time
		if n := len(snap.History); n > 0 {
			entered = snap.History[n-1].At
		}
		return deadline.TimerOf(clock, entered)
	case filing.StageSMSVerification:
		sent := snap.SMS.SentAt
		if snap.SMS.ResentAt.After(sent) {
			sent = snap.SMS.ResentAt
		}
		return deadline.TimerOf(deadline.ClockSMS, sent)
	}
	return deadline.Timer{}
}

// deadlineOf returns when the timer runs out, in Unix seconds, or NULL
// when no clock runs or its window cannot be computed.
func (s *Store) deadlineOf(t deadline.Timer) sql.NullInt64 {
	if t.Clock == "" || t.Started == 0 {
		return sql.NullInt64{}
	}
	w, err := deadline.WindowOf(s.cal, t.Clock, time.Unix(t.Started, 0))
	if err != nil {
		return sql.NullInt64{}
	}
	sec := w.Deadline.Unix()
	if w.Deadline.Nanosecond() > 0 { // never due before the deadline
		sec++
	}
	return sql.NullInt64{Int64: sec, Valid: true}
}

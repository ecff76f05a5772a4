package store

import (
	"database/sql"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/filing"
)

// deadlineOf returns when the clock running in the record's stage runs
// out, in Unix seconds rounded up (so that a row is never due before its
// deadline), or NULL when no clock runs or its window cannot be computed.
//
// The clocks: in a draft whose principal's face was verified, the
// face-verification task (3 days, 1 in the combined flow, from the task's
// creation); in the platform and bureau reviews, their workday windows
// from the moment the stage was entered; in the SMS check, 24 hours from
// the latest sending.
func (s *Store) deadlineOf(snap *filing.Snapshot) sql.NullInt64 {
	var (
		clock   deadline.Clock
		started time.Time
	)
	switch snap.Stage {
	case filing.StageDraft:
		if snap.Face.VerifiedAt.IsZero() {
			return sql.NullInt64{}
		}
		clock, started = deadline.ClockFaceTask, snap.Face.CreatedAt
		if snap.Identity.Combined {
			clock = deadline.ClockFaceTaskCombined
		}
		if started.IsZero() {
			started = snap.Face.VerifiedAt
		}
	case filing.StagePlatformReview, filing.StageBureauReview:
		clock = deadline.ClockPlatformReview
		if snap.Stage == filing.StageBureauReview {
			clock = deadline.ClockBureauReview
		}
		if n := len(snap.History); n > 0 {
			started = snap.History[n-1].At
		}
	case filing.StageSMSVerification:
		clock, started = deadline.ClockSMS, snap.SMS.SentAt
		if snap.SMS.ResentAt.After(started) {
			started = snap.SMS.ResentAt
		}
	default:
		return sql.NullInt64{}
	}
	w, err := deadline.WindowOf(s.cal, clock, started)
	if err != nil {
		return sql.NullInt64{}
	}
	sec := w.Deadline.Unix()
	if w.Deadline.Nanosecond() > 0 {
		sec++
	}
	return sql.NullInt64{Int64: sec, Valid: true}
}

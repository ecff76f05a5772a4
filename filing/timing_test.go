package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/workday"
)

// Instants just outside what a record can hold: 9999-12-31T20:00Z is
// 10000-01-01 04:00 in China, and 0000-01-01 00:00 in China minus a
// nanosecond is in the year -1.
var (
	tooLate  = time.Date(9999, 12, 31, 20, 0, 0, 0, time.UTC)
	tooEarly = time.Date(0, 1, 1, 0, 0, 0, 0, workday.CST).Add(-time.Nanosecond)
)

// TestInstantsOutOfRange: every way an instant enters a record refuses one
// that JSON could not store, with a *TimeError naming it, and changes
// nothing.
func TestInstantsOutOfRange(t *testing.T) {
	for _, bad := range []time.Time{tooLate, tooEarly} {
		t.Run(bad.Format(time.RFC3339Nano), func(t *testing.T) {
			_, err := NewApplication(testID, Request{}, bad)
			assertTimeError(t, err, "now")

			for name, cmd := range allCommands {
				t.Run(name, func(t *testing.T) {
					for _, s := range []Stage{StageDraft, StagePlatformReview, StageSMSVerification, StageBureauReview, StageFiled} {
						a := inStageOf(t, s)
						err := refused(t, a, ErrInvalidTime, func() ([]Change, error) { return cmd(a, bad) })
						assertTimeError(t, err, "now")
					}
				})
			}
			a := newDraft(t)
			refusedEdit(t, a, ErrInvalidTime, func() error { return a.SetRequest(Request{}, bad) })
			refusedEdit(t, a, ErrInvalidTime, func() error { return a.RecordFaceVerification("task", t0, bad) })
			err = refusedEditErr(t, a, func() error { return a.RecordFaceVerification("task", bad, at(time.Hour)) })
			assertTimeError(t, err, "createdAt")

			a = inStageOf(t, StagePlatformReview)
			err = refused(t, a, ErrInvalidTime, func() ([]Change, error) { return a.ApprovePlatform(at(5*time.Hour), bad) })
			if bad == tooLate {
				assertTimeError(t, err, "smsSentAt") // after the approval
			}
			err = refused(t, a, ErrInvalidTime, func() ([]Change, error) {
				return a.Sync(Poll{Status: StatusBureauReview, SMSSentAt: bad}, at(5*time.Hour))
			})
			assertTimeError(t, err, "SMSSentAt")
			err = refused(t, a, ErrInvalidTime, func() ([]Change, error) { return a.Sync(Poll{Status: StatusBureauReview}, bad) })
			assertTimeError(t, err, "now")
		})
	}
}

// refusedEditErr is refusedEdit returning the error.
func refusedEditErr(t *testing.T, a *Application, cmd func() error) error {
	t.Helper()
	return refused(t, a, ErrInvalidTime, func() ([]Change, error) { return nil, cmd() })
}

func assertTimeError(t *testing.T, err error, arg string) {
	t.Helper()
	var te *TimeError
	require.ErrorAs(t, err, &te)
	assert.ErrorIs(t, err, ErrInvalidTime)
	assert.Equal(t, arg, te.Arg, "%v", err)
}

// TestInstantsAtTheEdges: the first and last instants a record holds are
// accepted, and a deadline derived from the last one is capped so that
// the record, and the change announcing it, can still be stored.
func TestInstantsAtTheEdges(t *testing.T) {
	first := minInstant
	a, err := NewApplication(testID, Request{}, first)
	require.NoError(t, err)
	require.NoError(t, a.RecordFaceVerification("task", first, first))

	last := maxInstant
	a = inStageOf(t, StagePlatformReview)
	changes, err := a.ApprovePlatform(last, last)
	require.NoError(t, err)
	require.Len(t, changes, 1)
	assert.Equal(t, maxInstant, changes[0].Due, "the SMS deadline is capped")
	_, err = a.MarshalJSON()
	require.NoError(t, err)
	_, err = json.Marshal(changes)
	require.NoError(t, err)
}

// TestTimingInEveryStage: a record answers its own time questions in
// every stage: which clock runs and since when, its window, whether it is
// pending, in its window or overdue (with the advice), and the remaining
// estimate, each as package deadline gives them for that clock (issue #11).
func TestTimingInEveryStage(t *testing.T) {
	cal := workday.China()
	day := 24 * time.Hour
	// inStageOf verifies the face at +10m (task created at t0), submits at
	// +1h, approves with the SMS sent at +2h, verifies it at +3h, approves
	// at the bureau at +4h and deregisters at +5h. t0 is a Monday.
	tests := []struct {
		name     string
		app      func(t *testing.T) *Application
		clock    deadline.Clock
		started  time.Time
		inWindow time.Time // a moment within the window (or pending)
		state    deadline.State
		overdue  time.Time
		advice   deadline.Advice
		estimate bool
	}{
		{"draft, not verified", func(t *testing.T) *Application {
			a, err := NewApplication(testID, Request{}, t0)
			require.NoError(t, err)
			return a
		}, "", time.Time{}, at(time.Hour), deadline.StateUnknown, time.Time{}, deadline.AdviceNone, true},
		{"draft, face verified", newDraftT, deadline.ClockFaceTask, t0,
			at(71 * time.Hour), deadline.StateInWindow, at(73 * time.Hour), deadline.AdviceNewFaceTask, true},
		{"draft, combined flow", func(t *testing.T) *Application {
			id := testID
			id.Combined = true
			return newDraftOf(t, id)
		}, deadline.ClockFaceTaskCombined, t0, at(23 * time.Hour), deadline.StateInWindow, at(25 * time.Hour), deadline.AdviceNewFaceTask, true},
		{"platform review", stageT(StagePlatformReview), deadline.ClockPlatformReview, at(time.Hour),
			at(2 * time.Hour), deadline.StatePending, at(4 * day), deadline.AdviceContactWeChat, true},
		{"SMS verification", stageT(StageSMSVerification), deadline.ClockSMS, at(2 * time.Hour),
			at(3 * time.Hour), deadline.StateInWindow, at(27 * time.Hour), deadline.AdviceResubmit, true},
		{"bureau review", stageT(StageBureauReview), deadline.ClockBureauReview, at(3 * time.Hour),
			at(2 * day), deadline.StateInWindow, at(40 * day), deadline.AdviceContactBureau, true},
		{"filed", stageT(StageFiled), "", time.Time{}, at(5 * time.Hour), deadline.StateUnknown, time.Time{}, deadline.AdviceNone, false},
		{"deregistered", stageT(StageDeregistered), "", time.Time{}, at(6 * time.Hour), deadline.StateUnknown, time.Time{}, deadline.AdviceNone, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.app(t)
			assert.Equal(t, deadline.TimerOf(tc.clock, tc.started), a.Timer())
			snap := a.Snapshot()
			assert.Equal(t, a.Timer(), snap.Timer())

			check := func(now time.Time, state deadline.State, advice deadline.Advice) {
				t.Helper()
				got, err := a.Timing(nil, now)
				require.NoError(t, err)
				withCal, err := a.Timing(cal, now)
				require.NoError(t, err)
				assert.Equal(t, got, withCal, "nil is the mainland calendar")
				assert.Equal(t, tc.clock, got.Clock)
				if tc.clock != "" {
					want, err := deadline.Check(cal, tc.clock, tc.started, now)
					require.NoError(t, err)
					assert.Equal(t, want, got.ClockStatus)
					assert.Equal(t, tc.clock, got.Window.Clock)
					assert.False(t, got.Window.Deadline.IsZero(), "a window with its deadline")
				} else {
					assert.Zero(t, got.ClockStatus)
				}
				assert.Equal(t, state, got.State)
				assert.Equal(t, advice, got.Advice)
				if !tc.estimate {
					assert.Zero(t, got.Estimate)
					return
				}
				var want deadline.Estimate
				if snap.Stage == StageDraft {
					want, err = deadline.EstimateFiling(cal, now)
				} else {
					want, err = deadline.EstimateRemaining(cal, tc.clock, tc.started, now)
				}
				require.NoError(t, err)
				assert.Equal(t, want, got.Estimate)
				assert.False(t, got.Estimate.Latest.IsZero())
			}
			check(tc.inWindow, tc.state, deadline.AdviceNone)
			if !tc.overdue.IsZero() {
				check(tc.overdue, deadline.StateOverdue, tc.advice)
			}
		})
	}
}

func newDraftT(t *testing.T) *Application { return newDraft(t) }

func stageT(s Stage) func(t *testing.T) *Application {
	return func(t *testing.T) *Application { return inStageOf(t, s) }
}

func TestTimingRefuses(t *testing.T) {
	a := inStageOf(t, StageSMSVerification)
	_, err := a.Timing(nil, time.Time{})
	assertTimeError(t, err, "now")
	_, err = a.Timing(nil, tooLate)
	assertTimeError(t, err, "now")
	_, err = a.Timing(nil, at(time.Hour)) // before the SMS was sent
	assert.ErrorIs(t, err, deadline.ErrOrder)
	var zero Application
	got, err := zero.Timing(nil, t0)
	require.NoError(t, err)
	assert.Zero(t, got)
	assert.Zero(t, zero.Timer())
}

func TestTimerDoesNotAllocate(t *testing.T) {
	a := inStageOf(t, StageBureauReview)
	snap := a.Snapshot()
	var sink deadline.Timer
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = a.Timer() }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = snap.Timer() }))
	assert.Equal(t, deadline.ClockBureauReview, sink.Clock)
}

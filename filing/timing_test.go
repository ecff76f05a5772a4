package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

package deadline_test

// Package filing's Stage is an integer; Clock is a string. The conversion
// deadline.Clock(filing.StageBureauReview) therefore gives a one-rune
// string that names no clock, and every function rejects it with
// ErrInvalid instead of timing another clock, as an integer Stage of this
// package once did. go vet's stringintconv check, which go test runs too,
// reports such a conversion from filing.Stage (a uint16), so it does not
// compile into a test; the tests write it through rune, the form vet
// accepts, to show what it gives.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// TestClockIDsMeanFilingStages: a filing stage whose id is also a clock's
// id is the step that clock times, under the same English name.
func TestClockIDsMeanFilingStages(t *testing.T) {
	timed := map[filing.Stage]deadline.Clock{
		filing.StagePlatformReview:  deadline.ClockPlatformReview,
		filing.StageSMSVerification: deadline.ClockSMS,
		filing.StageBureauReview:    deadline.ClockBureauReview,
	}
	for _, s := range stages {
		t.Run(s.String(), func(t *testing.T) {
			c := deadline.Clock(s.String())
			want, ok := timed[s]
			if !ok {
				assert.False(t, c.IsValid(), "stage %s has no clock", s)
				return
			}
			assert.Equal(t, want, c)
			assert.Equal(t, s.English(), c.English())
		})
	}
}

// TestIntegerStageIsNoClock: converting filing's integer stages gives no
// clock, and the functions that take one refuse it.
func TestIntegerStageIsNoClock(t *testing.T) {
	cal := workday.China()
	at := time.Date(2026, 9, 28, 10, 0, 0, 0, workday.CST)
	for _, s := range stages {
		t.Run(s.String(), func(t *testing.T) {
			c := deadline.Clock(rune(s))
			assert.False(t, c.IsValid())
			_, err := deadline.WindowOf(cal, c, at)
			require.ErrorIs(t, err, deadline.ErrInvalid)
			_, err = deadline.Check(cal, c, at, at)
			require.ErrorIs(t, err, deadline.ErrInvalid)
			_, err = deadline.EstimateRemaining(cal, c, at, at)
			require.ErrorIs(t, err, deadline.ErrInvalid)
			assert.Equal(t, deadline.Result{}, mustSweeper(t, at).Evaluate(deadline.TimerOf(c, at)))
		})
	}
}

// stages are package filing's valid stages.
var stages = []filing.Stage{
	filing.StageDraft, filing.StagePlatformReview, filing.StageSMSVerification,
	filing.StageBureauReview, filing.StageFiled, filing.StageDeregistered,
}

func mustSweeper(t *testing.T, now time.Time) *deadline.Sweeper {
	t.Helper()
	sw, err := deadline.NewSweeper(workday.China(), now)
	require.NoError(t, err)
	return sw
}

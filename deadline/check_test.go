package deadline

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

func TestCheck(t *testing.T) {
	cal := workday.China()
	bureau := cst(2026, 9, 28, 10, 0) // window 09-29 .. 10-30 (20th workday)
	pr := cst(2026, 9, 30, 18, 0)     // window 10-08 .. 10-09
	sms := utc(2026, 9, 30, 15, 30)   // 23:30 CST; valid to 10-01 23:30 CST
	face := cst(2026, 9, 30, 8, 0)
	tests := []struct {
		name    string
		clock   Clock
		started time.Time
		now     time.Time
		state   State
		left    int
		advice  Advice
	}{
		{"bureau, day of entry", ClockBureauReview, bureau, cst(2026, 9, 28, 15, 0), StatePending, 20, AdviceNone},
		{"bureau, first workday", ClockBureauReview, bureau, cst(2026, 9, 29, 0, 0), StateInWindow, 19, AdviceNone},
		{"bureau, during National Day", ClockBureauReview, bureau, cst(2026, 10, 4, 12, 0), StateInWindow, 18, AdviceNone},
		{"bureau, last second (UTC)", ClockBureauReview, bureau, time.Date(2026, 10, 30, 15, 59, 59, 0, time.UTC), StateInWindow, 0, AdviceNone},
		{"bureau, next midnight (UTC)", ClockBureauReview, bureau, utc(2026, 10, 30, 16, 0), StateOverdue, 0, AdviceContactBureau},
		{"bureau, next workday", ClockBureauReview, bureau, cst(2026, 11, 2, 9, 0), StateOverdue, -1, AdviceContactBureau},
		{"platform, before the holiday ends", ClockPlatformReview, pr, cst(2026, 10, 5, 9, 0), StatePending, 2, AdviceNone},
		{"platform, first workday", ClockPlatformReview, pr, cst(2026, 10, 8, 9, 0), StateInWindow, 1, AdviceNone},
		{"platform, over 2 workdays", ClockPlatformReview, pr, cst(2026, 10, 10, 9, 0), StateOverdue, -1, AdviceContactWeChat},
		{"sms, holidays do not matter", ClockSMS, sms, cst(2026, 10, 1, 23, 30), StateInWindow, 0, AdviceNone},
		{"sms, a second late", ClockSMS, sms, cst(2026, 10, 1, 23, 30).Add(time.Second), StateOverdue, 0, AdviceResubmit},
		{"face task, 3 days", ClockFaceTask, face, cst(2026, 10, 3, 7, 0), StateInWindow, 0, AdviceNone},
		{"face task combined, 1 day", ClockFaceTaskCombined, face, cst(2026, 10, 1, 9, 0), StateOverdue, 0, AdviceNewFaceTask},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Check(cal, tc.clock, tc.started, tc.now)
			require.NoError(t, err)
			assert.Equal(t, tc.state, st.State)
			assert.Equal(t, tc.left, st.WorkdaysLeft)
			assert.Equal(t, tc.advice, st.Advice)
			assert.Equal(t, tc.clock, st.Window.Clock)
			assert.Equal(t, st.State == StateOverdue, st.Window.past(tc.now), "past agrees with State")
			assert.Equal(t, st.Advice == AdviceNone, st.Advice.Label() == "", "Label")
			assert.Equal(t, st.Advice == AdviceNone, st.Advice.English() == "", "English")
		})
	}
}

func TestWindowOf(t *testing.T) {
	cal := workday.China()
	w, err := WindowOf(cal, ClockBureauReview, utc(2026, 9, 27, 16, 0)) // 09-28 00:00 CST
	require.NoError(t, err)
	assert.Equal(t, d(2026, 9, 29), w.Earliest)
	assert.Equal(t, d(2026, 10, 30), w.Latest)
	assert.True(t, w.Deadline.Equal(endOfDay(d(2026, 10, 30))), "deadline %v", w.Deadline)
	assert.False(t, w.Projected)
	assert.Equal(t, workday.CST, w.Start.Location())

	b, err := json.Marshal(w)
	require.NoError(t, err)
	var back Window
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Start.Equal(w.Start))
	assert.Equal(t, w.Latest, back.Latest)
	assert.Equal(t, w.Clock, back.Clock)

	assert.False(t, Window{}.past(cst(2026, 1, 1, 0, 0)), "zero window")
}

func TestCheckErrors(t *testing.T) {
	cal := workday.China()
	at := cst(2026, 9, 28, 10, 0)
	tests := []struct {
		name    string
		cal     *workday.Calendar
		clock   Clock
		started time.Time
		now     time.Time
		field   string
		want    error
	}{
		{"unknown clock", cal, "", at, at, "clock", ErrInvalid},
		{"not a clock", cal, "draft", at, at, "clock", ErrInvalid},
		{"filing's integer stage converted", cal, Clock(rune(4)), at, at, "clock", ErrInvalid},
		{"zero started", cal, ClockBureauReview, time.Time{}, at, "started", ErrMissing},
		{"nil calendar", nil, ClockBureauReview, at, at, "calendar", ErrMissing},
		{"zero now", cal, ClockBureauReview, at, time.Time{}, "now", ErrMissing},
		{"now before started", cal, ClockSMS, at, at.Add(-time.Nanosecond), "now", ErrOrder},
		{"window past 9999", cal, ClockBureauReview, cst(9999, 12, 20, 0, 0), cst(9999, 12, 21, 0, 0), "started", ErrInvalid},
		{"wall clock past 9999", cal, ClockFaceTask, cst(9999, 12, 30, 0, 0), cst(9999, 12, 30, 1, 0), "started", ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Check(tc.cal, tc.clock, tc.started, tc.now)
			assertError(t, err, tc.want, tc.field)
			assert.Equal(t, ClockStatus{}, st)
		})
	}
}

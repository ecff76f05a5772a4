package deadline

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

func TestCheck(t *testing.T) {
	cal := workday.China()
	bureau := cst(2026, 9, 28, 10, 0) // window 09-29 .. 10-30 (20th workday)
	pr := cst(2026, 9, 30, 18, 0)     // window 10-08 .. 10-09
	sms := utc(2026, 9, 30, 15, 30)   // 23:30 CST; valid to 10-01 23:30 CST
	face := cst(2026, 9, 30, 8, 0)
	tests := []struct {
		name      string
		stage     Stage
		entered   time.Time
		now       time.Time
		state     State
		left      int
		advice    Advice
		remaining time.Duration
	}{
		{"bureau, day of entry", StageBureauReview, bureau, cst(2026, 9, 28, 15, 0), StatePending, 20, AdviceNone, 0},
		{"bureau, first workday", StageBureauReview, bureau, cst(2026, 9, 29, 0, 0), StateInWindow, 19, AdviceNone, 0},
		{"bureau, during National Day", StageBureauReview, bureau, cst(2026, 10, 4, 12, 0), StateInWindow, 18, AdviceNone, 0},
		{"bureau, last second (UTC)", StageBureauReview, bureau, time.Date(2026, 10, 30, 15, 59, 59, 0, time.UTC), StateInWindow, 0, AdviceNone, 0},
		{"bureau, next midnight (UTC)", StageBureauReview, bureau, utc(2026, 10, 30, 16, 0), StateOverdue, 0, AdviceContactBureau, -time.Second},
		{"bureau, next workday", StageBureauReview, bureau, cst(2026, 11, 2, 9, 0), StateOverdue, -1, AdviceContactBureau, 0},
		{"platform, before the holiday ends", StagePlatformReview, pr, cst(2026, 10, 5, 9, 0), StatePending, 2, AdviceNone, 0},
		{"platform, first workday", StagePlatformReview, pr, cst(2026, 10, 8, 9, 0), StateInWindow, 1, AdviceNone, 0},
		{"platform, over 2 workdays", StagePlatformReview, pr, cst(2026, 10, 10, 9, 0), StateOverdue, -1, AdviceContactWeChat, 0},
		{"sms, holidays do not matter", StageSMSVerification, sms, cst(2026, 10, 1, 23, 30), StateInWindow, 0, AdviceNone, 0},
		{"sms, a second late", StageSMSVerification, sms, cst(2026, 10, 1, 23, 30).Add(time.Second), StateOverdue, 0, AdviceResubmit, -time.Second},
		{"face task, 3 days", StageFaceVerification, face, cst(2026, 10, 3, 7, 0), StateInWindow, 0, AdviceNone, time.Hour},
		{"face task combined, 1 day", StageFaceVerificationCombined, face, cst(2026, 10, 1, 9, 0), StateOverdue, 0, AdviceNewFaceTask, -time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Check(cal, tc.stage, tc.entered, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if st.State != tc.state || st.WorkdaysLeft != tc.left || st.Advice != tc.advice {
				t.Errorf("got %v left %d advice %v, want %v left %d advice %v", st.State, st.WorkdaysLeft, st.Advice, tc.state, tc.left, tc.advice)
			}
			if tc.remaining != 0 && st.Remaining.Duration() != tc.remaining {
				t.Errorf("remaining %v, want %v", st.Remaining, tc.remaining)
			}
			if st.Window.Past(tc.now) != (st.State == StateOverdue) {
				t.Error("Past disagrees with State")
			}
			if (st.Advice.Label() == "") != (st.Advice == AdviceNone) || (st.Advice.English() == "") != (st.Advice == AdviceNone) {
				t.Error("advice text")
			}
		})
	}
}

func TestStageWindow(t *testing.T) {
	cal := workday.China()
	w, err := StageWindow(cal, StageBureauReview, utc(2026, 9, 27, 16, 0)) // 09-28 00:00 CST
	if err != nil {
		t.Fatal(err)
	}
	if w.Earliest != d(2026, 9, 29) || w.Latest != d(2026, 10, 30) || !w.Deadline.Equal(EndOfDay(d(2026, 10, 30))) || w.Projected {
		t.Errorf("window %+v", w)
	}
	if w.Start.Location() != workday.CST {
		t.Error("start not in CST")
	}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	var back Window
	if err := json.Unmarshal(b, &back); err != nil || !back.Start.Equal(w.Start) || back.Latest != w.Latest {
		t.Errorf("JSON round trip %s", b)
	}
	if (Window{}).Past(cst(2026, 1, 1, 0, 0)) {
		t.Error("zero window past")
	}
}

func TestCheckErrors(t *testing.T) {
	cal := workday.China()
	at := cst(2026, 9, 28, 10, 0)
	tests := []struct {
		name    string
		cal     *workday.Calendar
		stage   Stage
		entered time.Time
		now     time.Time
		field   string
		want    error
	}{
		{"unknown stage", cal, StageUnknown, at, at, "stage", ErrInvalid},
		{"stage out of range", cal, Stage(42), at, at, "stage", ErrInvalid},
		{"zero entered", cal, StageBureauReview, time.Time{}, at, "entered", ErrMissing},
		{"nil calendar", nil, StageBureauReview, at, at, "calendar", ErrMissing},
		{"zero now", cal, StageBureauReview, at, time.Time{}, "now", ErrMissing},
		{"now before entered", cal, StageSMSVerification, at, at.Add(-time.Nanosecond), "now", ErrOrder},
		{"window past 9999", cal, StageBureauReview, cst(9999, 12, 20, 0, 0), cst(9999, 12, 21, 0, 0), "entered", ErrInvalid},
		{"wall clock past 9999", cal, StageFaceVerification, cst(9999, 12, 30, 0, 0), cst(9999, 12, 30, 1, 0), "entered", ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Check(tc.cal, tc.stage, tc.entered, tc.now)
			var de *Error
			if !errors.Is(err, tc.want) || !errors.As(err, &de) || de.Field != tc.field {
				t.Fatalf("err = %v, want %v on %s", err, tc.want, tc.field)
			}
		})
	}
}

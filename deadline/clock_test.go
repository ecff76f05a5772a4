package deadline

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

func TestWallClockRules(t *testing.T) {
	// 2026-09-30 23:30 CST is 15:30 UTC.
	sent := time.Date(2026, 9, 30, 15, 30, 0, 0, time.UTC)
	tests := []struct {
		name     string
		deadline func(time.Time) time.Time
		expired  func(start, now time.Time) bool
		validity time.Duration
	}{
		{"sms", SMSDeadline, SMSExpired, 24 * time.Hour},
		{"face task", func(t time.Time) time.Time { return FaceTaskDeadline(t, false) },
			func(s, n time.Time) bool { return FaceTaskExpired(s, n, false) }, 72 * time.Hour},
		{"face task combined", func(t time.Time) time.Time { return FaceTaskDeadline(t, true) },
			func(s, n time.Time) bool { return FaceTaskExpired(s, n, true) }, 24 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.deadline(sent)
			if !got.Equal(sent.Add(tc.validity)) || got.Location() != workday.CST {
				t.Errorf("deadline = %v", got)
			}
			// Holidays do not matter to wall-clock rules: National Day starts here.
			if tc.expired(sent, got) {
				t.Error("expired at the deadline itself")
			}
			if !tc.expired(sent, got.Add(time.Nanosecond)) {
				t.Error("not expired after the deadline")
			}
			if tc.expired(time.Time{}, got) || !tc.deadline(time.Time{}).IsZero() {
				t.Error("unset start")
			}
		})
	}
}

func TestEndOfDay(t *testing.T) {
	got := EndOfDay(workday.MustDate(2026, 10, 8))
	want := time.Date(2026, 10, 8, 15, 59, 59, 0, time.UTC)
	if !got.Equal(want) || got.Location() != workday.CST {
		t.Errorf("EndOfDay = %v, want %v", got, want)
	}
	if !EndOfDay(workday.Date{}).IsZero() {
		t.Error("zero date")
	}
}

func TestLimits(t *testing.T) {
	for _, l := range Limits() {
		t.Run(l.Stage.String(), func(t *testing.T) {
			if l.Stage.Limit() != l || l.Source == "" {
				t.Errorf("limit %+v", l)
			}
			if l.IsWorkdays() == (l.Validity != 0) {
				t.Errorf("a limit is either wall-clock or in workdays: %+v", l)
			}
			if l.IsWorkdays() && (l.MinWorkdays < 1 || l.MinWorkdays > l.MaxWorkdays) {
				t.Errorf("workday range %+v", l)
			}
		})
	}
	if (StageUnknown.Limit() != Limit{}) || (Stage(99).Limit() != Limit{}) {
		t.Error("unknown stage has a limit")
	}
}

func TestPeriodText(t *testing.T) {
	b, err := json.Marshal(StageSMSVerification.Limit())
	if err != nil {
		t.Fatal(err)
	}
	var back Limit
	if err := json.Unmarshal(b, &back); err != nil || back != StageSMSVerification.Limit() {
		t.Fatalf("round trip %s: %+v %v", b, back, err)
	}
	var p Period = 5
	if err := p.UnmarshalText([]byte("soon")); !errors.Is(err, ErrInvalid) || p != 5 {
		t.Errorf("bad period: %v %v", p, err)
	}
	if Period(SMSValidity).String() != "24h0m0s" || Period(SMSValidity).Duration() != SMSValidity {
		t.Error("period text")
	}
}

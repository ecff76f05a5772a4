package deadline

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/beian-go/beian/workday"
)

func TestWallClockRules(t *testing.T) {
	// 2026-09-30 23:30 CST is 15:30 UTC; National Day starts within every
	// validity, and holidays do not matter to wall-clock rules.
	sent := utc(2026, 9, 30, 15, 30)
	tests := []struct {
		name     string
		deadline func(time.Time) time.Time
		validity time.Duration
	}{
		{"sms", SMSDeadline, 24 * time.Hour},
		{"face task", func(t time.Time) time.Time { return FaceTaskDeadline(t, false) }, 72 * time.Hour},
		{"face task combined", func(t time.Time) time.Time { return FaceTaskDeadline(t, true) }, 24 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.deadline(sent)
			assert.True(t, got.Equal(sent.Add(tc.validity)), "deadline %v", got)
			assert.Equal(t, workday.CST, got.Location())
			assert.True(t, tc.deadline(time.Time{}).IsZero(), "unset start has no deadline")
		})
	}
}

func TestWallClockAgreesWithClocks(t *testing.T) {
	start := cst(2026, 9, 30, 8, 0)
	assert.Equal(t, SMSDeadline(start), start.Add(ClockSMS.Limit().Validity))
	assert.Equal(t, FaceTaskDeadline(start, false), start.Add(ClockFaceTask.Limit().Validity))
	assert.Equal(t, FaceTaskDeadline(start, true), start.Add(ClockFaceTaskCombined.Limit().Validity))
}

func TestEndOfDay(t *testing.T) {
	got := endOfDay(d(2026, 10, 8))
	assert.True(t, got.Equal(time.Date(2026, 10, 8, 15, 59, 59, 0, time.UTC)), "%v", got)
	assert.Equal(t, workday.CST, got.Location())
	assert.True(t, endOfDay(workday.Date{}).IsZero())
}

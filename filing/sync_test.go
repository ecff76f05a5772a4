package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStageOf(t *testing.T) {
	tests := []struct {
		status EntranceStatus
		sms    SMSVerifyStatus
		want   Stage
	}{
		{StatusNotFiled, 0, StageDraft},
		{StatusNotFiledNoBasicInfo, 0, StageDraft},
		{StatusNotFiledNoCategory, 0, StageDraft},
		{StatusNotFiledNoBasicInfoNoCategory, 0, StageDraft},
		{StatusPlatformReview, 0, StagePlatformReview},
		{StatusPlatformRejected, 0, StageDraft},
		{StatusBureauReview, 0, StageSMSVerification},
		{StatusBureauReview, SMSWaiting, StageSMSVerification},
		{StatusBureauReview, SMSVerified, StageBureauReview},
		{StatusBureauReview, SMSTimedOut, StageDraft},
		{StatusBureauRejected, 0, StageDraft},
		{StatusBureauRejected, SMSTimedOut, StageDraft},
		{StatusFiled, 0, StageFiled},
	}
	for _, tc := range tests {
		got, err := StageOf(tc.status, tc.sms)
		if assert.NoError(t, err, "StageOf(%d, %d)", tc.status, tc.sms) {
			assert.Equal(t, tc.want, got, "StageOf(%d, %d)", tc.status, tc.sms)
		}
	}
	for _, bad := range []struct {
		status EntranceStatus
		sms    SMSVerifyStatus
	}{{0, 0}, {1, 0}, {7, 0}, {1028, 0}, {4, 4}, {4, -1}} {
		_, err := StageOf(bad.status, bad.sms)
		assert.ErrorIs(t, err, ErrStatus, "StageOf(%d, %d)", bad.status, bad.sms)
	}
}

func TestPollDecodesEntranceInfo(t *testing.T) {
	in := `{"status":5,"sms_verify_status":0,"is_canceling":false,"available":1,
	"audit_data":[{"key_name":"小程序名称","error":"名称含有敏感词","suggest":"修改名称"}]}`
	var p Poll
	require.NoError(t, json.Unmarshal([]byte(in), &p))
	want := Poll{Status: StatusBureauRejected, AuditData: []Rejection{{Field: "小程序名称", Reason: "名称含有敏感词", Suggestion: "修改名称"}}}
	assert.Equal(t, want, p)
}

func TestSync(t *testing.T) {
	filed := Poll{Status: StatusFiled, FilingNumber: goodNumber}
	tests := []struct {
		name  string
		from  Stage
		poll  Poll
		want  Stage
		moves []Event // appended to the history
		todo  Todo    // of the last change
	}{
		{"submitted elsewhere", StageDraft, Poll{Status: StatusPlatformReview}, StagePlatformReview, []Event{EventSubmit}, TodoWaitPlatformReview},
		{"still in review", StagePlatformReview, Poll{Status: StatusPlatformReview}, StagePlatformReview, nil, 0},
		{"platform passed", StagePlatformReview, Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSWaiting}, StageSMSVerification, []Event{EventApprovePlatform}, TodoVerifySMS},
		{"platform rejected", StagePlatformReview, Poll{Status: StatusPlatformRejected, AuditData: someReasons}, StageDraft, []Event{EventRejectPlatform}, TodoResubmit},
		{"withdrawn in the console", StagePlatformReview, Poll{Status: StatusNotFiled}, StageDraft, []Event{EventWithdraw}, TodoResubmit},
		{"sms verified", StageSMSVerification, Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified}, StageBureauReview, []Event{EventVerifySMS}, TodoWaitBureauReview},
		{"sms timed out", StageSMSVerification, Poll{Status: StatusBureauRejected, SMSVerifyStatus: SMSTimedOut}, StageDraft, []Event{EventExpireSMS}, TodoResubmit},
		{"sms timed out during review", StageSMSVerification, Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSTimedOut}, StageDraft, []Event{EventExpireSMS}, TodoResubmit},
		{"bureau rejected", StageBureauReview, Poll{Status: StatusBureauRejected, AuditData: someReasons}, StageDraft, []Event{EventRejectBureau}, TodoResubmit},
		{"bureau rejected before sms", StageSMSVerification, Poll{Status: StatusBureauRejected}, StageDraft, []Event{EventRejectBureau}, TodoResubmit},
		{"filed", StageBureauReview, filed, StageFiled, []Event{EventApproveBureau}, TodoNone},
		{"filed while we slept", StageDraft, filed, StageFiled, []Event{EventSubmit, EventApprovePlatform, EventVerifySMS, EventApproveBureau}, TodoNone},
		{"deregistered", StageFiled, Poll{Status: StatusNotFiled}, StageDeregistered, []Event{EventDeregister}, TodoNone},
		{"already deregistered", StageDeregistered, Poll{Status: StatusNotFiled}, StageDeregistered, nil, 0},
		{"draft stays draft", StageDraft, Poll{Status: StatusNotFiledNoCategory}, StageDraft, nil, 0},
		{"rejection already recorded", StageDraft, Poll{Status: StatusBureauRejected}, StageDraft, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.from)
			before := a.Snapshot()
			now := at(50 * time.Hour)
			changes, err := a.Sync(tc.poll, now)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Stage())
			after := a.Snapshot()
			require.Len(t, changes, len(tc.moves))
			for i, c := range changes {
				assert.Equal(t, tc.moves[i], c.Event)
				assert.Equal(t, after.History[len(before.History)+i], c.Transition)
			}
			if len(tc.moves) == 0 {
				assert.Equal(t, before, after, "a poll without news changed the record")
				return
			}
			assert.Equal(t, before.Version+1, after.Version, "one poll, one version")
			assert.Equal(t, tc.todo, changes[len(changes)-1].Todo)

			// The same poll again changes nothing.
			changes, err = a.Sync(tc.poll, now.Add(time.Hour))
			require.NoError(t, err)
			assert.Empty(t, changes)
			assert.Equal(t, after, a.Snapshot())
			assert.NoError(t, after.check(false))
		})
	}
}

// TestSyncSMSClock: the SMS deadline runs from the send time the poll
// gives, kept between the last change and the poll; without one, from
// the poll.
func TestSyncSMSClock(t *testing.T) {
	waiting := Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSWaiting}
	submitted := at(time.Hour) // inStageOf submits at +1h
	now := at(5 * time.Hour)
	tests := []struct {
		name string
		from Stage
		sent time.Time
		want time.Time // the SMS send time recorded
	}{
		{"unknown: the poll's time", StagePlatformReview, time.Time{}, now},
		{"known", StagePlatformReview, at(3 * time.Hour), at(3 * time.Hour)},
		{"after the poll", StagePlatformReview, now.Add(time.Minute), now},
		{"before the submission", StagePlatformReview, t0, submitted},
		{"from a draft", StageDraft, at(3 * time.Hour), at(3 * time.Hour)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.from)
			p := waiting
			p.SMSSentAt = tc.sent
			changes, err := a.Sync(p, now)
			require.NoError(t, err)
			last := changes[len(changes)-1]
			assert.Equal(t, EventApprovePlatform, last.Event)
			assert.Equal(t, tc.want, last.At, "the approval is recorded when the SMS was sent")
			assert.Equal(t, tc.want, a.Snapshot().SMS.SentAt)
			assert.Equal(t, tc.want.Add(24*time.Hour), last.Due)
			for _, c := range changes {
				assert.Equal(t, tc.want, c.At)
			}
		})
	}
	t.Run("later events at the poll's time", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		changes, err := a.Sync(Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified, SMSSentAt: at(3 * time.Hour)}, now)
		require.NoError(t, err)
		require.Len(t, changes, 2)
		assert.Equal(t, at(3*time.Hour), changes[0].At)
		assert.Equal(t, now, changes[1].At)
		assert.Equal(t, TodoWaitBureauReview, changes[1].Todo)
	})
	t.Run("ignored once past the platform review", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		changes, err := a.Sync(Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified, SMSSentAt: at(3 * time.Hour)}, now)
		require.NoError(t, err)
		require.Len(t, changes, 1)
		assert.Equal(t, now, changes[0].At)
		assert.Equal(t, at(2*time.Hour), a.Snapshot().SMS.SentAt)
	})
}

func TestSyncRefuses(t *testing.T) {
	tests := []struct {
		name string
		from Stage
		poll Poll
		now  time.Time
		want error
	}{
		{"filed reported under review", StageFiled, Poll{Status: StatusPlatformReview}, at(50 * time.Hour), ErrStatus},
		{"bureau reported as platform rejection", StageBureauReview, Poll{Status: StatusPlatformRejected}, at(50 * time.Hour), ErrStatus},
		{"bureau reported as not filed", StageBureauReview, Poll{Status: StatusNotFiled}, at(50 * time.Hour), ErrStatus},
		{"unknown status", StageDraft, Poll{Status: 42}, at(50 * time.Hour), ErrStatus},
		{"deregistered reported filed", StageDeregistered, Poll{Status: StatusFiled, FilingNumber: goodNumber}, at(50 * time.Hour), ErrStatus},
		{"filed without a number", StageBureauReview, Poll{Status: StatusFiled}, at(50 * time.Hour), ErrFilingNumber},
		{"back in time", StageDraft, Poll{Status: StatusPlatformReview}, t0, ErrInvalidTime},
		{"zero time", StageDraft, Poll{Status: StatusNotFiled}, time.Time{}, ErrInvalidTime},
		// A multi-step plan that fails on its last step records none of
		// its steps.
		{"partial failure", StageDraft, Poll{Status: StatusFiled, FilingNumber: "京ICP备12345678号-1A"}, at(50 * time.Hour), ErrFilingNumber},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.from)
			refused(t, a, tc.want, func() ([]Change, error) { return a.Sync(tc.poll, tc.now) })
		})
	}
	var zero Application
	_, err := zero.Sync(Poll{Status: StatusNotFiled}, t0)
	assert.ErrorIs(t, err, ErrStatus)
}

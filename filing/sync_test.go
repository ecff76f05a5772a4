package filing

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
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
		if err != nil || got != tc.want {
			t.Errorf("StageOf(%d, %d) = %s, %v; want %s", tc.status, tc.sms, got, err, tc.want)
		}
	}
	for _, bad := range []struct {
		status EntranceStatus
		sms    SMSVerifyStatus
	}{{0, 0}, {1, 0}, {7, 0}, {1028, 0}, {4, 4}, {4, -1}} {
		if _, err := StageOf(bad.status, bad.sms); !errors.Is(err, ErrStatus) {
			t.Errorf("StageOf(%d, %d): %v", bad.status, bad.sms, err)
		}
	}
}

func TestPollDecodesEntranceInfo(t *testing.T) {
	in := `{"status":5,"sms_verify_status":0,"is_canceling":false,"available":1,
	"audit_data":[{"key_name":"小程序名称","error":"名称含有敏感词","suggest":"修改名称"}]}`
	var p Poll
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		t.Fatal(err)
	}
	want := Poll{Status: StatusBureauRejected, AuditData: []Rejection{{Field: "小程序名称", Reason: "名称含有敏感词", Suggestion: "修改名称"}}}
	if !reflect.DeepEqual(p, want) {
		t.Fatalf("got %+v", p)
	}
}

func TestSync(t *testing.T) {
	filed := Poll{Status: StatusFiled, FilingNumber: goodNumber}
	tests := []struct {
		name   string
		from   Stage
		poll   Poll
		want   Stage
		events []Event // appended to the history
	}{
		{"submitted elsewhere", StageDraft, Poll{Status: StatusPlatformReview}, StagePlatformReview, []Event{EventSubmit}},
		{"still in review", StagePlatformReview, Poll{Status: StatusPlatformReview}, StagePlatformReview, nil},
		{"platform passed", StagePlatformReview, Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSWaiting}, StageSMSVerification, []Event{EventApprovePlatform}},
		{"platform rejected", StagePlatformReview, Poll{Status: StatusPlatformRejected, AuditData: someReasons}, StageDraft, []Event{EventRejectPlatform}},
		{"withdrawn in the console", StagePlatformReview, Poll{Status: StatusNotFiled}, StageDraft, []Event{EventWithdraw}},
		{"sms verified", StageSMSVerification, Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified}, StageBureauReview, []Event{EventVerifySMS}},
		{"sms timed out", StageSMSVerification, Poll{Status: StatusBureauRejected, SMSVerifyStatus: SMSTimedOut}, StageDraft, []Event{EventExpireSMS}},
		{"sms timed out during review", StageSMSVerification, Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSTimedOut}, StageDraft, []Event{EventExpireSMS}},
		{"bureau rejected", StageBureauReview, Poll{Status: StatusBureauRejected, AuditData: someReasons}, StageDraft, []Event{EventRejectBureau}},
		{"bureau rejected before sms", StageSMSVerification, Poll{Status: StatusBureauRejected}, StageDraft, []Event{EventRejectBureau}},
		{"filed", StageBureauReview, filed, StageFiled, []Event{EventApproveBureau}},
		{"filed while we slept", StageDraft, filed, StageFiled, []Event{EventSubmit, EventApprovePlatform, EventVerifySMS, EventApproveBureau}},
		{"deregistered", StageFiled, Poll{Status: StatusNotFiled}, StageDeregistered, []Event{EventDeregister}},
		{"already deregistered", StageDeregistered, Poll{Status: StatusNotFiled}, StageDeregistered, nil},
		{"draft stays draft", StageDraft, Poll{Status: StatusNotFiledNoCategory}, StageDraft, nil},
		{"rejection already recorded", StageDraft, Poll{Status: StatusBureauRejected}, StageDraft, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.from)
			n := len(a.History())
			now := at(50 * time.Hour)
			changed, err := a.Sync(tc.poll, now)
			if err != nil {
				t.Fatal(err)
			}
			if changed != (len(tc.events) > 0) || a.Stage() != tc.want {
				t.Fatalf("changed %v, stage %s", changed, a.Stage())
			}
			var got []Event
			for _, h := range a.History()[n:] {
				got = append(got, h.Event)
			}
			if !reflect.DeepEqual(got, tc.events) {
				t.Fatalf("events %v, want %v", got, tc.events)
			}
			// The same poll again changes nothing.
			before := a.Snapshot()
			changed, err = a.Sync(tc.poll, now.Add(time.Hour))
			if err != nil || changed || !reflect.DeepEqual(a.Snapshot(), before) {
				t.Fatalf("second sync: changed %v, err %v", changed, err)
			}
			if err := before.check(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestSyncRefuses(t *testing.T) {
	tests := []struct {
		name string
		from Stage
		poll Poll
		want error
	}{
		{"filed reported under review", StageFiled, Poll{Status: StatusPlatformReview}, ErrStatus},
		{"bureau reported as platform rejection", StageBureauReview, Poll{Status: StatusPlatformRejected}, ErrStatus},
		{"bureau reported as not filed", StageBureauReview, Poll{Status: StatusNotFiled}, ErrStatus},
		{"unknown status", StageDraft, Poll{Status: 42}, ErrStatus},
		{"deregistered reported filed", StageDeregistered, Poll{Status: StatusFiled, FilingNumber: goodNumber}, ErrStatus},
		{"filed without a number", StageBureauReview, Poll{Status: StatusFiled}, ErrFilingNumber},
		{"back in time", StageDraft, Poll{Status: StatusPlatformReview}, ErrInvalidTime},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.from)
			now := at(50 * time.Hour)
			if tc.want == ErrInvalidTime {
				now = t0
			}
			refused(t, a, tc.want, func() error {
				changed, err := a.Sync(tc.poll, now)
				if changed {
					t.Error("reported a change")
				}
				return err
			})
		})
	}
	var zero Application
	if _, err := zero.Sync(Poll{Status: StatusNotFiled}, t0); !errors.Is(err, ErrStatus) {
		t.Errorf("zero application: %v", err)
	}
}

// TestSyncPartialFailureChangesNothing: a multi-step plan that fails on its
// last step records none of its steps.
func TestSyncPartialFailureChangesNothing(t *testing.T) {
	a := inStageOf(t, StageDraft)
	refused(t, a, ErrFilingNumber, func() error {
		_, err := a.Sync(Poll{Status: StatusFiled, FilingNumber: "京ICP备12345678号-1A"}, at(50*time.Hour))
		return err
	})
}

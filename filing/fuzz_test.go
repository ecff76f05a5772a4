package filing

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// choices hands out the bytes of a fuzz input as choices; past its end
// every choice is 0.
type choices []byte

func (c *choices) next(n int) int {
	if len(*c) == 0 || n <= 0 {
		return 0
	}
	b := (*c)[0]
	*c = (*c)[1:]
	return int(b) % n
}

// offsets are the moves in time the generators make: around the SMS
// window and the face task's validity, far ahead, and back.
var offsets = []time.Duration{
	0, time.Nanosecond, time.Second, time.Hour, 24 * time.Hour, 24*time.Hour + time.Second,
	72 * time.Hour, 100 * 24 * time.Hour, -time.Nanosecond, -time.Hour,
}

// instant returns an instant near base, or one at an edge of what a record
// holds, or beyond it.
func (c *choices) instant(base time.Time) time.Time {
	switch c.next(14) {
	case 10:
		return time.Time{}
	case 11:
		return maxInstant
	case 12:
		return tooLate
	case 13:
		return tooEarly
	}
	return base.Add(offsets[c.next(len(offsets))])
}

// polls are the statuses the generators apply.
var fuzzPolls = []Poll{
	{Status: StatusNotFiled}, {Status: StatusPlatformReview}, {Status: StatusPlatformRejected, AuditData: someReasons},
	{Status: StatusPlatformRejected}, {Status: StatusBureauReview, SMSVerifyStatus: SMSWaiting},
	{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified}, {Status: StatusBureauRejected, SMSVerifyStatus: SMSTimedOut},
	{Status: StatusBureauRejected, AuditData: someReasons}, {Status: StatusFiled, FilingNumber: goodNumber},
	{Status: StatusFiled}, {Status: 99},
}

// command runs one generated command on a at now and reports its name.
func (c *choices) command(a *Application, now time.Time) (string, []Change, error) {
	reasons := [][]Rejection{someReasons, nil, {{Field: " ", Reason: "\t"}}, {{Field: "备注\xff", Reason: "\xe4"}}}[c.next(4)]
	number := []string{goodNumber, " " + goodNumber + " ", "粤B2-20090059-1", "13812345678"}[c.next(4)]
	switch op := c.next(15); op {
	case 0:
		_, err := a.Submit(now, CheckOptions{})
		return "submit", nil, err
	case 1:
		ch, err := a.ApprovePlatform(now, c.instant(now.Add(-time.Hour)))
		return "approve_platform", ch, err
	case 2:
		ch, err := a.RejectPlatform(now, reasons)
		return "reject_platform", ch, err
	case 3:
		ch, err := a.Withdraw(now, []string{"note 13812345678", "\xff\xfe"}[c.next(2)])
		return "withdraw", ch, err
	case 4:
		ch, err := a.ResendSMS(now)
		return "resend_sms", ch, err
	case 5:
		ch, err := a.WrongSMSCode(now)
		return "wrong_sms_code", ch, err
	case 6:
		ch, err := a.VerifySMS(now)
		return "verify_sms", ch, err
	case 7:
		ch, err := a.ExpireSMS(now)
		return "expire_sms", ch, err
	case 8:
		ch, err := a.ApproveBureau(now, number)
		return "approve_bureau", ch, err
	case 9:
		ch, err := a.RejectBureau(now, reasons)
		return "reject_bureau", ch, err
	case 10:
		ch, err := a.Deregister(now, "")
		return "deregister", ch, err
	case 11:
		p := fuzzPolls[c.next(len(fuzzPolls))]
		p.SMSSentAt = c.instant(now.Add(-time.Hour))
		ch, err := a.Sync(p, now)
		return "sync", ch, err
	case 12:
		return "set_request", nil, a.SetRequest(loadSample(), now)
	case 13:
		created := c.instant(now.Add(-time.Hour))
		task := []string{"R5PqRPNb6GmG3i0rqd4pTg", "task\xff"}[c.next(2)]
		return "record_face_verification", nil, a.RecordFaceVerification(task, created, now)
	default:
		_, err := a.Submit(now, CheckOptions{})
		return "submit", nil, err
	}
}

// sample is the enterprise sample, read once.
var sample = func() Request {
	b, err := os.ReadFile("testdata/enterprise.json")
	if err != nil {
		panic(err)
	}
	var r Request
	if err := json.Unmarshal(b, &r); err != nil {
		panic(err)
	}
	return r
}()

func loadSample() Request { return sample.Clone() }

// typedRefusal reports whether err is one of the refusals a command
// documents: a sentinel of this package, or the request's Problems.
func typedRefusal(err error) bool {
	var ps Problems
	if errors.As(err, &ps) {
		return true
	}
	for _, s := range []error{
		ErrTransitionNotAllowed, ErrAlreadyDone, ErrInvalidTime, ErrFaceVerification, ErrSMSWindowClosed,
		ErrSMSWindowOpen, ErrSMSResendUsed, ErrSMSWrongCodes, ErrNoReasons, ErrFilingNumber, ErrNotEditable,
		ErrStatus, ErrConcurrentChange, ErrInvalidRecord,
	} {
		if errors.Is(err, s) {
			return !errors.Is(err, ErrInternal)
		}
	}
	return false
}

// mutate changes one part of s as a tampered or corrupt store might.
func (c *choices) mutate(s *Snapshot) {
	n := len(s.History)
	switch c.next(16) {
	case 0:
		s.Stage = Stage(c.next(int(numStages) + 1))
	case 1:
		s.Attempt += c.next(3) - 1
	case 2:
		s.Version = []int64{0, 1, int64(n), s.Version + 1, maxVersion, maxVersion + 1, -1}[c.next(7)]
	case 3:
		s.CreatedAt = c.instant(s.CreatedAt)
	case 4:
		s.UpdatedAt = c.instant(s.UpdatedAt)
	case 5:
		s.SubmittedAt = c.instant(s.SubmittedAt)
	case 6:
		s.Face.CreatedAt = c.instant(s.Face.CreatedAt)
	case 7:
		s.Face.VerifiedAt = c.instant(s.Face.VerifiedAt)
	case 8:
		s.Face.TaskID = []string{"", "another", s.Request.ICPApplets.PrincipalInfo.VerifyTaskID}[c.next(3)]
	case 9:
		s.SMS.SentAt = c.instant(s.SMS.SentAt)
	case 10:
		s.SMS.ResentAt = c.instant(s.SMS.SentAt)
	case 11:
		s.SMS.VerifiedAt = c.instant(s.SMS.SentAt)
	case 12:
		s.SMS.WrongCodes = c.next(8)
	case 13:
		s.Rejections = [][]Rejection{nil, someReasons, {{}}, {{Reason: "\xff"}}}[c.next(4)]
	case 14:
		s.FilingNumber = []string{"", goodNumber, " " + goodNumber, "粤B2-20090059-1"}[c.next(4)]
	default:
		if n == 0 {
			s.History = append(s.History, Transition{From: StageDraft, To: StagePlatformReview, Event: EventSubmit, At: s.UpdatedAt})
			return
		}
		t := &s.History[c.next(n)]
		switch c.next(7) {
		case 6:
			t.Reason = "\xe4\xb8"
		case 0:
			t.Event = Event(c.next(numEvents + 1))
		case 1:
			t.From = Stage(c.next(numStages + 1))
		case 2:
			t.To = Stage(c.next(numStages + 1))
		case 3:
			t.At = c.instant(t.At)
		case 4:
			t.Synced = !t.Synced
		default:
			s.History = s.History[:n-1]
		}
	}
}

// checkRecord checks what Restore promises of a record it accepts: it
// marshals, restores again to the same bytes, and takes every command
// without an error other than a typed refusal, after which it is still
// a record Restore accepts.
func checkRecord(t *testing.T, s Snapshot, c *choices) {
	a, err := Restore(s)
	if err != nil {
		var re *RecordError
		require.ErrorAs(t, err, &re, "Restore's refusal is a *RecordError")
		return
	}
	b1, err := a.MarshalJSON()
	require.NoError(t, err, "a restored record marshals")
	var back Application
	require.NoError(t, back.UnmarshalJSON(b1), "%s", b1)
	b2, err := back.MarshalJSON()
	require.NoError(t, err)
	require.Equal(t, string(b1), string(b2), "restored again, the record writes the same bytes")

	snap := a.Snapshot()
	for _, off := range []time.Duration{0, time.Hour, 25 * time.Hour, 80 * time.Hour, 40 * 24 * time.Hour} {
		now := capTime(snap.UpdatedAt.Add(off))
		for op := range 15 {
			r, err := Restore(snap)
			require.NoError(t, err)
			pick := append(choices{byte(op)}, *c...)
			name, _, err := pick.command(r, now)
			if err != nil {
				require.True(t, typedRefusal(err), "%s at +%s: %v", name, off, err)
				continue
			}
			after := r.Snapshot()
			_, err = Restore(after)
			require.NoError(t, err, "%s at +%s made a record Restore refuses", name, off)
			_, err = r.MarshalJSON()
			require.NoError(t, err, "%s at +%s", name, off)
		}
	}
}

// FuzzRecords drives a record through generated commands and polls, and
// then tampers with it as a store might: whatever Restore accepts
// marshals, restores again to the same bytes and takes every command
// without an error other than a typed refusal (issue #12).
func FuzzRecords(f *testing.F) {
	f.Add([]byte{0, 1, 0, 6, 8, 10})
	f.Add([]byte{1, 0, 0, 2, 0, 13, 0, 0, 0, 1, 3, 5, 5, 5, 5, 5, 5, 5})
	f.Add([]byte{11, 8, 0, 11, 0, 4, 6, 0})
	f.Add([]byte{0, 1, 3, 4, 7, 9, 9, 200, 15, 2, 12, 5, 9, 3})
	f.Add([]byte{12, 0, 13, 2, 0, 1, 11, 2, 4, 0, 4, 7, 255, 255})
	f.Fuzz(func(t *testing.T, data []byte) {
		c := choices(data)
		a := newDraft(t)
		now := at(20 * time.Minute)
		steps := c.next(24)
		for range steps {
			now = now.Add(offsets[c.next(6)]) // forward only
			_, _, err := c.command(a, now)
			if err != nil {
				require.True(t, typedRefusal(err), "%v", err)
			}
		}
		checkRecord(t, a.Snapshot(), &c)
		s := a.Snapshot()
		for range 1 + c.next(3) {
			c.mutate(&s)
		}
		checkRecord(t, s, &c)
	})
}

// FuzzApplicationJSON feeds bytes to UnmarshalJSON: it never panics, and
// what it accepts writes and reads back to the same bytes.
func FuzzApplicationJSON(f *testing.F) {
	for _, st := range []Stage{StageDraft, StageSMSVerification, StageFiled} {
		a := inStageOfF(f, st)
		b, err := a.MarshalJSON()
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`null`))
	f.Add([]byte(`{"stage":"draft","history":[{"event":"teleport"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Application
		if err := a.UnmarshalJSON(data); err != nil {
			var re *RecordError
			require.ErrorAs(t, err, &re)
			return
		}
		b1, err := a.MarshalJSON()
		require.NoError(t, err)
		var back Application
		require.NoError(t, back.UnmarshalJSON(b1))
		b2, err := back.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, string(b1), string(b2))
	})
}

// inStageOfF is inStageOf for a fuzz target's seeds.
func inStageOfF(f *testing.F, s Stage) *Application {
	a := inStageOf(f, s)
	if a.Stage() != s {
		panic(fmt.Sprint("no record in ", s))
	}
	return a
}

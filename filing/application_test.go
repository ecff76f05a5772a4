package filing

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refused checks that cmd fails with an error matching want (any error
// when want is nil), returns no changes and leaves a exactly as it was,
// its version included.
func refused(t *testing.T, a *Application, want error, cmd func() ([]Change, error)) error {
	t.Helper()
	before := a.Snapshot()
	changes, err := cmd()
	require.Error(t, err, "accepted")
	if want != nil {
		assert.ErrorIs(t, err, want)
	}
	assert.Nil(t, changes, "a refused command returned changes")
	assert.Equal(t, before, a.Snapshot(), "a refused command changed the record")
	return err
}

// refusedEdit is refused for the commands that return no changes.
func refusedEdit(t *testing.T, a *Application, want error, cmd func() error) {
	t.Helper()
	refused(t, a, want, func() ([]Change, error) { return nil, cmd() })
}

// accepted runs cmd, which must succeed with one change, and returns it.
func accepted(t *testing.T, cmd func() ([]Change, error)) Change {
	t.Helper()
	changes, err := cmd()
	require.NoError(t, err)
	require.Len(t, changes, 1)
	return changes[0]
}

// allCommands runs each named command at now with plausible input.
var allCommands = map[string]func(a *Application, now time.Time) ([]Change, error){
	"submit":           submit,
	"approve_platform": approvePlatform,
	"reject_platform":  func(a *Application, now time.Time) ([]Change, error) { return a.RejectPlatform(now, someReasons) },
	"withdraw":         func(a *Application, now time.Time) ([]Change, error) { return a.Withdraw(now, "") },
	"resend_sms":       func(a *Application, now time.Time) ([]Change, error) { return a.ResendSMS(now) },
	"wrong_sms_code":   func(a *Application, now time.Time) ([]Change, error) { return a.WrongSMSCode(now) },
	"verify_sms":       verifySMS,
	"expire_sms":       func(a *Application, now time.Time) ([]Change, error) { return a.ExpireSMS(now) },
	"approve_bureau":   approveBureau,
	"reject_bureau":    func(a *Application, now time.Time) ([]Change, error) { return a.RejectBureau(now, someReasons) },
	"deregister":       deregister,
}

func TestZeroApplication(t *testing.T) {
	var a Application
	assert.Equal(t, StageUnknown, a.Stage())
	assert.Zero(t, a.Snapshot().Attempt)
	assert.Zero(t, a.Version())
	assert.Nil(t, a.History())
	for name, cmd := range allCommands {
		t.Run(name, func(t *testing.T) {
			refused(t, &a, ErrTransitionNotAllowed, func() ([]Change, error) { return cmd(&a, t0) })
		})
	}
	refusedEdit(t, &a, ErrNotEditable, func() error { return a.SetRequest(Request{}, t0) })
	refusedEdit(t, &a, ErrNotEditable, func() error { return a.RecordFaceVerification("x", time.Time{}, t0) })
	_, err := NewApplication(testID, Request{}, time.Time{})
	assert.ErrorIs(t, err, ErrInvalidTime)
}

func TestNewApplicationIdentity(t *testing.T) {
	const secret = "13912345678"
	tests := []struct {
		name string
		id   Identity
		ok   bool
	}{
		{"plain", Identity{ID: "order-0001", AppID: "wx0123456789abcdef"}, true},
		{"combined", Identity{ID: "o", AppID: "wx0123456789abcdef", Combined: true}, true},
		{"chinese id with inner spaces", Identity{ID: "商户 甲 第1单", AppID: "wxA1"}, true},
		{"longest id", Identity{ID: strings.Repeat("a", maxIdentityID), AppID: "wx1"}, true},
		{"longest appid", Identity{ID: "o", AppID: strings.Repeat("a", maxIdentityAppID)}, true},
		{"zero", Identity{}, false},
		{"no id", Identity{AppID: "wx0123456789abcdef"}, false},
		{"no appid", Identity{ID: "o"}, false},
		{"id too long", Identity{ID: strings.Repeat("a", maxIdentityID+1), AppID: "wx1"}, false},
		{"id too long in runes", Identity{ID: strings.Repeat("单", 43), AppID: "wx1"}, false},
		{"invalid utf-8", Identity{ID: "order\xff" + secret, AppID: "wx1"}, false},
		{"newline", Identity{ID: secret + "\n", AppID: "wx1"}, false},
		{"nul", Identity{ID: "a\x00" + secret, AppID: "wx1"}, false},
		{"zero-width space", Identity{ID: "a\u200b" + secret, AppID: "wx1"}, false},
		{"right-to-left override", Identity{ID: "a\u202e" + secret, AppID: "wx1"}, false},
		{"leading space", Identity{ID: " " + secret, AppID: "wx1"}, false},
		{"trailing ideographic space", Identity{ID: secret + "\u3000", AppID: "wx1"}, false},
		{"appid with a dash", Identity{ID: "o", AppID: "wx-" + secret}, false},
		{"appid with a space", Identity{ID: "o", AppID: "wx " + secret}, false},
		{"appid too long", Identity{ID: "o", AppID: strings.Repeat("a", maxIdentityAppID+1)}, false},
		{"full-width appid", Identity{ID: "o", AppID: "ｗｘ１２３"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := NewApplication(tc.id, Request{}, t0)
			if tc.ok {
				require.NoError(t, err)
				assert.Equal(t, tc.id, a.Identity())
				assert.Zero(t, a.Version())
				return
			}
			require.ErrorIs(t, err, ErrIdentity)
			assert.Nil(t, a)
			assert.NotContains(t, err.Error(), secret, "the error quotes the identity")
		})
	}
}

// TestRequestsThatCannotBeStored: a hand-built request whose Extra holds
// what is not JSON, or text that is not UTF-8, never enters a record, and
// what a record writes is valid UTF-8 JSON (issue #12).
func TestRequestsThatCannotBeStored(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *Request)
	}{
		{"Extra value not JSON", func(r *Request) { r.Extra = Extra{"x": json.RawMessage(`{"a":`)} }},
		{"Extra value not UTF-8", func(r *Request) {
			r.ICPApplets.PrincipalInfo.Extra = Extra{"x": json.RawMessage("\"\xff\"")}
		}},
		{"Extra name not UTF-8", func(r *Request) { r.ICPMaterials.Extra = Extra{"\xff": json.RawMessage(`1`)} }},
		{"Extra named like a field", func(r *Request) { r.ICPSubject.Extra = Extra{"base_info": json.RawMessage(`{}`)} }},
		{"text not UTF-8", func(r *Request) { r.ICPSubject.BaseInfo.Name = "深圳\xff" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			tc.edit(&r)
			_, err := NewApplication(testID, r, t0)
			assert.ErrorIs(t, err, ErrDecode)
			a := newDraft(t)
			refusedEdit(t, a, ErrDecode, func() error { return a.SetRequest(r, at(time.Hour)) })
		})
	}
	t.Run("notes and reasons that are not UTF-8", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		_, err := a.RejectPlatform(at(5*time.Hour), []Rejection{{Field: "备注\xff", Reason: "\xfe"}})
		require.NoError(t, err)
		b, err := a.MarshalJSON()
		require.NoError(t, err)
		assert.True(t, utf8.Valid(b), "MarshalJSON writes valid UTF-8")
		assert.True(t, json.Valid(b))
		assertRestores(t, a)
	})
}

func TestSubmitGuards(t *testing.T) {
	t.Run("invalid request", func(t *testing.T) {
		a := newDraft(t)
		r := a.Request()
		r.ICPSubject.PrincipalInfo.Mobile = ""
		require.NoError(t, a.SetRequest(r, at(20*time.Minute)))
		err := refused(t, a, nil, func() ([]Change, error) { return submit(a, at(time.Hour)) })
		var ps Problems
		require.ErrorAs(t, err, &ps)
		assert.Equal(t, "icp_subject.principal_info.mobile", ps[0].Field)
	})
	t.Run("no face verification", func(t *testing.T) {
		a, err := NewApplication(testID, loadRequest(t, "enterprise.json"), t0)
		require.NoError(t, err)
		refused(t, a, ErrFaceVerification, func() ([]Change, error) { return submit(a, at(time.Hour)) })
	})
	t.Run("face task differs from the request", func(t *testing.T) {
		a := newDraft(t)
		require.NoError(t, a.RecordFaceVerification("another", t0, at(20*time.Minute)))
		refused(t, a, ErrFaceVerification, func() ([]Change, error) { return submit(a, at(time.Hour)) })
	})
	t.Run("time before the last change", func(t *testing.T) {
		a := newDraft(t)
		refused(t, a, ErrInvalidTime, func() ([]Change, error) { return submit(a, at(time.Minute)) })
		refused(t, a, ErrInvalidTime, func() ([]Change, error) { return submit(a, time.Time{}) })
	})
	t.Run("request frozen after submission", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refusedEdit(t, a, ErrNotEditable, func() error { return a.SetRequest(Request{}, at(10*time.Hour)) })
		refusedEdit(t, a, ErrNotEditable, func() error { return a.RecordFaceVerification("x", time.Time{}, at(10*time.Hour)) })
	})
}

// TestFaceTaskValidity: the task is valid 3 days, or 1 day in the combined
// verification-and-filing flow, counted from its creation (or from the
// verification when its creation is unknown); Submit refuses it once
// expired in both flows.
func TestFaceTaskValidity(t *testing.T) {
	combined := testID
	combined.Combined = true
	tests := []struct {
		name      string
		id        Identity
		created   time.Time // zero: unknown
		lastValid time.Time
	}{
		{"filing alone", testID, t0, at(72 * time.Hour)},
		{"combined flow", combined, t0, at(24 * time.Hour)},
		{"filing alone, creation unknown", testID, time.Time{}, at(10*time.Minute + 72*time.Hour)},
		{"combined flow, creation unknown", combined, time.Time{}, at(10*time.Minute + 24*time.Hour)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := NewApplication(tc.id, loadRequest(t, "enterprise.json"), t0)
			require.NoError(t, err)
			require.NoError(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", tc.created, at(10*time.Minute)))
			assert.Equal(t, tc.lastValid, a.Snapshot().Face.validUntil(tc.id.Combined))

			err = refused(t, a, ErrFaceVerification, func() ([]Change, error) { return submit(a, tc.lastValid.Add(time.Second)) })
			assert.Contains(t, err.Error(), "validity ended")
			c := accepted(t, func() ([]Change, error) { return submit(a, tc.lastValid) })
			assert.Equal(t, StagePlatformReview, c.To)
		})
	}
	assert.True(t, FaceVerification{}.validUntil(true).IsZero(), "an unverified task has no validity")
}

func TestSMSRules(t *testing.T) {
	sent := at(2 * time.Hour) // inStageOf approves at +2h with the SMS sent then
	deadline := sent.Add(24 * time.Hour)
	t.Run("verify within 24 hours", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		accepted(t, func() ([]Change, error) { return a.VerifySMS(deadline) })
		assert.Equal(t, StageBureauReview, a.Stage())
	})
	t.Run("verify after 24 hours", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowClosed, func() ([]Change, error) { return a.VerifySMS(deadline.Add(time.Second)) })
	})
	t.Run("expire only after 24 hours", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowOpen, func() ([]Change, error) { return a.ExpireSMS(deadline) })
		c := accepted(t, func() ([]Change, error) { return a.ExpireSMS(deadline.Add(time.Second)) })
		assert.Equal(t, StageDraft, a.Stage())
		assert.NotEmpty(t, c.Reason)
	})
	t.Run("one resend, which restarts the window", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		resent := sent.Add(20 * time.Hour)
		c := accepted(t, func() ([]Change, error) { return a.ResendSMS(resent) })
		assert.Equal(t, resent.Add(24*time.Hour), c.Due)
		// A wrong code, so that the resend is not the last command.
		accepted(t, func() ([]Change, error) { return a.WrongSMSCode(resent.Add(time.Minute)) })
		refused(t, a, ErrSMSResendUsed, func() ([]Change, error) { return a.ResendSMS(resent.Add(time.Hour)) })
	})
	t.Run("window restarted by the resend", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		resent := sent.Add(20 * time.Hour)
		accepted(t, func() ([]Change, error) { return a.ResendSMS(resent) })
		refused(t, a, ErrSMSWindowOpen, func() ([]Change, error) { return a.ExpireSMS(deadline.Add(time.Hour)) })
		accepted(t, func() ([]Change, error) { return a.VerifySMS(resent.Add(23 * time.Hour)) })
	})
	t.Run("no resend after the window", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowClosed, func() ([]Change, error) { return a.ResendSMS(deadline.Add(time.Minute)) })
	})
	// Five wrong entries are tolerated; the sixth attempt fails the check
	// (http://store.gzidc.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1380.html).
	t.Run("five wrong codes are tolerated, the sixth fails", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		for i := 1; i <= 5; i++ {
			c := accepted(t, func() ([]Change, error) { return a.WrongSMSCode(sent.Add(time.Duration(i) * time.Minute)) })
			assert.Equal(t, EventWrongSMSCode, c.Event)
			assert.Equal(t, TodoVerifySMS, c.Todo)
			assert.Equal(t, deadline, c.Due)
			require.Equal(t, StageSMSVerification, a.Stage())
			require.Equal(t, i, a.Snapshot().SMS.WrongCodes)
		}
		c := accepted(t, func() ([]Change, error) { return a.WrongSMSCode(sent.Add(time.Hour)) })
		assert.Equal(t, EventFailSMS, c.Event)
		assert.Equal(t, StageDraft, a.Stage())
		assert.Equal(t, 6, a.Snapshot().SMS.WrongCodes)
	})
	t.Run("after five wrong codes the next attempt cannot verify", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		for i := 1; i <= 4; i++ {
			accepted(t, func() ([]Change, error) { return a.WrongSMSCode(sent.Add(time.Duration(i) * time.Minute)) })
		}
		c := accepted(t, func() ([]Change, error) { return a.WrongSMSCode(sent.Add(5 * time.Minute)) })
		assert.Equal(t, EventWrongSMSCode, c.Event, "the fifth wrong code keeps the check open")
		refused(t, a, ErrSMSWrongCodes, func() ([]Change, error) { return a.VerifySMS(sent.Add(time.Hour)) })
		// WeChat's word is the fact: a poll saying verified is applied.
		changes, err := a.Sync(Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified}, sent.Add(time.Hour))
		require.NoError(t, err)
		require.Len(t, changes, 1)
		assert.Equal(t, StageBureauReview, a.Stage())
	})
	t.Run("wrong code after the window", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowClosed, func() ([]Change, error) { return a.WrongSMSCode(deadline.Add(time.Minute)) })
	})
	t.Run("guards refuse a wrong code the count does not allow", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		s := a.Snapshot()
		s.SMS.WrongCodes = maxWrongSMSCodes - 1
		_, err := s.fire(EventFailSMS, sent.Add(time.Hour), &input{}, false)
		assert.ErrorIs(t, err, ErrSMSWrongCodes, "a fifth wrong code does not fail the check")
		s.SMS.WrongCodes = maxWrongSMSCodes
		_, err = s.fire(EventWrongSMSCode, sent.Add(time.Hour), &input{}, false)
		assert.ErrorIs(t, err, ErrSMSWrongCodes)
	})
	t.Run("sms sent after approval", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refused(t, a, ErrInvalidTime, func() ([]Change, error) { return a.ApprovePlatform(at(3*time.Hour), at(4*time.Hour)) })
	})
	t.Run("sms sent before the submission", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refused(t, a, ErrInvalidTime, func() ([]Change, error) { return a.ApprovePlatform(at(3*time.Hour), at(30*time.Minute)) })
	})
	t.Run("the window runs from the send time", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		c := accepted(t, func() ([]Change, error) { return a.ApprovePlatform(at(5*time.Hour), at(3*time.Hour)) })
		assert.Equal(t, at(27*time.Hour), c.Due)
		assert.Equal(t, at(27*time.Hour), a.Snapshot().SMS.deadline())
	})
}

func TestReviewGuards(t *testing.T) {
	tests := []struct {
		name  string
		stage Stage
		want  error
		cmd   func(a *Application) ([]Change, error)
	}{
		{"platform rejection needs reasons", StagePlatformReview, ErrNoReasons, func(a *Application) ([]Change, error) {
			return a.RejectPlatform(at(9*time.Hour), nil)
		}},
		{"blank reasons are no reasons", StagePlatformReview, ErrNoReasons, func(a *Application) ([]Change, error) {
			return a.RejectPlatform(at(9*time.Hour), []Rejection{{}, {Field: " ", Reason: "\t"}})
		}},
		{"bureau rejection needs reasons", StageBureauReview, ErrNoReasons, func(a *Application) ([]Change, error) {
			return a.RejectBureau(at(9*time.Hour), nil)
		}},
		{"approval needs a number", StageBureauReview, ErrFilingNumber, func(a *Application) ([]Change, error) {
			return a.ApproveBureau(at(9*time.Hour), "")
		}},
		{"approval needs a mini program number", StageBureauReview, ErrFilingNumber, func(a *Application) ([]Change, error) {
			return a.ApproveBureau(at(9*time.Hour), "陕ICP备2024026116号-1A")
		}},
		{"approval needs a parsable number", StageBureauReview, ErrFilingNumber, func(a *Application) ([]Change, error) {
			return a.ApproveBureau(at(9*time.Hour), "ICP-123X")
		}},
		{"no withdrawal after the platform review", StageSMSVerification, ErrTransitionNotAllowed, func(a *Application) ([]Change, error) {
			return a.Withdraw(at(9*time.Hour), "")
		}},
		{"no withdrawal at the bureau", StageBureauReview, ErrTransitionNotAllowed, func(a *Application) ([]Change, error) {
			return a.Withdraw(at(9*time.Hour), "")
		}},
		{"no withdrawal of a draft", StageDraft, ErrTransitionNotAllowed, func(a *Application) ([]Change, error) {
			return a.Withdraw(at(9*time.Hour), "")
		}},
		{"deregistration is final", StageDeregistered, ErrTransitionNotAllowed, func(a *Application) ([]Change, error) {
			return submit(a, at(9*time.Hour))
		}},
		{"only filed programs deregister", StageBureauReview, ErrTransitionNotAllowed, func(a *Application) ([]Change, error) {
			return a.Deregister(at(9*time.Hour), "")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.stage)
			refused(t, a, tc.want, func() ([]Change, error) { return tc.cmd(a) })
		})
	}
}

func TestWithdraw(t *testing.T) {
	a := inStageOf(t, StagePlatformReview)
	c := accepted(t, func() ([]Change, error) { return a.Withdraw(at(2*time.Hour), "wrong service types") })
	assert.Equal(t, StageDraft, a.Stage())
	assert.Equal(t, "wrong service types", c.Reason)
}

// TestRejectionKeepsItsReasons: a rejection keeps a copy of the reasons
// it was given, by a command or a poll, and sums them up in the history;
// the caller may reuse its slice.
func TestRejectionKeepsItsReasons(t *testing.T) {
	tests := []struct {
		name   string
		reject func(a *Application, reasons []Rejection) ([]Change, error)
	}{
		{"command", func(a *Application, reasons []Rejection) ([]Change, error) {
			return a.RejectPlatform(at(2*time.Hour), reasons)
		}},
		{"poll", func(a *Application, reasons []Rejection) ([]Change, error) {
			return a.Sync(Poll{Status: StatusPlatformRejected, AuditData: reasons}, at(2*time.Hour))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, StagePlatformReview)
			reasons := []Rejection{{Field: "主办单位名称", Reason: "与证件不一致"}, {Field: "备注", Reason: "过短\xff"}}
			changes, err := tc.reject(a, reasons)
			require.NoError(t, err)
			require.Len(t, changes, 1)
			want := []Rejection{{Field: "主办单位名称", Reason: "与证件不一致"}, {Field: "备注", Reason: "过短\uFFFD"}}
			assert.Equal(t, "主办单位名称: 与证件不一致; 备注: 过短\uFFFD", changes[0].Reason)
			reasons[0].Reason = "changed afterwards"
			assert.Equal(t, want, a.Snapshot().Rejections)
		})
	}
}

// TestChanges: each command returns the history entry it added, with what
// the merchant must now do and by when.
func TestChanges(t *testing.T) {
	faceUntil := at(72 * time.Hour) // newDraft's task was created at t0
	tests := []struct {
		name    string
		stage   Stage
		cmd     func(a *Application, now time.Time) ([]Change, error)
		now     time.Time
		to      Stage
		todo    Todo
		due     time.Time
		version int64 // after the command
	}{
		{"submit", StageDraft, submit, at(time.Hour), StagePlatformReview, TodoWaitPlatformReview, time.Time{}, 2},
		{"platform approval", StagePlatformReview, func(a *Application, now time.Time) ([]Change, error) {
			return a.ApprovePlatform(now, at(3*time.Hour))
		}, at(4 * time.Hour), StageSMSVerification, TodoVerifySMS, at(27 * time.Hour), 3},
		{"platform rejection, face still valid", StagePlatformReview, func(a *Application, now time.Time) ([]Change, error) {
			return a.RejectPlatform(now, someReasons)
		}, at(30 * time.Hour), StageDraft, TodoResubmit, faceUntil, 3},
		{"platform rejection, face expired", StagePlatformReview, func(a *Application, now time.Time) ([]Change, error) {
			return a.RejectPlatform(now, someReasons)
		}, at(73 * time.Hour), StageDraft, TodoVerifyFace, time.Time{}, 3},
		{"withdrawal", StagePlatformReview, func(a *Application, now time.Time) ([]Change, error) {
			return a.Withdraw(now, "")
		}, at(3 * time.Hour), StageDraft, TodoResubmit, faceUntil, 3},
		{"resend", StageSMSVerification, func(a *Application, now time.Time) ([]Change, error) {
			return a.ResendSMS(now)
		}, at(5 * time.Hour), StageSMSVerification, TodoVerifySMS, at(29 * time.Hour), 4},
		{"sms expired", StageSMSVerification, func(a *Application, now time.Time) ([]Change, error) {
			return a.ExpireSMS(now)
		}, at(27 * time.Hour), StageDraft, TodoResubmit, faceUntil, 4},
		{"sms verified", StageSMSVerification, verifySMS, at(5 * time.Hour), StageBureauReview, TodoWaitBureauReview, time.Time{}, 4},
		{"bureau rejection", StageBureauReview, func(a *Application, now time.Time) ([]Change, error) {
			return a.RejectBureau(now, someReasons)
		}, at(200 * time.Hour), StageDraft, TodoVerifyFace, time.Time{}, 5},
		{"bureau approval", StageBureauReview, approveBureau, at(200 * time.Hour), StageFiled, TodoNone, time.Time{}, 5},
		{"deregistration", StageFiled, deregister, at(300 * time.Hour), StageDeregistered, TodoNone, time.Time{}, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.stage)
			from := a.Stage()
			c := accepted(t, func() ([]Change, error) { return tc.cmd(a, tc.now) })
			h := a.History()
			assert.Equal(t, h[len(h)-1], c.Transition, "the change is the new history entry")
			assert.Equal(t, from, c.From)
			assert.Equal(t, tc.to, c.To)
			assert.Equal(t, tc.now, c.At)
			assert.Equal(t, tc.todo, c.Todo)
			assert.Equal(t, tc.due, c.Due)
			assert.Equal(t, tc.version, a.Version())
		})
	}
}

// TestVersion: every accepted command adds one, a refused one nothing.
func TestVersion(t *testing.T) {
	a, err := NewApplication(testID, loadRequest(t, "enterprise.json"), t0)
	require.NoError(t, err)
	assert.Zero(t, a.Version())
	require.NoError(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(time.Minute)))
	assert.EqualValues(t, 1, a.Version())
	require.NoError(t, a.SetRequest(a.Request(), at(2*time.Minute)))
	assert.EqualValues(t, 2, a.Version())
	refusedEdit(t, a, ErrInvalidTime, func() error { return a.SetRequest(Request{}, t0) })
	refused(t, a, ErrTransitionNotAllowed, func() ([]Change, error) { return a.VerifySMS(at(time.Hour)) })
	for i, s := range happyPath {
		_, err := s(a, at(time.Duration(i+1)*time.Hour))
		require.NoError(t, err)
		assert.EqualValues(t, 3+i, a.Version())
	}
}

// TestAlreadyDone: repeating the command that last took effect, with the
// same input, is ErrAlreadyDone, distinct from ErrTransitionNotAllowed,
// and changes nothing; with other input it is refused as before.
func TestAlreadyDone(t *testing.T) {
	other := []Rejection{{Field: "小程序名称", Reason: "含有限制性词语"}}
	tests := []struct {
		name   string
		stage  Stage
		first  func(a *Application) ([]Change, error)
		repeat func(a *Application) ([]Change, error)
		want   error // the repeat's error
	}{
		{"submit retried later", StageDraft, func(a *Application) ([]Change, error) { return submit(a, at(time.Hour)) },
			func(a *Application) ([]Change, error) { return submit(a, at(2*time.Hour)) }, ErrAlreadyDone},
		{"submit retried at its own time", StageDraft, func(a *Application) ([]Change, error) { return submit(a, at(time.Hour)) },
			func(a *Application) ([]Change, error) { return submit(a, at(time.Hour)) }, ErrAlreadyDone},
		{"platform approval", StagePlatformReview, func(a *Application) ([]Change, error) { return a.ApprovePlatform(at(5*time.Hour), at(4*time.Hour)) },
			func(a *Application) ([]Change, error) { return a.ApprovePlatform(at(6*time.Hour), at(4*time.Hour)) }, ErrAlreadyDone},
		{"platform approval without send time", StagePlatformReview, func(a *Application) ([]Change, error) { return a.ApprovePlatform(at(5*time.Hour), at(4*time.Hour)) },
			func(a *Application) ([]Change, error) { return a.ApprovePlatform(at(6*time.Hour), time.Time{}) }, ErrAlreadyDone},
		{"platform approval with another send time", StagePlatformReview, func(a *Application) ([]Change, error) { return a.ApprovePlatform(at(5*time.Hour), at(4*time.Hour)) },
			func(a *Application) ([]Change, error) { return a.ApprovePlatform(at(6*time.Hour), at(5*time.Hour)) }, ErrTransitionNotAllowed},
		{"platform rejection", StagePlatformReview, func(a *Application) ([]Change, error) { return a.RejectPlatform(at(5*time.Hour), someReasons) },
			func(a *Application) ([]Change, error) { return a.RejectPlatform(at(6*time.Hour), someReasons) }, ErrAlreadyDone},
		{"platform rejection for other reasons", StagePlatformReview, func(a *Application) ([]Change, error) { return a.RejectPlatform(at(5*time.Hour), someReasons) },
			func(a *Application) ([]Change, error) { return a.RejectPlatform(at(6*time.Hour), other) }, ErrTransitionNotAllowed},
		{"withdrawal, notes aside", StagePlatformReview, func(a *Application) ([]Change, error) { return a.Withdraw(at(5*time.Hour), "a") },
			func(a *Application) ([]Change, error) { return a.Withdraw(at(6*time.Hour), "b") }, ErrAlreadyDone},
		{"resend", StageSMSVerification, func(a *Application) ([]Change, error) { return a.ResendSMS(at(5 * time.Hour)) },
			func(a *Application) ([]Change, error) { return a.ResendSMS(at(6 * time.Hour)) }, ErrAlreadyDone},
		{"wrong code at the same time", StageSMSVerification, func(a *Application) ([]Change, error) { return a.WrongSMSCode(at(5 * time.Hour)) },
			func(a *Application) ([]Change, error) { return a.WrongSMSCode(at(5 * time.Hour)) }, ErrAlreadyDone},
		{"sms verification", StageSMSVerification, func(a *Application) ([]Change, error) { return a.VerifySMS(at(5 * time.Hour)) },
			func(a *Application) ([]Change, error) { return a.VerifySMS(at(6 * time.Hour)) }, ErrAlreadyDone},
		{"sms expiry", StageSMSVerification, func(a *Application) ([]Change, error) { return a.ExpireSMS(at(40 * time.Hour)) },
			func(a *Application) ([]Change, error) { return a.ExpireSMS(at(41 * time.Hour)) }, ErrAlreadyDone},
		{"bureau approval", StageBureauReview, func(a *Application) ([]Change, error) { return a.ApproveBureau(at(9*time.Hour), goodNumber) },
			func(a *Application) ([]Change, error) { return a.ApproveBureau(at(10*time.Hour), " "+goodNumber) }, ErrAlreadyDone},
		{"bureau approval with another number", StageBureauReview, func(a *Application) ([]Change, error) { return a.ApproveBureau(at(9*time.Hour), goodNumber) },
			func(a *Application) ([]Change, error) {
				return a.ApproveBureau(at(10*time.Hour), "粤B2-20090059-1627X")
			}, ErrTransitionNotAllowed},
		{"bureau rejection", StageBureauReview, func(a *Application) ([]Change, error) { return a.RejectBureau(at(9*time.Hour), someReasons) },
			func(a *Application) ([]Change, error) { return a.RejectBureau(at(10*time.Hour), someReasons) }, ErrAlreadyDone},
		{"bureau approval after its rejection", StageBureauReview, func(a *Application) ([]Change, error) { return a.RejectBureau(at(9*time.Hour), someReasons) },
			func(a *Application) ([]Change, error) { return a.ApproveBureau(at(10*time.Hour), goodNumber) }, ErrTransitionNotAllowed},
		{"deregistration", StageFiled, func(a *Application) ([]Change, error) { return a.Deregister(at(9*time.Hour), "") },
			func(a *Application) ([]Change, error) { return a.Deregister(at(10*time.Hour), "") }, ErrAlreadyDone},
		{"submit after a synced submission", StageDraft, func(a *Application) ([]Change, error) {
			return a.Sync(Poll{Status: StatusPlatformReview}, at(time.Hour))
		}, func(a *Application) ([]Change, error) { return submit(a, at(2*time.Hour)) }, ErrAlreadyDone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.stage)
			_, err := tc.first(a)
			require.NoError(t, err)
			err = refused(t, a, tc.want, func() ([]Change, error) { return tc.repeat(a) })
			if tc.want == ErrAlreadyDone {
				assert.NotErrorIs(t, err, ErrTransitionNotAllowed)
			} else {
				assert.NotErrorIs(t, err, ErrAlreadyDone)
			}
		})
	}
	t.Run("a wrong code at another time counts", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		accepted(t, func() ([]Change, error) { return a.WrongSMSCode(at(5 * time.Hour)) })
		accepted(t, func() ([]Change, error) { return a.WrongSMSCode(at(5*time.Hour + time.Second)) })
		assert.Equal(t, 2, a.Snapshot().SMS.WrongCodes)
	})
	t.Run("the failing wrong code retried", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		for i := range maxWrongSMSCodes + 1 {
			accepted(t, func() ([]Change, error) { return a.WrongSMSCode(at(5*time.Hour + time.Duration(i)*time.Minute)) })
		}
		require.Equal(t, StageDraft, a.Stage())
		refused(t, a, ErrAlreadyDone, func() ([]Change, error) { return a.WrongSMSCode(at(5*time.Hour + maxWrongSMSCodes*time.Minute)) })
	})
	t.Run("a retry after a later edit", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		accepted(t, func() ([]Change, error) { return a.Withdraw(at(5*time.Hour), "") })
		require.NoError(t, a.SetRequest(a.Request(), at(6*time.Hour)))
		refused(t, a, ErrAlreadyDone, func() ([]Change, error) { return a.Withdraw(at(5*time.Hour), "") })
	})
	t.Run("zero time is refused first", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refused(t, a, ErrInvalidTime, func() ([]Change, error) { return submit(a, time.Time{}) })
	})
}

// TestLifecycle walks a filing through two rejections, an SMS time-out and
// a withdrawal before it is filed and finally deregistered.
func TestLifecycle(t *testing.T) {
	a := newDraft(t)
	clock := t0
	next := func() time.Time { clock = clock.Add(time.Hour); return clock }
	do := func(changes []Change, err error) {
		t.Helper()
		require.NoError(t, err)
		require.Len(t, changes, 1)
	}

	do(submit(a, next()))
	do(a.RejectPlatform(next(), someReasons))
	assert.Equal(t, someReasons, a.Snapshot().Rejections)
	r := a.Request()
	r.ICPSubject.BaseInfo.Name = "深圳市示例网络科技有限公司"
	require.NoError(t, a.SetRequest(r, next()))
	do(submit(a, next()))
	assert.Nil(t, a.Snapshot().Rejections, "rejections not cleared by the resubmission")
	do(a.ApprovePlatform(next(), clock))
	do(a.ExpireSMS(clock.Add(25 * time.Hour)))
	clock = clock.Add(25 * time.Hour)
	require.NoError(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", clock, next()))
	do(submit(a, next()))
	do(a.Withdraw(next(), "fix the description"))
	do(submit(a, next()))
	do(a.ApprovePlatform(next(), time.Time{}))
	do(a.ResendSMS(next()))
	do(a.WrongSMSCode(next()))
	do(a.VerifySMS(next()))
	do(a.RejectBureau(next(), []Rejection{{Field: "小程序名称", Reason: "含有限制性词语"}}))
	do(submit(a, next()))
	do(a.ApprovePlatform(next(), clock))
	do(a.VerifySMS(next()))
	do(a.ApproveBureau(next(), " "+goodNumber+" "))
	do(a.Deregister(next(), "business closed"))

	s := a.Snapshot()
	assert.Equal(t, StageDeregistered, s.Stage)
	assert.Equal(t, 5, s.Attempt)
	assert.Equal(t, goodNumber, s.FilingNumber)
	assert.EqualValues(t, 3+len(s.History), s.Version, "three edits and one version per event")
	want := []Event{
		EventSubmit, EventRejectPlatform, EventSubmit, EventApprovePlatform, EventExpireSMS,
		EventSubmit, EventWithdraw, EventSubmit, EventApprovePlatform, EventResendSMS, EventWrongSMSCode,
		EventVerifySMS, EventRejectBureau, EventSubmit, EventApprovePlatform, EventVerifySMS,
		EventApproveBureau, EventDeregister,
	}
	var got []Event
	for _, h := range s.History {
		got = append(got, h.Event)
	}
	assert.Equal(t, want, got)
	assert.NoError(t, s.check(false))
}

func TestSubmitWithCatalogue(t *testing.T) {
	a := newDraft(t)
	// The sample's types 3 and 4 are first-level in this catalogue.
	cat, err := NewCatalogue(Dictionaries{Source: "test", ServiceTypes: []Entry{{Code: 3, Name: "生活服务"}, {Code: 4, Name: "交通"}}})
	require.NoError(t, err)
	err = refused(t, a, nil, func() ([]Change, error) {
		return a.Submit(at(time.Hour), CheckOptions{Catalogue: cat})
	})
	var ps Problems
	require.ErrorAs(t, err, &ps)
	assert.True(t, ps.Has("applet.service_types.first_level"), "%v", ps)
	accepted(t, func() ([]Change, error) { return submit(a, at(time.Hour)) })
}

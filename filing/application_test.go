package filing

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

// refused checks that cmd fails with an error matching want and leaves a
// exactly as it was.
func refused(t *testing.T, a *Application, want error, cmd func() error) {
	t.Helper()
	before := a.Snapshot()
	err := cmd()
	if err == nil {
		t.Fatalf("accepted, want %v", want)
	}
	if want != nil && !errors.Is(err, want) {
		t.Fatalf("got %v, want %v", err, want)
	}
	if after := a.Snapshot(); !reflect.DeepEqual(after, before) {
		t.Fatalf("refused command changed the record:\nbefore %+v\nafter  %+v", before, after)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestZeroApplication(t *testing.T) {
	var a Application
	if a.Stage() != StageUnknown || a.Attempt() != 0 || a.History() != nil {
		t.Fatal("zero application is not empty")
	}
	for _, ev := range Events() {
		refused(t, &a, ErrTransitionNotAllowed, func() error { return a.Fire(context.Background(), ev, t0, Input{}) })
	}
	refused(t, &a, ErrNotEditable, func() error { return a.SetRequest(Request{}, t0) })
	refused(t, &a, ErrNotEditable, func() error { return a.RecordFaceVerification("x", time.Time{}, t0) })
	if _, err := NewApplication(Request{}, time.Time{}); !errors.Is(err, ErrInvalidTime) {
		t.Fatalf("zero creation time: %v", err)
	}
}

func TestSubmitGuards(t *testing.T) {
	t.Run("invalid request", func(t *testing.T) {
		a := newDraft(t)
		r := a.Request()
		r.ICPSubject.PrincipalInfo.Mobile = ""
		must(t, a.SetRequest(r, at(20*time.Minute)))
		refused(t, a, nil, func() error {
			err := a.Submit(at(time.Hour))
			var ps Problems
			if !errors.As(err, &ps) || ps[0].Field != "icp_subject.principal_info.mobile" {
				t.Errorf("want the request's problems, got %v", err)
			}
			return err
		})
	})
	t.Run("no face verification", func(t *testing.T) {
		a, err := NewApplication(loadRequest(t, "enterprise.json"), t0)
		must(t, err)
		refused(t, a, ErrFaceVerification, func() error { return a.Submit(at(time.Hour)) })
	})
	t.Run("face verification expired", func(t *testing.T) {
		a := newDraft(t) // task created at t0
		refused(t, a, ErrFaceVerification, func() error { return a.Submit(at(72*time.Hour + time.Second)) })
		must(t, a.Submit(at(72*time.Hour))) // the last valid instant
	})
	t.Run("face task differs from the request", func(t *testing.T) {
		a := newDraft(t)
		must(t, a.RecordFaceVerification("another", t0, at(20*time.Minute)))
		refused(t, a, ErrFaceVerification, func() error { return a.Submit(at(time.Hour)) })
	})
	t.Run("time before the last change", func(t *testing.T) {
		a := newDraft(t)
		refused(t, a, ErrInvalidTime, func() error { return a.Submit(at(time.Minute)) })
		refused(t, a, ErrInvalidTime, func() error { return a.Submit(time.Time{}) })
	})
	t.Run("request frozen after submission", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refused(t, a, ErrNotEditable, func() error { return a.SetRequest(Request{}, at(10*time.Hour)) })
		refused(t, a, ErrNotEditable, func() error { return a.RecordFaceVerification("x", time.Time{}, at(10*time.Hour)) })
	})
}

func TestSMSRules(t *testing.T) {
	sent := at(2 * time.Hour) // inStageOf approves at +2h with the SMS sent then
	deadline := sent.Add(24 * time.Hour)
	t.Run("verify within 24 hours", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		must(t, a.VerifySMS(deadline))
		if a.Stage() != StageBureauReview {
			t.Fatal(a.Stage())
		}
	})
	t.Run("verify after 24 hours", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowClosed, func() error { return a.VerifySMS(deadline.Add(time.Second)) })
	})
	t.Run("expire only after 24 hours", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowOpen, func() error { return a.ExpireSMS(deadline) })
		must(t, a.ExpireSMS(deadline.Add(time.Second)))
		h := a.History()
		if a.Stage() != StageDraft || h[len(h)-1].Reason == "" {
			t.Fatalf("stage %s, history %+v", a.Stage(), h[len(h)-1])
		}
	})
	t.Run("one resend, which restarts the window", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		resent := sent.Add(20 * time.Hour)
		must(t, a.ResendSMS(resent))
		refused(t, a, ErrSMSResendUsed, func() error { return a.ResendSMS(resent.Add(time.Hour)) })
		refused(t, a, ErrSMSWindowOpen, func() error { return a.ExpireSMS(deadline.Add(time.Hour)) })
		must(t, a.VerifySMS(resent.Add(23*time.Hour)))
	})
	t.Run("no resend after the window", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWindowClosed, func() error { return a.ResendSMS(deadline.Add(time.Minute)) })
	})
	t.Run("five wrong codes", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		for i := 1; i <= 4; i++ {
			must(t, a.WrongSMSCode(sent.Add(time.Duration(i)*time.Minute)))
			if a.Stage() != StageSMSVerification || a.Snapshot().SMS.WrongCodes != i {
				t.Fatalf("after %d wrong codes: %s", i, a.Stage())
			}
		}
		refused(t, a, ErrSMSWrongCodes, func() error {
			return a.Fire(context.Background(), EventWrongSMSCode, sent.Add(time.Hour), Input{})
		})
		must(t, a.WrongSMSCode(sent.Add(time.Hour)))
		h := a.History()
		if a.Stage() != StageDraft || h[len(h)-1].Event != EventFailSMS {
			t.Fatalf("fifth wrong code: stage %s, last %+v", a.Stage(), h[len(h)-1])
		}
	})
	t.Run("fail needs the fifth code", func(t *testing.T) {
		a := inStageOf(t, StageSMSVerification)
		refused(t, a, ErrSMSWrongCodes, func() error {
			return a.Fire(context.Background(), EventFailSMS, sent.Add(time.Hour), Input{})
		})
	})
	t.Run("sms sent after approval", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refused(t, a, ErrInvalidTime, func() error { return a.ApprovePlatform(at(3*time.Hour), at(4*time.Hour)) })
	})
	t.Run("sms sent before the submission", func(t *testing.T) {
		a := inStageOf(t, StagePlatformReview)
		refused(t, a, ErrInvalidTime, func() error { return a.ApprovePlatform(at(3*time.Hour), at(30*time.Minute)) })
	})
}

func TestReviewGuards(t *testing.T) {
	tests := []struct {
		name  string
		stage Stage
		want  error
		cmd   func(a *Application) error
	}{
		{"platform rejection needs reasons", StagePlatformReview, ErrNoReasons, func(a *Application) error { return a.RejectPlatform(at(9*time.Hour), nil) }},
		{"blank reasons are no reasons", StagePlatformReview, ErrNoReasons, func(a *Application) error {
			return a.RejectPlatform(at(9*time.Hour), []Rejection{{}, {Field: " ", Reason: "\t"}})
		}},
		{"bureau rejection needs reasons", StageBureauReview, ErrNoReasons, func(a *Application) error { return a.RejectBureau(at(9*time.Hour), nil) }},
		{"approval needs a number", StageBureauReview, ErrFilingNumber, func(a *Application) error { return a.ApproveBureau(at(9*time.Hour), "") }},
		{"approval needs a mini program number", StageBureauReview, ErrFilingNumber, func(a *Application) error {
			return a.ApproveBureau(at(9*time.Hour), "陕ICP备2024026116号-1A")
		}},
		{"approval needs a parsable number", StageBureauReview, ErrFilingNumber, func(a *Application) error {
			return a.ApproveBureau(at(9*time.Hour), "ICP-123X")
		}},
		{"no withdrawal after the platform review", StageSMSVerification, ErrTransitionNotAllowed, func(a *Application) error { return a.Withdraw(at(9*time.Hour), "") }},
		{"no withdrawal at the bureau", StageBureauReview, ErrTransitionNotAllowed, func(a *Application) error { return a.Withdraw(at(9*time.Hour), "") }},
		{"no withdrawal of a draft", StageDraft, ErrTransitionNotAllowed, func(a *Application) error { return a.Withdraw(at(9*time.Hour), "") }},
		{"deregistration is final", StageDeregistered, ErrTransitionNotAllowed, func(a *Application) error { return a.Submit(at(9 * time.Hour)) }},
		{"no second deregistration", StageDeregistered, ErrTransitionNotAllowed, func(a *Application) error { return a.Deregister(at(9*time.Hour), "") }},
		{"only filed programs deregister", StageBureauReview, ErrTransitionNotAllowed, func(a *Application) error { return a.Deregister(at(9*time.Hour), "") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, tc.stage)
			refused(t, a, tc.want, func() error { return tc.cmd(a) })
		})
	}
}

func TestWithdraw(t *testing.T) {
	a := inStageOf(t, StagePlatformReview)
	must(t, a.Withdraw(at(2*time.Hour), "wrong service types"))
	if a.Stage() != StageDraft {
		t.Fatal(a.Stage())
	}
	h := a.History()
	if h[len(h)-1].Reason != "wrong service types" {
		t.Fatalf("%+v", h[len(h)-1])
	}
}

// TestLifecycle walks a filing through two rejections, an SMS time-out and
// a withdrawal before it is filed and finally deregistered.
func TestLifecycle(t *testing.T) {
	a := newDraft(t)
	clock := t0
	next := func() time.Time { clock = clock.Add(time.Hour); return clock }
	face := func() {
		must(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", clock, next()))
	}

	must(t, a.Submit(next()))
	must(t, a.RejectPlatform(next(), someReasons))
	if got := a.Snapshot().Rejections; !reflect.DeepEqual(got, someReasons) {
		t.Fatalf("rejections %v", got)
	}
	r := a.Request()
	r.ICPSubject.BaseInfo.Name = "深圳市示例网络科技有限公司"
	must(t, a.SetRequest(r, next()))
	must(t, a.Submit(next()))
	if a.Snapshot().Rejections != nil {
		t.Fatal("rejections not cleared by the resubmission")
	}
	must(t, a.ApprovePlatform(next(), clock))
	must(t, a.ExpireSMS(clock.Add(25*time.Hour)))
	clock = clock.Add(25 * time.Hour)
	face()
	must(t, a.Submit(next()))
	must(t, a.Withdraw(next(), "fix the description"))
	must(t, a.Submit(next()))
	must(t, a.ApprovePlatform(next(), time.Time{}))
	must(t, a.ResendSMS(next()))
	must(t, a.WrongSMSCode(next()))
	must(t, a.VerifySMS(next()))
	must(t, a.RejectBureau(next(), []Rejection{{Field: "小程序名称", Reason: "含有限制性词语"}}))
	must(t, a.Submit(next()))
	must(t, a.ApprovePlatform(next(), clock))
	must(t, a.VerifySMS(next()))
	must(t, a.ApproveBureau(next(), " "+goodNumber+" "))
	must(t, a.Deregister(next(), "business closed"))

	s := a.Snapshot()
	if s.Stage != StageDeregistered || s.Attempt != 5 || s.FilingNumber != goodNumber {
		t.Fatalf("stage %s attempt %d number %q", s.Stage, s.Attempt, s.FilingNumber)
	}
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
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("history %v", got)
	}
	if err := s.check(); err != nil {
		t.Fatal(err)
	}
}

func TestSubmitWithCatalogue(t *testing.T) {
	a := newDraft(t)
	// The sample's types 3 and 4 are first-level in this catalogue.
	cat, err := NewCatalogue(Dictionaries{Source: "test", ServiceTypes: []Entry{{Code: 3, Name: "生活服务"}, {Code: 4, Name: "交通"}}})
	must(t, err)
	refused(t, a, nil, func() error {
		err := a.Fire(context.Background(), EventSubmit, at(time.Hour), Input{Check: CheckOptions{Catalogue: cat}})
		var ps Problems
		if !errors.As(err, &ps) || !ps.Has("applet.service_types.first_level") {
			t.Errorf("got %v", err)
		}
		return err
	})
	must(t, a.Submit(at(time.Hour)))
}

package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

func sampleRequest() filing.Request {
	data, err := os.ReadFile("testdata/enterprise.json")
	if err != nil {
		panic(err)
	}
	var req filing.Request
	if err := json.Unmarshal(data, &req); err != nil {
		panic(err)
	}
	return req
}

// The record of one filing: the caller's id for it and the mini program's
// appid.
var orderID = filing.Identity{ID: "order-0001", AppID: "wx0123456789abcdef"}

// A filing from draft to filing number. Every command takes the moment it
// happened and returns the change it made: the transition and what the
// merchant must do next, by when.
func ExampleApplication() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	hour := func(n int) time.Time { return start.Add(time.Duration(n) * time.Hour) }

	app, err := filing.NewApplication(orderID, sampleRequest(), start)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The mini program's principal passed face verification.
	_ = app.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", start, hour(1))

	for _, cmd := range []func() ([]filing.Change, error){
		func() ([]filing.Change, error) { return app.Submit(hour(2), filing.CheckOptions{}) },
		func() ([]filing.Change, error) { return app.ApprovePlatform(hour(30), hour(29)) }, // MIIT sent the SMS at hour 29
		func() ([]filing.Change, error) { return app.VerifySMS(hour(32)) },
		func() ([]filing.Change, error) { return app.ApproveBureau(hour(100), "粤B2-20090059-1626X") },
	} {
		changes, err := cmd()
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, c := range changes {
			fmt.Printf("%-16s → %-16s %s", c.From, c.To, c.Todo)
			if !c.Due.IsZero() {
				fmt.Print(" by ", c.Due.Format("01-02 15:04"))
			}
			fmt.Println()
		}
	}
	fmt.Println(app.Stage().Label(), app.FilingNumber(), app.Version())
	// Output:
	// draft            → platform_review  wait_platform_review
	// platform_review  → sms_verification verify_sms by 03-04 14:00
	// sms_verification → bureau_review    wait_bureau_review
	// bureau_review    → filed            none
	// 备案成功 粤B2-20090059-1626X 5
}

// A refused command returns a typed error and changes nothing.
func ExampleApplication_Submit() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	app, _ := filing.NewApplication(orderID, sampleRequest(), start)

	// No face verification yet: the submission is refused.
	_, err := app.Submit(start.Add(time.Hour), filing.CheckOptions{})
	fmt.Println(errors.Is(err, filing.ErrFaceVerification), app.Stage(), app.Version())

	// A draft cannot be withdrawn: the table has no such row.
	_, err = app.Withdraw(start.Add(time.Hour), "")
	var te *filing.TransitionError
	fmt.Println(errors.As(err, &te), te.From, te.Event)
	// Output:
	// true draft 0
	// true draft withdraw
}

// A command retried after a timeout, when the first attempt went through,
// is refused as already done: it is safe to retry.
func ExampleApplication_ApproveBureau() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	app, _ := filing.NewApplication(orderID, sampleRequest(), start)
	_ = app.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", start, start)
	_, _ = app.Sync(filing.Poll{Status: filing.StatusBureauReview, SMSVerifyStatus: filing.SMSVerified}, start.Add(48*time.Hour))

	number := "粤B2-20090059-1626X"
	for i := 0; i < 2; i++ {
		changes, err := app.ApproveBureau(start.Add(100*time.Hour), number)
		switch {
		case errors.Is(err, filing.ErrAlreadyDone):
			fmt.Println("already done", app.Version())
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Println(changes[0].Event, app.Version())
		}
	}
	// A different number is a conflict, not a retry.
	_, err := app.ApproveBureau(start.Add(101*time.Hour), "粤B2-20090059-1627X")
	fmt.Println(errors.Is(err, filing.ErrTransitionNotAllowed))
	// Output:
	// approve_bureau 3
	// already done 3
	// true
}

// A polled WeChat status is applied once: it returns the changes it made,
// and the same poll again returns none. The SMS deadline counts from when
// the SMS was sent, when the poll (here a push event) knows it.
func ExampleApplication_Sync() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	app, _ := filing.NewApplication(orderID, sampleRequest(), start)
	_ = app.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", start, start)
	_, _ = app.Submit(start.Add(time.Hour), filing.CheckOptions{})

	// get_icp_entrance_info's info object, with the push event's time.
	var poll filing.Poll
	_ = json.Unmarshal([]byte(`{"status":4,"sms_verify_status":1}`), &poll)
	poll.SMSSentAt = start.Add(26 * time.Hour)
	for i := 0; i < 2; i++ {
		changes, err := app.Sync(poll, start.Add(27*time.Hour))
		fmt.Println(len(changes), err, app.Stage(), app.Version())
		for _, c := range changes {
			fmt.Println(c.Event, c.Todo.Label(), c.Due.Format(time.DateTime))
		}
	}
	// Output:
	// 1 <nil> sms_verification 3
	// approve_platform 在截止时间前完成工信部短信核验 2026-03-04 11:00:00
	// 0 <nil> sms_verification 3
}

// Printing and logging mask personal data; JSON keeps everything.
func ExamplePrincipalInfo_Format() {
	p := filing.PrincipalInfo{Name: "张三", Mobile: "13012344321", Email: "zhangsan@example.com", CertificateNumber: "440305198506121237"}
	fmt.Printf("%+v\n", p)
	b, _ := json.Marshal(p) // on its own, masked: only a whole Request writes it complete
	fmt.Println(string(b))
	b, _ = json.Marshal(filing.Request{ICPApplets: filing.Applets{PrincipalInfo: p}})
	fmt.Println(strings.Contains(string(b), `"mobile":"13012344321"`))
	// Output:
	// {Name:张** Mobile:130******21 Email:z***@example.com EmergencyContact: CertificateType:certificate type 0 CertificateNumber:440*************37 CertificateValidityDateStart: CertificateValidityDateEnd: CertificatePhotoFront: CertificatePhotoBack: AuthorizationLetter: VerifyTaskID: Extra:map[]}
	// {"name":"张**","mobile":"130******21","email":"z***@example.com","certificate_number":"440*************37"}
	// true
}

// An Application stores as JSON and comes back identical; a record whose
// history does not lead to its stage is refused.
func ExampleApplication_UnmarshalJSON() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)
	app, _ := filing.NewApplication(orderID, sampleRequest(), start)
	_ = app.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", start, start)
	_, _ = app.Submit(start.Add(time.Hour), filing.CheckOptions{})
	data, _ := json.Marshal(app)

	var back filing.Application
	fmt.Println(json.Unmarshal(data, &back), back.Stage(), back.Snapshot().Attempt)

	var m map[string]any
	_ = json.Unmarshal(data, &m)
	m["stage"] = "filed"
	bad, _ := json.Marshal(m)
	err := json.Unmarshal(bad, &back)
	fmt.Println(errors.Is(err, filing.ErrInvalidRecord), back.Stage())
	// Output:
	// <nil> platform_review 1
	// true platform_review
}

// The stage diagram derived from the transition table, as in the README.
func ExampleDiagram() {
	d := filing.Diagram()
	fmt.Println(d[:len("stateDiagram-v2")])
	// Output:
	// stateDiagram-v2
}

// A payload decodes into typed fields; members this package does not model
// are kept and written back, and WeChat's codes stay numbers. A member of
// the wrong type is reported by its path, without its value.
func ExampleRequest_UnmarshalJSON() {
	in := `{"icp_subject":{"base_info":{"type":4,"name":"示例公司","new_flag":true}},` +
		`"icp_applets":{"base_info":{"service_content_types":[3,4]}},"icp_materials":{}}`
	var req filing.Request
	if err := json.Unmarshal([]byte(in), &req); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(req.ICPSubject.BaseInfo.Type == document.SubjectEnterprise, string(req.ICPSubject.BaseInfo.Extra["new_flag"]))
	out, _ := json.Marshal(req)
	fmt.Println(strings.Contains(string(out), `"base_info":{"type":4,"name":"示例公司","new_flag":true}`))

	err := json.Unmarshal([]byte(`{"icp_applets":{"principal_info":{"mobile":13912345678}}}`), &req)
	var decodeErr *filing.DecodeError
	if errors.As(err, &decodeErr) {
		fmt.Println(decodeErr.Path, errors.Is(err, filing.ErrDecode))
		fmt.Println(err)
	}
	// Output:
	// true true
	// true
	// icp_applets.principal_info.mobile true
	// filing: icp_applets.principal_info.mobile: is a JSON number, want a string
}

// What get_icp_entrance_info's status and sms_verify_status mean as stages.
func ExampleStageOf() {
	for _, p := range []struct {
		status filing.EntranceStatus
		sms    filing.SMSVerifyStatus
	}{
		{filing.StatusNotFiled, 0},
		{filing.StatusPlatformReview, 0},
		{filing.StatusBureauReview, filing.SMSWaiting},
		{filing.StatusBureauReview, filing.SMSVerified},
		{filing.StatusBureauReview, filing.SMSTimedOut},
		{filing.StatusFiled, 0},
		{7, 0},
	} {
		s, err := filing.StageOf(p.status, p.sms)
		fmt.Println(int(p.status), int(p.sms), s.Label(), errors.Is(err, filing.ErrStatus))
	}
	// Output:
	// 1024 0 备案信息填写 false
	// 2 0 平台初审 false
	// 4 1 工信部短信核验 false
	// 4 2 通管局审核 false
	// 4 3 备案信息填写 false
	// 6 0 备案成功 false
	// 7 0  true
}

// A record answers its own time questions: the clock of its stage, where
// it stands, and when the filing should be done.
func ExampleApplication_Timing() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST) // a Monday
	app, _ := filing.NewApplication(orderID, sampleRequest(), start)
	_ = app.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", start, start)
	_, _ = app.Submit(start.Add(time.Hour), filing.CheckOptions{})
	_, _ = app.ApprovePlatform(start.Add(30*time.Hour), start.Add(29*time.Hour))

	t, _ := app.Timing(nil, start.Add(31*time.Hour)) // nil: the mainland calendar
	fmt.Println(t.Clock, t.Window.Deadline.Format(time.DateTime), t.State)
	fmt.Println(t.Estimate.Earliest, t.Estimate.Latest)
	t, _ = app.Timing(nil, start.Add(54*time.Hour))
	fmt.Println(t.State, t.Advice.English())
	fmt.Println(app.Timer().Clock)
	// Output:
	// sms_verification 2026-03-04 14:00:00 in_window
	// 2026-03-04 2026-04-01
	// overdue the MIIT SMS has expired and the filing was returned: resubmit it
	// sms_verification
}

// Stages by id, Chinese and English name, for a user interface in either
// language.
func ExampleStage_English() {
	for _, s := range []filing.Stage{filing.StageDraft, filing.StagePlatformReview, filing.StageSMSVerification,
		filing.StageBureauReview, filing.StageFiled, filing.StageDeregistered} {
		fmt.Printf("%s: %s / %s\n", s, s.Label(), s.English())
	}
	// Output:
	// draft: 备案信息填写 / draft
	// platform_review: 平台初审 / platform review
	// sms_verification: 工信部短信核验 / MIIT SMS verification
	// bureau_review: 通管局审核 / bureau review
	// filed: 备案成功 / filed
	// deregistered: 已注销 / deregistered
}

// The events of the bureau review, in English.
func ExampleEvent_English() {
	for _, ev := range []filing.Event{filing.EventApproveBureau, filing.EventRejectBureau} {
		fmt.Println(ev.English())
	}
	// Output:
	// bureau review passed
	// bureau review rejected
}

package filing

import (
	"fmt"
	"strings"
	"time"

	"github.com/beian-go/beian/document"
)

// Process limits. The 24-hour SMS window and the 3-day face-verification
// task come from package deadline (deadline.SMSDeadline,
// deadline.FaceTaskDeadline), where their sources are cited. The counts:
// five wrong entries are tolerated and the sixth attempt fails the SMS
// check ("共计输错5次后，第6次验证时工信部系统将判断为验证失败",
// http://store.gzidc.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1380.html;
// "验证次数超过5次错误将强制退回申请", https://aliyunyh.com/494393.html),
// and a missing SMS can be resent
// (https://help.aliyun.com/wordpower/5571424-1.html). How often it can be
// resent is not documented; one resend per check is this package's rule.
const (
	maxWrongSMSCodes = 5
	maxSMSResends    = 1
)

// guard decides whether a command may happen. Guards only read the
// command, which they get by value; they never touch a state machine or
// the record.
type guard func(c command) error

// guards holds each event's guard, indexed by Event; nil means none. Checks
// of our own preconditions (validation, deadlines, counts) are skipped for
// events reported by WeChat (c.synced): WeChat's word is the fact. Checks of
// the data an event carries (a filing number) always run.
var guards = [numEvents]guard{
	EventSubmit:          guardSubmit,
	EventApprovePlatform: guardApprovePlatform,
	EventRejectPlatform:  guardReasons,
	EventResendSMS:       guardResend,
	EventWrongSMSCode:    guardWrongCode,
	EventFailSMS:         guardFailSMS,
	EventVerifySMS:       guardVerifySMS,
	EventExpireSMS:       guardExpireSMS,
	EventApproveBureau:   guardApproveBureau,
	EventRejectBureau:    guardReasons,
}

// guardSubmit checks the face verification. Submit has checked the
// request before (see Application.Submit), outside the record's mutex.
func guardSubmit(c command) error {
	if c.synced {
		return nil
	}
	f := c.snap.Face
	if f.VerifiedAt.IsZero() {
		return fmt.Errorf("%w: the mini program principal has not been verified", ErrFaceVerification)
	}
	if c.now.Before(f.VerifiedAt) {
		return fmt.Errorf("%w: verified after the submission time", ErrFaceVerification)
	}
	if until := f.validUntil(c.snap.Identity.Combined); c.now.After(until) {
		return fmt.Errorf("%w: the task's validity ended at %s", ErrFaceVerification, until.Format(time.RFC3339))
	}
	if task := c.snap.Request.ICPApplets.PrincipalInfo.VerifyTaskID; f.TaskID != "" && task != f.TaskID {
		return fmt.Errorf("%w: the request's verify_task_id is not the verified task", ErrFaceVerification)
	}
	return nil
}

func guardApprovePlatform(c command) error {
	sent := normTime(c.in.smsSentAt)
	switch {
	case sent.IsZero():
		return nil
	case sent.After(c.now):
		return &TimeError{Arg: "smsSentAt", Time: sent, Reason: "after the approval"}
	}
	if err := checkInstant("smsSentAt", sent); err != nil {
		return err
	}
	return c.snap.checkTime("smsSentAt", sent)
}

// guardReasons wants at least one reason that says something.
func guardReasons(c command) error {
	if c.synced || hasReason(c.in.reasons) {
		return nil
	}
	return ErrNoReasons
}

// hasReason reports whether rs has a reason with a field or a reason that
// is not blank.
func hasReason(rs []Rejection) bool {
	for _, r := range rs {
		if strings.TrimSpace(r.Field) != "" || strings.TrimSpace(r.Reason) != "" {
			return true
		}
	}
	return false
}

// smsOpen refuses when the SMS window has closed.
func smsOpen(c command) error {
	if d := c.snap.SMS.deadline(); !d.IsZero() && c.now.After(d) {
		return fmt.Errorf("%w: it closed at %s", ErrSMSWindowClosed, d.Format(time.RFC3339))
	}
	return nil
}

func guardResend(c command) error {
	if c.synced {
		return nil
	}
	if !c.snap.SMS.ResentAt.IsZero() {
		return fmt.Errorf("%w: at most %d resend per check", ErrSMSResendUsed, maxSMSResends)
	}
	return smsOpen(c)
}

func guardWrongCode(c command) error {
	if c.synced {
		return nil
	}
	if c.snap.SMS.WrongCodes >= maxWrongSMSCodes {
		return fmt.Errorf("%w: wrong code %d fails the check", ErrSMSWrongCodes, c.snap.SMS.WrongCodes+1)
	}
	return smsOpen(c)
}

func guardFailSMS(c command) error {
	if c.synced {
		return nil
	}
	if c.snap.SMS.WrongCodes < maxWrongSMSCodes {
		return fmt.Errorf("%w: wrong code %d does not fail the check yet", ErrSMSWrongCodes, c.snap.SMS.WrongCodes+1)
	}
	return smsOpen(c)
}

// guardVerifySMS: after five wrong entries, the next attempt fails the
// check whatever it is.
func guardVerifySMS(c command) error {
	if c.synced {
		return nil
	}
	if c.snap.SMS.WrongCodes >= maxWrongSMSCodes {
		return fmt.Errorf("%w: after %d wrong codes the next attempt fails the check", ErrSMSWrongCodes, maxWrongSMSCodes)
	}
	return smsOpen(c)
}

func guardExpireSMS(c command) error {
	if c.synced {
		return nil
	}
	if d := c.snap.SMS.deadline(); c.now.After(d) {
		return nil
	}
	return fmt.Errorf("%w: it closes at %s", ErrSMSWindowOpen, c.snap.SMS.deadline().Format(time.RFC3339))
}

func guardApproveBureau(c command) error {
	return checkFilingNumber(c.in.number)
}

// checkFilingNumber accepts only a mini program's filing number
// (document.ParseFilingNumber, kind FilingKindMiniProgram: suffix X).
// The caller drops the spaces around it. An error matches ErrFilingNumber
// and wraps document's, which shows the input masked as an identifier:
// what was passed as a number can be anything, a name included.
func checkFilingNumber(n string) error {
	f, err := document.ParseFilingNumber(n)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrFilingNumber, err)
	}
	if f.Kind() != document.FilingKindMiniProgram {
		return fmt.Errorf("%w: %s is not a mini program's number (kind %s)", ErrFilingNumber, f, f.Kind())
	}
	return nil
}

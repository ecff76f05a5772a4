package filing

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/internal/xerr"
)

// Sentinel errors, for errors.Is. A refused command matches exactly one,
// except a submission with a blocking problem, which returns Problems.
var (
	// ErrTransitionNotAllowed: the stage has no row for the event in the
	// transition table (the zero Application has none). Detail:
	// *TransitionError.
	ErrTransitionNotAllowed = errors.New("filing: transition not allowed")
	// ErrAlreadyDone: the command repeats, with the same input, the one that
	// last took effect, and is not recorded again; a retry takes it as
	// success.
	ErrAlreadyDone = errors.New("filing: already done")
	// ErrInvalidTime: an instant is zero, before the last change, or
	// outside the years 0000–9999 in China Standard Time, which JSON cannot
	// store. Detail: *TimeError.
	ErrInvalidTime = errors.New("filing: invalid time")

	ErrUnknownStage = errors.New("filing: unknown stage") // not a Stage id
	ErrUnknownEvent = errors.New("filing: unknown event") // not an Event id
	ErrUnknownTodo  = errors.New("filing: unknown todo")  // not a Todo id

	// ErrConcurrentChange: Submit's request was replaced during each of its
	// checks; retry when the record has settled.
	ErrConcurrentChange = errors.New("filing: record changed during the check")
	// ErrIdentity: an Identity's ID or AppID is empty, too long or has a
	// character it may not have.
	ErrIdentity = errors.New("filing: invalid identity")
	// ErrFaceVerification: submitting needs the principal's face
	// verification, still within its validity.
	ErrFaceVerification = errors.New("filing: face verification missing or expired")
	// ErrSMSWindowClosed: the SMS's 24 hours have passed.
	ErrSMSWindowClosed = errors.New("filing: sms verification window closed")
	// ErrSMSWindowOpen: the SMS's 24 hours have not passed.
	ErrSMSWindowOpen = errors.New("filing: sms verification window still open")
	// ErrSMSResendUsed: the SMS was already resent in this check.
	ErrSMSResendUsed = errors.New("filing: sms already resent")
	// ErrSMSWrongCodes: after five wrong codes, the sixth attempt fails the
	// check (EventFailSMS): it is neither a wrong code nor a verification.
	ErrSMSWrongCodes = errors.New("filing: wrong sms code count does not match the event")
	// ErrNoReasons: a rejection needs a reason that is not blank.
	ErrNoReasons = errors.New("filing: rejection without reasons")
	// ErrFilingNumber: the filing number does not parse or is not a mini
	// program's (ending in X).
	ErrFilingNumber = errors.New("filing: invalid filing number")
	// ErrNotEditable: only a draft's request and face verification change.
	ErrNotEditable = errors.New("filing: only a draft can be changed")
	// ErrInvalidRecord: a stored record is not one the commands could have
	// produced. Detail: *RecordError.
	ErrInvalidRecord = errors.New("filing: invalid record")
	// ErrStatus: a WeChat status is unknown or cannot be reached from the
	// record's stage. Detail: *StatusError.
	ErrStatus = errors.New("filing: unusable wechat status")
	// ErrInternal: a defect of this package; the record is unchanged.
	ErrInternal = errors.New("filing: internal error")
)

// TransitionError is the detail of ErrTransitionNotAllowed: the table has
// no row for Event in stage From. The errors.As target is a
// *TransitionError; it is safe for concurrent use once returned.
type TransitionError struct {
	From  Stage
	Event Event
}

func (e *TransitionError) Error() string {
	ev := e.Event.String()
	if e.Event == EventUnknown {
		ev = "unknown"
	}
	return xerr.Message("filing", "event "+ev+" in stage "+stageName(e.From), "", "not allowed", nil)
}

// stageName is s's id for messages, "unknown" for StageUnknown.
func stageName(s Stage) string {
	if s == StageUnknown {
		return "unknown"
	}
	return s.String()
}

func (e *TransitionError) Is(target error) bool { return xerr.Is(target, ErrTransitionNotAllowed) }

// TimeError is the detail of ErrInvalidTime (errors.As target: *TimeError).
// It is safe for concurrent use once returned.
type TimeError struct {
	Arg    string // an argument ("now", "smsSentAt"), a Poll's or a record's member ("sms.sent_at")
	Time   time.Time
	Reason string // in English
}

func (e *TimeError) Error() string {
	return xerr.Message("filing", "invalid time "+e.Arg+" "+e.Time.Format(time.RFC3339Nano), "", e.Reason, nil)
}

func (e *TimeError) Is(target error) bool { return xerr.Is(target, ErrInvalidTime) }

// RecordError is the detail of ErrInvalidRecord (errors.As target:
// *RecordError), which never quotes the record's personal data. It is safe
// for concurrent use once returned.
type RecordError struct {
	Field  string // the offending part: "stage", "history[3]", "attempt", …
	Reason string // in English
	Err    error  // the cause, if any (ErrUnknownStage, a *TimeError, …)
}

func (e *RecordError) Error() string {
	return xerr.Message("filing", strings.TrimSpace("invalid record "+e.Field), "", e.Reason, e.Err)
}

func (e *RecordError) Is(target error) bool { return xerr.Is(target, ErrInvalidRecord) }

func (e *RecordError) Unwrap() error { return e.Err }

// StatusError is the detail of ErrStatus (errors.As target: *StatusError).
// It is safe for concurrent use once returned.
type StatusError struct {
	Status    EntranceStatus // WeChat's info.status
	SMSStatus SMSVerifyStatus
	Stage     Stage  // the record's stage when the status was applied
	Reason    string // what is wrong, in English
}

func (e *StatusError) Error() string {
	subject := "wechat status " + strconv.Itoa(int(e.Status)) + " (sms_verify_status " + strconv.Itoa(int(e.SMSStatus)) + ") in stage " + stageName(e.Stage)
	return xerr.Message("filing", subject, "", e.Reason, nil)
}

func (e *StatusError) Is(target error) bool { return xerr.Is(target, ErrStatus) }

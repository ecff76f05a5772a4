package filing

import (
	"errors"
	"fmt"
)

// Sentinel errors, for errors.Is. Each refused command returns an error that
// matches exactly one of them, except a submission whose request has a
// blocking problem: that returns every problem found as Problems
// (errors.As target: Problems).
var (
	// ErrTransitionNotAllowed: the transition table has no row for the
	// event in the current stage (including the zero Application, whose
	// stage is StageUnknown). The detail is a *TransitionError.
	ErrTransitionNotAllowed = errors.New("filing: transition not allowed")

	// ErrUnknownStage: a stage id is not one of the Stage ids.
	ErrUnknownStage = errors.New("filing: unknown stage")
	// ErrUnknownEvent: an event id is not one of the Event ids.
	ErrUnknownEvent = errors.New("filing: unknown event")
	// ErrUnknownTodo: a to-do id is not one of the Todo ids.
	ErrUnknownTodo = errors.New("filing: unknown todo")

	// ErrAlreadyDone: the command repeats the one that last took effect,
	// with the same input, so it was not recorded again (see Application,
	// "Commands"). It does not match ErrTransitionNotAllowed. A caller that
	// retries a command whose outcome it did not see takes it as success.
	ErrAlreadyDone = errors.New("filing: already done")

	// ErrConcurrentChange: Submit gave up because the record changed (its
	// request was replaced) during each of its checks of the request. Retry
	// when the record has settled.
	ErrConcurrentChange = errors.New("filing: record changed during the check")

	// ErrIdentity: an Identity is not valid: its ID or AppID is empty, too
	// long or has characters it may not have (see Identity).
	ErrIdentity = errors.New("filing: invalid identity")

	// ErrInvalidTime: the time given to a command is zero, or earlier than
	// the last event already recorded.
	ErrInvalidTime = errors.New("filing: invalid time")

	// ErrFaceVerification: submitting needs the mini-program principal's
	// face verification, succeeded and still within its validity.
	ErrFaceVerification = errors.New("filing: face verification missing or expired")

	// ErrSMSWindowClosed: the MIIT SMS check can no longer be verified,
	// retried or resent: its 24-hour window has passed.
	ErrSMSWindowClosed = errors.New("filing: sms verification window closed")
	// ErrSMSWindowOpen: the SMS check cannot be declared timed out before
	// its window has passed.
	ErrSMSWindowOpen = errors.New("filing: sms verification window still open")
	// ErrSMSResendUsed: the SMS was already resent once for this check.
	ErrSMSResendUsed = errors.New("filing: sms already resent")
	// ErrSMSWrongCodes: the event does not match the count of wrong codes
	// (a fifth wrong code fails the check with EventFailSMS; earlier ones
	// are EventWrongSMSCode).
	ErrSMSWrongCodes = errors.New("filing: wrong sms code count does not match the event")

	// ErrNoReasons: a rejection needs at least one reason with a field or
	// a reason that is not blank.
	ErrNoReasons = errors.New("filing: rejection without reasons")
	// ErrFilingNumber: the bureau's filing number is missing, does not
	// parse, or is not a mini program's number (ending in X).
	ErrFilingNumber = errors.New("filing: invalid filing number")
	// ErrNotEditable: the request and the face verification can only be
	// changed in StageDraft.
	ErrNotEditable = errors.New("filing: only a draft can be changed")

	// ErrInvalidRecord: a stored Application is inconsistent (unknown
	// stage, a history that does not lead to the stored stage, …). The
	// detail is a *RecordError.
	ErrInvalidRecord = errors.New("filing: invalid record")

	// ErrStatus: a WeChat status code or sms_verify_status is not one this
	// package knows, or cannot be reached from the record's stage. The
	// detail is a *StatusError.
	ErrStatus = errors.New("filing: unusable wechat status")

	// ErrInternal: a defect in this package (a guard panicked, the state
	// machine library answered unexpectedly). The Application is left
	// unchanged.
	ErrInternal = errors.New("filing: internal error")
)

// TransitionError is the detail of a refused event: the transition table
// has no row for Event in stage From. It matches ErrTransitionNotAllowed;
// use a *TransitionError as the errors.As target. Its zero value describes
// an unknown event in an unknown stage; it is safe for concurrent use once
// returned.
type TransitionError struct {
	From  Stage
	Event Event
}

func (e *TransitionError) Error() string {
	from := stageName(e.From)
	ev := e.Event.String()
	if e.Event == EventUnknown {
		ev = "unknown"
	}
	return fmt.Sprintf("filing: event %s not allowed in stage %s", ev, from)
}

// stageName is s's id for messages, "unknown" for StageUnknown.
func stageName(s Stage) string {
	if s == StageUnknown {
		return "unknown"
	}
	return s.String()
}

// Is reports whether target is ErrTransitionNotAllowed.
func (e *TransitionError) Is(target error) bool { return target == ErrTransitionNotAllowed }

// RecordError is the detail of a stored Application that cannot be
// restored. It matches ErrInvalidRecord; use a *RecordError as the
// errors.As target. It never quotes the record's personal data. Its zero
// value names no field; it is safe for concurrent use once returned.
type RecordError struct {
	// Field names the offending part: "stage", "history[3]", "attempt", ….
	Field string
	// Reason says what is wrong, in English.
	Reason string
	// Err is the underlying error, if any (for example one wrapping
	// ErrUnknownStage).
	Err error
}

func (e *RecordError) Error() string {
	s := "filing: invalid record: " + e.Field + ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Is reports whether target is ErrInvalidRecord.
func (e *RecordError) Is(target error) bool { return target == ErrInvalidRecord }

// Unwrap returns the underlying error.
func (e *RecordError) Unwrap() error { return e.Err }

// StatusError is the detail of a polled WeChat status that cannot be
// applied. It matches ErrStatus; use a *StatusError as the errors.As
// target. Its zero value names no status; it is safe for concurrent use
// once returned.
type StatusError struct {
	Status    EntranceStatus // WeChat's info.status
	SMSStatus SMSVerifyStatus
	Stage     Stage  // the record's stage when the status was applied
	Reason    string // what is wrong, in English
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("filing: wechat status %d (sms_verify_status %d) in stage %s: %s",
		int(e.Status), int(e.SMSStatus), stageName(e.Stage), e.Reason)
}

// Is reports whether target is ErrStatus.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

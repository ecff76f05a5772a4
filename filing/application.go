package filing

import (
	"fmt"
	"sync"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/workday"
)

// Application is the record of one mini program's filing: who it is
// (Identity), the request sent to WeChat, where the filing stands, and
// everything that happened to it.
//
// # Commands
//
// Commands (Submit, ApprovePlatform, …) and polls (Sync) move it through
// the transition table. Each accepted one returns the Changes it made and
// adds one to Version; a refused one returns an error and leaves the
// Application exactly as it was. Besides its own refusals, every command is
// refused with ErrInvalidTime when now is zero or before the last recorded
// change, with a *TransitionError (ErrTransitionNotAllowed) when the stage
// does not allow its event, and with ErrAlreadyDone when it repeats the
// command that last took effect with the same input (each command says what
// counts as the same). That makes retries safe: a caller that is not sure a
// command went through (a timeout, a crash before saving) sends it again and
// takes ErrAlreadyDone as success:
//
//	changes, err := app.ApproveBureau(now, number)
//	if errors.Is(err, filing.ErrAlreadyDone) {
//		err = nil // recorded before; its changes were returned then
//	}
//
// Only the latest recorded event is compared, so a retry that arrives after
// a later command is judged like any other command.
//
// # Concurrency
//
// An Application is safe for concurrent use: every method holds an internal
// mutex while it reads or changes the record, so commands on one
// Application are serialised. When two goroutines race conflicting events
// (say ApproveBureau and RejectBureau), exactly one is accepted and the
// other is refused by the stage it finds. Submit checks the request without
// holding the mutex. Getters return copies that do not share memory with
// the record. Because of the mutex an Application must not be copied after
// first use (go vet reports copies); pass *Application around, and use
// Snapshot or JSON to take its data elsewhere. Across processes, compare
// Version.
//
// The zero Application has StageUnknown and an empty history: every command
// on it is refused with ErrTransitionNotAllowed. Build one with
// NewApplication, Restore or json.Unmarshal.
//
// # Time
//
// The package never reads the clock: each command takes the moment it
// happened. Times are stored in China Standard Time (workday.CST) without
// a monotonic reading. A command dated before the last recorded change is
// refused with ErrInvalidTime.
type Application struct {
	mu sync.Mutex
	// s is the record. s.Request is never changed in place, only replaced
	// by a fresh copy (NewApplication, SetRequest, Restore, UnmarshalJSON),
	// so a shallow copy of it taken under mu stays valid after mu is
	// released: Submit checks such a copy without the lock.
	s Snapshot
	// loads counts the records UnmarshalJSON put in s, which keep the
	// Version they were stored with: Submit compares it with Version to
	// know that s did not change during its check.
	loads uint64
}

// Snapshot is the data of an Application at one moment, and its storage
// form: Application marshals to JSON as its Snapshot. It is a plain value,
// safe for concurrent reads but not for a write alongside other use;
// [Application.Snapshot] returns a deep copy, so changing it does not touch
// the record. The zero Snapshot has StageUnknown and is refused by
// [Restore]. fmt output of its Request masks personal data.
type Snapshot struct {
	// Identity says which filing this is; it never changes.
	Identity Identity `json:"identity"`
	// Version counts the accepted changes since the record was created
	// (see Application.Version); a new record has 0.
	Version int64 `json:"version"`
	// Request is the payload for WeChat's apply_icp_filing.
	Request Request `json:"request"`
	// Stage is where the filing stands.
	Stage Stage `json:"stage"`
	// Attempt counts submissions: 0 before the first, 1 during the first
	// review, and so on after each resubmission.
	Attempt int `json:"attempt"`
	// CreatedAt is when the record was created; UpdatedAt when its last
	// event was recorded (or its request or face verification changed).
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// SubmittedAt is when the latest attempt was submitted.
	SubmittedAt time.Time `json:"submitted_at"`
	// Face is the mini-program principal's face verification.
	Face FaceVerification `json:"face"`
	// SMS is the state of the current MIIT SMS check.
	SMS SMSState `json:"sms"`
	// Rejections are the reasons of the latest rejection (WeChat's
	// audit_data); cleared by the next submission.
	Rejections []Rejection `json:"rejections,omitempty"`
	// FilingNumber is the mini program's filing number (e.g.
	// 粤B2-20090059-1626X), set when the bureau approves.
	FilingNumber string `json:"filing_number,omitempty"`
	// History lists every accepted event, oldest first. It only grows.
	History []Transition `json:"history"`
}

// Transition is one entry of an Application's history: an accepted event,
// the stages before and after it (equal for in-stage events such as
// EventResendSMS), when it happened and why. It is a comparable value, safe
// for concurrent use; the zero Transition is not a valid history entry.
type Transition struct {
	From   Stage     `json:"from"`
	To     Stage     `json:"to"`
	Event  Event     `json:"event"`
	At     time.Time `json:"at"`
	Reason string    `json:"reason,omitempty"`
}

// Rejection is one reason a review sent the filing back: an item of
// WeChat's audit_data, with WeChat's member names. It is a comparable
// value, safe for concurrent use; the zero Rejection has no content and
// does not count as a reason.
type Rejection struct {
	// Field is the Chinese name of the field concerned (key_name).
	Field string `json:"key_name"`
	// Reason is what is wrong (error).
	Reason string `json:"error"`
	// Suggestion is how to fix it (suggest).
	Suggestion string `json:"suggest,omitempty"`
}

// FaceVerification is the outcome of the mini-program principal's face
// verification (create_icp_verifytask / query_icp_verifytask). The zero
// value means "not verified". It is a comparable value, safe for
// concurrent use.
type FaceVerification struct {
	// TaskID is the verification task; when set, it must equal the
	// request's icp_applets.principal_info.verify_task_id at submission.
	TaskID string `json:"task_id,omitempty"`
	// CreatedAt is when the task was created; zero if unknown.
	CreatedAt time.Time `json:"created_at"`
	// VerifiedAt is when the verification succeeded (face_status 3).
	VerifiedAt time.Time `json:"verified_at"`
}

// ValidUntil returns the end of the task's validity: 3 days after it was
// created, or 1 day in the combined verification-and-filing flow
// (deadline.FaceTaskDeadline; see Identity.Combined), counted from the
// verification when the creation time is unknown. It returns the zero time
// if the verification never succeeded.
func (f FaceVerification) ValidUntil(combined bool) time.Time {
	if f.VerifiedAt.IsZero() {
		return time.Time{}
	}
	start := f.CreatedAt
	if start.IsZero() {
		start = f.VerifiedAt
	}
	return normTime(deadline.FaceTaskDeadline(start, combined))
}

// SMSState is the state of the MIIT SMS check (工信部短信核验) of the
// current attempt. The zero value means no SMS has been sent. It is a
// comparable value, safe for concurrent use.
type SMSState struct {
	// SentAt is when the SMS was sent; ResentAt when it was sent again
	// (zero if never).
	SentAt   time.Time `json:"sent_at"`
	ResentAt time.Time `json:"resent_at"`
	// WrongCodes counts wrong codes entered; the fifth fails the check.
	WrongCodes int `json:"wrong_codes"`
	// VerifiedAt is when the check passed.
	VerifiedAt time.Time `json:"verified_at"`
}

// Deadline returns the last instant the SMS check can be done: 24 hours
// after the latest sending (deadline.SMSDeadline; a resent SMS carries a
// fresh code). It returns the zero time if no SMS was sent.
func (s SMSState) Deadline() time.Time {
	last := s.SentAt
	if s.ResentAt.After(last) {
		last = s.ResentAt
	}
	if last.IsZero() {
		return time.Time{}
	}
	return normTime(deadline.SMSDeadline(last))
}

// NewApplication returns a draft of the filing id for req, created at
// now, at Version 0. It keeps a deep copy of req. It fails with an error
// matching ErrIdentity when id is not valid (see Identity), and with
// ErrInvalidTime when now is zero; the request is not checked until
// submission.
func NewApplication(id Identity, req Request, now time.Time) (*Application, error) {
	if err := id.check(); err != nil {
		return nil, err
	}
	if now.IsZero() {
		return nil, fmt.Errorf("%w: zero creation time", ErrInvalidTime)
	}
	now = normTime(now)
	return &Application{s: Snapshot{
		Identity:  id,
		Request:   req.Clone(),
		Stage:     StageDraft,
		CreatedAt: now,
		UpdatedAt: now,
	}}, nil
}

// Restore returns an Application holding a deep copy of s, after checking
// that s is consistent (see UnmarshalJSON for the checks). It fails with an
// error matching ErrInvalidRecord.
func Restore(s Snapshot) (*Application, error) {
	c := s.clone()
	c.normalise()
	if err := c.check(); err != nil {
		return nil, err
	}
	return &Application{s: c}, nil
}

// Snapshot returns a deep copy of the record's data.
func (a *Application) Snapshot() Snapshot {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.clone()
}

// Identity returns which filing the record is.
func (a *Application) Identity() Identity {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Identity
}

// Version returns the number of changes accepted since the record was
// created: every accepted command (SetRequest and RecordFaceVerification
// included) adds one, and so does every poll that changes the record
// (Sync, however many transitions it makes). A refused command, and a poll
// that changes nothing, leave it alone. A store compares it to refuse a
// write based on an older version of the record.
func (a *Application) Version() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Version
}

// Stage returns the current stage.
func (a *Application) Stage() Stage {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Stage
}

// Attempt returns the number of submissions so far.
func (a *Application) Attempt() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Attempt
}

// Request returns a deep copy of the request.
func (a *Application) Request() Request {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Request.Clone()
}

// History returns a copy of the history, oldest first.
func (a *Application) History() []Transition {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Transition(nil), a.s.History...)
}

// FilingNumber returns the issued filing number, or "" before approval.
func (a *Application) FilingNumber() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.FilingNumber
}

// AvailableEvents returns the events the transition table allows in the
// current stage, in fixed order; guards may still refuse them.
func (a *Application) AvailableEvents() []Event {
	return AvailableEvents(a.Stage())
}

// SetRequest replaces the request with a deep copy of req. Only a draft can
// be changed (ErrNotEditable otherwise). Like any command it is refused
// with ErrInvalidTime when now is zero or before the last recorded change,
// and it adds one to Version when accepted.
func (a *Application) SetRequest(req Request, now time.Time) error {
	req = req.Clone() // outside the lock: linear in the request's size
	a.mu.Lock()
	defer a.mu.Unlock()
	now = normTime(now)
	if err := a.s.checkEdit(now); err != nil {
		return err
	}
	a.s.Request = req
	a.s.UpdatedAt = now
	a.s.Version++
	return nil
}

// RecordFaceVerification records that the mini-program principal's face
// verification task taskID, created at createdAt (zero if unknown),
// succeeded at verifiedAt (face_status 3). Only a draft can record it
// (ErrNotEditable otherwise); verifiedAt must not be zero nor before the
// last recorded change, and createdAt not after verifiedAt
// (ErrInvalidTime). It adds one to Version when accepted.
func (a *Application) RecordFaceVerification(taskID string, createdAt, verifiedAt time.Time) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	verifiedAt, createdAt = normTime(verifiedAt), normTime(createdAt)
	if err := a.s.checkEdit(verifiedAt); err != nil {
		return err
	}
	if createdAt.After(verifiedAt) {
		return fmt.Errorf("%w: task created after its verification", ErrInvalidTime)
	}
	a.s.Face = FaceVerification{TaskID: taskID, CreatedAt: createdAt, VerifiedAt: verifiedAt}
	a.s.UpdatedAt = verifiedAt
	a.s.Version++
	return nil
}

// checkTime refuses a zero time or one before the last recorded change.
func (s *Snapshot) checkTime(now time.Time) error {
	if now.IsZero() {
		return fmt.Errorf("%w: zero time", ErrInvalidTime)
	}
	if now.Before(s.UpdatedAt) {
		return fmt.Errorf("%w: %s is before the last recorded change at %s",
			ErrInvalidTime, now.Format(time.RFC3339), s.UpdatedAt.Format(time.RFC3339))
	}
	return nil
}

// checkEdit allows changes to the request and face verification: drafts
// only, at a valid time.
func (s *Snapshot) checkEdit(now time.Time) error {
	if s.Stage != StageDraft {
		return fmt.Errorf("%w: stage is %s", ErrNotEditable, stageName(s.Stage))
	}
	return s.checkTime(now)
}

// normTime drops the monotonic reading and moves t to China Standard Time,
// so that stored times compare equal after a JSON round trip. The zero
// time stays zero.
func normTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.Round(0).In(workday.CST)
}

// clone returns a deep copy of s.
func (s Snapshot) clone() Snapshot {
	c := s
	c.Request = s.Request.Clone()
	if s.Rejections != nil {
		c.Rejections = append([]Rejection(nil), s.Rejections...)
	}
	if s.History != nil {
		c.History = append([]Transition(nil), s.History...)
	}
	return c
}

// normalise applies normTime to every stored time.
func (s *Snapshot) normalise() {
	for _, t := range []*time.Time{
		&s.CreatedAt, &s.UpdatedAt, &s.SubmittedAt, &s.Face.CreatedAt, &s.Face.VerifiedAt,
		&s.SMS.SentAt, &s.SMS.ResentAt, &s.SMS.VerifiedAt,
	} {
		*t = normTime(*t)
	}
	for i := range s.History {
		s.History[i].At = normTime(s.History[i].At)
	}
}

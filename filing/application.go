package filing

import (
	"fmt"
	"sync"
	"time"

	"github.com/beian-go/beian/deadline"
)

// Application is the record of one mini program's filing: who it is, the
// request sent to WeChat, where the filing stands and its history.
//
// Every command returns the Changes it made and adds one to Version, or
// returns an error and changes nothing. Besides its own refusals, each is
// refused with a *TimeError (ErrInvalidTime) for a zero time, one before
// the last change or outside the years 0000–9999; with a *TransitionError
// when the stage does not allow its event; and with ErrAlreadyDone when it
// repeats the command that last took effect with the same input (each
// command says what counts as the same), which makes a retry after a
// timeout safe: take ErrAlreadyDone as success.
//
// An Application is safe for concurrent use: methods hold a mutex, so
// commands are serialised and of two conflicting ones exactly one is
// accepted; Submit checks the request without holding it. Getters return
// copies. Do not copy an Application (go vet reports it); use Snapshot or
// JSON. The zero Application has no stage and refuses every command; build
// one with NewApplication, Restore or json.Unmarshal.
type Application struct {
	mu sync.Mutex
	// s is the record. Its request and rejections are never changed in
	// place, only replaced by fresh copies, and its history only grows by
	// appending, so a shallow copy of s taken under mu stays valid after mu
	// is released: Submit checks such a copy's request, and the readers
	// copy or marshal theirs (view), without the lock.
	s Snapshot
	// loads counts the records UnmarshalJSON put in s, which keep the
	// Version they were stored with: Submit compares it with Version to
	// know that s did not change during its check.
	loads uint64
}

// Snapshot is the data of an Application at one moment, and its storage
// form. It is a plain value, safe for concurrent reads;
// Application.Snapshot returns a deep copy. The zero Snapshot is refused by
// Restore.
type Snapshot struct {
	Identity     Identity         `json:"identity"`
	Version      int64            `json:"version"` // see Application.Version
	Request      Request          `json:"request"`
	Stage        Stage            `json:"stage"`
	Attempt      int              `json:"attempt"` // submissions so far
	CreatedAt    time.Time        `json:"created_at"`
	UpdatedAt    time.Time        `json:"updated_at"`   // of the last event, or change of a draft
	SubmittedAt  time.Time        `json:"submitted_at"` // of the latest attempt
	Face         FaceVerification `json:"face"`
	SMS          SMSState         `json:"sms"`
	Rejections   []Rejection      `json:"rejections,omitempty"`    // of the latest rejection, until the next submission
	FilingNumber string           `json:"filing_number,omitempty"` // set by the bureau's approval
	History      []Transition     `json:"history"`                 // every accepted event, oldest first
}

// Transition is one entry of an Application's history: an accepted event,
// the stages before and after it (equal for in-stage events), when it
// happened and why. It is a comparable value, safe for concurrent use; the
// zero Transition is not a valid entry.
type Transition struct {
	From  Stage `json:"from"`
	To    Stage `json:"to"`
	Event Event `json:"event"`
	// Synced is set for an event WeChat reported (Sync), whose
	// preconditions were not checked, and clear for a command.
	Synced bool      `json:"synced,omitempty"`
	At     time.Time `json:"at"`
	Reason string    `json:"reason,omitempty"`
}

// Rejection is one reason a review sent the filing back: an item of
// WeChat's audit_data. It is a comparable value, safe for concurrent use;
// the zero Rejection does not count as a reason.
type Rejection struct {
	Field      string `json:"key_name"` // the Chinese name of the field
	Reason     string `json:"error"`
	Suggestion string `json:"suggest,omitempty"`
}

// FaceVerification is the outcome of the mini-program principal's face
// verification (create_icp_verifytask, query_icp_verifytask). The zero
// value means not verified. It is a comparable value, safe for concurrent
// use.
type FaceVerification struct {
	// TaskID, when set, must be the request's
	// icp_applets.principal_info.verify_task_id at submission.
	TaskID     string    `json:"task_id,omitempty"`
	CreatedAt  time.Time `json:"created_at"`  // of the task; zero if unknown
	VerifiedAt time.Time `json:"verified_at"` // face_status 3
}

// validUntil returns the end of the task's validity: 3 days after it was
// created, or 1 day in the combined flow (deadline.FaceTaskDeadline),
// counted from the verification when the creation time is unknown; the
// zero time if the verification never succeeded.
func (f FaceVerification) validUntil(combined bool) time.Time {
	if f.VerifiedAt.IsZero() {
		return time.Time{}
	}
	return capTime(normTime(deadline.FaceTaskDeadline(f.taskStart(), combined)))
}

// taskStart is when the task's validity starts: its creation, or the
// verification when the creation time is unknown.
func (f FaceVerification) taskStart() time.Time {
	if f.CreatedAt.IsZero() {
		return f.VerifiedAt
	}
	return f.CreatedAt
}

// SMSState is the MIIT SMS check (工信部短信核验) of the latest attempt.
// The zero value means no SMS was sent. It is a comparable value, safe for
// concurrent use.
type SMSState struct {
	SentAt     time.Time `json:"sent_at"`
	ResentAt   time.Time `json:"resent_at"`   // zero if never resent
	WrongCodes int       `json:"wrong_codes"` // after five, the sixth attempt fails
	VerifiedAt time.Time `json:"verified_at"`
}

// deadline returns the last instant the SMS check can be done: 24 hours
// after the latest sending (deadline.SMSDeadline; a resent SMS carries a
// fresh code), or the zero time if no SMS was sent.
func (s SMSState) deadline() time.Time {
	if last := s.lastSent(); !last.IsZero() {
		return smsDeadline(last)
	}
	return time.Time{}
}

// lastSent is when the SMS was last sent, or zero.
func (s SMSState) lastSent() time.Time {
	if s.ResentAt.After(s.SentAt) {
		return s.ResentAt
	}
	return s.SentAt
}

// smsDeadline is the end of the window of an SMS sent at sent.
func smsDeadline(sent time.Time) time.Time { return capTime(normTime(deadline.SMSDeadline(sent))) }

// NewApplication returns a draft of the filing id for a deep copy of req,
// created at now, at Version 0. It fails with ErrIdentity for an invalid
// id, a *TimeError for a now a record cannot hold, and the *DecodeError of
// Request.Encodable for a request that could not be stored; its content
// is checked at submission.
func NewApplication(id Identity, req Request, now time.Time) (*Application, error) {
	if err := id.check(); err != nil {
		return nil, err
	}
	now = normTime(now)
	if err := checkNow("now", now); err != nil {
		return nil, err
	}
	if err := checkRequest(&req); err != nil {
		return nil, err
	}
	return &Application{s: Snapshot{
		Identity:  id,
		Request:   req.Clone(),
		Stage:     StageDraft,
		CreatedAt: now,
		UpdatedAt: now,
	}}, nil
}

// Restore returns an Application holding a deep copy of s, if the
// commands could have produced s (see UnmarshalJSON), and otherwise a
// *RecordError.
func Restore(s Snapshot) (*Application, error) {
	c := s.clone()
	c.normalise()
	if err := c.check(false); err != nil {
		return nil, err
	}
	return &Application{s: c}, nil
}

func (a *Application) Snapshot() Snapshot {
	s := a.view()
	return s.clone()
}

// view returns a shallow copy of the record (see Application.s), so that
// the work of copying or marshalling it is done without the mutex.
func (a *Application) view() Snapshot {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s
}

func (a *Application) Identity() Identity {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Identity
}

// Version returns the number of changes accepted since the record was
// created: one per accepted command (SetRequest and RecordFaceVerification
// included) and per poll that changed the record. A store compares it to
// refuse a write based on an older record.
func (a *Application) Version() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Version
}

func (a *Application) Stage() Stage {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.Stage
}

func (a *Application) Request() Request {
	a.mu.Lock()
	r := a.s.Request // see Application.s
	a.mu.Unlock()
	return r.Clone()
}

// History returns a copy of the history, oldest first.
func (a *Application) History() []Transition {
	a.mu.Lock()
	h := a.s.History // see Application.s
	a.mu.Unlock()
	return append([]Transition(nil), h...)
}

// FilingNumber returns the issued filing number, or "" before approval.
func (a *Application) FilingNumber() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.FilingNumber
}

// SetRequest replaces the request of a draft (ErrNotEditable otherwise)
// with a deep copy of req, refused as NewApplication refuses a request.
func (a *Application) SetRequest(req Request, now time.Time) error {
	// Outside the lock: linear in the request's size.
	if err := checkRequest(&req); err != nil {
		return err
	}
	req = req.Clone()
	a.mu.Lock()
	defer a.mu.Unlock()
	now = normTime(now)
	if err := a.s.checkEdit("now", now); err != nil {
		return err
	}
	a.s.Request = req
	a.s.UpdatedAt = now
	a.s.Version++
	return nil
}

// RecordFaceVerification records, in a draft (ErrNotEditable otherwise),
// that the principal's face verification task taskID, created at
// createdAt (zero if unknown), succeeded at verifiedAt (face_status 3).
// verifiedAt is the command's time; createdAt may not be after it.
func (a *Application) RecordFaceVerification(taskID string, createdAt, verifiedAt time.Time) error {
	taskID = validText(taskID) // outside the lock: linear in the caller's text
	a.mu.Lock()
	defer a.mu.Unlock()
	verifiedAt, createdAt = normTime(verifiedAt), normTime(createdAt)
	if err := a.s.checkEdit("verifiedAt", verifiedAt); err != nil {
		return err
	}
	if err := checkInstant("createdAt", createdAt); err != nil {
		return err
	}
	if createdAt.After(verifiedAt) {
		return &TimeError{Arg: "createdAt", Time: createdAt, Reason: "after the verification"}
	}
	a.s.Face = FaceVerification{TaskID: taskID, CreatedAt: createdAt, VerifiedAt: verifiedAt}
	a.s.UpdatedAt = verifiedAt
	a.s.Version++
	return nil
}

// checkTime refuses an instant before the last recorded change.
func (s *Snapshot) checkTime(arg string, t time.Time) error {
	if t.Before(s.UpdatedAt) {
		return &TimeError{Arg: arg, Time: t, Reason: "before the last recorded change at " + s.UpdatedAt.Format(time.RFC3339Nano)}
	}
	return nil
}

// checkEdit allows changes to the request and face verification: drafts
// only, at a valid time.
func (s *Snapshot) checkEdit(arg string, now time.Time) error {
	if err := checkNow(arg, now); err != nil {
		return err
	}
	if s.Stage != StageDraft {
		return fmt.Errorf("%w: stage is %s", ErrNotEditable, stageName(s.Stage))
	}
	if err := s.checkTime(arg, now); err != nil {
		return err
	}
	return s.checkFull()
}

// checkFull refuses a change to a record whose Version cannot grow.
func (s *Snapshot) checkFull() error {
	if s.Version >= maxVersion {
		return &RecordError{Field: "version", Reason: "at its maximum: the record takes no more changes"}
	}
	return nil
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

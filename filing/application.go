package filing

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/beian-go/beian/deadline"
	"github.com/beian-go/beian/workday"
)

// Application is the record of one mini program's filing: the request sent
// to WeChat, where the filing stands, and everything that happened to it.
// Commands (Submit, ApprovePlatform, …, or Fire) move it through the
// transition table; a refused command returns an error and leaves the
// Application exactly as it was.
//
// # Concurrency
//
// An Application is safe for concurrent use: every method holds an internal
// mutex for its whole run, so commands on one Application are serialised.
// When two goroutines race conflicting events (say ApproveBureau and
// RejectBureau), exactly one is accepted and the other is refused by the
// stage it finds. Getters return copies that do not share memory with the
// record. Because of the mutex an Application must not be copied after
// first use (go vet reports copies); pass *Application around, and use
// Snapshot or JSON to take its data elsewhere.
//
// The zero Application has StageUnknown and an empty history: every command
// on it is refused with ErrTransitionNotAllowed. Build one with
// NewApplication, Restore or json.Unmarshal.
//
// # Time
//
// The package never reads the clock: each command takes the moment it
// happened. Times are stored in China Standard Time (workday.CST) without
// a monotonic reading. A command dated before the last recorded event is
// refused with ErrInvalidTime.
type Application struct {
	mu sync.Mutex
	s  Snapshot
}

// Snapshot is the data of an Application at one moment, and its storage
// form: Application marshals to JSON as its Snapshot. It is a plain value,
// safe for concurrent reads but not for a write alongside other use;
// [Application.Snapshot] returns a deep copy, so changing it does not touch
// the record. The zero Snapshot has StageUnknown and is refused by
// [Restore]. fmt output of its Request masks personal data.
type Snapshot struct {
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
// created (deadline.FaceTaskDeadline), counted from the verification when
// the creation time is unknown. It returns the zero time if the
// verification never succeeded.
func (f FaceVerification) ValidUntil() time.Time {
	if f.VerifiedAt.IsZero() {
		return time.Time{}
	}
	start := f.CreatedAt
	if start.IsZero() {
		start = f.VerifiedAt
	}
	return normTime(deadline.FaceTaskDeadline(start, false))
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

// Input carries the data some events need. Fields an event does not use
// are ignored; the zero Input carries nothing. It is a plain value, safe
// for concurrent reads; a command only reads it.
type Input struct {
	// SMSSentAt is when MIIT sent the SMS (EventApprovePlatform); the
	// event's time is used when zero.
	SMSSentAt time.Time
	// FilingNumber is the number the bureau issued (EventApproveBureau).
	FilingNumber string
	// Reasons are the rejection reasons (EventRejectPlatform,
	// EventRejectBureau).
	Reasons []Rejection
	// Note is recorded as the history entry's reason when the event has no
	// reason of its own (EventWithdraw, EventDeregister, …).
	Note string
	// Check is the options of the check run at EventSubmit; its On is
	// replaced by the day of the event. Only blocking problems refuse the
	// submission.
	Check CheckOptions
}

// NewApplication returns a draft for req, created at now. It keeps a deep
// copy of req. It fails with ErrInvalidTime when now is zero; the request
// is not validated until submission.
func NewApplication(req Request, now time.Time) (*Application, error) {
	if now.IsZero() {
		return nil, fmt.Errorf("%w: zero creation time", ErrInvalidTime)
	}
	now = normTime(now)
	return &Application{s: Snapshot{
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
// with ErrInvalidTime when now is zero or before the last recorded change.
func (a *Application) SetRequest(req Request, now time.Time) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	now = normTime(now)
	if err := a.s.checkEdit(now); err != nil {
		return err
	}
	a.s.Request = req.Clone()
	a.s.UpdatedAt = now
	return nil
}

// RecordFaceVerification records that the mini-program principal's face
// verification task taskID, created at createdAt (zero if unknown),
// succeeded at verifiedAt (face_status 3). Only a draft can record it
// (ErrNotEditable otherwise); verifiedAt must not be zero nor before the
// last recorded change, and createdAt not after verifiedAt
// (ErrInvalidTime).
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
	return nil
}

// Fire applies event ev at now, with the data in in. It returns nil when
// the event is accepted and recorded; otherwise the Application is
// unchanged and the error is one of: a *TransitionError (matching
// ErrTransitionNotAllowed) when the table has no row for ev in the current
// stage; the refusing guard's own error (Problems for an invalid
// request, or an error matching ErrFaceVerification, ErrSMSWindowClosed,
// …); ErrInvalidTime; ctx.Err() when ctx is already done; ErrInternal for a
// defect in this package. A cancelled ctx never interrupts a command once
// it has started; a nil ctx counts as context.Background.
func (a *Application) Fire(ctx context.Context, ev Event, now time.Time, in Input) error {
	if ctx == nil {
		ctx = context.Background()
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s.fire(ctx, ev, now, in, false)
}

// Submit sends the draft for review (EventSubmit). It is refused unless
// the request passes validation and the rejection checks (Request.Check,
// with the default options) on the day of now without a blocking problem
// (the error is every problem found, warnings included, as
// Problems), and the face verification succeeded within its
// task's 3 days (ErrFaceVerification). Warnings alone never refuse a
// submission; app.Request().Check(o) shows them beforehand. To check
// with outside data such as the service catalogue or the province rules,
// use Fire with Input.Check.
func (a *Application) Submit(now time.Time) error {
	return a.Fire(context.Background(), EventSubmit, now, Input{})
}

// ApprovePlatform records that WeChat's review passed and MIIT sent the
// verification SMS at smsSentAt (now if zero).
func (a *Application) ApprovePlatform(now, smsSentAt time.Time) error {
	return a.Fire(context.Background(), EventApprovePlatform, now, Input{SMSSentAt: smsSentAt})
}

// RejectPlatform records WeChat's rejection with its reasons (at least
// one), returning the filing to draft.
func (a *Application) RejectPlatform(now time.Time, reasons []Rejection) error {
	return a.Fire(context.Background(), EventRejectPlatform, now, Input{Reasons: reasons})
}

// Withdraw withdraws the filing during the platform review, returning it
// to draft; later it cannot be withdrawn (WeChat error 86330).
func (a *Application) Withdraw(now time.Time, note string) error {
	return a.Fire(context.Background(), EventWithdraw, now, Input{Note: note})
}

// ResendSMS records that the SMS, which did not arrive, was sent again at
// now. Allowed once per check, within its window.
func (a *Application) ResendSMS(now time.Time) error {
	return a.Fire(context.Background(), EventResendSMS, now, Input{})
}

// WrongSMSCode records a wrong SMS code: the first four are recorded in
// the SMS stage (EventWrongSMSCode), the fifth fails the check and returns
// the filing to draft (EventFailSMS).
func (a *Application) WrongSMSCode(now time.Time) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	ev := EventWrongSMSCode
	if a.s.SMS.WrongCodes+1 >= maxWrongSMSCodes {
		ev = EventFailSMS
	}
	return a.s.fire(context.Background(), ev, now, Input{}, false)
}

// VerifySMS records that the SMS check passed, moving the filing to the
// bureau's review; refused with ErrSMSWindowClosed after 24 hours.
func (a *Application) VerifySMS(now time.Time) error {
	return a.Fire(context.Background(), EventVerifySMS, now, Input{})
}

// ExpireSMS returns the filing to draft because the SMS check was not done
// within 24 hours; refused with ErrSMSWindowOpen before that.
func (a *Application) ExpireSMS(now time.Time) error {
	return a.Fire(context.Background(), EventExpireSMS, now, Input{})
}

// ApproveBureau records the bureau's approval with the issued filing
// number, which must be a mini program's (ending in X).
func (a *Application) ApproveBureau(now time.Time, number string) error {
	return a.Fire(context.Background(), EventApproveBureau, now, Input{FilingNumber: number})
}

// RejectBureau records the bureau's rejection with its reasons (at least
// one), returning the filing to draft.
func (a *Application) RejectBureau(now time.Time, reasons []Rejection) error {
	return a.Fire(context.Background(), EventRejectBureau, now, Input{Reasons: reasons})
}

// Deregister records that the filed mini program was deregistered (注销).
// This is final: no event leaves StageDeregistered.
func (a *Application) Deregister(now time.Time, note string) error {
	return a.Fire(context.Background(), EventDeregister, now, Input{Note: note})
}

// command is one event being decided: what the guards look at.
type command struct {
	snap   *Snapshot // read only
	event  Event
	now    time.Time
	in     Input
	synced bool // reported by WeChat: checks of our own preconditions are skipped
}

// fire decides and, if accepted, records ev. Nothing changes on refusal.
func (s *Snapshot) fire(ctx context.Context, ev Event, now time.Time, in Input, synced bool) error {
	now = normTime(now)
	if err := s.checkTime(now); err != nil {
		return err
	}
	c := command{snap: s, event: ev, now: now, in: in, synced: synced}
	to, err := runMachine(ctx, &c)
	if err != nil {
		return err
	}
	s.record(&c, to)
	return nil
}

// record applies the effects of an accepted command.
func (s *Snapshot) record(c *command, to Stage) {
	reason := c.in.Note
	switch c.event {
	case EventSubmit:
		s.Attempt++
		s.SubmittedAt = c.now
		s.Rejections = nil
		s.SMS = SMSState{}
	case EventApprovePlatform:
		sent := normTime(c.in.SMSSentAt)
		if sent.IsZero() {
			sent = c.now
		}
		s.SMS = SMSState{SentAt: sent}
	case EventRejectPlatform, EventRejectBureau:
		s.Rejections = append([]Rejection(nil), c.in.Reasons...)
		if r := summarise(c.in.Reasons); r != "" {
			reason = r
		}
	case EventResendSMS:
		s.SMS.ResentAt = c.now
	case EventWrongSMSCode:
		s.SMS.WrongCodes++
	case EventFailSMS:
		s.SMS.WrongCodes++
		if reason == "" {
			reason = "five wrong sms codes"
		}
	case EventVerifySMS:
		s.SMS.VerifiedAt = c.now
	case EventExpireSMS:
		if reason == "" {
			reason = "sms not verified within 24 hours"
		}
	case EventApproveBureau:
		s.FilingNumber = strings.TrimSpace(c.in.FilingNumber)
	}
	s.History = append(s.History, Transition{From: s.Stage, To: to, Event: c.event, At: c.now, Reason: reason})
	s.Stage = to
	s.UpdatedAt = c.now
}

// summarise turns rejection reasons into one history line.
func summarise(rs []Rejection) string {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteString("; ")
		}
		if r.Field != "" {
			b.WriteString(r.Field)
			b.WriteString(": ")
		}
		b.WriteString(r.Reason)
	}
	return b.String()
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

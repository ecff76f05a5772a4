package filing

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MarshalJSON writes the Application's Snapshot: request, stage, history
// and everything else, complete and unmasked. Called directly, it costs
// about half what encoding/json takes for plain structs of the same shape;
// json.Marshal scans its output once more.
func (a *Application) MarshalJSON() ([]byte, error) {
	s := a.view()
	return s.MarshalJSON()
}

// UnmarshalJSON restores an Application from its JSON form, replaying the
// history to check that the commands could have produced the record; if
// not, a is unchanged and a *RecordError names the part: the identity, a
// request that is not Encodable, an unknown stage or event, an instant out
// of order or outside 0000–9999 CST (also ErrInvalidTime), a history the
// transition table does not allow, or state and counters other than the
// history and the commands' limits give (a sixth wrong SMS code, …).
func (a *Application) UnmarshalJSON(data []byte) error {
	var s Snapshot
	null, span, err := decodeSnapshot(data, &s)
	if err != nil {
		return err
	}
	if null {
		return &RecordError{Field: "json", Reason: "null is no record"}
	}
	s.normalise()
	// A request read from JSON is Encodable unless writing it back could
	// outgrow the payload limit: at most six bytes for each byte read.
	if err := s.check(span <= maxPayload/6); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.s = s
	a.loads++
	return nil
}

// maxVersion is the largest Version a record may reach: the largest whole
// number a JSON reader with float64 numbers (JavaScript's) holds exactly.
const maxVersion = 1<<53 - 1

// check verifies that s is a record the commands could have produced: a
// valid identity and request, instants a record can hold, and a history
// that, replayed, leads to the stored stage and agrees with every counter,
// time and SMS or face-verification detail stored beside it. It is linear
// in the size of s.
//
// encodable says the request is known to be Encodable.
func (s *Snapshot) check(encodable bool) error {
	if err := s.Identity.check(); err != nil {
		return &RecordError{Field: "identity", Reason: "not a valid identity", Err: err}
	}
	if !encodable {
		if err := checkRequest(&s.Request); err != nil {
			return &RecordError{Field: "request", Reason: "cannot be stored", Err: err}
		}
	}
	if s.Version < 0 || s.Version > maxVersion {
		return &RecordError{Field: "version", Reason: "out of range"}
	}
	if !s.Stage.valid() {
		return &RecordError{Field: "stage", Reason: "not a valid stage: " + s.Stage.String()}
	}
	if err := s.checkTimes(); err != nil {
		return err
	}
	if err := s.checkText(); err != nil {
		return err
	}
	r, err := s.replay()
	if err != nil {
		return err
	}
	for _, c := range []func(*replay) error{s.checkCounters, s.checkSMS, s.checkFace, s.checkOutcome} {
		if err := c(&r); err != nil {
			return err
		}
	}
	return nil
}

// checkTimes checks that every stored instant can be held, that the
// record was created, and that nothing is dated before its creation or
// after its last change.
func (s *Snapshot) checkTimes() error {
	for _, f := range []struct {
		name string
		t    time.Time
	}{
		{"created_at", s.CreatedAt}, {"updated_at", s.UpdatedAt}, {"submitted_at", s.SubmittedAt},
		{"face.created_at", s.Face.CreatedAt}, {"face.verified_at", s.Face.VerifiedAt},
		{"sms.sent_at", s.SMS.SentAt}, {"sms.resent_at", s.SMS.ResentAt}, {"sms.verified_at", s.SMS.VerifiedAt},
	} {
		if err := checkInstant(f.name, f.t); err != nil {
			return &RecordError{Field: f.name, Reason: "cannot be stored", Err: err}
		}
		if f.t.After(s.UpdatedAt) {
			return &RecordError{Field: f.name, Reason: "later than updated_at, the last change"}
		}
	}
	switch {
	case s.CreatedAt.IsZero():
		return &RecordError{Field: "created_at", Reason: "zero time"}
	case s.UpdatedAt.Before(s.CreatedAt):
		return &RecordError{Field: "updated_at", Reason: "earlier than created_at"}
	}
	return nil
}

// checkText refuses text that is not UTF-8, which the commands never
// record and JSON would change.
func (s *Snapshot) checkText() error {
	bad := func(field string) error { return &RecordError{Field: field, Reason: "text that is not valid UTF-8"} }
	switch {
	case !utf8.ValidString(s.Face.TaskID):
		return bad("face.task_id")
	case !utf8.ValidString(s.FilingNumber):
		return bad("filing_number")
	}
	for i, r := range s.Rejections {
		if r != r.valid() {
			return bad("rejections[" + strconv.Itoa(i) + "]")
		}
	}
	for i := range s.History {
		if !utf8.ValidString(s.History[i].Reason) {
			return bad("history[" + strconv.Itoa(i) + "]")
		}
	}
	return nil
}

// replay is what a record's history says about it.
type replay struct {
	stage    Stage
	attempts int   // submissions
	minimum  int64 // the fewest accepted changes that make the history
	// Of the latest submission: its index in the history (-1 if none),
	// whether WeChat reported it, and the indices of the platform's
	// approval (-1 if none) and of a rejection (-1 if none) after it.
	submit, approve, reject int
	// The SMS check of the latest submission: the times of its resend
	// and verification, the wrong codes entered.
	resent, verified time.Time
	wrongCodes       int
}

// replay walks the history: every entry must be an event the table allows
// from the stage before it, at a time no earlier than the entry before it
// (nor than created_at), and may be reported by WeChat only if Sync can
// fire it.
func (s *Snapshot) replay() (replay, error) {
	r := replay{stage: StageDraft, submit: -1, approve: -1, reject: -1}
	last := s.CreatedAt
	run := 0 // consecutive entries reported by WeChat
	for i, t := range s.History {
		field := "history[" + strconv.Itoa(i) + "]"
		switch {
		case !t.From.valid() || !t.To.valid():
			return r, &RecordError{Field: field, Reason: "unknown stage"}
		case !t.Event.valid():
			return r, &RecordError{Field: field, Reason: "unknown event"}
		case t.From != r.stage:
			return r, &RecordError{Field: field, Reason: fmt.Sprintf("starts in %s but the filing was in %s", t.From, r.stage)}
		case t.At.IsZero():
			return r, &RecordError{Field: field, Reason: "zero time"}
		case t.At.Before(last):
			return r, &RecordError{Field: field, Reason: "earlier than the entry or creation before it"}
		case t.Synced && !syncable(t.Event):
			return r, &RecordError{Field: field, Reason: fmt.Sprintf("%s is never reported by WeChat", t.Event)}
		}
		if err := checkInstant(field, t.At); err != nil {
			return r, &RecordError{Field: field, Reason: "cannot be stored", Err: err}
		}
		if to, ok := target(t.From, t.Event); !ok || to != t.To {
			return r, &RecordError{Field: field, Reason: fmt.Sprintf("%s does not lead from %s to %s", t.Event, t.From, t.To),
				Err: &TransitionError{From: t.From, Event: t.Event}}
		}
		if t.Synced {
			// One poll records at most four events (a draft to filed).
			if run%4 == 0 {
				r.minimum++
			}
			run++
		} else {
			r.minimum++
			run = 0
		}
		switch t.Event {
		case EventSubmit:
			r.attempts++
			r.submit, r.approve, r.reject = i, -1, -1
			r.resent, r.verified, r.wrongCodes = time.Time{}, time.Time{}, 0
		case EventApprovePlatform:
			r.approve = i
		case EventRejectPlatform, EventRejectBureau:
			r.reject = i
		case EventResendSMS:
			if !r.resent.IsZero() {
				return r, &RecordError{Field: field, Reason: "a second resend in one sms check"}
			}
			r.resent = t.At
		case EventWrongSMSCode, EventFailSMS:
			r.wrongCodes++
			if fail := r.wrongCodes > maxWrongSMSCodes; fail != (t.Event == EventFailSMS) {
				return r, &RecordError{Field: field, Reason: fmt.Sprintf("%s as wrong code %d", t.Event, r.wrongCodes)}
			}
		case EventVerifySMS:
			if !t.Synced && r.wrongCodes >= maxWrongSMSCodes {
				return r, &RecordError{Field: field, Reason: "verified after five wrong codes"}
			}
			r.verified = t.At
		}
		r.stage, last = t.To, t.At
	}
	if r.stage != s.Stage {
		return r, &RecordError{Field: "history", Reason: fmt.Sprintf("leads to %s, not to the stored stage %s", r.stage, s.Stage)}
	}
	if last.After(s.UpdatedAt) || s.Stage != StageDraft && len(s.History) > 0 && !last.Equal(s.UpdatedAt) {
		// Only a draft changes (its request, its face verification)
		// without an event.
		return r, &RecordError{Field: "updated_at", Reason: "is not the time of the last change"}
	}
	return r, nil
}

// syncable reports whether Sync can record ev: every event but those of
// the merchant's own SMS attempts.
func syncable(ev Event) bool {
	return ev != EventResendSMS && ev != EventWrongSMSCode && ev != EventFailSMS
}

// checkCounters compares the version, attempt and submission time with
// the history.
func (s *Snapshot) checkCounters(r *replay) error {
	if s.Version < r.minimum {
		return &RecordError{Field: "version", Reason: fmt.Sprintf("is %d but the history needs at least %d changes", s.Version, r.minimum)}
	}
	if s.Attempt != r.attempts {
		return &RecordError{Field: "attempt", Reason: fmt.Sprintf("is %d but the history has %d submissions", s.Attempt, r.attempts)}
	}
	var submitted time.Time
	if r.submit >= 0 {
		submitted = s.History[r.submit].At
	}
	if !s.SubmittedAt.Equal(submitted) {
		return &RecordError{Field: "submitted_at", Reason: "is not the time of the latest submission"}
	}
	return nil
}

// checkSMS compares the SMS state with the latest submission's history:
// none before the platform's approval; after it, sent between the entry
// before the approval and the approval, resent and verified when the
// history says, the wrong codes counted there, and every attempt of the
// merchant's within the window, every time-out after it.
func (s *Snapshot) checkSMS(r *replay) error {
	sms := s.SMS
	if r.approve < 0 {
		if sms != (SMSState{}) {
			return &RecordError{Field: "sms", Reason: "set without the platform's approval of the latest submission"}
		}
		return nil
	}
	approved := s.History[r.approve].At
	earliest := s.History[r.approve-1].At // the submission, or a later entry
	switch {
	case sms.SentAt.IsZero():
		return &RecordError{Field: "sms.sent_at", Reason: "zero after the platform's approval"}
	case sms.SentAt.Before(earliest) || sms.SentAt.After(approved):
		return &RecordError{Field: "sms.sent_at", Reason: "not between the platform's approval and the entry before it"}
	case !sms.ResentAt.Equal(r.resent):
		return &RecordError{Field: "sms.resent_at", Reason: "is not the time of the resend in the history"}
	case !sms.VerifiedAt.Equal(r.verified):
		return &RecordError{Field: "sms.verified_at", Reason: "is not the time of the verification in the history"}
	case sms.WrongCodes != r.wrongCodes:
		return &RecordError{Field: "sms.wrong_codes", Reason: fmt.Sprintf("is %d but the history has %d", sms.WrongCodes, r.wrongCodes)}
	}
	due := smsDeadline(sms.SentAt)
	for i := r.approve + 1; i < len(s.History); i++ {
		t := &s.History[i]
		if t.Synced {
			continue // WeChat's word: its own window is not ours to check
		}
		late := t.At.After(due)
		switch t.Event {
		case EventResendSMS, EventWrongSMSCode, EventFailSMS, EventVerifySMS:
			if late {
				return &RecordError{Field: "history[" + strconv.Itoa(i) + "]", Reason: fmt.Sprintf("%s after the sms window closed", t.Event)}
			}
		case EventExpireSMS:
			if !late {
				return &RecordError{Field: "history[" + strconv.Itoa(i) + "]", Reason: "expire_sms within the sms window"}
			}
		}
		if t.Event == EventResendSMS {
			due = smsDeadline(t.At)
		}
	}
	return nil
}

// checkFace checks the face verification: set only once verified, created
// no later than verified, verified within the record's life (and before
// the latest submission outside a draft), and, when the latest submission
// was the merchant's and used this verification, valid then and for the
// task named in the request.
func (s *Snapshot) checkFace(r *replay) error {
	f := s.Face
	if f.VerifiedAt.IsZero() {
		if f != (FaceVerification{}) {
			return &RecordError{Field: "face", Reason: "a task or creation time without a verification"}
		}
	} else {
		switch {
		case f.CreatedAt.After(f.VerifiedAt):
			return &RecordError{Field: "face.created_at", Reason: "later than the verification"}
		case f.VerifiedAt.Before(s.CreatedAt):
			return &RecordError{Field: "face.verified_at", Reason: "earlier than the record's creation"}
		case s.Stage != StageDraft && f.VerifiedAt.After(s.SubmittedAt):
			return &RecordError{Field: "face.verified_at", Reason: "later than the latest submission"}
		}
	}
	if r.submit < 0 || s.History[r.submit].Synced {
		return nil
	}
	submitted := s.History[r.submit].At
	if !f.VerifiedAt.IsZero() && f.VerifiedAt.After(submitted) {
		return nil // verified again in a draft since
	}
	if f.VerifiedAt.IsZero() || submitted.After(f.validUntil(s.Identity.Combined)) {
		return &RecordError{Field: "face", Reason: "the latest submission had no valid face verification"}
	}
	if task := s.Request.ICPApplets.PrincipalInfo.VerifyTaskID; s.Stage != StageDraft && f.TaskID != "" && task != f.TaskID {
		return &RecordError{Field: "face.task_id", Reason: "is not the task the request names"}
	}
	return nil
}

// checkOutcome checks the rejection reasons and the filing number against
// the history's latest submission and stage.
func (s *Snapshot) checkOutcome(r *replay) error {
	switch {
	case r.reject < 0 && len(s.Rejections) > 0:
		return &RecordError{Field: "rejections", Reason: "set without a rejection of the latest submission"}
	case r.reject >= 0 && !s.History[r.reject].Synced && !hasReason(s.Rejections):
		return &RecordError{Field: "rejections", Reason: "a rejection recorded by a command has no reason"}
	}
	if s.Stage == StageFiled || s.Stage == StageDeregistered {
		if s.FilingNumber != strings.TrimSpace(s.FilingNumber) {
			return &RecordError{Field: "filing_number", Reason: "has spaces around it"}
		}
		if err := checkFilingNumber(s.FilingNumber); err != nil {
			return &RecordError{Field: "filing_number", Reason: "a filed record needs the mini program's filing number", Err: err}
		}
	} else if s.FilingNumber != "" {
		return &RecordError{Field: "filing_number", Reason: "set before the bureau's approval"}
	}
	return nil
}

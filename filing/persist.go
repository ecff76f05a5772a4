package filing

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/document"
)

// MarshalJSON writes the Application's Snapshot: request, stage, history
// and everything else, complete and unmasked.
func (a *Application) MarshalJSON() ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return json.Marshal(&a.s)
}

// UnmarshalJSON restores an Application from its JSON form. It refuses,
// with an error matching ErrInvalidRecord (detail *RecordError) and
// without changing a:
//
//   - an identity that is not valid (see Identity);
//   - a negative version, or version 0 with a history;
//   - a stage that is empty or unknown;
//   - a history entry with an unknown stage or event, an event the
//     transition table does not allow between its stages, a zero time, a
//     time earlier than the previous entry's, or a From that is not the
//     previous entry's To (the first must start in StageDraft);
//   - a history that does not end in the stored stage (an empty history
//     must go with StageDraft);
//   - an attempt count other than the number of submissions in the
//     history, or an SMS wrong-code count outside 0–5;
//   - a zero created_at, or an updated_at or first history entry earlier
//     than it;
//   - a filed or deregistered record without a mini program's filing
//     number that parses, or a filing number in any other stage.
func (a *Application) UnmarshalJSON(data []byte) error {
	var s Snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return &RecordError{Field: "json", Reason: "cannot decode", Err: quiet(err)}
	}
	s.normalise()
	if err := s.check(); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.s = s
	a.loads++
	return nil
}

// quiet masks the outside text that encoding/json's errors may quote, so
// that a phone or ID number stored in the wrong member is not echoed:
// time.ParseError quotes the text it could not parse, and
// json.UnmarshalTypeError the digits of a number that does not fit.
func quiet(err error) error {
	var pe *time.ParseError
	if errors.As(err, &pe) {
		pe.Value = document.Mask(pe.Value)
		pe.ValueElem = document.Mask(pe.ValueElem)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && strings.HasPrefix(te.Value, "number ") {
		te.Value = "number"
	}
	return err
}

// check verifies that s is a consistent record.
func (s *Snapshot) check() error {
	if err := s.Identity.check(); err != nil {
		return &RecordError{Field: "identity", Reason: "not a valid identity", Err: err}
	}
	if s.Version < 0 || s.Version == 0 && len(s.History) > 0 {
		return &RecordError{Field: "version", Reason: "too small for the recorded history"}
	}
	if !s.Stage.IsValid() {
		return &RecordError{Field: "stage", Reason: "not a valid stage: " + strconv.Quote(s.Stage.String())}
	}
	stage := StageDraft
	submits := 0
	for i, t := range s.History {
		field := "history[" + strconv.Itoa(i) + "]"
		switch {
		case !t.From.IsValid() || !t.To.IsValid():
			return &RecordError{Field: field, Reason: "unknown stage"}
		case !t.Event.IsValid():
			return &RecordError{Field: field, Reason: "unknown event"}
		case t.From != stage:
			return &RecordError{Field: field, Reason: fmt.Sprintf("starts in %s but the filing was in %s", t.From, stage)}
		case t.At.IsZero():
			return &RecordError{Field: field, Reason: "zero time"}
		case i > 0 && t.At.Before(s.History[i-1].At):
			return &RecordError{Field: field, Reason: "earlier than the entry before it"}
		}
		if to, ok := target(t.From, t.Event); !ok || to != t.To {
			return &RecordError{Field: field, Reason: fmt.Sprintf("%s does not lead from %s to %s", t.Event, t.From, t.To),
				Err: &TransitionError{From: t.From, Event: t.Event}}
		}
		if t.Event == EventSubmit {
			submits++
		}
		stage = t.To
	}
	if stage != s.Stage {
		return &RecordError{Field: "history", Reason: fmt.Sprintf("leads to %s, not to the stored stage %s", stage, s.Stage)}
	}
	if s.Attempt != submits {
		return &RecordError{Field: "attempt", Reason: fmt.Sprintf("is %d but the history has %d submissions", s.Attempt, submits)}
	}
	if s.SMS.WrongCodes < 0 || s.SMS.WrongCodes > maxWrongSMSCodes {
		return &RecordError{Field: "sms.wrong_codes", Reason: "out of range"}
	}
	if n := len(s.History); n > 0 && s.UpdatedAt.Before(s.History[n-1].At) {
		return &RecordError{Field: "updated_at", Reason: "earlier than the last history entry"}
	}
	switch {
	case s.CreatedAt.IsZero():
		return &RecordError{Field: "created_at", Reason: "zero time"}
	case s.UpdatedAt.Before(s.CreatedAt):
		return &RecordError{Field: "updated_at", Reason: "earlier than created_at"}
	case len(s.History) > 0 && s.History[0].At.Before(s.CreatedAt):
		return &RecordError{Field: "history[0]", Reason: "earlier than created_at"}
	}
	if s.Stage == StageFiled || s.Stage == StageDeregistered {
		if err := checkFilingNumber(s.FilingNumber); err != nil {
			return &RecordError{Field: "filing_number", Reason: "a filed record needs the mini program's filing number", Err: err}
		}
	} else if s.FilingNumber != "" {
		return &RecordError{Field: "filing_number", Reason: "set before the bureau's approval"}
	}
	return nil
}

// Format implements fmt.Formatter: the record's data as its Snapshot would
// print, with ID numbers, phone numbers and e-mail addresses masked.
func (a *Application) Format(f fmt.State, verb rune) {
	s := a.Snapshot()
	formatPlain(f, verb, "Application", plainApplication(s))
}

// String returns the %v form, with personal data masked.
func (a *Application) String() string { return fmt.Sprint(a) }

// GoString returns the %#v form, with personal data masked.
func (a *Application) GoString() string { return fmt.Sprintf("%#v", a) }

// LogValue implements slog.LogValuer: the id, appid, version, stage,
// attempt, filing number, the latest history entry and the request, with
// personal data masked.
func (a *Application) LogValue() slog.Value {
	s := a.Snapshot()
	attrs := []slog.Attr{
		slog.String("id", s.Identity.ID),
		slog.String("appid", s.Identity.AppID),
		slog.Int64("version", s.Version),
		slog.String("stage", s.Stage.String()),
		slog.Int("attempt", s.Attempt),
		slog.String("filing_number", s.FilingNumber),
		slog.Time("updated_at", s.UpdatedAt),
		slog.Int("history", len(s.History)),
	}
	if n := len(s.History); n > 0 {
		last := s.History[n-1]
		attrs = append(attrs, slog.Group("last",
			slog.String("event", last.Event.String()),
			slog.String("from", last.From.String()),
			slog.String("to", last.To.String()),
			slog.Time("at", last.At),
		))
	}
	attrs = append(attrs, slog.Any("request", s.Request))
	return slog.GroupValue(attrs...)
}

// plainApplication is the printed form of an Application: its Snapshot's
// fields under the Application's name.
type plainApplication Snapshot

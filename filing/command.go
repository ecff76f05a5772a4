package filing

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/beian-go/beian/workday"
)

// Submit sends the draft for review. It runs exactly Request.Check, with
// o.On the day of now and the Application left out of o.Others, and is
// refused with every problem found (Problems, warnings included) when one
// is blocking; warnings alone never refuse. It is refused with
// ErrFaceVerification unless the principal's face verification succeeded
// for the task the request names and is still valid (3 days, 1 day when
// Identity.Combined). The check runs on a copy, without the record's
// mutex; if the record changes meanwhile, Submit checks again, and after
// three checks gives up with ErrConcurrentChange.
func (a *Application) Submit(now time.Time, o CheckOptions) ([]Change, error) {
	return a.submit(now, o, nil)
}

// maxCheckRuns bounds how often Submit checks a request that keeps being
// replaced while it is checked.
const maxCheckRuns = 3

// submit is Submit with the check as a parameter, so tests can change the
// record while it runs; nil means Request.Check, called directly so that
// the copy of the request stays on the stack.
func (a *Application) submit(now time.Time, o CheckOptions, check func(*Request, CheckOptions) Problems) ([]Change, error) {
	now = normTime(now)
	o.On = workday.DateOf(now)
	o.Others = without(o.Others, a)
	var in input
	for range maxCheckRuns {
		a.mu.Lock()
		err := a.s.admit(EventSubmit, now, &in)
		req, version, loads := a.s.Request, a.s.Version, a.loads // see Application.s
		a.mu.Unlock()
		if err != nil {
			return nil, err
		}
		var ps Problems
		if check == nil {
			ps = req.Check(o)
		} else {
			r := req
			ps = check(&r, o)
		}
		a.mu.Lock()
		if a.s.Version != version || a.loads != loads {
			a.mu.Unlock()
			continue
		}
		var changes []Change
		if ps.Blocking() {
			err = ps
		} else {
			changes, err = a.s.commit(EventSubmit, now, &in)
		}
		a.mu.Unlock()
		return changes, err
	}
	return nil, fmt.Errorf("%w: the record changed during each of %d checks", ErrConcurrentChange, maxCheckRuns)
}

// without returns apps without a, sharing apps when a is not in it.
func without(apps []*Application, a *Application) []*Application {
	i := slices.Index(apps, a)
	if i < 0 {
		return apps
	}
	out := make([]*Application, 0, len(apps)-1)
	for _, x := range apps {
		if x != a {
			out = append(out, x)
		}
	}
	return out
}

// ApprovePlatform records that WeChat's review passed and MIIT sent the
// SMS at smsSentAt (zero: now, which makes the deadline late by as long as
// the SMS went unnoticed), between the last change and now (*TimeError
// otherwise). A repeat with a zero or the same smsSentAt is
// ErrAlreadyDone.
func (a *Application) ApprovePlatform(now, smsSentAt time.Time) ([]Change, error) {
	return a.do(EventApprovePlatform, now, input{smsSentAt: smsSentAt})
}

// RejectPlatform records WeChat's rejection with its reasons (at least one
// not blank, else ErrNoReasons), returning the filing to draft. A repeat
// with equal reasons is ErrAlreadyDone.
func (a *Application) RejectPlatform(now time.Time, reasons []Rejection) ([]Change, error) {
	return a.do(EventRejectPlatform, now, input{reasons: reasons})
}

// Withdraw withdraws the filing in the platform review (later, WeChat
// refuses with 86330), returning it to draft; note becomes the history
// entry's reason.
func (a *Application) Withdraw(now time.Time, note string) ([]Change, error) {
	return a.do(EventWithdraw, now, input{note: note})
}

// ResendSMS records that the SMS was sent again at now, which starts its
// 24 hours again: once per check (ErrSMSResendUsed), within its window
// (ErrSMSWindowClosed).
func (a *Application) ResendSMS(now time.Time) ([]Change, error) {
	return a.do(EventResendSMS, now, input{})
}

// WrongSMSCode records a wrong entry in the SMS check (code, phone or ID
// number): five are recorded (EventWrongSMSCode), the sixth fails the
// check and returns the filing to draft (EventFailSMS); ErrSMSWindowClosed
// after the window. Only a repeat at the same now is ErrAlreadyDone.
func (a *Application) WrongSMSCode(now time.Time) ([]Change, error) {
	now = normTime(now)
	a.mu.Lock()
	defer a.mu.Unlock()
	ev := EventWrongSMSCode
	if a.s.SMS.WrongCodes >= maxWrongSMSCodes {
		ev = EventFailSMS
	}
	var in input
	if err := a.s.admit(ev, now, &in); err != nil {
		return nil, err
	}
	return a.s.commit(ev, now, &in)
}

// VerifySMS records that the SMS check passed, moving the filing to the
// bureau: ErrSMSWindowClosed after 24 hours, ErrSMSWrongCodes after five
// wrong codes (the sixth attempt fails).
func (a *Application) VerifySMS(now time.Time) ([]Change, error) {
	return a.do(EventVerifySMS, now, input{})
}

// ExpireSMS returns the filing to draft after 24 hours without the SMS
// check (ErrSMSWindowOpen before).
func (a *Application) ExpireSMS(now time.Time) ([]Change, error) {
	return a.do(EventExpireSMS, now, input{})
}

// ApproveBureau records the bureau's approval with the mini program's
// filing number (ending in X; ErrFilingNumber otherwise), spaces around it
// dropped. A repeat with the same number is ErrAlreadyDone.
func (a *Application) ApproveBureau(now time.Time, number string) ([]Change, error) {
	return a.do(EventApproveBureau, now, input{number: strings.TrimSpace(number)})
}

// RejectBureau records the bureau's rejection as RejectPlatform records
// WeChat's.
func (a *Application) RejectBureau(now time.Time, reasons []Rejection) ([]Change, error) {
	return a.do(EventRejectBureau, now, input{reasons: reasons})
}

// Deregister records that the filed mini program was deregistered (注销),
// for good; note becomes the history entry's reason.
func (a *Application) Deregister(now time.Time, note string) ([]Change, error) {
	return a.do(EventDeregister, now, input{note: note})
}

// input is the data an event carries. Fields an event does not use are
// ignored.
type input struct {
	smsSentAt time.Time   // EventApprovePlatform; zero means the event's time
	number    string      // EventApproveBureau, without spaces around it
	reasons   []Rejection // EventRejectPlatform, EventRejectBureau
	note      string      // the history reason of an event without one of its own
	summary   string      // the reasons in one line, the history reason of a rejection
}

// prepare readies the data of an event before the record's mutex is
// taken, so that no work that grows with the caller's data is done under
// it: the text made valid UTF-8, as JSON would write it (U+FFFD for each
// invalid byte), so that a record never holds text its JSON would change;
// the reasons copied, for the record to keep as they are; and their
// summary.
func (in *input) prepare() {
	in.note = validText(in.note)
	if len(in.reasons) == 0 {
		in.reasons = nil
		return
	}
	rs := make([]Rejection, len(in.reasons))
	for i, r := range in.reasons {
		rs[i] = r.valid()
	}
	in.reasons = rs
	in.summary = summarise(rs)
}

// validText returns s with invalid UTF-8 replaced by U+FFFD.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func (r Rejection) valid() Rejection {
	return Rejection{Field: validText(r.Field), Reason: validText(r.Reason), Suggestion: validText(r.Suggestion)}
}

// command is one event being decided: what the guards look at.
type command struct {
	snap   *Snapshot // read only
	event  Event
	now    time.Time
	in     input
	synced bool // reported by WeChat: checks of our own preconditions are skipped
}

// do runs one command under the record's mutex.
func (a *Application) do(ev Event, now time.Time, in input) ([]Change, error) {
	now = normTime(now)
	in.prepare()
	var changes []Change
	a.mu.Lock()
	err := a.s.admit(ev, now, &in)
	if err == nil {
		changes, err = a.s.commit(ev, now, &in)
	}
	a.mu.Unlock()
	return changes, err
}

// admit runs the cheap refusals of a command, in the order the caller
// sees them: a zero time or one a record cannot hold, a repeat of the last
// command, a time before the last change, an event the stage does not
// allow, a record at its last version.
func (s *Snapshot) admit(ev Event, now time.Time, in *input) error {
	if err := checkNow("now", now); err != nil {
		return err
	}
	if err := s.alreadyDone(ev, now, in); err != nil {
		return err
	}
	if err := s.checkTime("now", now); err != nil {
		return err
	}
	if _, ok := target(s.Stage, ev); !ok {
		return &TransitionError{From: s.Stage, Event: ev}
	}
	return s.checkFull()
}

// commit decides ev and, if accepted, records it as one change of
// version.
func (s *Snapshot) commit(ev Event, now time.Time, in *input) ([]Change, error) {
	c, err := s.fire(ev, now, in, false)
	if err != nil {
		return nil, err
	}
	s.Version++
	return []Change{c}, nil
}

// alreadyDone returns an error matching ErrAlreadyDone when ev with in
// repeats the latest recorded event: the same event (a wrong SMS code and
// the one that failed the check count as one) with the same data. The
// data compared: the SMS send time of an approval by the platform (a zero
// one matches any), the reasons of a rejection, the bureau's number, and
// for a wrong SMS code, which may rightly repeat, the time. Notes are not
// compared; other events carry no data.
func (s *Snapshot) alreadyDone(ev Event, now time.Time, in *input) error {
	n := len(s.History)
	if n == 0 {
		return nil
	}
	last := &s.History[n-1]
	if family(last.Event) != family(ev) {
		return nil
	}
	var same bool
	switch ev {
	case EventApprovePlatform:
		sent := normTime(in.smsSentAt)
		same = sent.IsZero() || sent.Equal(s.SMS.SentAt)
	case EventRejectPlatform, EventRejectBureau:
		same = slices.Equal(in.reasons, s.Rejections)
	case EventApproveBureau:
		same = in.number == s.FilingNumber
	case EventWrongSMSCode, EventFailSMS:
		same = now.Equal(last.At)
	default:
		same = true
	}
	if !same {
		return nil
	}
	return fmt.Errorf("%w: %s was recorded at %s", ErrAlreadyDone, last.Event, last.At.Format(time.RFC3339))
}

// family maps an event to the command that records it.
func family(ev Event) Event {
	if ev == EventFailSMS {
		return EventWrongSMSCode
	}
	return ev
}

// fire decides and, if accepted, records ev. Nothing changes on refusal.
// The caller has checked now (admit, Sync).
func (s *Snapshot) fire(ev Event, now time.Time, in *input, synced bool) (Change, error) {
	c := command{snap: s, event: ev, now: now, in: *in, synced: synced}
	to, err := runMachine(&c)
	if err != nil {
		return Change{}, err
	}
	t := s.record(&c, to)
	todo, due := s.todo(now)
	return Change{Transition: t, Todo: todo, Due: due}, nil
}

// record applies the effects of an accepted command and returns the
// history entry it added.
func (s *Snapshot) record(c *command, to Stage) Transition {
	reason := c.in.note
	switch c.event {
	case EventSubmit:
		s.Attempt++
		s.SubmittedAt = c.now
		s.Rejections = nil
		s.SMS = SMSState{}
	case EventApprovePlatform:
		sent := normTime(c.in.smsSentAt)
		if sent.IsZero() {
			sent = c.now
		}
		s.SMS = SMSState{SentAt: sent}
	case EventRejectPlatform, EventRejectBureau:
		s.Rejections = c.in.reasons // prepare's copy
		if c.in.summary != "" {
			reason = c.in.summary
		}
	case EventResendSMS:
		s.SMS.ResentAt = c.now
	case EventWrongSMSCode:
		s.SMS.WrongCodes++
	case EventFailSMS:
		s.SMS.WrongCodes++
		if reason == "" {
			reason = "sixth sms attempt after five wrong codes"
		}
	case EventVerifySMS:
		s.SMS.VerifiedAt = c.now
	case EventExpireSMS:
		if reason == "" {
			reason = "sms not verified within 24 hours"
		}
	case EventApproveBureau:
		s.FilingNumber = c.in.number
	}
	t := Transition{From: s.Stage, To: to, Event: c.event, At: c.now, Reason: reason, Synced: c.synced}
	if s.History == nil {
		// Room for a filing without setbacks (submit, approve, verify,
		// approve at the bureau, and one more), so that the history does
		// not move as it grows.
		s.History = make([]Transition, 0, 5)
	}
	s.History = append(s.History, t)
	s.Stage = to
	s.UpdatedAt = c.now
	return t
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

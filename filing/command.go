package filing

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/beian-go/beian/workday"
)

// Submit sends the draft for review (EventSubmit). It runs exactly
// Request.Check over the request, with o.On set to the day of now (in
// China Standard Time) and the Application itself left out of o.Others,
// and is refused when the result is Blocking: the error is then every
// problem found, warnings included, as Problems. Warnings alone never
// refuse a submission; call Request.Check beforehand to show them. It is
// also refused with ErrFaceVerification unless the mini-program
// principal's face verification succeeded, for the task named in the
// request, and is still valid at now (3 days, or 1 day when
// Identity.Combined; see FaceVerification.ValidUntil).
//
// The check runs on a copy of the request without holding the record's
// mutex, so getters and other records' checks are not kept waiting. When
// the record changes while it runs (a concurrent SetRequest), Submit checks
// again, up to three times in all, and then gives up with
// ErrConcurrentChange.
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
// verification SMS at smsSentAt, which starts the SMS's 24 hours. A zero
// smsSentAt means now: the deadline is then late by as long as the SMS
// went unnoticed. smsSentAt after now, or before the last recorded change,
// is refused with ErrInvalidTime. A repeat is ErrAlreadyDone when its
// smsSentAt is zero or the one recorded.
func (a *Application) ApprovePlatform(now, smsSentAt time.Time) ([]Change, error) {
	return a.do(EventApprovePlatform, now, input{smsSentAt: smsSentAt})
}

// RejectPlatform records WeChat's rejection with its reasons (at least
// one with a field or reason that is not blank, else ErrNoReasons),
// returning the filing to draft. A repeat is ErrAlreadyDone when its
// reasons equal the recorded ones.
func (a *Application) RejectPlatform(now time.Time, reasons []Rejection) ([]Change, error) {
	return a.do(EventRejectPlatform, now, input{reasons: reasons})
}

// Withdraw withdraws the filing during the platform review, returning it
// to draft; later it cannot be withdrawn (WeChat error 86330). note is
// kept as the history entry's reason and is not compared for a repeat.
func (a *Application) Withdraw(now time.Time, note string) ([]Change, error) {
	return a.do(EventWithdraw, now, input{note: note})
}

// ResendSMS records that the SMS, which did not arrive, was sent again at
// now: the 24 hours start again. Allowed once per check
// (ErrSMSResendUsed), within its window (ErrSMSWindowClosed).
func (a *Application) ResendSMS(now time.Time) ([]Change, error) {
	return a.do(EventResendSMS, now, input{})
}

// WrongSMSCode records a wrong SMS code: the first four are recorded in
// the SMS stage (EventWrongSMSCode), the fifth fails the check and returns
// the filing to draft (EventFailSMS); refused with ErrSMSWindowClosed after
// the window. As every wrong code counts, only a repeat with the same now
// as the last recorded one is taken for a retry (ErrAlreadyDone).
func (a *Application) WrongSMSCode(now time.Time) ([]Change, error) {
	now = normTime(now)
	a.mu.Lock()
	defer a.mu.Unlock()
	ev := EventWrongSMSCode
	if a.s.SMS.WrongCodes+1 >= maxWrongSMSCodes {
		ev = EventFailSMS
	}
	var in input
	if err := a.s.admit(ev, now, &in); err != nil {
		return nil, err
	}
	return a.s.commit(ev, now, &in)
}

// VerifySMS records that the SMS check passed, moving the filing to the
// bureau's review; refused with ErrSMSWindowClosed after 24 hours.
func (a *Application) VerifySMS(now time.Time) ([]Change, error) {
	return a.do(EventVerifySMS, now, input{})
}

// ExpireSMS returns the filing to draft because the SMS check was not done
// within 24 hours; refused with ErrSMSWindowOpen before that.
func (a *Application) ExpireSMS(now time.Time) ([]Change, error) {
	return a.do(EventExpireSMS, now, input{})
}

// ApproveBureau records the bureau's approval with the issued filing
// number, which must be a mini program's (ending in X; ErrFilingNumber
// otherwise). Spaces around it are dropped. A repeat is ErrAlreadyDone
// when its number is the recorded one.
func (a *Application) ApproveBureau(now time.Time, number string) ([]Change, error) {
	return a.do(EventApproveBureau, now, input{number: number})
}

// RejectBureau records the bureau's rejection with its reasons (at least
// one, else ErrNoReasons), returning the filing to draft. A repeat is
// ErrAlreadyDone when its reasons equal the recorded ones.
func (a *Application) RejectBureau(now time.Time, reasons []Rejection) ([]Change, error) {
	return a.do(EventRejectBureau, now, input{reasons: reasons})
}

// Deregister records that the filed mini program was deregistered (注销).
// This is final: no event leaves StageDeregistered. note is kept as the
// history entry's reason and is not compared for a repeat.
func (a *Application) Deregister(now time.Time, note string) ([]Change, error) {
	return a.do(EventDeregister, now, input{note: note})
}

// input is the data an event carries. Fields an event does not use are
// ignored.
type input struct {
	smsSentAt time.Time   // EventApprovePlatform; zero means the event's time
	number    string      // EventApproveBureau
	reasons   []Rejection // EventRejectPlatform, EventRejectBureau
	note      string      // the history reason of an event without one of its own
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
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.s.admit(ev, now, &in); err != nil {
		return nil, err
	}
	return a.s.commit(ev, now, &in)
}

// admit runs the cheap refusals of a command, in the order the caller
// sees them: a zero time, a repeat of the last command, a time before the
// last change, an event the stage does not allow.
func (s *Snapshot) admit(ev Event, now time.Time, in *input) error {
	if now.IsZero() {
		return fmt.Errorf("%w: zero time", ErrInvalidTime)
	}
	if err := s.alreadyDone(ev, now, in); err != nil {
		return err
	}
	if err := s.checkTime(now); err != nil {
		return err
	}
	if _, ok := target(s.Stage, ev); !ok {
		return &TransitionError{From: s.Stage, Event: ev}
	}
	return nil
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
		same = strings.TrimSpace(in.number) == s.FilingNumber
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
func (s *Snapshot) fire(ev Event, now time.Time, in *input, synced bool) (Change, error) {
	if err := s.checkTime(now); err != nil {
		return Change{}, err
	}
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
		s.Rejections = append([]Rejection(nil), c.in.reasons...)
		if r := summarise(c.in.reasons); r != "" {
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
		s.FilingNumber = strings.TrimSpace(c.in.number)
	}
	t := Transition{From: s.Stage, To: to, Event: c.event, At: c.now, Reason: reason}
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

package filing

import (
	"encoding/json"
	"errors"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seqInput is the data a generated command carries.
type seqInput struct {
	reasons []Rejection
	number  string
	note    string
}

// runCommand runs the named command of ev with in at now.
func runCommand(a *Application, ev Event, now time.Time, in seqInput) ([]Change, error) {
	switch ev {
	case EventSubmit:
		return a.Submit(now, CheckOptions{})
	case EventApprovePlatform:
		return a.ApprovePlatform(now, time.Time{})
	case EventRejectPlatform:
		return a.RejectPlatform(now, in.reasons)
	case EventWithdraw:
		return a.Withdraw(now, in.note)
	case EventResendSMS:
		return a.ResendSMS(now)
	case EventWrongSMSCode, EventFailSMS:
		return a.WrongSMSCode(now)
	case EventVerifySMS:
		return a.VerifySMS(now)
	case EventExpireSMS:
		return a.ExpireSMS(now)
	case EventApproveBureau:
		return a.ApproveBureau(now, in.number)
	case EventRejectBureau:
		return a.RejectBureau(now, in.reasons)
	case EventDeregister:
		return a.Deregister(now, in.note)
	}
	return nil, errors.New("no such command")
}

// runSequence interprets ops as commands on one application and checks the
// invariants after each: a refused command changes nothing and returns no
// changes; an accepted one agrees with the reference model, adds one to
// the version and returns exactly the history entries it added; the
// history is consistent with the stage, and the JSON round trip is exact.
func runSequence(t *testing.T, ops []byte) {
	a := newDraft(t)
	model := StageDraft
	clock := at(20 * time.Minute)
	polls := []Poll{
		{Status: StatusNotFiled}, {Status: StatusPlatformReview}, {Status: StatusPlatformRejected, AuditData: someReasons},
		{Status: StatusBureauReview, SMSVerifyStatus: SMSWaiting}, {Status: StatusBureauReview, SMSVerifyStatus: SMSVerified},
		{Status: StatusBureauRejected, SMSVerifyStatus: SMSTimedOut}, {Status: StatusBureauRejected},
		{Status: StatusFiled, FilingNumber: goodNumber}, {Status: StatusFiled},
	}
	for i := 0; i+1 < len(ops); i += 2 {
		op, arg := ops[i]%16, ops[i+1]
		// Time mostly moves on, sometimes stays, rarely goes back.
		now := clock.Add(time.Duration(arg%64) * 30 * time.Minute)
		if arg == 255 {
			now = clock.Add(-time.Minute)
		}
		in := seqInput{note: "n"}
		if arg&1 == 1 {
			in.reasons = someReasons
		}
		if arg&2 == 2 {
			in.number = goodNumber
		} else if arg&4 == 4 {
			in.number = "京ICP备12345678号-1A"
		}
		before := a.Snapshot()
		var (
			err     error
			changes []Change
			ev      = Event(op)
		)
		switch op {
		case 0:
			ev = EventUnknown
			err = a.SetRequest(before.Request, now)
		case 13:
			ev = EventUnknown
			err = a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", now, now)
		case 14:
			ev = EventUnknown
			changes, err = a.Sync(polls[int(arg)%len(polls)], now)
		case 15, byte(EventFailSMS):
			ev = EventWrongSMSCode
			if before.SMS.WrongCodes >= maxWrongSMSCodes {
				ev = EventFailSMS
			}
			changes, err = a.WrongSMSCode(now)
		default:
			changes, err = runCommand(a, ev, now, in)
		}
		after := a.Snapshot()
		added := after.History[len(before.History):]
		if err != nil {
			require.Equal(t, before, after, "op %d: refused (%v) but changed the record", i/2, err)
			require.Nil(t, changes, "op %d", i/2)
			var te *TransitionError
			if errors.As(err, &te) && ev != EventUnknown {
				_, ok := reference[model][ev]
				require.False(t, ok, "op %d: %s refused in %s though the model allows it", i/2, ev, model)
			}
			require.False(t, errors.Is(err, ErrAlreadyDone) && errors.Is(err, ErrTransitionNotAllowed), "op %d", i/2)
		} else {
			clock = now
			switch {
			case ev != EventUnknown:
				next, ok := reference[model][ev]
				require.True(t, ok, "op %d: %s accepted in %s, which the model forbids", i/2, ev, model)
				model = next
				require.Len(t, added, 1, "op %d", i/2)
			case op == 14:
				model = after.Stage
			}
			if len(changes) > 0 || op == 0 || op == 13 {
				require.Equal(t, before.Version+1, after.Version, "op %d: version", i/2)
			} else {
				require.Equal(t, before, after, "op %d: a poll without news changed the record", i/2)
			}
		}
		require.Len(t, changes, len(added), "op %d", i/2)
		for j, c := range changes {
			require.Equal(t, added[j], c.Transition, "op %d", i/2)
			require.NotEqual(t, TodoUnknown, c.Todo, "op %d", i/2)
		}
		require.Equal(t, model, after.Stage, "op %d", i/2)
		require.NoError(t, after.check(false), "op %d", i/2)
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back Application
		require.NoError(t, json.Unmarshal(b, &back), "op %d", i/2)
		require.Equal(t, after, back.Snapshot(), "op %d: JSON round trip differs", i/2)
		if n := len(before.History); n > 0 {
			assert.Equal(t, before.History, after.History[:n], "op %d: history rewritten", i/2)
		}
	}
}

func TestRandomEventSequences(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	for n := 0; n < 80; n++ {
		ops := make([]byte, 2*(5+rng.Intn(60)))
		rng.Read(ops)
		runSequence(t, ops)
	}
}

func FuzzEventSequences(f *testing.F) {
	f.Add([]byte{1, 2, 2, 2, 8, 2, 10, 2, 12, 2})       // happy path and deregistration
	f.Add([]byte{1, 2, 3, 3, 13, 0, 1, 2, 2, 2, 9, 60}) // rejection, resubmission, SMS time-out
	f.Add([]byte{1, 2, 2, 2, 15, 1, 15, 1, 15, 1, 15, 1, 15, 1, 5, 1})
	f.Add([]byte{14, 7, 14, 2, 14, 0, 12, 255})
	f.Add([]byte{1, 2, 1, 0, 2, 2, 2, 0, 10, 2, 10, 0}) // retries
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 400 {
			ops = ops[:400]
		}
		runSequence(t, ops)
	})
}

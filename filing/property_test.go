package filing

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand"
	"reflect"
	"testing"
	"time"
)

// runSequence interprets ops as commands on one application and checks the
// invariants after each: a refused command changes nothing, an accepted
// event agrees with the reference model, the history is consistent with the
// stage, and the JSON round trip is exact.
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
		in := Input{Note: "n"}
		if arg&1 == 1 {
			in.Reasons = someReasons
		}
		if arg&2 == 2 {
			in.FilingNumber = goodNumber
		} else if arg&4 == 4 {
			in.FilingNumber = "京ICP备12345678号-1A"
		}
		before := a.Snapshot()
		var (
			err error
			ev  = Event(op)
		)
		switch op {
		case 13:
			ev = EventUnknown
			err = a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", now, now)
		case 14:
			ev = EventUnknown
			_, err = a.Sync(polls[int(arg)%len(polls)], now)
		case 15:
			err = a.WrongSMSCode(now)
			ev = EventWrongSMSCode
			if before.SMS.WrongCodes+1 >= maxWrongSMSCodes {
				ev = EventFailSMS
			}
		default:
			err = a.Fire(context.Background(), ev, now, in)
		}
		after := a.Snapshot()
		if err != nil {
			if !reflect.DeepEqual(after, before) {
				t.Fatalf("op %d: refused (%v) but changed the record", i/2, err)
			}
			var te *TransitionError
			if errors.As(err, &te) && ev != EventUnknown {
				if _, ok := reference[model][ev]; ok {
					t.Fatalf("op %d: %s refused in %s though the model allows it", i/2, ev, model)
				}
			}
		} else {
			clock = now
			switch {
			case ev != EventUnknown:
				next, ok := reference[model][ev]
				if !ok {
					t.Fatalf("op %d: %s accepted in %s, which the model forbids", i/2, ev, model)
				}
				model = next
				if len(after.History) != len(before.History)+1 {
					t.Fatalf("op %d: history grew by %d", i/2, len(after.History)-len(before.History))
				}
			case op == 14:
				model = after.Stage
			}
		}
		if after.Stage != model {
			t.Fatalf("op %d: stage %s, model %s", i/2, after.Stage, model)
		}
		if err := after.check(); err != nil {
			t.Fatalf("op %d: %v", i/2, err)
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back Application
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("op %d: %v", i/2, err)
		}
		if !reflect.DeepEqual(back.Snapshot(), after) {
			t.Fatalf("op %d: JSON round trip differs", i/2)
		}
		for j := range before.History {
			if !reflect.DeepEqual(after.History[j], before.History[j]) {
				t.Fatalf("op %d: history entry %d rewritten", i/2, j)
			}
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
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 400 {
			ops = ops[:400]
		}
		runSequence(t, ops)
	})
}

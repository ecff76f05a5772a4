package filing

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/looplab/fsm"
)

// reference is the process written out by hand, independently of table:
// stage → event → next stage. The tests check the machine against it.
var reference = map[Stage]map[Event]Stage{
	StageDraft:          {EventSubmit: StagePlatformReview},
	StagePlatformReview: {EventApprovePlatform: StageSMSVerification, EventRejectPlatform: StageDraft, EventWithdraw: StageDraft},
	StageSMSVerification: {
		EventResendSMS: StageSMSVerification, EventWrongSMSCode: StageSMSVerification, EventFailSMS: StageDraft,
		EventVerifySMS: StageBureauReview, EventExpireSMS: StageDraft, EventRejectBureau: StageDraft,
	},
	StageBureauReview: {EventApproveBureau: StageFiled, EventRejectBureau: StageDraft},
	StageFiled:        {EventDeregister: StageDeregistered},
	StageDeregistered: {},
}

func TestTableMatchesReference(t *testing.T) {
	for _, s := range append([]Stage{StageUnknown, Stage(200)}, Stages()...) {
		for _, ev := range append([]Event{EventUnknown, Event(200)}, Events()...) {
			to, ok := target(s, ev)
			want, wantOK := reference[s][ev]
			if ok != wantOK || to != want {
				t.Errorf("%s × %s: table gives (%s, %v), reference (%s, %v)", s, ev, to, ok, want, wantOK)
			}
		}
	}
}

// TestEveryStageEventPair fires every event in every stage and checks the
// outcome against the reference. Events are applied as WeChat reports
// (guards of the merchant's preconditions skipped), so that the table alone
// decides.
func TestEveryStageEventPair(t *testing.T) {
	stages := append([]Stage{StageUnknown}, Stages()...)
	events := append([]Event{EventUnknown, Event(99)}, Events()...)
	for _, s := range stages {
		for _, ev := range events {
			t.Run(s.String()+"×"+ev.String(), func(t *testing.T) {
				a := inStageOf(t, s)
				before := a.Snapshot()
				now := at(100 * time.Hour)
				in := Input{FilingNumber: goodNumber, Reasons: someReasons}
				a.mu.Lock()
				err := a.s.fire(context.Background(), ev, now, in, true)
				a.mu.Unlock()
				want, allowed := reference[s][ev]
				if !allowed {
					var te *TransitionError
					if !errors.As(err, &te) || !errors.Is(err, ErrTransitionNotAllowed) || te.From != s || te.Event != ev {
						t.Fatalf("got %v, want a *TransitionError{%s, %s}", err, s, ev)
					}
					if got := a.Snapshot(); !reflect.DeepEqual(got, before) {
						t.Fatalf("refused event changed the record")
					}
					return
				}
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if a.Stage() != want {
					t.Fatalf("stage %s, want %s", a.Stage(), want)
				}
				h := a.History()
				last := h[len(h)-1]
				if len(h) != len(before.History)+1 || last.From != s || last.To != want || last.Event != ev || !last.At.Equal(now) {
					t.Fatalf("history entry %+v", last)
				}
			})
		}
	}
}

func TestAvailableEvents(t *testing.T) {
	for _, s := range append([]Stage{StageUnknown}, Stages()...) {
		var want []Event
		for _, ev := range Events() { // fixed order
			if _, ok := reference[s][ev]; ok {
				want = append(want, ev)
			}
		}
		if got := AvailableEvents(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", s, got, want)
		}
	}
	if got := inStageOf(t, StageFiled).AvailableEvents(); !reflect.DeepEqual(got, []Event{EventDeregister}) {
		t.Errorf("filed application: %v", got)
	}
}

func TestSpecsFollowTable(t *testing.T) {
	for _, s := range Stages() {
		spec := specs[s]
		var want []string
		for _, ev := range AvailableEvents(s) {
			if to, _ := target(s, ev); to != s {
				want = append(want, ev.String())
			}
		}
		var got []string
		for _, e := range spec.events {
			got = append(got, e.Name)
			if len(e.Src) != 1 || e.Src[0] != s.String() {
				t.Errorf("%s: %s has sources %v", s, e.Name, e.Src)
			}
			if e.Dst == s.String() {
				t.Errorf("%s: self-transition %s handed to looplab", s, e.Name)
			}
			if to, ok := target(s, mustEvent(e.Name)); !ok || to.String() != e.Dst {
				t.Errorf("%s: %s leads to %s, table says %s", s, e.Name, e.Dst, to)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: looplab events %v, want %v", s, got, want)
		}
	}
}

func TestCallbackKeysResolve(t *testing.T) {
	for _, s := range Stages() {
		spec := specs[s]
		names := map[string]bool{}
		for _, e := range spec.events {
			names[e.Name] = true
			// Every guard of an event handed to looplab is registered.
			if (guards[mustEvent(e.Name)] != nil) != (spec.callbacks["before_"+e.Name] != nil) {
				t.Errorf("%s: guard and callback of %s disagree", s, e.Name)
			}
		}
		for key := range spec.callbacks {
			ev, ok := strings.CutPrefix(key, "before_")
			if !ok || !names[ev] {
				t.Errorf("%s: callback key %s names no event of the machine", s, key)
			}
		}
	}
	// Stage and event ids are disjoint, so looplab's shorthand keys can
	// never be ambiguous.
	for _, s := range Stages() {
		if _, err := ParseEvent(s.String()); err == nil {
			t.Errorf("stage id %s is also an event id", s)
		}
	}
}

func mustEvent(id string) Event {
	ev, err := ParseEvent(id)
	if err != nil {
		panic(err)
	}
	return ev
}

func TestTranslate(t *testing.T) {
	guardErr := errors.New("guard says no")
	tests := []struct {
		name string
		in   error
		want func(error) bool
	}{
		{"nil", nil, func(err error) bool { return err == nil }},
		{"invalid event", fsm.InvalidEventError{Event: "submit", State: "filed"}, func(err error) bool {
			var te *TransitionError
			return errors.As(err, &te) && te.From == StageFiled && te.Event == EventSubmit && errors.Is(err, ErrTransitionNotAllowed)
		}},
		{"cancelled by a guard", fsm.CanceledError{Err: guardErr}, func(err error) bool { return err == guardErr }},
		{"cancelled without reason", fsm.CanceledError{}, func(err error) bool { return errors.Is(err, ErrInternal) }},
		{"no transition", fsm.NoTransitionError{}, func(err error) bool { return err == nil }},
		{"no transition with error", fsm.NoTransitionError{Err: guardErr}, func(err error) bool { return err == guardErr }},
		{"event unknown to the stage's machine", fsm.UnknownEventError{Event: "submit"}, func(err error) bool {
			return errors.Is(err, ErrTransitionNotAllowed)
		}},
		{"in transition", fsm.InTransitionError{Event: "x"}, func(err error) bool { return errors.Is(err, ErrInternal) }},
		{"internal", fsm.InternalError{}, func(err error) bool { return errors.Is(err, ErrInternal) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := translate(tc.in, StageFiled, EventSubmit); !tc.want(got) {
				t.Errorf("got %v", got)
			}
		})
	}
}

func TestGuardPanicIsRecovered(t *testing.T) {
	// A command without a record makes the submit guard dereference nil.
	c := &command{event: EventSubmit, now: t0}
	if err := runGuard(c); !errors.Is(err, ErrInternal) {
		t.Fatalf("got %v", err)
	}
	// Through looplab: the callback recovers, the machine is discarded.
	spec := specs[StageDraft]
	m := fsm.NewFSM(StageDraft.String(), spec.events, spec.callbacks)
	if err := translate(m.Event(context.Background(), "submit", c), StageDraft, EventSubmit); !errors.Is(err, ErrInternal) {
		t.Fatalf("got %v", err)
	}
	m = fsm.NewFSM(StageDraft.String(), spec.events, spec.callbacks)
	if err := translate(m.Event(context.Background(), "submit"), StageDraft, EventSubmit); !errors.Is(err, ErrInternal) {
		t.Fatalf("callback without command: got %v", err)
	}
}

func TestCancelledContext(t *testing.T) {
	a := newDraft(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := a.Snapshot()
	if err := a.Fire(ctx, EventSubmit, at(time.Hour), Input{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if !reflect.DeepEqual(a.Snapshot(), before) {
		t.Fatal("record changed")
	}
	if err := a.Fire(context.Background(), EventSubmit, at(time.Hour), Input{}); err != nil {
		t.Fatalf("after a cancelled command: %v", err)
	}
}

func TestNilContext(t *testing.T) {
	a := newDraft(t)
	var ctx context.Context // a caller's unset context
	if err := a.Fire(ctx, EventSubmit, at(time.Hour), Input{}); err != nil {
		t.Fatalf("nil context: %v", err)
	}
}

package filing

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/looplab/fsm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
			assert.Equal(t, wantOK, ok, "%s × %s", s, ev)
			assert.Equal(t, want, to, "%s × %s", s, ev)
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
				in := input{number: goodNumber, reasons: someReasons}
				a.mu.Lock()
				_, err := a.s.fire(ev, now, &in, true)
				a.mu.Unlock()
				want, allowed := reference[s][ev]
				if !allowed {
					var te *TransitionError
					require.ErrorAs(t, err, &te)
					assert.ErrorIs(t, err, ErrTransitionNotAllowed)
					assert.Equal(t, TransitionError{From: s, Event: ev}, *te)
					assert.Equal(t, before, a.Snapshot(), "refused event changed the record")
					return
				}
				require.NoError(t, err)
				assert.Equal(t, want, a.Stage())
				h := a.History()
				require.Len(t, h, len(before.History)+1)
				assert.Equal(t, Transition{From: s, To: want, Event: ev, At: now, Reason: h[len(h)-1].Reason}, h[len(h)-1])
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
		assert.Equal(t, want, AvailableEvents(s), s)
	}
	assert.Equal(t, []Event{EventDeregister}, inStageOf(t, StageFiled).AvailableEvents())
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
			assert.Equal(t, []string{s.String()}, e.Src, "%s: sources of %s", s, e.Name)
			assert.NotEqual(t, s.String(), e.Dst, "%s: self-transition %s handed to looplab", s, e.Name)
			to, ok := target(s, mustEvent(t, e.Name))
			assert.True(t, ok, "%s: %s", s, e.Name)
			assert.Equal(t, to.String(), e.Dst, "%s: %s", s, e.Name)
		}
		assert.Equal(t, want, got, "%s: looplab events", s)
	}
}

func TestCallbackKeysResolve(t *testing.T) {
	for _, s := range Stages() {
		spec := specs[s]
		names := map[string]bool{}
		for _, e := range spec.events {
			names[e.Name] = true
			// Every guard of an event handed to looplab is registered.
			assert.Equal(t, guards[mustEvent(t, e.Name)] != nil, spec.callbacks["before_"+e.Name] != nil,
				"%s: guard and callback of %s disagree", s, e.Name)
		}
		for key := range spec.callbacks {
			ev, ok := strings.CutPrefix(key, "before_")
			assert.True(t, ok && names[ev], "%s: callback key %s names no event of the machine", s, key)
		}
	}
	// Stage and event ids are disjoint, so looplab's shorthand keys can
	// never be ambiguous.
	for _, s := range Stages() {
		_, err := ParseEvent(s.String())
		assert.Error(t, err, "stage id %s is also an event id", s)
	}
}

func mustEvent(t *testing.T, id string) Event {
	t.Helper()
	ev, err := ParseEvent(id)
	require.NoError(t, err)
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
			got := translate(tc.in, StageFiled, EventSubmit)
			assert.True(t, tc.want(got), "got %v", got)
		})
	}
}

func TestGuardPanicIsRecovered(t *testing.T) {
	// A command without a record makes the submit guard dereference nil.
	c := &command{event: EventSubmit, now: t0}
	assert.ErrorIs(t, runGuard(c), ErrInternal)
	// Through looplab: the callback recovers, the machine is discarded.
	spec := specs[StageDraft]
	m := fsm.NewFSM(StageDraft.String(), spec.events, spec.callbacks)
	assert.ErrorIs(t, translate(m.Event(context.Background(), "submit", c), StageDraft, EventSubmit), ErrInternal)
	m = fsm.NewFSM(StageDraft.String(), spec.events, spec.callbacks)
	assert.ErrorIs(t, translate(m.Event(context.Background(), "submit"), StageDraft, EventSubmit), ErrInternal,
		"callback without command")
}

// TestMachinesAreReset: a pooled machine that moved on, or whose guard
// refused, serves the next command from its stage again.
func TestMachinesAreReset(t *testing.T) {
	a := inStageOf(t, StageBureauReview)
	for i := range 3 {
		b, err := Restore(a.Snapshot())
		require.NoError(t, err)
		_, err = b.ApproveBureau(at(time.Duration(10+i)*time.Hour), "") // refused by the guard
		require.ErrorIs(t, err, ErrFilingNumber)
		changes, err := b.ApproveBureau(at(time.Duration(10+i)*time.Hour), goodNumber)
		require.NoError(t, err)
		assert.Equal(t, StageFiled, changes[0].To)
	}
	m := takeMachine(StageBureauReview)
	assert.Equal(t, StageBureauReview.String(), m.fsm.Current())
	assert.Equal(t, command{}, m.cmd, "a pooled machine keeps a command")
	machines[StageBureauReview].Put(m)
}

package filing

import (
	"strings"
	"testing"
	"time"

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
	for _, s := range append([]Stage{StageUnknown, Stage(200)}, allStages()...) {
		for _, ev := range append([]Event{EventUnknown, Event(200)}, allEvents()...) {
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
	stages := append([]Stage{StageUnknown}, allStages()...)
	events := append([]Event{EventUnknown, Event(99)}, allEvents()...)
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
				assert.Equal(t, Transition{From: s, To: want, Event: ev, At: now, Reason: h[len(h)-1].Reason, Synced: true}, h[len(h)-1])
			})
		}
	}
}

// TestMachinesFollowTable: the machine of each stage allows exactly the
// table's events of that stage, and stays in its stage.
func TestMachinesFollowTable(t *testing.T) {
	machines := buildMachines()
	for _, s := range allStages() {
		m := machines[s]
		require.NotNil(t, m, s)
		assert.Equal(t, s.String(), m.Current())
		for _, ev := range append([]Event{EventUnknown}, allEvents()...) {
			_, ok := target(s, ev)
			assert.Equal(t, ok, m.Can(ev.String()), "%s × %s", s, ev)
			if ev != EventUnknown {
				assert.Equal(t, ok, fires[s][ev], "%s × %s", s, ev)
			}
		}
	}
	assert.Nil(t, machines[StageUnknown], "no machine for the unknown stage")
}

func TestGuardPanicIsRecovered(t *testing.T) {
	// A command without a record makes the submit guard dereference nil.
	c := &command{event: EventSubmit, now: t0}
	assert.ErrorIs(t, runGuard(c), ErrInternal)
}

// TestMachinesStayPut: commands and refusals change nothing shared by
// all records: what each stage's machine can fire is as it was built.
func TestMachinesStayPut(t *testing.T) {
	before := fires
	a := inStageOf(t, StageBureauReview)
	_, err := a.ApproveBureau(at(10*time.Hour), "") // refused by the guard
	require.ErrorIs(t, err, ErrFilingNumber)
	_, err = a.ApproveBureau(at(10*time.Hour), goodNumber)
	require.NoError(t, err)
	assert.Equal(t, before, fires)
	assert.Equal(t, firesOf(buildMachines()), fires)
}

// TestDiagramCoversTable: every row of the table is an arrow of the
// diagram, every stage a node, and nothing else.
func TestDiagramCoversTable(t *testing.T) {
	d := Diagram()
	arrows := 0
	for _, l := range strings.Split(strings.TrimSpace(d), "\n") {
		if strings.Contains(l, "-->") && !strings.Contains(l, "[*]") {
			arrows++
		}
	}
	want := 0
	for _, evs := range reference {
		want += len(evs)
	}
	assert.Equal(t, want, arrows)
	for _, s := range allStages() {
		assert.Contains(t, d, `" as `+s.String()+"\n")
	}
}

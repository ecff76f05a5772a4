package filing

import (
	"context"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/looplab/fsm"
	"github.com/stretchr/testify/require"
)

var (
	sinkErr     error
	sinkApp     *Application
	sinkStage   Stage
	sinkChanges []Change
)

// BenchmarkEvent measures one event that changes the stage (the bureau's
// approval): a pooled looplab machine, the guard, the recorded history
// entry and the returned change. "reset" puts back the whole record
// before each event, as earlier versions of this benchmark did, and makes
// the history grow by copying; "fields" puts back only the fields the
// event changes and leaves the history room for one more entry, so that
// neither copying the record nor growing its history is measured.
func BenchmarkEvent(b *testing.B) {
	a := inStageOf(b, StageBureauReview)
	base := a.Snapshot()
	base.History = base.History[:len(base.History):len(base.History)]
	now := at(10 * time.Hour)
	b.Run("reset", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			a.s = base
			sinkChanges, sinkErr = a.ApproveBureau(now, goodNumber)
		}
		require.NoError(b, sinkErr)
	})
	b.Run("fields", func(b *testing.B) {
		a.s = base
		// Room for the new entry, as a record's history usually has.
		base := base
		base.History = append(make([]Transition, 0, len(base.History)+1), base.History...)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			a.s.Stage, a.s.UpdatedAt, a.s.FilingNumber, a.s.History, a.s.Version =
				base.Stage, base.UpdatedAt, base.FilingNumber, base.History, base.Version
			sinkChanges, sinkErr = a.ApproveBureau(now, goodNumber)
		}
		require.NoError(b, sinkErr)
	})
}

// BenchmarkLooplabReused measures the same event on one looplab machine
// built once and reset with SetState before each event, with the guard as
// a before_ callback (looplab's way of guarding an event) and nothing
// recorded. It is the bound BenchmarkEvent is measured against.
func BenchmarkLooplabReused(b *testing.B) {
	a := inStageOf(b, StageBureauReview)
	snap := a.Snapshot()
	guard := func(_ context.Context, e *fsm.Event) {
		if err := runGuard(e.Args[0].(*command)); err != nil {
			e.Cancel(err)
		}
	}
	m := fsm.NewFSM(StageBureauReview.String(), looplabEvents(StageBureauReview),
		fsm.Callbacks{"before_" + EventApproveBureau.String(): guard})
	c := &command{snap: &snap, event: EventApproveBureau, now: at(10 * time.Hour), in: input{number: goodNumber}}
	ctx := context.Background()
	state, event := StageBureauReview.String(), EventApproveBureau.String()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.SetState(state)
		sinkErr = m.Event(ctx, event, c)
	}
	require.NoError(b, sinkErr)
	require.Equal(b, StageFiled.String(), m.Current())
}

// BenchmarkEventVsLooplab runs the two benchmarks above side by side, in
// alternating blocks, so that both see the same machine load: it reports
// the CPU time of one event of ours ("ours-ns/op", the "fields" variant)
// and on the reused looplab machine ("looplab-ns/op"), and their ratio.
func BenchmarkEventVsLooplab(b *testing.B) {
	a := inStageOf(b, StageBureauReview)
	base := a.Snapshot()
	base.History = append(make([]Transition, 0, len(base.History)+1), base.History...)
	now := at(10 * time.Hour)
	snap := a.Snapshot()
	guard := func(_ context.Context, e *fsm.Event) {
		if err := runGuard(e.Args[0].(*command)); err != nil {
			e.Cancel(err)
		}
	}
	m := fsm.NewFSM(StageBureauReview.String(), looplabEvents(StageBureauReview),
		fsm.Callbacks{"before_" + EventApproveBureau.String(): guard})
	c := &command{snap: &snap, event: EventApproveBureau, now: now, in: input{number: goodNumber}}
	ctx := context.Background()
	state, event := StageBureauReview.String(), EventApproveBureau.String()
	const block = 512
	var ours, theirs time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += block {
		n := min(block, b.N-done)
		start := cpuNow()
		for range n {
			// Only the stage and the history decide the next event.
			a.s.Stage, a.s.History = base.Stage, base.History
			sinkChanges, sinkErr = a.ApproveBureau(now, goodNumber)
		}
		mid := cpuNow()
		for range n {
			m.SetState(state)
			sinkErr = m.Event(ctx, event, c)
		}
		end := cpuNow()
		ours += mid - start
		theirs += end - mid
	}
	require.NoError(b, sinkErr)
	b.ReportMetric(float64(ours.Nanoseconds())/float64(b.N), "ours-ns/op")
	b.ReportMetric(float64(theirs.Nanoseconds())/float64(b.N), "looplab-ns/op")
	b.ReportMetric(float64(ours)/float64(theirs), "ours/looplab")
}

// looplabEvents returns the events of stage s's table rows that change
// the stage, as a looplab machine that fires them needs them.
func looplabEvents(s Stage) fsm.Events {
	var evs fsm.Events
	for _, ev := range availableEvents(s) {
		if to, _ := target(s, ev); to != s {
			evs = append(evs, fsm.EventDesc{Name: ev.String(), Src: []string{s.String()}, Dst: to.String()})
		}
	}
	return evs
}

// BenchmarkEventInStage measures an event that keeps the stage (no looplab
// machine is needed).
func BenchmarkEventInStage(b *testing.B) {
	a := inStageOf(b, StageSMSVerification)
	base := a.Snapshot()
	base.History = base.History[:len(base.History):len(base.History)]
	now := at(10 * time.Hour)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.s = base
		sinkChanges, sinkErr = a.ResendSMS(now)
	}
	require.NoError(b, sinkErr)
}

// BenchmarkRefused measures an event the table refuses.
func BenchmarkRefused(b *testing.B) {
	a := inStageOf(b, StageFiled)
	now := at(10 * time.Hour)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkChanges, sinkErr = a.VerifySMS(now)
	}
	require.Error(b, sinkErr)
}

// BenchmarkLifecycle measures a whole happy path: a new draft with its
// face verification, submission (with the request's check), platform
// approval, SMS verification and the bureau's approval.
func BenchmarkLifecycle(b *testing.B) {
	req := loadRequest(b, "enterprise.json")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a, err := NewApplication(testID, req, t0)
		if err == nil {
			err = a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(time.Minute))
		}
		if err == nil {
			_, err = a.Submit(at(time.Hour), CheckOptions{})
		}
		if err == nil {
			_, err = a.ApprovePlatform(at(2*time.Hour), at(2*time.Hour))
		}
		if err == nil {
			_, err = a.VerifySMS(at(3 * time.Hour))
		}
		if err == nil {
			sinkChanges, err = a.ApproveBureau(at(4*time.Hour), goodNumber)
		}
		require.NoError(b, err)
		sinkApp = a
	}
}

// BenchmarkSync measures applying a polled status that moves the record.
func BenchmarkSync(b *testing.B) {
	a := inStageOf(b, StageSMSVerification)
	base := a.Snapshot()
	base.History = base.History[:len(base.History):len(base.History)]
	p := Poll{Status: StatusBureauReview, SMSVerifyStatus: SMSVerified}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a.s = base
		sinkChanges, sinkErr = a.Sync(p, at(10*time.Hour))
	}
	require.NoError(b, sinkErr)
}

// BenchmarkRetainedHeap measures the heap kept per Application: 100,000
// records, each with its own copy of the enterprise request (every string
// allocated separately, as decoding would) and a six-entry history
// (submit, platform rejection, resubmission, platform approval, SMS
// verification, bureau approval). It reports bytes per application.
func BenchmarkRetainedHeap(b *testing.B) {
	const n = 100_000
	tmpl := newDraft(b)
	steps := []step{
		submit,
		func(a *Application, now time.Time) ([]Change, error) { return a.RejectPlatform(now, someReasons) },
		submit, approvePlatform, verifySMS, approveBureau,
	}
	for i, step := range steps {
		_, err := step(tmpl, at(time.Duration(i+1)*time.Hour))
		require.NoError(b, err)
	}
	snap := tmpl.Snapshot()
	require.Len(b, snap.History, 6)
	b.ReportAllocs()
	var perApp float64
	for i := 0; i < b.N; i++ {
		apps := make([]*Application, n)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for j := range apps {
			s := snap
			s.Request = snap.Request.Clone()
			ownStrings(reflect.ValueOf(&s.Request).Elem())
			s.History = append([]Transition(nil), snap.History...)
			s.Rejections = append([]Rejection(nil), snap.Rejections...)
			a := &Application{}
			a.s = s
			apps[j] = a
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		perApp = float64(after.HeapAlloc-before.HeapAlloc) / n
		runtime.KeepAlive(apps)
		sinkStage = apps[n-1].Stage()
	}
	b.ReportMetric(perApp, "B/app")
}

// ownStrings gives every string reachable from v its own allocation.
func ownStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() && v.Len() > 0 {
			v.SetString(strings.Clone(v.String()))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			ownStrings(v.Field(i))
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			ownStrings(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			ownStrings(v.Elem())
		}
	}
}

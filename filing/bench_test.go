package filing

import (
	"context"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

var (
	sinkErr   error
	sinkApp   *Application
	sinkStage Stage
)

// BenchmarkFire measures one event: a fresh looplab machine, the guard and
// the recorded history entry.
func BenchmarkFire(b *testing.B) {
	a := inStageOf(b, StageBureauReview)
	base := a.Snapshot()
	base.History = base.History[:len(base.History):len(base.History)]
	now := at(10 * time.Hour)
	in := Input{FilingNumber: goodNumber}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.s = base
		sinkErr = a.Fire(ctx, EventApproveBureau, now, in)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkFireInStage measures an event that keeps the stage (no looplab
// machine is needed).
func BenchmarkFireInStage(b *testing.B) {
	a := inStageOf(b, StageSMSVerification)
	base := a.Snapshot()
	base.History = base.History[:len(base.History):len(base.History)]
	now := at(10 * time.Hour)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.s = base
		sinkErr = a.ResendSMS(now)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkRefused measures an event the table refuses.
func BenchmarkRefused(b *testing.B) {
	a := inStageOf(b, StageFiled)
	now := at(10 * time.Hour)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkErr = a.Submit(now)
	}
	if sinkErr == nil {
		b.Fatal("accepted")
	}
}

// BenchmarkLifecycle measures a whole happy path: a new draft with its
// face verification, submission (with the request's validation), platform
// approval, SMS verification and the bureau's approval.
func BenchmarkLifecycle(b *testing.B) {
	req := loadRequest(b, "enterprise.json")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a, err := NewApplication(req, t0)
		if err == nil {
			err = a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(time.Minute))
		}
		if err == nil {
			err = a.Submit(at(time.Hour))
		}
		if err == nil {
			err = a.ApprovePlatform(at(2*time.Hour), at(2*time.Hour))
		}
		if err == nil {
			err = a.VerifySMS(at(3 * time.Hour))
		}
		if err == nil {
			err = a.ApproveBureau(at(4*time.Hour), goodNumber)
		}
		if err != nil {
			b.Fatal(err)
		}
		sinkApp = a
	}
}

// BenchmarkValidate measures Request.Validate on the enterprise sample.
func BenchmarkValidate(b *testing.B) {
	req := loadRequest(b, "enterprise.json")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkErr = req.Validate()
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
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
		_, sinkErr = a.Sync(p, at(10*time.Hour))
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

// BenchmarkRetainedHeap measures the heap kept per Application: 100,000
// records, each with its own copy of the enterprise request (every string
// allocated separately, as decoding would) and a six-entry history
// (submit, platform rejection, resubmission, platform approval, SMS
// verification, bureau approval). It reports bytes per application.
func BenchmarkRetainedHeap(b *testing.B) {
	const n = 100_000
	tmpl := newDraft(b)
	steps := []func(time.Time) error{
		tmpl.Submit,
		func(now time.Time) error { return tmpl.RejectPlatform(now, someReasons) },
		tmpl.Submit,
		func(now time.Time) error { return tmpl.ApprovePlatform(now, now) },
		tmpl.VerifySMS,
		func(now time.Time) error { return tmpl.ApproveBureau(now, goodNumber) },
	}
	for i, step := range steps {
		if err := step(at(time.Duration(i+1) * time.Hour)); err != nil {
			b.Fatal(err)
		}
	}
	snap := tmpl.Snapshot()
	if len(snap.History) != 6 {
		b.Fatalf("history of %d", len(snap.History))
	}
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

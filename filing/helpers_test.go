package filing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

// t0 is the moment test records are created: 2026-03-02 09:00 CST.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)

func at(d time.Duration) time.Time { return t0.Add(d) }

// loadRequest reads a sample payload from testdata.
func loadRequest(t testing.TB, name string) Request {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var r Request
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

// newDraft returns a draft of the enterprise sample with a fresh face
// verification, ready to submit at at(time.Hour).
func newDraft(t testing.TB) *Application {
	t.Helper()
	a, err := NewApplication(loadRequest(t, "enterprise.json"), t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(10*time.Minute)); err != nil {
		t.Fatal(err)
	}
	return a
}

const goodNumber = "粤B2-20090059-1626X"

var someReasons = []Rejection{{Field: "主办单位名称", Reason: "与证件不一致", Suggestion: "按营业执照填写"}}

// inStageOf returns an application in stage s, reached through the happy
// path (and a deregistration), each step one hour after the previous.
func inStageOf(t testing.TB, s Stage) *Application {
	t.Helper()
	if s == StageUnknown {
		return &Application{}
	}
	a := newDraft(t)
	steps := []func(time.Time) error{
		a.Submit,
		func(now time.Time) error { return a.ApprovePlatform(now, now) },
		a.VerifySMS,
		func(now time.Time) error { return a.ApproveBureau(now, goodNumber) },
		func(now time.Time) error { return a.Deregister(now, "no longer operated") },
	}
	for i := 0; a.Stage() != s; i++ {
		if err := steps[i](at(time.Duration(i+1) * time.Hour)); err != nil {
			t.Fatalf("reaching %s: step %d: %v", s, i, err)
		}
	}
	return a
}

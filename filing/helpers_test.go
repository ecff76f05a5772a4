package filing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// t0 is the moment test records are created: 2026-03-02 09:00 CST.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)

func at(d time.Duration) time.Time { return t0.Add(d) }

// testID is the identity of test records.
var testID = Identity{ID: "order-0001", AppID: "wx0123456789abcdef"}

// loadRequest reads a sample payload from testdata.
func loadRequest(t testing.TB, name string) Request {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var r Request
	require.NoError(t, json.Unmarshal(b, &r), name)
	return r
}

// newDraft returns a draft of the enterprise sample with a fresh face
// verification (task created at t0, verified ten minutes later), ready to
// submit at at(time.Hour).
func newDraft(t testing.TB) *Application {
	t.Helper()
	return newDraftOf(t, testID)
}

// newDraftOf is newDraft with the given identity.
func newDraftOf(t testing.TB, id Identity) *Application {
	t.Helper()
	a, err := NewApplication(id, loadRequest(t, "enterprise.json"), t0)
	require.NoError(t, err)
	require.NoError(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(10*time.Minute)))
	return a
}

const goodNumber = "粤B2-20090059-1626X"

var someReasons = []Rejection{{Field: "主办单位名称", Reason: "与证件不一致", Suggestion: "按营业执照填写"}}

// step is one command of a test, at a given time.
type step func(a *Application, now time.Time) ([]Change, error)

func submit(a *Application, now time.Time) ([]Change, error) { return a.Submit(now, CheckOptions{}) }

func approvePlatform(a *Application, now time.Time) ([]Change, error) {
	return a.ApprovePlatform(now, now)
}

func verifySMS(a *Application, now time.Time) ([]Change, error) { return a.VerifySMS(now) }

func approveBureau(a *Application, now time.Time) ([]Change, error) {
	return a.ApproveBureau(now, goodNumber)
}

func deregister(a *Application, now time.Time) ([]Change, error) {
	return a.Deregister(now, "no longer operated")
}

// happyPath leads a draft to deregistration, one stage per step.
var happyPath = []step{submit, approvePlatform, verifySMS, approveBureau, deregister}

// inStageOf returns an application in stage s, reached through the happy
// path (and a deregistration), each step one hour after the previous.
func inStageOf(t testing.TB, s Stage) *Application {
	t.Helper()
	if s == StageUnknown {
		return &Application{}
	}
	a := newDraft(t)
	for i := 0; a.Stage() != s; i++ {
		_, err := happyPath[i](a, at(time.Duration(i+1)*time.Hour))
		require.NoError(t, err, "reaching %s: step %d", s, i)
	}
	return a
}

// allStages returns every valid stage, in process order.
func allStages() []Stage {
	var out []Stage
	for s := StageDraft; int(s) < numStages; s++ {
		out = append(out, s)
	}
	return out
}

// allEvents returns every valid event, in the table's order.
func allEvents() []Event {
	var out []Event
	for e := EventSubmit; int(e) < numEvents; e++ {
		out = append(out, e)
	}
	return out
}

// availableEvents returns the events the table allows in stage s, in the
// table's order.
func availableEvents(s Stage) []Event {
	var out []Event
	for _, ev := range allEvents() {
		if _, ok := target(s, ev); ok {
			out = append(out, ev)
		}
	}
	return out
}

package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Plain structs of the Snapshot's shape, for encoding/json as a
// yardstick: the same members and tags, stages and events as strings, the
// request as stdRequest.
type (
	stdSnapshot struct {
		Identity     stdIdentity     `json:"identity"`
		Version      int64           `json:"version"`
		Request      stdRequest      `json:"request"`
		Stage        string          `json:"stage"`
		Attempt      int             `json:"attempt"`
		CreatedAt    time.Time       `json:"created_at"`
		UpdatedAt    time.Time       `json:"updated_at"`
		SubmittedAt  time.Time       `json:"submitted_at"`
		Face         stdFace         `json:"face"`
		SMS          stdSMS          `json:"sms"`
		Rejections   []stdRejection  `json:"rejections,omitempty"`
		FilingNumber string          `json:"filing_number,omitempty"`
		History      []stdTransition `json:"history"`
	}
	stdIdentity struct {
		ID       string `json:"id"`
		AppID    string `json:"appid"`
		Combined bool   `json:"combined"`
	}
	stdFace struct {
		TaskID     string    `json:"task_id,omitempty"`
		CreatedAt  time.Time `json:"created_at"`
		VerifiedAt time.Time `json:"verified_at"`
	}
	stdSMS struct {
		SentAt     time.Time `json:"sent_at"`
		ResentAt   time.Time `json:"resent_at"`
		WrongCodes int       `json:"wrong_codes"`
		VerifiedAt time.Time `json:"verified_at"`
	}
	stdRejection struct {
		Field      string `json:"key_name"`
		Reason     string `json:"error"`
		Suggestion string `json:"suggest,omitempty"`
	}
	stdTransition struct {
		From   string    `json:"from"`
		To     string    `json:"to"`
		Event  string    `json:"event"`
		At     time.Time `json:"at"`
		Reason string    `json:"reason,omitempty"`
		Synced bool      `json:"synced,omitempty"`
	}
)

// benchRecord returns the enterprise sample filed after a platform
// rejection and a resubmission, with a bureau rejection on the way: eight
// history entries, the reasons of the last rejection kept.
func benchRecord(t testing.TB) *Application {
	a := newDraft(t)
	steps := []step{
		submit,
		func(a *Application, now time.Time) ([]Change, error) { return a.RejectPlatform(now, someReasons) },
		submit, approvePlatform, verifySMS,
		func(a *Application, now time.Time) ([]Change, error) { return a.RejectBureau(now, someReasons) },
		submit,
		func(a *Application, now time.Time) ([]Change, error) {
			return a.Sync(Poll{Status: StatusFiled, FilingNumber: goodNumber}, now)
		},
	}
	for i, step := range steps {
		_, err := step(a, at(time.Duration(i+1)*time.Hour))
		require.NoError(t, err)
	}
	return a
}

// BenchmarkApplicationJSON marshals and unmarshals a filed record and,
// side by side in alternating blocks of one run, plain structs of the
// same shape with encoding/json. "marshal" and "unmarshal" call the
// Application's methods, as a store should; the "via-encoding-json"
// variants go through json.Marshal and json.Unmarshal, which scan the
// JSON once more before or after calling them. Each reports the CPU time
// per record of both sides and their ratio; unmarshalling includes
// Restore's checks.
func BenchmarkApplicationJSON(b *testing.B) {
	a := benchRecord(b)
	data, err := json.Marshal(a)
	require.NoError(b, err)
	var std stdSnapshot
	require.NoError(b, json.Unmarshal(data, &std))
	plain, err := json.Marshal(&std)
	require.NoError(b, err)
	require.JSONEq(b, string(data), string(plain), "the plain structs hold the same record")

	plainMarshal := func() { sinkBytes, sinkErr = json.Marshal(&std) }
	plainUnmarshal := func() {
		var back stdSnapshot
		sinkErr = json.Unmarshal(data, &back)
	}
	sideBySide(b, "marshal", func() { sinkBytes, sinkErr = a.MarshalJSON() }, plainMarshal)
	sideBySide(b, "marshal-via-encoding-json", func() { sinkBytes, sinkErr = json.Marshal(a) }, plainMarshal)
	sideBySide(b, "unmarshal", func() {
		var back Application
		sinkErr = back.UnmarshalJSON(data)
	}, plainUnmarshal)
	sideBySide(b, "unmarshal-via-encoding-json", func() {
		var back Application
		sinkErr = json.Unmarshal(data, &back)
	}, plainUnmarshal)
}

// sideBySide runs ours and theirs in alternating blocks and reports the
// CPU time of each per call and their ratio.
func sideBySide(b *testing.B, name string, ours, theirs func()) {
	b.Run(name, func(b *testing.B) {
		const block = 64
		var t1, t2 time.Duration
		b.ReportAllocs()
		for done := 0; done < b.N; done += block {
			n := min(block, b.N-done)
			start := cpuNow()
			for range n {
				ours()
			}
			mid := cpuNow()
			for range n {
				theirs()
			}
			t1 += mid - start
			t2 += cpuNow() - mid
		}
		require.NoError(b, sinkErr)
		b.ReportMetric(float64(t1.Nanoseconds())/float64(b.N), "ours-ns/op")
		b.ReportMetric(float64(t2.Nanoseconds())/float64(b.N), "encoding/json-ns/op")
		b.ReportMetric(float64(t1)/float64(t2), "ours/encoding-json")
	})
}

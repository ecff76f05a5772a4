package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApplicationJSONRoundTrip(t *testing.T) {
	for _, s := range Stages() {
		t.Run(s.String(), func(t *testing.T) {
			a := inStageOf(t, s)
			b, err := json.Marshal(a)
			require.NoError(t, err)
			var back Application
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, a.Snapshot(), back.Snapshot())
			b2, err := json.Marshal(&back)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(b2), "second encoding differs")
			assert.Contains(t, string(b), `"stage":"`+s.String()+`"`, "stage not stored by id")
			assert.Contains(t, string(b), `"identity":{"id":"order-0001","appid":"wx0123456789abcdef","combined":false}`)
			assert.Contains(t, string(b), `"version":`)
		})
	}
	t.Run("combined flow", func(t *testing.T) {
		id := testID
		id.Combined = true
		a := newDraftOf(t, id)
		b, err := json.Marshal(a)
		require.NoError(t, err)
		var back Application
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, id, back.Identity())
		assert.Equal(t, a.Version(), back.Version())
	})
}

func TestApplicationJSONKeepsForeignZones(t *testing.T) {
	a := inStageOf(t, StageFiled)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	// Re-encode every time in UTC: the instants are the same.
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	for _, h := range raw["history"].([]any) {
		m := h.(map[string]any)
		tm, err := time.Parse(time.RFC3339Nano, m["at"].(string))
		require.NoError(t, err)
		m["at"] = tm.UTC().Format(time.RFC3339Nano)
	}
	b, err = json.Marshal(raw)
	require.NoError(t, err)
	var back Application
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a.History(), back.History())
}

func TestApplicationJSONRejects(t *testing.T) {
	editOf := func(a *Application) func(f func(m map[string]any)) string {
		good, err := json.Marshal(a)
		require.NoError(t, err)
		return func(f func(m map[string]any)) string {
			var m map[string]any
			require.NoError(t, json.Unmarshal(good, &m))
			f(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			return string(b)
		}
	}
	edit := editOf(inStageOf(t, StageBureauReview))
	editFiled := editOf(inStageOf(t, StageFiled))
	editDraft := editOf(newDraft(t))
	hist := func(m map[string]any) []any { return m["history"].([]any) }
	identity := func(m map[string]any) map[string]any { return m["identity"].(map[string]any) }
	tests := []struct {
		name  string
		in    string
		field string
		is    error
	}{
		{"unknown stage", edit(func(m map[string]any) { m["stage"] = "approved" }), "json", ErrUnknownStage},
		{"empty stage", edit(func(m map[string]any) { m["stage"] = "" }), "stage", nil},
		{"history leads elsewhere", edit(func(m map[string]any) { m["stage"] = "filed" }), "history", nil},
		{"history entry missing", edit(func(m map[string]any) {
			h := hist(m)
			m["history"] = append(h[:1:1], h[2:]...)
		}), "history[1]", nil},
		{"event not allowed between its stages", edit(func(m map[string]any) {
			hist(m)[1].(map[string]any)["event"] = "withdraw"
		}), "history[1]", ErrTransitionNotAllowed},
		{"unknown event", edit(func(m map[string]any) { hist(m)[0].(map[string]any)["event"] = "teleport" }), "json", ErrUnknownEvent},
		{"time goes back", edit(func(m map[string]any) {
			hist(m)[2].(map[string]any)["at"] = "2020-01-01T00:00:00+08:00"
		}), "history[2]", nil},
		{"attempt does not match", edit(func(m map[string]any) { m["attempt"] = 3 }), "attempt", nil},
		{"empty history outside draft", edit(func(m map[string]any) { m["history"] = []any{} }), "history", nil},
		{"not an object", `[1]`, "json", nil},
		{"phone number as a time", edit(func(m map[string]any) { m["updated_at"] = "13912345678" }), "json", nil},
		{"phone number as a count", edit(func(m map[string]any) { m["attempt"] = 13912345678.5 }), "json", nil},
		{"id number as a stage", edit(func(m map[string]any) { m["stage"] = "440306199203084564" }), "json", ErrUnknownStage},
		{"no creation time", edit(func(m map[string]any) { delete(m, "created_at") }), "created_at", nil},
		{"history before creation", edit(func(m map[string]any) { m["created_at"] = "2026-03-02T10:30:00+08:00" }), "history[0]", nil},
		{"filing number before approval", edit(func(m map[string]any) { m["filing_number"] = goodNumber }), "filing_number", nil},
		{"filed without a number", editFiled(func(m map[string]any) { delete(m, "filing_number") }), "filing_number", ErrFilingNumber},
		{"filed with a website's number", editFiled(func(m map[string]any) { m["filing_number"] = "粤B2-20090059-1" }), "filing_number", ErrFilingNumber},
		{"no identity", edit(func(m map[string]any) { delete(m, "identity") }), "identity", ErrIdentity},
		{"identity without id", edit(func(m map[string]any) { delete(identity(m), "id") }), "identity", ErrIdentity},
		{"identity with a phone number and a newline", edit(func(m map[string]any) { identity(m)["id"] = "13912345678\n" }), "identity", ErrIdentity},
		{"appid with a dash", edit(func(m map[string]any) { identity(m)["appid"] = "wx-1" }), "identity", ErrIdentity},
		{"negative version", editDraft(func(m map[string]any) { m["version"] = -1 }), "version", nil},
		{"version 0 with a history", edit(func(m map[string]any) { m["version"] = 0 }), "version", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, StageFiled)
			before := a.Snapshot()
			err := json.Unmarshal([]byte(tc.in), a)
			var re *RecordError
			require.ErrorAs(t, err, &re)
			assert.ErrorIs(t, err, ErrInvalidRecord)
			for _, secret := range []string{"13912345678", "440306199203084564"} {
				assert.NotContains(t, err.Error(), secret)
			}
			assert.Equal(t, tc.field, re.Field, "%v", err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.Equal(t, before, a.Snapshot(), "failed unmarshal changed the application")
		})
	}
	_, err := Restore(Snapshot{})
	assert.ErrorIs(t, err, ErrInvalidRecord, "Restore of the zero snapshot")
	t.Run("a version larger than the history", func(t *testing.T) {
		var a Application
		require.NoError(t, json.Unmarshal([]byte(editDraft(func(m map[string]any) { m["version"] = 99 })), &a))
		assert.EqualValues(t, 99, a.Version())
	})
}

func TestRestore(t *testing.T) {
	a := inStageOf(t, StageSMSVerification)
	s := a.Snapshot()
	b, err := Restore(s)
	require.NoError(t, err)
	assert.Equal(t, a.Identity(), b.Identity())
	assert.Equal(t, a.Version(), b.Version())
	s.History[0].Reason = "changed"
	assert.NotEqual(t, "changed", b.History()[0].Reason, "Restore shares the history with its argument")
	_, err = b.VerifySMS(at(10 * time.Hour))
	require.NoError(t, err)
	assert.Equal(t, StageSMSVerification, a.Stage(), "restored copy shares state with the original")
}

package filing

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestApplicationJSONRoundTrip(t *testing.T) {
	for _, s := range Stages() {
		t.Run(s.String(), func(t *testing.T) {
			a := inStageOf(t, s)
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			var back Application
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if got, want := back.Snapshot(), a.Snapshot(); !reflect.DeepEqual(got, want) {
				t.Fatalf("round trip differs\n got %+v\nwant %+v", got, want)
			}
			b2, _ := json.Marshal(&back)
			if string(b2) != string(b) {
				t.Fatalf("second encoding differs")
			}
			if !strings.Contains(string(b), `"stage":"`+s.String()+`"`) {
				t.Fatalf("stage not stored by id: %s", b)
			}
		})
	}
}

func TestApplicationJSONKeepsForeignZones(t *testing.T) {
	a := inStageOf(t, StageFiled)
	b, _ := json.Marshal(a)
	// Re-encode every time in UTC: the instants are the same.
	var raw map[string]any
	_ = json.Unmarshal(b, &raw)
	for _, h := range raw["history"].([]any) {
		m := h.(map[string]any)
		tm, _ := time.Parse(time.RFC3339Nano, m["at"].(string))
		m["at"] = tm.UTC().Format(time.RFC3339Nano)
	}
	b, _ = json.Marshal(raw)
	var back Application
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.History(), a.History()) {
		t.Fatal("history differs after a change of zone")
	}
}

func TestApplicationJSONRejects(t *testing.T) {
	good, _ := json.Marshal(inStageOf(t, StageBureauReview))
	edit := func(f func(m map[string]any)) string {
		var m map[string]any
		_ = json.Unmarshal(good, &m)
		f(m)
		b, _ := json.Marshal(m)
		return string(b)
	}
	hist := func(m map[string]any) []any { return m["history"].([]any) }
	filed, _ := json.Marshal(inStageOf(t, StageFiled))
	editFiled := func(f func(m map[string]any)) string {
		var m map[string]any
		_ = json.Unmarshal(filed, &m)
		f(m)
		b, _ := json.Marshal(m)
		return string(b)
	}
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := inStageOf(t, StageFiled)
			before := a.Snapshot()
			err := json.Unmarshal([]byte(tc.in), a)
			var re *RecordError
			if !errors.As(err, &re) || !errors.Is(err, ErrInvalidRecord) {
				t.Fatalf("got %v, want a *RecordError", err)
			}
			for _, secret := range []string{"13912345678", "440306199203084564"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error echoes %s: %v", secret, err)
				}
			}
			if re.Field != tc.field {
				t.Errorf("field %q, want %q (%v)", re.Field, tc.field, err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("%v does not match %v", err, tc.is)
			}
			if !reflect.DeepEqual(a.Snapshot(), before) {
				t.Error("failed unmarshal changed the application")
			}
			if _, err := Restore(Snapshot{}); !errors.Is(err, ErrInvalidRecord) {
				t.Errorf("Restore of the zero snapshot: %v", err)
			}
		})
	}
}

func TestRestore(t *testing.T) {
	a := inStageOf(t, StageSMSVerification)
	s := a.Snapshot()
	b, err := Restore(s)
	if err != nil {
		t.Fatal(err)
	}
	s.History[0].Reason = "changed"
	if b.History()[0].Reason == "changed" {
		t.Fatal("Restore shares the history with its argument")
	}
	must(t, b.VerifySMS(at(10*time.Hour)))
	if a.Stage() != StageSMSVerification {
		t.Fatal("restored copy shares state with the original")
	}
}

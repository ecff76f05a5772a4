package filing

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/deadline"
)

func TestStageText(t *testing.T) {
	tests := []struct {
		s     Stage
		id    string
		label string
	}{
		{StageUnknown, "", ""},
		{StageDraft, "draft", "备案信息填写"},
		{StagePlatformReview, "platform_review", "平台初审"},
		{StageSMSVerification, "sms_verification", "工信部短信核验"},
		{StageBureauReview, "bureau_review", "通管局审核"},
		{StageFiled, "filed", "备案成功"},
		{StageDeregistered, "deregistered", "已注销"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			b, err := tc.s.MarshalText()
			if err != nil || string(b) != tc.id || tc.s.String() != tc.id || tc.s.Label() != tc.label {
				t.Fatalf("%d: %q %v %q", tc.s, b, err, tc.s.Label())
			}
			var back Stage = 99
			if err := back.UnmarshalText(b); err != nil || back != tc.s {
				t.Fatalf("back %v %v", back, err)
			}
		})
	}
	if _, err := Stage(99).MarshalText(); err == nil {
		t.Error("out-of-range stage marshalled")
	}
	var s Stage = StageFiled
	if err := json.Unmarshal([]byte(`"approved"`), &s); !errors.Is(err, ErrUnknownStage) || s != StageFiled {
		t.Errorf("unknown id: %v, %s", err, s)
	}
	if _, err := ParseStage(""); !errors.Is(err, ErrUnknownStage) {
		t.Error("ParseStage accepts the empty id")
	}
	if !StageDeregistered.Terminal() || StageFiled.Terminal() || StageUnknown.Terminal() {
		t.Error("Terminal")
	}
}

func TestEventText(t *testing.T) {
	seen := map[string]bool{}
	for _, ev := range Events() {
		id := ev.String()
		if id == "" || ev.Label() == "" || seen[id] {
			t.Errorf("event %d: id %q label %q", ev, id, ev.Label())
		}
		seen[id] = true
		back, err := ParseEvent(id)
		if err != nil || back != ev {
			t.Errorf("%s: %v %v", id, back, err)
		}
	}
	if len(seen) != numEvents-1 {
		t.Errorf("%d events", len(seen))
	}
	var e Event
	if err := e.UnmarshalText([]byte("SUBMIT")); !errors.Is(err, ErrUnknownEvent) {
		t.Error("ids are case-sensitive")
	}
	if Event(200).String() != "event(200)" || Stage(200).String() != "stage(200)" {
		t.Error("out-of-range String")
	}
}

func FuzzStageAndEventText(f *testing.F) {
	for _, s := range Stages() {
		f.Add(s.String())
	}
	for _, e := range Events() {
		f.Add(e.String())
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, id string) {
		var s Stage
		if s.UnmarshalText([]byte(id)) == nil {
			b, err := s.MarshalText()
			if err != nil || string(b) != id {
				t.Fatalf("stage %q → %q", id, b)
			}
		}
		var e Event
		if e.UnmarshalText([]byte(id)) == nil {
			b, err := e.MarshalText()
			if err != nil || string(b) != id {
				t.Fatalf("event %q → %q", id, b)
			}
		}
	})
}

func TestUnknownIDsAreNotEchoed(t *testing.T) {
	tests := []struct {
		name, in, keep string
	}{
		{"misspelt id is quoted", "aproved", `"aproved"`},
		{"phone number", "13912345678", "13912345678"},
		{"id number", "440306199203084564", "440306199203084564"},
		{"e-mail", "lisi@example.com", "lisi@example.com"},
		{"long text with a phone", "call 13912345678 at once please, it is urgent", "13912345678"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errS := ParseStage(tc.in)
			_, errE := ParseEvent(tc.in)
			var s Stage
			errT := s.UnmarshalText([]byte(tc.in))
			for _, err := range []error{errS, errE, errT} {
				if err == nil {
					t.Fatal("accepted")
				}
				has := strings.Contains(err.Error(), tc.keep)
				if wantEcho := strings.HasPrefix(tc.keep, `"`); has != wantEcho {
					t.Errorf("%v: echo of %s is %v", err, tc.keep, has)
				}
			}
		})
	}
}

func TestStageAndEventEnglish(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Stages() {
		t.Run("stage/"+s.String(), func(t *testing.T) {
			en := s.English()
			if en == "" || seen[en] || strings.TrimSpace(en) != en {
				t.Errorf("English %q: empty, repeated or padded", en)
			}
			seen[en] = true
		})
	}
	// The stages both packages know have the same English name.
	for _, tc := range []struct {
		s Stage
		d deadline.Clock
	}{
		{StagePlatformReview, deadline.ClockPlatformReview},
		{StageSMSVerification, deadline.ClockSMS},
		{StageBureauReview, deadline.ClockBureauReview},
	} {
		t.Run("same as deadline/"+tc.s.String(), func(t *testing.T) {
			if tc.s.English() != tc.d.English() || tc.s.String() != tc.d.String() {
				t.Errorf("filing %q (%s), deadline %q (%s)", tc.s.English(), tc.s, tc.d.English(), tc.d)
			}
		})
	}
	seen = map[string]bool{}
	for _, e := range Events() {
		t.Run("event/"+e.String(), func(t *testing.T) {
			en := e.English()
			if en == "" || seen[en] || strings.TrimSpace(en) != en {
				t.Errorf("English %q: empty, repeated or padded", en)
			}
			seen[en] = true
		})
	}
	t.Run("unknown", func(t *testing.T) {
		for _, s := range []Stage{StageUnknown, Stage(numStages), 200} {
			if s.English() != "" {
				t.Errorf("stage %d: English %q", s, s.English())
			}
		}
		for _, e := range []Event{EventUnknown, Event(numEvents), 200} {
			if e.English() != "" {
				t.Errorf("event %d: English %q", e, e.English())
			}
		}
	})
}

package filing

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
			require.NoError(t, err)
			assert.Equal(t, tc.id, string(b))
			assert.Equal(t, tc.id, tc.s.String())
			assert.Equal(t, tc.label, tc.s.Label())
			var back Stage = 99
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.s, back)
		})
	}
	_, err := Stage(99).MarshalText()
	assert.Error(t, err, "out-of-range stage marshalled")
	s := StageFiled
	assert.ErrorIs(t, json.Unmarshal([]byte(`"approved"`), &s), ErrUnknownStage)
	assert.Equal(t, StageFiled, s, "a refused id leaves the stage")
	assert.True(t, StageDeregistered.terminal())
	assert.False(t, StageFiled.terminal())
	assert.False(t, StageUnknown.terminal())
}

func TestEventText(t *testing.T) {
	seen := map[string]bool{}
	for _, ev := range allEvents() {
		id := ev.String()
		assert.NotEmpty(t, id)
		assert.NotEmpty(t, ev.Label())
		assert.False(t, seen[id], "%s twice", id)
		seen[id] = true
		var back Event
		require.NoError(t, back.UnmarshalText([]byte(id)))
		assert.Equal(t, ev, back)
	}
	assert.Len(t, seen, numEvents-1)
	var e Event
	assert.ErrorIs(t, e.UnmarshalText([]byte("SUBMIT")), ErrUnknownEvent, "ids are case-sensitive")
	assert.Equal(t, "event(200)", Event(200).String())
	assert.Equal(t, "stage(200)", Stage(200).String())
	for _, s := range allStages() {
		assert.ErrorIs(t, e.UnmarshalText([]byte(s.String())), ErrUnknownEvent, "stage id %s is also an event id", s)
	}
}

func FuzzStageAndEventText(f *testing.F) {
	for _, s := range allStages() {
		f.Add(s.String())
	}
	for _, e := range allEvents() {
		f.Add(e.String())
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, id string) {
		var s Stage
		if s.UnmarshalText([]byte(id)) == nil {
			b, err := s.MarshalText()
			require.NoError(t, err)
			require.Equal(t, id, string(b))
		}
		var e Event
		if e.UnmarshalText([]byte(id)) == nil {
			b, err := e.MarshalText()
			require.NoError(t, err)
			require.Equal(t, id, string(b))
		}
	})
}

// TestUnknownIDsAreNotEchoed: an unknown id is quoted, masked, when it
// looks like one, and not at all otherwise.
func TestUnknownIDsAreNotEchoed(t *testing.T) {
	tests := []struct {
		name, in, shown, hidden string
	}{
		{"misspelt id is quoted", "aproved", `"aproved"`, ""},
		{"phone number", "13912345678", `"139******78"`, "13912345678"},
		{"id number", "440306199203084564", "", "0306199203"},
		{"e-mail", "lisi@example.com", "(not an id)", "lisi"},
		{"name", "王小明", "(not an id)", "王小明"},
		{"long text with a phone", "call 13912345678 at once please, it is urgent", "(not an id)", "urgent"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s Stage
			var e Event
			var td Todo
			for _, err := range []error{s.UnmarshalText([]byte(tc.in)), e.UnmarshalText([]byte(tc.in)), td.UnmarshalText([]byte(tc.in))} {
				require.Error(t, err)
				if tc.shown != "" {
					assert.Contains(t, err.Error(), tc.shown)
				}
				if tc.hidden != "" {
					assert.NotContains(t, err.Error(), tc.hidden)
				}
			}
		})
	}
}

func TestStageAndEventEnglish(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range allStages() {
		en := s.English()
		assert.NotEmpty(t, en, s)
		assert.False(t, seen[en], "English %q repeated", en)
		assert.Equal(t, strings.TrimSpace(en), en)
		seen[en] = true
	}
	// The stages both packages know have the same id and English name.
	for _, tc := range []struct {
		s Stage
		d deadline.Clock
	}{
		{StagePlatformReview, deadline.ClockPlatformReview},
		{StageSMSVerification, deadline.ClockSMS},
		{StageBureauReview, deadline.ClockBureauReview},
	} {
		assert.Equal(t, tc.d.English(), tc.s.English(), tc.s)
		assert.Equal(t, tc.d.String(), tc.s.String())
	}
	seen = map[string]bool{}
	for _, e := range allEvents() {
		en := e.English()
		assert.NotEmpty(t, en, e)
		assert.False(t, seen[en], "English %q repeated", en)
		assert.Equal(t, strings.TrimSpace(en), en)
		seen[en] = true
	}
	for _, s := range []Stage{StageUnknown, Stage(numStages), 200} {
		assert.Empty(t, s.English(), "stage %d", s)
	}
	for _, e := range []Event{EventUnknown, Event(numEvents), 200} {
		assert.Empty(t, e.English(), "event %d", e)
	}
}

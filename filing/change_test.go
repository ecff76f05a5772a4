package filing

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTodoText(t *testing.T) {
	tests := []struct {
		todo Todo
		id   string
	}{
		{TodoUnknown, ""},
		{TodoNone, "none"},
		{TodoWaitPlatformReview, "wait_platform_review"},
		{TodoVerifySMS, "verify_sms"},
		{TodoWaitBureauReview, "wait_bureau_review"},
		{TodoResubmit, "resubmit"},
		{TodoVerifyFace, "verify_face"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			assert.Equal(t, tc.id, tc.todo.String())
			b, err := tc.todo.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.id, string(b))
			back := Todo(99)
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.todo, back)
			if tc.todo == TodoUnknown {
				assert.Empty(t, tc.todo.Label())
				assert.Empty(t, tc.todo.English())
				return
			}
			assert.NotEmpty(t, tc.todo.Label())
			assert.NotEmpty(t, tc.todo.English())
		})
	}
	assert.Equal(t, "todo(99)", Todo(99).String())
	assert.Empty(t, Todo(99).Label())
	_, err := Todo(99).MarshalText()
	assert.Error(t, err)

	todo := TodoNone
	err = todo.UnmarshalText([]byte("call 13912345678"))
	assert.ErrorIs(t, err, ErrUnknownTodo)
	assert.NotContains(t, err.Error(), "13912345678")
	assert.Equal(t, TodoNone, todo, "a failed UnmarshalText changed the value")
}

// TestChangeJSON: a change goes to JSON as its transition's members plus
// todo and due, and comes back equal.
func TestChangeJSON(t *testing.T) {
	a := inStageOf(t, StagePlatformReview)
	changes, err := a.ApprovePlatform(at(3*time.Hour), at(3*time.Hour))
	require.NoError(t, err)
	b, err := json.Marshal(changes)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"from":"platform_review","to":"sms_verification","event":"approve_platform",
		"at":"2026-03-02T12:00:00+08:00","todo":"verify_sms","due":"2026-03-03T12:00:00+08:00"}]`, string(b))
	var back []Change
	require.NoError(t, json.Unmarshal(b, &back))
	require.Len(t, back, 1)
	assert.True(t, back[0].At.Equal(changes[0].At))
	assert.True(t, back[0].Due.Equal(changes[0].Due))
	back[0].At, back[0].Due = changes[0].At, changes[0].Due
	assert.Equal(t, changes, back)
}

package deadline

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/internal/enum"
)

func TestClockIndexAgreesWithNames(t *testing.T) {
	require.Len(t, clockNames.IDs, clockCount)
	for i, id := range clockNames.IDs {
		t.Run(fmt.Sprintf("index %d", i), func(t *testing.T) {
			assert.Equal(t, i, Clock(id).index())
			assert.Equal(t, Clock(id), clocks[i])
			assert.Equal(t, i != 0, Clock(id).IsValid())
		})
	}
}

// Clock.index finds a clock by the length of its id.
func TestClockIDLengthsDistinct(t *testing.T) {
	seen := map[int]Clock{}
	for _, c := range clocks[1:] {
		require.Less(t, len(c), 32, "%s: id too long for clockByLen", c)
		require.NotContains(t, seen, len(c), "%s and %s have ids of one length", c, seen[len(c)])
		seen[len(c)] = c
	}
}

func TestClockText(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range clocks[1:] {
		t.Run(string(c), func(t *testing.T) {
			assert.Equal(t, string(c), c.String())
			assert.Regexp(t, `^[a-z_]+$`, c.String())
			assert.NotEmpty(t, c.Label())
			assert.NotEmpty(t, c.English())
			assert.False(t, seen[c.English()], "English names are distinct")
			seen[c.English()] = true
			b, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, string(c), string(b))
			var back Clock = "sentinel"
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, c, back)
			assert.Equal(t, `deadline.Clock("`+string(c)+`")`, fmt.Sprintf("%#v", c))
		})
	}
	t.Run("zero value", func(t *testing.T) {
		var c Clock
		assert.Equal(t, "", c.String())
		assert.Equal(t, "", c.Label())
		assert.Equal(t, "", c.English())
		b, err := c.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		back := ClockSMS
		require.NoError(t, back.UnmarshalText(nil))
		assert.Equal(t, Clock(""), back)
	})
	for _, bad := range []string{"draft", "BUREAU_REVIEW", " bureau_review", "\x04", "face_verification"} {
		t.Run(fmt.Sprintf("unknown %q", bad), func(t *testing.T) {
			c := Clock(bad)
			assert.False(t, c.IsValid())
			assert.Equal(t, "", c.Label())
			assert.Equal(t, "", c.English())
			assert.Contains(t, c.String(), "clock(")
			_, err := c.MarshalText()
			assertError(t, err, ErrInvalid, "clock")
			back := ClockSMS
			assertError(t, back.UnmarshalText([]byte(bad)), ErrInvalid, "clock")
			assert.Equal(t, ClockSMS, back, "a rejected text leaves the value unchanged")
		})
	}
}

// intEnum is a pointer to one of the package's integer enums.
type intEnum[T ~uint8] interface {
	*T
	encoding.TextUnmarshaler
}

// checkIntEnum checks the text of an integer enum named by n: the zero
// value is "", every other value has a distinct lower-case ASCII id that
// round-trips and a Chinese and English name, and unknown ids and values
// are errors wrapping ErrInvalid that leave the target unchanged.
func checkIntEnum[T ~uint8, P intEnum[T]](t *testing.T, n *enum.Names, marshal func(T) ([]byte, error), str, label, english func(T) string) {
	count := len(n.IDs)
	for i := 0; i < count; i++ {
		v := T(i)
		b, err := marshal(v)
		require.NoError(t, err)
		assert.Equal(t, str(v), string(b))
		assert.Equal(t, i == 0, len(b) == 0, "only the zero value has the empty id")
		assert.Equal(t, i == 0, label(v) == "", "Label of %d", i)
		assert.Equal(t, i == 0, english(v) == "", "English of %d", i)
		if i > 0 {
			assert.Regexp(t, `^[a-z_]+$`, string(b))
		}
		back := T(count + 1)
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	for _, bad := range []string{"no_such_id", "Overdue", " overdue", "\x00"} {
		v := T(count + 1)
		assertError(t, P(&v).UnmarshalText([]byte(bad)), ErrInvalid, n.Noun)
		assert.Equal(t, T(count+1), v, "a rejected text leaves the value unchanged")
	}
	_, err := marshal(T(count))
	assertError(t, err, ErrInvalid, n.Noun)
	assert.Equal(t, "", label(T(255)))
	assert.Equal(t, "", english(T(255)))
}

func TestIntEnumText(t *testing.T) {
	t.Run("state", func(t *testing.T) {
		checkIntEnum[State](t, &stateNames, State.MarshalText, State.String, State.Label, State.English)
	})
	t.Run("advice", func(t *testing.T) {
		checkIntEnum[Advice](t, &adviceNames, Advice.MarshalText, Advice.String, Advice.Label, Advice.English)
	})
	t.Run("status", func(t *testing.T) {
		checkIntEnum[Status](t, &statusNames, Status.MarshalText, Status.String, Status.Label, Status.English)
	})
	t.Run("rule", func(t *testing.T) {
		checkIntEnum[Rule](t, &ruleNames, Rule.MarshalText, Rule.String, Rule.Label, Rule.English)
	})
}

func TestEnumJSON(t *testing.T) {
	in := struct {
		C Clock
		S State
		A Advice
		T Status
		R Rule
	}{ClockBureauReview, StateOverdue, AdviceContactBureau, StatusDue, RuleClearing}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"C":"bureau_review","S":"overdue","A":"contact_bureau","T":"due","R":"clearing"}`, string(b))
	out := in
	out.C, out.S = "", StateUnknown
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
}

func TestLimits(t *testing.T) {
	for _, c := range clocks[1:] {
		t.Run(string(c), func(t *testing.T) {
			l := c.Limit()
			assert.NotEqual(t, l.isWorkdays(), l.Validity != 0, "a limit is either wall-clock or in workdays")
			if l.isWorkdays() {
				assert.GreaterOrEqual(t, l.MinWorkdays, 1)
				assert.LessOrEqual(t, l.MinWorkdays, l.MaxWorkdays)
			}
		})
	}
	assert.Equal(t, Limit{}, Clock("").Limit())
	assert.Equal(t, Limit{}, Clock("draft").Limit())
	assert.Equal(t, 2, ClockPlatformReview.Limit().MaxWorkdays)
	assert.Equal(t, 20, ClockBureauReview.Limit().MaxWorkdays)
	assert.Equal(t, smsValidity, ClockSMS.Limit().Validity)
}

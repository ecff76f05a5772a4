package deadline

import (
	"encoding"
	"errors"
	"testing"
)

// enumValue is a pointer to one of the package's enums.
type enumValue[T ~uint8] interface {
	*T
	encoding.TextUnmarshaler
}

// checkEnum checks the text form shared by the enums of n values: the zero
// value is "", every other value has a distinct lower-case ASCII id that
// round-trips, and unknown ids and values are errors wrapping ErrInvalid
// that leave the target unchanged.
func checkEnum[T ~uint8, P enumValue[T]](t *testing.T, n int, marshal func(T) ([]byte, error), str func(T) string) {
	t.Helper()
	seen := map[string]bool{}
	for i := 0; i < n; i++ {
		v := T(i)
		b, err := marshal(v)
		if err != nil || string(b) != str(v) {
			t.Fatalf("%d: MarshalText %q, %v; String %q", i, b, err, str(v))
		}
		if (i == 0) != (len(b) == 0) || seen[string(b)] {
			t.Errorf("%d: id %q is not unique, or is empty for a known value", i, b)
		}
		seen[string(b)] = true
		for _, c := range b {
			if (c < 'a' || c > 'z') && c != '_' {
				t.Errorf("%d: id %q is not lower-case ASCII", i, b)
				break
			}
		}
		back := T(n + 1)
		if err := P(&back).UnmarshalText(b); err != nil || back != v {
			t.Errorf("%d: %q reads back as %d, %v", i, b, back, err)
		}
	}
	for _, bad := range []string{"no_such_id", "Overdue", " overdue", "\x00"} {
		v := T(n + 1)
		err := P(&v).UnmarshalText([]byte(bad))
		var de *Error
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &de) || v != T(n+1) {
			t.Errorf("%q: %v, value %d", bad, err, v)
		}
	}
	if _, err := marshal(T(n)); !errors.Is(err, ErrInvalid) {
		t.Errorf("value %d out of range marshals: %v", n, err)
	}
	if str(T(n)) != "" || str(T(255)) != "" {
		t.Errorf("value out of range has an id")
	}
}

func TestEnumText(t *testing.T) {
	t.Run("stage", func(t *testing.T) { checkEnum[Stage](t, stageCount, Stage.MarshalText, Stage.String) })
	t.Run("rule", func(t *testing.T) { checkEnum[RuleID](t, int(ruleCount), RuleID.MarshalText, RuleID.String) })
	t.Run("status", func(t *testing.T) { checkEnum[Status](t, int(statusCount), Status.MarshalText, Status.String) })
	t.Run("state", func(t *testing.T) { checkEnum[State](t, int(stateCount), State.MarshalText, State.String) })
	t.Run("advice", func(t *testing.T) { checkEnum[Advice](t, int(adviceCount), Advice.MarshalText, Advice.String) })
}

func TestEnumLabels(t *testing.T) {
	t.Run("stage", func(t *testing.T) {
		for _, s := range Stages() {
			if !s.IsValid() || s.Label() == "" || s.English() == "" {
				t.Errorf("%v has no label", s)
			}
		}
		for _, s := range []Stage{StageUnknown, Stage(stageCount), 255} {
			if s.IsValid() || s.Label() != "" || s.English() != "" {
				t.Errorf("stage %d has a label", s)
			}
		}
	})
	t.Run("advice", func(t *testing.T) {
		for a := AdviceNone + 1; a < adviceCount; a++ {
			if a.Label() == "" || a.English() == "" {
				t.Errorf("%v has no text", a)
			}
		}
		for _, a := range []Advice{AdviceNone, adviceCount, 255} {
			if a.Label() != "" || a.English() != "" {
				t.Errorf("advice %d has a text", a)
			}
		}
	})
}

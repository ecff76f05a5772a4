package deadline

import (
	"encoding"
	"testing"
)

// textValue is a pointer to one of the package's text-marshalled types.
type textValue[T comparable] interface {
	*T
	encoding.TextUnmarshaler
}

// checkText parses s into a T that starts as sentinel: a rejected input
// must leave it unchanged, an accepted one must marshal back to s (exact
// is false for Period, whose text is normalised).
func checkText[T comparable, P textValue[T]](t *testing.T, name, s string, sentinel T, marshal func(T) ([]byte, error), exact bool) {
	v := sentinel
	if err := P(&v).UnmarshalText([]byte(s)); err != nil {
		if v != sentinel {
			t.Fatalf("%s: rejected %q but changed the value", name, s)
		}
		return
	}
	out, err := marshal(v)
	if err != nil {
		t.Fatalf("%s: accepted %q but cannot marshal it: %v", name, s, err)
	}
	if exact && string(out) != s {
		t.Fatalf("%s: %q marshals back as %q", name, s, out)
	}
	back := sentinel
	if err := P(&back).UnmarshalText(out); err != nil || back != v {
		t.Fatalf("%s: %q → %q does not parse back (%v)", name, s, out, err)
	}
}

// FuzzUnmarshalText covers every text parser of the package: Stage,
// RuleID, Status, State, Advice and Period.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "bureau_review", "sms_verification", "overdue", "in_window", "contact_bureau", "clearing", "24h", "72h0m0s", "1h30m", "-5s", "draft", "BUREAU_REVIEW", "9223372036854775807ns"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText[Stage](t, "stage", s, 99, Stage.MarshalText, true)
		checkText[RuleID](t, "rule", s, 99, RuleID.MarshalText, true)
		checkText[Status](t, "status", s, 99, Status.MarshalText, true)
		checkText[State](t, "state", s, 99, State.MarshalText, true)
		checkText[Advice](t, "advice", s, 99, Advice.MarshalText, true)
		checkText[Period](t, "period", s, 12345, Period.MarshalText, false)
	})
}

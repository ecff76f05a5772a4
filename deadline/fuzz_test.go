package deadline

import (
	"encoding"
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
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

// FuzzEstimate feeds arbitrary instants, stages and days to the entry
// points that take them: each either answers consistently or returns an
// *Error wrapping one of the sentinels, and none panics.
func FuzzEstimate(f *testing.F) {
	f.Add(int64(1790575200), int64(86400*3), uint8(StageBureauReview), int32(739000), int32(739500))
	f.Add(int64(253402300799-28800-86400*30), int64(3600), uint8(StagePlatformReview), int32(1), int32(0))
	f.Add(int64(-62135596800-28800), int64(0), uint8(StageSMSVerification), int32(0), int32(-5))
	f.Add(int64(0), int64(-1), uint8(200), int32(1<<30), int32(738764))
	cal := workday.China()
	f.Fuzz(func(t *testing.T, from, after int64, stage uint8, listed, filed int32) {
		checkErr := func(err error) {
			t.Helper()
			var de *Error
			if !errors.As(err, &de) || (!errors.Is(err, ErrMissing) && !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrOrder)) || de.Field == "" {
				t.Fatalf("untyped error %v", err)
			}
		}
		start := time.Unix(from, 0)
		now := start.Add(time.Duration(after%(1<<40)) * time.Second)

		if e, err := EstimateFiling(cal, start); err != nil {
			checkErr(err)
		} else if e.Latest.Before(e.Earliest) || !cal.IsWorkday(e.Earliest) || !cal.IsWorkday(e.Latest) || len(e.Stages) != len(timedStages) {
			t.Fatalf("estimate from %v: %+v", start, e)
		}

		s := Stage(stage % uint8(stageCount+1))
		if e, err := EstimateRemaining(cal, s, start, now); err != nil {
			checkErr(err)
		} else if e.Latest.Before(e.Earliest) || e.Stage != s || len(e.Stages) == 0 || e.Stages[0].Stage != s ||
			e.Overdue != now.After(EndOfDay(e.Latest)) || e.Explain(true) == "" || e.Explain(false) == "" {
			t.Fatalf("remaining %v from %v at %v: %+v", s, start, now, e)
		}

		// Days from a base around 2023, so that both policy dates are hit.
		base := workday.MustDate(2023, time.September, 1)
		p := Program{}
		if listed != 0 {
			p.Listed = base.AddDays(int(listed % 1000))
		}
		if filed != 0 {
			p.Filed = base.AddDays(int(filed % 1000))
		}
		a, err := Assess(p, now)
		if err != nil {
			checkErr(err)
			return
		}
		switch {
		case a.Status == StatusUnknown || a.Rule.ID == RuleUnknown || a.Explain(true) == "" || a.Explain(false) == "":
			t.Fatalf("incomplete assessment %+v", a)
		case !p.Filed.IsZero() && !p.Filed.After(a.On) && a.Status != StatusCompliant:
			t.Fatalf("filed but %v", a.Status)
		case a.Status == StatusDue && (a.DaysLeft < 0 || a.DueBy.IsZero()):
			t.Fatalf("due without days left: %+v", a)
		case a.Status == StatusOverdue && a.Since.IsZero():
			t.Fatalf("overdue without a first day: %+v", a)
		}
	})
}

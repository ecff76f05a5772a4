package deadline

import (
	"encoding"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// textValue is a pointer to one of the package's text-marshalled types.
type textValue[T comparable] interface {
	*T
	encoding.TextUnmarshaler
}

// checkText parses s into a T that starts as sentinel: a rejected input
// must leave it unchanged and give a masked *Error, an accepted one must
// marshal back to s exactly.
func checkText[T comparable, P textValue[T]](t *testing.T, s string, sentinel T, marshal func(T) ([]byte, error)) {
	v := sentinel
	if err := P(&v).UnmarshalText([]byte(s)); err != nil {
		var de *Error
		require.ErrorAs(t, err, &de)
		require.ErrorIs(t, err, ErrInvalid)
		require.Equal(t, sentinel, v, "rejected %q but changed the value", s)
		require.False(t, leaks(err.Error(), s), "%q leaks into %q", s, err)
		return
	}
	out, err := marshal(v)
	require.NoError(t, err, "accepted %q", s)
	require.Equal(t, s, string(out))
}

// FuzzUnmarshalText covers every text parser of the package: Clock,
// State, Advice, Status and Rule.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "bureau_review", "sms_verification", "face_task", "overdue", "in_window",
		"contact_bureau", "clearing", "due", "draft", "BUREAU_REVIEW", "13800138000", "a@b.cn"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText[Clock](t, s, "sentinel", Clock.MarshalText)
		checkText[State](t, s, 99, State.MarshalText)
		checkText[Advice](t, s, 99, Advice.MarshalText)
		checkText[Status](t, s, 99, Status.MarshalText)
		checkText[Rule](t, s, 99, Rule.MarshalText)
		require.False(t, leaks(Clock(s).String(), s), "String of %q", s)
		require.False(t, leaks(Clock(s).GoString(), s), "GoString of %q", s)
	})
}

// FuzzEstimate feeds arbitrary instants, clocks and days to the entry
// points that take them: each either answers consistently or returns an
// *Error wrapping one of the sentinels, and none panics.
func FuzzEstimate(f *testing.F) {
	f.Add(int64(1790575200), int64(86400*3), "bureau_review", int32(739000), int32(739500))
	f.Add(int64(253402300799-28800-86400*30), int64(3600), "platform_review", int32(1), int32(0))
	f.Add(int64(-62135596800-28800), int64(0), "sms_verification", int32(0), int32(-5))
	f.Add(int64(0), int64(-1), "\x05", int32(1<<30), int32(738764))
	cal := workday.China()
	f.Fuzz(func(t *testing.T, from, after int64, clock string, listed, filed int32) {
		checkErr := func(err error) {
			t.Helper()
			var de *Error
			require.ErrorAs(t, err, &de)
			require.NotEmpty(t, de.Field)
			require.True(t, de.Err == ErrMissing || de.Err == ErrInvalid || de.Err == ErrOrder, "sentinel %v", de.Err)
			require.False(t, leaks(err.Error(), clock), "%q leaks into %q", clock, err)
		}
		start := time.Unix(from, 0)
		now := start.Add(time.Duration(after%(1<<40)) * time.Second)

		if e, err := EstimateFiling(cal, start); err != nil {
			checkErr(err)
		} else {
			require.False(t, e.Latest.Before(e.Earliest), "%+v", e)
			require.True(t, cal.IsWorkday(e.Earliest) && cal.IsWorkday(e.Latest), "%+v", e)
			require.Len(t, e.Windows, len(filingClocks))
		}

		c := Clock(clock)
		if e, err := EstimateRemaining(cal, c, start, now); err != nil {
			checkErr(err)
		} else {
			require.False(t, e.Latest.Before(e.Earliest), "%+v", e)
			require.Equal(t, c, e.Clock)
			require.Equal(t, c, e.Windows[0].Clock)
			require.Equal(t, now.After(endOfDay(e.Latest)), e.Overdue)
			require.NotEmpty(t, e.Explain(true))
			require.NotEmpty(t, e.Explain(false))
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
		require.NotEqual(t, StatusUnknown, a.Status)
		require.NotEqual(t, RuleUnknown, a.Rule)
		require.NotEmpty(t, a.Explain(true))
		require.NotEmpty(t, a.Explain(false))
		if !p.Filed.IsZero() && !p.Filed.After(a.On) {
			require.Equal(t, StatusCompliant, a.Status)
		}
		if a.Status == StatusDue {
			require.True(t, a.DaysLeft >= 0 && !a.DueBy.IsZero(), "%+v", a)
		}
		if a.Status == StatusOverdue {
			require.False(t, a.Since.IsZero(), "%+v", a)
		}
	})
}

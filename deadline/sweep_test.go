package deadline

import (
	"encoding/json"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// checkResult is what Check gives for t at now, in a Result.
func checkResult(cal *workday.Calendar, t Timer, now time.Time) Result {
	if t.Started == 0 {
		return Result{}
	}
	st, err := Check(cal, t.Clock, time.Unix(t.Started, 0), now)
	if err != nil {
		return Result{}
	}
	return Result{
		Deadline: st.Window.Deadline.Unix(), WorkdaysLeft: int32(st.WorkdaysLeft),
		State: st.State, Advice: st.Advice, Projected: st.Window.Projected,
	}
}

// TestSweeperAgreesWithCheck evaluates random timers both ways.
func TestSweeperAgreesWithCheck(t *testing.T) {
	cal := workday.China()
	nows := []time.Time{
		cst(2026, 10, 30, 23, 59).Add(59 * time.Second),                     // last second of a bureau deadline
		cst(2026, 10, 31, 0, 0),                                             // first second after it
		cst(2027, 2, 10, 12, 0).Add(500 * time.Millisecond),                 // inside Spring Festival, with a fraction
		utc(2027, 12, 31, 16, 0),                                            // 2028-01-01 00:00 CST, a year not announced ahead
		time.Date(2026, 11, 27, 4, 40, 0, 0, time.UTC).Add(time.Nanosecond), // a sweep's moment
	}
	rng := rand.New(rand.NewSource(1))
	for _, now := range nows {
		t.Run(now.UTC().Format(time.RFC3339Nano), func(t *testing.T) {
			sw, err := NewSweeper(cal, now)
			require.NoError(t, err)
			for i := 0; i < 20000; i++ {
				c := clocks[rng.Intn(clockCount)]
				var started int64
				switch rng.Intn(10) {
				case 0: // unset
				case 1: // long ago: outside the table
					started = now.Unix() - int64(rng.Intn(3*365*86400))
				case 2: // around the deadlines: exactly N days before now, to the second
					started = now.Unix() - int64(rng.Intn(40))*86400 - int64(rng.Intn(3)) + 1
				default:
					started = now.Unix() - int64(rng.Intn(60*86400)) + 3600
				}
				tm := Timer{Clock: c, Started: started}
				got := sw.Evaluate(tm)
				require.Equal(t, checkResult(cal, tm, now), got, "%+v at %v", tm, now)
				if got.State != StateUnknown {
					require.Equal(t, got.Deadline, got.DeadlineTime().Unix())
				}
			}
		})
	}
}

func TestSweeperEdges(t *testing.T) {
	cal := workday.China()
	now := cst(2026, 10, 1, 12, 0)
	sw, err := NewSweeper(cal, now)
	require.NoError(t, err)

	assert.Equal(t, Result{}, sw.Evaluate(Timer{Clock: ClockSMS, Started: now.Unix() + 1}), "started after now")
	assert.Equal(t, StateInWindow, sw.Evaluate(TimerOf(ClockSMS, now.Add(-smsValidity))).State, "at the deadline")
	late := sw.Evaluate(TimerOf(ClockSMS, now.Add(-smsValidity-time.Second)))
	assert.Equal(t, StateOverdue, late.State, "after the deadline")
	assert.Equal(t, AdviceResubmit, late.Advice)
	assert.Equal(t, Timer{Clock: ClockBureauReview}, TimerOf(ClockBureauReview, time.Time{}))
	assert.Equal(t, Result{}, sw.Evaluate(Timer{Clock: "draft", Started: now.Unix()}), "unknown clock")

	ts := []Timer{TimerOf(ClockBureauReview, cst(2026, 9, 28, 10, 0)), {}, TimerOf(ClockPlatformReview, cst(2026, 9, 10, 10, 0))}
	out := sw.EvaluateAll(ts, nil)
	require.Len(t, out, 3)
	assert.Equal(t, StateInWindow, out[0].State)
	assert.Equal(t, Result{}, out[1])
	assert.Equal(t, StateOverdue, out[2].State)
	assert.Equal(t, AdviceContactWeChat, out[2].Advice)

	type pair struct {
		T Timer
		R Result
	}
	for i := range ts {
		b, err := json.Marshal(pair{ts[i], out[i]})
		require.NoError(t, err)
		var back pair
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, pair{ts[i], out[i]}, back)
	}

	var zero Sweeper
	assert.Equal(t, Result{}, zero.Evaluate(ts[0]), "zero sweeper")
	assert.Equal(t, Result{}, (*Sweeper)(nil).Evaluate(ts[0]), "nil sweeper")
	assert.True(t, Result{}.DeadlineTime().IsZero())

	for _, tc := range []struct {
		name  string
		cal   *workday.Calendar
		now   time.Time
		field string
		want  error
	}{
		{"nil calendar", nil, now, "calendar", ErrMissing},
		{"zero now", cal, time.Time{}, "now", ErrMissing},
		{"year 1", cal, time.Date(1, 2, 1, 0, 0, 0, 0, time.UTC), "now", ErrInvalid},
		{"year 10000 in China", cal, time.Date(9999, 12, 31, 16, 0, 0, 0, time.UTC), "now", ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sw, err := NewSweeper(tc.cal, tc.now)
			assertError(t, err, tc.want, tc.field)
			assert.Nil(t, sw)
		})
	}
}

func TestSweeperConcurrent(t *testing.T) {
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(workday.China(), now)
	require.NoError(t, err)
	ts := sweepTimers(now, 2000)
	want := sw.EvaluateAll(ts, nil)
	done := make(chan []Result)
	for g := 0; g < 4; g++ {
		go func() { done <- sw.EvaluateAll(ts, make([]Result, 0, len(ts))) }()
	}
	for g := 0; g < 4; g++ {
		assert.Equal(t, want, <-done)
	}
}

// TestEvaluateDoesNotAllocate holds the sweep to its promise outside the
// benchmarks too.
func TestEvaluateDoesNotAllocate(t *testing.T) {
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(workday.China(), now)
	require.NoError(t, err)
	ts := sweepTimers(now, 1000)
	out := make([]Result, 0, len(ts))
	allocs := testing.AllocsPerRun(10, func() { out = sw.EvaluateAll(ts, out[:0]) })
	assert.Zero(t, allocs)
}

// sweepTimers builds a fleet of live timers: every clock, started in the
// last 60 days.
func sweepTimers(now time.Time, n int) []Timer {
	rng := rand.New(rand.NewSource(7))
	ts := make([]Timer, n)
	for i := range ts {
		ts[i] = Timer{Clock: clocks[1+rng.Intn(clockCount-1)], Started: now.Unix() - int64(rng.Intn(60*86400))}
	}
	return ts
}

var (
	sinkResult  Result
	sinkResults []Result
)

// BenchmarkSweeperEvaluate measures one evaluation: 0 allocations.
func BenchmarkSweeperEvaluate(b *testing.B) {
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(workday.China(), now)
	require.NoError(b, err)
	ts := sweepTimers(now, 1<<16)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkResult = sw.Evaluate(ts[i&(len(ts)-1)])
	}
}

// BenchmarkSweeperMillion measures a sweep of 1,000,000 timers: well
// under a second on one core, with no allocation.
func BenchmarkSweeperMillion(b *testing.B) {
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(workday.China(), now)
	require.NoError(b, err)
	ts := sweepTimers(now, 1_000_000)
	out := make([]Result, 0, len(ts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out = sw.EvaluateAll(ts, out[:0])
	}
	sinkResults = out
}

// BenchmarkNewSweeper measures the once-per-sweep preparation.
func BenchmarkNewSweeper(b *testing.B) {
	cal := workday.China()
	now := cst(2026, 11, 27, 12, 0)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sw, err := NewSweeper(cal, now)
		require.NoError(b, err)
		sinkResult = sw.Evaluate(Timer{})
	}
}

// BenchmarkCheck measures the one-clock path, for comparison.
func BenchmarkCheck(b *testing.B) {
	cal := workday.China()
	now := cst(2026, 11, 27, 12, 0)
	started := cst(2026, 11, 2, 10, 0)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		st, _ := Check(cal, ClockBureauReview, started, now)
		sinkResult.State = st.State
	}
}

// BenchmarkEstimateFiling measures a full estimate with its holidays.
func BenchmarkEstimateFiling(b *testing.B) {
	cal := workday.China()
	sub := cst(2026, 9, 28, 10, 0)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e, _ := EstimateFiling(cal, sub)
		sinkResult.WorkdaysLeft = int32(len(e.Holidays))
	}
}

// FuzzSweeperAgreesWithCheck compares the sweep with Check on arbitrary
// timers, including instants at the ends of the years 1..9999.
func FuzzSweeperAgreesWithCheck(f *testing.F) {
	f.Add(uint8(5), int64(1790000000), int64(86400*30), int64(0))
	f.Add(uint8(4), int64(-62135596800-28800), int64(100), int64(5))
	f.Add(uint8(1), int64(253402300799-28800-3600), int64(10), int64(999999999))
	f.Add(uint8(3), int64(-1<<62), int64(1<<61), int64(1))
	cal := workday.China()
	f.Fuzz(func(t *testing.T, clock uint8, started, after, nanos int64) {
		if started == 0 || after < 0 || started > 253402300799 {
			return
		}
		now := time.Unix(started, 0).Add(time.Duration(after%(1<<40)) * time.Second).Add(time.Duration(nanos % 1e9))
		if nanos < 0 {
			now = now.Add(time.Second)
		}
		sw, err := NewSweeper(cal, now)
		if err != nil {
			return
		}
		tm := Timer{Clock: clocks[int(clock)%clockCount], Started: started}
		require.Equal(t, checkResult(cal, tm, now), sw.Evaluate(tm), "%+v at %v", tm, now)
	})
}

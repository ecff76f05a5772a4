package deadline

import (
	"encoding/json"
	"errors"
	"math/rand"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

// TestSweeperAgreesWithCheck evaluates random records both ways.
func TestSweeperAgreesWithCheck(t *testing.T) {
	cal := workday.China()
	nows := []time.Time{
		cst(2026, 10, 30, 23, 59).Add(59 * time.Second),                     // last second of a bureau deadline
		cst(2026, 10, 31, 0, 0),                                             // first second after it
		cst(2027, 2, 10, 12, 0).Add(500 * time.Millisecond),                 // inside Spring Festival, with a fraction
		utc(2027, 12, 31, 16, 0),                                            // 2028-01-01 00:00 CST, unannounced year ahead
		time.Date(2026, 11, 27, 4, 40, 0, 0, time.UTC).Add(time.Nanosecond), // a sweep's moment
	}
	rng := rand.New(rand.NewSource(1))
	for _, now := range nows {
		t.Run(now.UTC().Format(time.RFC3339Nano), func(t *testing.T) {
			sw, err := NewSweeper(cal, now)
			if err != nil {
				t.Fatal(err)
			}
			if !sw.Now().Equal(now) {
				t.Error("Now")
			}
			for i := 0; i < 20000; i++ {
				s := Stage(rng.Intn(stageCount + 1))
				var entered int64
				switch rng.Intn(10) {
				case 0: // unset
				case 1: // long ago: outside the table
					entered = now.Unix() - int64(rng.Intn(3*365*86400))
				case 2: // around the deadlines: exactly N days before now, to the second
					entered = now.Unix() - int64(rng.Intn(40))*86400 - int64(rng.Intn(3)) + 1
				default:
					entered = now.Unix() - int64(rng.Intn(60*86400)) + 3600
				}
				r := Record{Stage: s, Entered: entered}
				got := sw.Evaluate(r)
				want := Result{}
				if entered != 0 {
					st, err := Check(cal, s, time.Unix(entered, 0), now)
					if err == nil {
						want = Result{
							Deadline: st.Window.Deadline.Unix(), WorkdaysLeft: int32(st.WorkdaysLeft),
							State: st.State, Advice: st.Advice, Projected: st.Window.Projected,
						}
					}
				}
				if got != want {
					t.Fatalf("%+v at %v: sweeper %+v, Check %+v", r, now, got, want)
				}
				if got.State != StateUnknown && got.DeadlineTime().Unix() != got.Deadline {
					t.Fatal("DeadlineTime")
				}
			}
		})
	}
}

func TestSweeperEdges(t *testing.T) {
	cal := workday.China()
	now := cst(2026, 10, 1, 12, 0)
	sw, err := NewSweeper(cal, now)
	if err != nil {
		t.Fatal(err)
	}
	if got := sw.Evaluate(Record{Stage: StageSMSVerification, Entered: now.Unix() + 1}); got != (Result{}) {
		t.Errorf("entered after now: %+v", got)
	}
	if got := sw.Evaluate(RecordOf(StageSMSVerification, now.Add(-SMSValidity))); got.State != StateInWindow {
		t.Errorf("at the deadline: %+v", got)
	}
	if got := sw.Evaluate(RecordOf(StageSMSVerification, now.Add(-SMSValidity-time.Second))); got.State != StateOverdue || got.Advice != AdviceResubmit {
		t.Errorf("after the deadline: %+v", got)
	}
	if RecordOf(StageBureauReview, time.Time{}) != (Record{Stage: StageBureauReview}) {
		t.Error("RecordOf zero time")
	}
	rs := []Record{RecordOf(StageBureauReview, cst(2026, 9, 28, 10, 0)), {}, RecordOf(StagePlatformReview, cst(2026, 9, 10, 10, 0))}
	out := sw.EvaluateAll(rs, nil)
	if len(out) != 3 || out[0].State != StateInWindow || out[1] != (Result{}) || out[2].State != StateOverdue || out[2].Advice != AdviceContactWeChat {
		t.Errorf("EvaluateAll %+v", out)
	}
	for i := range rs {
		b, err := json.Marshal(struct {
			R Record
			S Result
		}{rs[i], out[i]})
		var back struct {
			R Record
			S Result
		}
		if err != nil || json.Unmarshal(b, &back) != nil || back.R != rs[i] || back.S != out[i] {
			t.Errorf("JSON round trip %s: %+v %v", b, back, err)
		}
	}
	var zero Sweeper
	if zero.Evaluate(rs[0]) != (Result{}) || (*Sweeper)(nil).Evaluate(rs[0]) != (Result{}) {
		t.Error("zero sweeper evaluated")
	}
	if (Result{}).DeadlineTime() != (time.Time{}) {
		t.Error("zero result deadline")
	}
	for _, tc := range []struct {
		name string
		cal  *workday.Calendar
		now  time.Time
		want error
	}{
		{"nil calendar", nil, now, ErrMissing},
		{"zero now", cal, time.Time{}, ErrMissing},
		{"year 1", cal, time.Date(1, 2, 1, 0, 0, 0, 0, time.UTC), ErrInvalid},
		{"year 10000 in China", cal, time.Date(9999, 12, 31, 16, 0, 0, 0, time.UTC), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewSweeper(tc.cal, tc.now); !errors.Is(err, tc.want) {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestSweeperConcurrent(t *testing.T) {
	cal := workday.China()
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(cal, now)
	if err != nil {
		t.Fatal(err)
	}
	rs := sweepRecords(now, 2000)
	want := sw.EvaluateAll(rs, nil)
	done := make(chan []Result)
	for g := 0; g < 4; g++ {
		go func() { done <- sw.EvaluateAll(rs, make([]Result, 0, len(rs))) }()
	}
	for g := 0; g < 4; g++ {
		got := <-done
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("goroutine result %d differs", i)
			}
		}
	}
}

// sweepRecords builds a fleet of live records: every stage, entered in the
// last 60 days.
func sweepRecords(now time.Time, n int) []Record {
	rng := rand.New(rand.NewSource(7))
	stages := Stages()
	rs := make([]Record, n)
	for i := range rs {
		rs[i] = Record{Stage: stages[rng.Intn(len(stages))], Entered: now.Unix() - int64(rng.Intn(60*86400))}
	}
	return rs
}

var sinkResult Result
var sinkResults []Result

// BenchmarkSweeperEvaluate measures one evaluation; the target is ≤ 1 µs
// and 0 allocations.
func BenchmarkSweeperEvaluate(b *testing.B) {
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(workday.China(), now)
	if err != nil {
		b.Fatal(err)
	}
	rs := sweepRecords(now, 1<<16)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkResult = sw.Evaluate(rs[i&(len(rs)-1)])
	}
}

// BenchmarkSweeperMillion measures a sweep of 1,000,000 records: the
// target is ≤ 1 s per operation on one core, with no allocation.
func BenchmarkSweeperMillion(b *testing.B) {
	now := cst(2026, 11, 27, 12, 0)
	sw, err := NewSweeper(workday.China(), now)
	if err != nil {
		b.Fatal(err)
	}
	rs := sweepRecords(now, 1_000_000)
	out := make([]Result, 0, len(rs))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out = sw.EvaluateAll(rs, out[:0])
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
		if err != nil {
			b.Fatal(err)
		}
		sinkResult = sw.Evaluate(Record{})
	}
}

// BenchmarkCheck measures the one-record path, for comparison.
func BenchmarkCheck(b *testing.B) {
	cal := workday.China()
	now := cst(2026, 11, 27, 12, 0)
	entered := cst(2026, 11, 2, 10, 0)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		st, _ := Check(cal, StageBureauReview, entered, now)
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
// records, including instants at the ends of the years 1..9999.
func FuzzSweeperAgreesWithCheck(f *testing.F) {
	f.Add(uint8(StageBureauReview), int64(1790000000), int64(86400*30), int64(0))
	f.Add(uint8(StageSMSVerification), int64(-62135596800-28800), int64(100), int64(5))
	f.Add(uint8(StageFaceVerification), int64(253402300799-28800-3600), int64(10), int64(999999999))
	f.Add(uint8(StagePlatformReview), int64(-1<<62), int64(1<<61), int64(1))
	f.Fuzz(func(t *testing.T, stage uint8, entered, after, nanos int64) {
		if entered == 0 || after < 0 || entered > 253402300799 {
			return
		}
		now := time.Unix(entered, 0).Add(time.Duration(after%(1<<40)) * time.Second).Add(time.Duration(nanos % 1e9))
		if nanos < 0 {
			now = now.Add(time.Second)
		}
		cal := workday.China()
		sw, err := NewSweeper(cal, now)
		if err != nil {
			return
		}
		s := Stage(stage % uint8(stageCount+1))
		got := sw.Evaluate(Record{Stage: s, Entered: entered})
		want := Result{}
		if st, err := Check(cal, s, time.Unix(entered, 0), now); err == nil {
			want = Result{Deadline: st.Window.Deadline.Unix(), WorkdaysLeft: int32(st.WorkdaysLeft), State: st.State, Advice: st.Advice, Projected: st.Window.Projected}
		}
		if got != want {
			t.Fatalf("stage %v entered %d now %v: sweeper %+v, Check %+v", s, entered, now, got, want)
		}
	})
}

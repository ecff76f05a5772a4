package store_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
)

// saved is one successful Update: the version it saved and its changes.
type saved struct {
	version int64
	changes []filing.Change
}

// TestRacingReplicas runs replicas, each with a *sql.DB of its own, that
// apply conflicting commands, polls and push events to the same records
// at once, while two consumers on pools of their own deliver the outbox.
// Afterwards every record must be consistent with its history, every
// accepted change must be in that history exactly once, in the order of
// the versions saved (no update lost), and every change must have been
// delivered exactly once, each record's in order.
func TestRacingReplicas(t *testing.T) {
	const (
		replicas   = 4
		goroutines = 3 // per replica
		records    = 6
	)
	ops := 40 // per goroutine
	if testing.Short() {
		ops = 10
	}
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		apps := make([]*filing.Application, records)
		for i := range apps {
			apps[i] = newApp(t, recordID(i), appID(i))
		}
		require.NoError(t, f.st.Create(ctx, apps...))

		var (
			tick    atomic.Int64 // minutes after t0: the moment of each command
			retries atomic.Int64 // commands run again after a conflict
			mu      sync.Mutex
			done    = map[string][]saved{}
			refused = map[string]int{}
		)
		commands := []struct {
			name string
			run  func(a *filing.Application, now time.Time) ([]filing.Change, error)
		}{
			{"poll platform review", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.Sync(pollPlatform, now)
			}},
			{"poll platform rejected", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.Sync(pollRejected, now)
			}},
			{"push event sms sent", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				p := pollSMS
				p.SMSSentAt = now.Add(-time.Minute)
				return a.Sync(p, now)
			}},
			{"poll bureau review", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.Sync(pollBureau, now)
			}},
			{"poll bureau rejected", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.Sync(pollBureauNo, now)
			}},
			{"approve platform", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.ApprovePlatform(now, now)
			}},
			{"reject platform", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.RejectPlatform(now, reasons)
			}},
			{"withdraw", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.Withdraw(now, "changed our mind")
			}},
			{"resend sms", func(a *filing.Application, now time.Time) ([]filing.Change, error) { return a.ResendSMS(now) }},
			{"wrong sms code", func(a *filing.Application, now time.Time) ([]filing.Change, error) { return a.WrongSMSCode(now) }},
			{"verify sms", func(a *filing.Application, now time.Time) ([]filing.Change, error) { return a.VerifySMS(now) }},
			{"reject bureau", func(a *filing.Application, now time.Time) ([]filing.Change, error) {
				return a.RejectBureau(now, reasons)
			}},
		}

		// The consumers.
		var (
			delivered   = map[string][]store.Message{}
			deliveredMu sync.Mutex
			stop        = make(chan struct{})
			consumers   sync.WaitGroup
		)
		consume := func(st *store.Store, drain bool) {
			for {
				ms, err := st.Fetch(ctx, 7)
				if !assert.NoError(t, err) {
					return
				}
				deliveredMu.Lock()
				for _, m := range ms {
					delivered[m.ID] = append(delivered[m.ID], m)
				}
				deliveredMu.Unlock()
				if !assert.NoError(t, st.Ack(ctx, ms...)) {
					return
				}
				if len(ms) == 0 {
					if drain {
						return
					}
					select {
					case <-stop:
						return
					case <-time.After(time.Millisecond):
					}
				}
			}
		}
		for range 2 {
			st := f.replica(t, store.Options{})
			consumers.Add(1)
			go func() { defer consumers.Done(); consume(st, false) }()
		}

		var writers sync.WaitGroup
		for r := range replicas {
			st := f.replica(t, store.Options{Attempts: 100})
			for g := range goroutines {
				writers.Add(1)
				go func() {
					defer writers.Done()
					rng := rand.New(rand.NewPCG(uint64(r), uint64(g)))
					for range ops {
						id := recordID(rng.IntN(records))
						c := commands[rng.IntN(len(commands))]
						now := at(time.Duration(tick.Add(1)) * time.Minute)
						var (
							version int64
							calls   int
						)
						cs, err := st.Update(ctx, id, func(a *filing.Application) ([]filing.Change, error) {
							if calls++; calls > 1 {
								retries.Add(1)
							}
							cs, err := c.run(a, now)
							version = a.Version()
							return cs, err
						})
						mu.Lock()
						switch {
						case err == nil && len(cs) > 0:
							done[id] = append(done[id], saved{version: version, changes: cs})
						case err == nil: // a poll the record already reflected, or a repeat
						case isRefusal(err):
							refused[c.name]++
						default:
							t.Errorf("%s on %s: unexpected error %v", c.name, id, err)
						}
						mu.Unlock()
					}
				}()
			}
		}
		writers.Wait()
		close(stop)
		consumers.Wait()
		consume(f.st, true)

		accepted := 0
		for i := range records {
			id := recordID(i)
			a, err := f.st.Load(ctx, id)
			require.NoError(t, err, "%s is consistent", id)
			saves := done[id]
			sort.Slice(saves, func(i, j int) bool { return saves[i].version < saves[j].version })
			var want []filing.Transition
			for k, s := range saves {
				require.Equal(t, int64(k+1), s.version, "%s: one accepted save per version, none lost", id)
				for _, c := range s.changes {
					want = append(want, c.Transition)
				}
			}
			assert.Equal(t, int64(len(saves)), a.Version(), "%s: version counts the accepted commands", id)
			assert.Equal(t, want, a.History(), "%s: the history is the accepted changes, in order", id)

			var got []filing.Transition
			for _, m := range delivered[id] {
				got = append(got, m.Change.Transition)
			}
			assert.Equal(t, want, got, "%s: every change delivered once, in order", id)
			accepted += len(saves)
		}
		t.Logf("%s: %d accepted commands over %d records, %d retried after a conflict; refused: %v",
			b.dialect, accepted, records, retries.Load(), refused)
		assert.Greater(t, accepted, replicas*goroutines*ops/10, "enough commands were accepted to mean something")
		assert.Positive(t, retries.Load(), "the replicas did conflict")
	})
}

// isRefusal reports whether err is a command refused by the record, which
// the race makes common: its stage or time moved under it.
func isRefusal(err error) bool {
	for _, target := range []error{
		filing.ErrTransitionNotAllowed, filing.ErrInvalidTime, filing.ErrSMSWindowClosed,
		filing.ErrSMSResendUsed, filing.ErrStatus,
	} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

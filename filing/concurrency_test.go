package filing

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// TestRacingConflictingEvents: two goroutines fire conflicting events at
// one application; exactly one wins and the record stays consistent.
func TestRacingConflictingEvents(t *testing.T) {
	pairs := []struct {
		name string
		from Stage
		x, y func(a *Application, now time.Time) error
	}{
		{"approve vs reject at the bureau", StageBureauReview,
			func(a *Application, now time.Time) error { return a.ApproveBureau(now, goodNumber) },
			func(a *Application, now time.Time) error { return a.RejectBureau(now, someReasons) }},
		{"withdraw vs approve at the platform", StagePlatformReview,
			func(a *Application, now time.Time) error { return a.Withdraw(now, "") },
			func(a *Application, now time.Time) error { return a.ApprovePlatform(now, now) }},
		{"same event twice", StageDraft,
			func(a *Application, now time.Time) error { return a.Submit(now) },
			func(a *Application, now time.Time) error { return a.Submit(now) }},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			for i := 0; i < 50; i++ {
				a := inStageOf(t, p.from)
				n := len(a.History())
				now := at(40 * time.Hour)
				var wg sync.WaitGroup
				errs := make([]error, 2)
				start := make(chan struct{})
				for j, f := range []func(*Application, time.Time) error{p.x, p.y} {
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						errs[j] = f(a, now)
					}()
				}
				// Readers run alongside the writers.
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					_ = a.Stage()
					_, _ = json.Marshal(a)
					_ = fmt.Sprint(a)
				}()
				close(start)
				wg.Wait()
				ok := 0
				for _, err := range errs {
					if err == nil {
						ok++
					} else if !errors.Is(err, ErrTransitionNotAllowed) {
						t.Fatalf("loser refused with %v, want ErrTransitionNotAllowed", err)
					}
				}
				if ok != 1 {
					t.Fatalf("%d events accepted: %v", ok, errs)
				}
				s := a.Snapshot()
				if len(s.History) != n+1 {
					t.Fatalf("history grew by %d", len(s.History)-n)
				}
				if err := s.check(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

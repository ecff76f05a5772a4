package filing

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// TestRacingConflictingEvents: 64 goroutines fire conflicting commands at
// one application; exactly one is accepted, the others are refused as not
// allowed (a conflicting command) or already done (the winner's own
// command), and the record stays consistent.
func TestRacingConflictingEvents(t *testing.T) {
	const racers = 64
	pairs := []struct {
		name string
		from Stage
		x, y step
	}{
		{"approve vs reject at the bureau", StageBureauReview, approveBureau,
			func(a *Application, now time.Time) ([]Change, error) { return a.RejectBureau(now, someReasons) }},
		{"withdraw vs approve at the platform", StagePlatformReview,
			func(a *Application, now time.Time) ([]Change, error) { return a.Withdraw(now, "") }, approvePlatform},
		{"sms expiry vs bureau rejection", StageSMSVerification,
			func(a *Application, now time.Time) ([]Change, error) { return a.ExpireSMS(now) },
			func(a *Application, now time.Time) ([]Change, error) { return a.RejectBureau(now, someReasons) }},
		{"same submission", StageDraft, submit, submit},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			for range 20 {
				a := inStageOf(t, p.from)
				before := a.Snapshot()
				now := at(40 * time.Hour) // after the SMS window
				var wg sync.WaitGroup
				errs := make([]error, racers)
				winners := make([][]Change, racers)
				start := make(chan struct{})
				for j := range racers {
					cmd := p.x
					if j%2 == 1 {
						cmd = p.y
					}
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						winners[j], errs[j] = cmd(a, now)
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
				for j, err := range errs {
					if err == nil {
						ok++
						assert.Len(t, winners[j], 1)
						continue
					}
					if !errors.Is(err, ErrAlreadyDone) {
						require.ErrorIs(t, err, ErrTransitionNotAllowed, "a loser's error")
					}
					assert.Nil(t, winners[j])
				}
				require.Equal(t, 1, ok, "accepted commands: %v", errs)
				s := a.Snapshot()
				require.Len(t, s.History, len(before.History)+1)
				if n := len(before.History); n > 0 {
					assert.Equal(t, before.History, s.History[:n])
				}
				assert.Equal(t, before.Version+1, s.Version)
				require.NoError(t, s.check(false))
			}
		})
	}
}

// TestReadersCopyWithoutTheLock: the readers copy and marshal a record
// outside its mutex while commands keep appending to its history; every
// copy they get is a whole record, one the commands produced.
func TestReadersCopyWithoutTheLock(t *testing.T) {
	a := inStageOf(t, StageSMSVerification)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	ready := make(chan struct{}, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for first := true; ; first = false {
				if first {
					ready <- struct{}{}
				}
				select {
				case <-stop:
					return
				default:
				}
				b, err := json.Marshal(a)
				if !assert.NoError(t, err) {
					return
				}
				var back Application
				if !assert.NoError(t, back.UnmarshalJSON(b), "a marshalled copy is a whole record") {
					return
				}
				s := a.Snapshot()
				if !assert.NoError(t, s.check(false)) {
					return
				}
				h := a.History()
				assert.Equal(t, h, a.History()[:len(h)], "the history only grows")
				_ = a.Request()
				_ = fmt.Sprint(a)
			}
		}()
	}
	<-ready
	<-ready
	now := at(5 * time.Hour)
	for range maxWrongSMSCodes {
		now = now.Add(time.Minute)
		_, err := a.WrongSMSCode(now)
		require.NoError(t, err)
	}
	_, err := a.ResendSMS(now.Add(time.Minute))
	require.NoError(t, err)
	_, err = a.WrongSMSCode(now.Add(2 * time.Minute)) // the sixth fails the check
	require.NoError(t, err)
	close(stop)
	wg.Wait()
	assert.Equal(t, StageDraft, a.Stage())
}

// TestSubmitChecksOutsideTheLock: while Submit checks the request, which
// may take long (here it waits for another record that is locked), the
// record's getters and edits go on.
func TestSubmitChecksOutsideTheLock(t *testing.T) {
	a := newDraft(t)
	other := newDraftOf(t, Identity{ID: "order-0002", AppID: "wx0123456789abcdef"})
	other.mu.Lock() // the check reads other, so it waits here
	done := make(chan error, 1)
	go func() {
		_, err := a.Submit(at(time.Hour), CheckOptions{Others: []*Application{other}})
		done <- err
	}()
	require.Eventually(t, func() bool { return inCheck() }, 10*time.Second, time.Millisecond,
		"Submit never reached the check")

	got := make(chan Stage, 1)
	go func() {
		_ = a.Version()
		_ = a.Snapshot()
		got <- a.Stage()
	}()
	select {
	case s := <-got:
		assert.Equal(t, StageDraft, s)
	case <-time.After(10 * time.Second):
		require.FailNow(t, "a getter waited for the check")
	}
	// A concurrent edit during the check: Submit checks again, and submits
	// what it checked last.
	req := a.Request()
	req.ICPSubject.BaseInfo.Name = "深圳市示例网络科技有限公司"
	require.NoError(t, a.SetRequest(req, at(30*time.Minute)))

	other.mu.Unlock()
	require.NoError(t, <-done)
	assert.Equal(t, StagePlatformReview, a.Stage())
	assert.Equal(t, "深圳市示例网络科技有限公司", a.Request().ICPSubject.BaseInfo.Name)
}

// inCheck reports whether a goroutine is inside Request.Check.
func inCheck() bool {
	buf := make([]byte, 1<<20)
	return strings.Contains(string(buf[:runtime.Stack(buf, true)]), "filing.(*Request).Check(")
}

// TestSubmitRechecks: a request replaced during the check is checked
// again; one replaced during every check gives up with
// ErrConcurrentChange.
func TestSubmitRechecks(t *testing.T) {
	t.Run("the new request's problems", func(t *testing.T) {
		a := newDraft(t)
		bad := a.Request()
		bad.ICPSubject.PrincipalInfo.Mobile = ""
		runs := 0
		check := func(r *Request, o CheckOptions) Problems {
			runs++
			if runs == 1 {
				require.NoError(t, a.SetRequest(bad, at(20*time.Minute)))
			}
			return r.Check(o)
		}
		_, err := a.submit(at(time.Hour), CheckOptions{}, check)
		var ps Problems
		require.ErrorAs(t, err, &ps)
		assert.Equal(t, bad.Check(CheckOptions{On: workday.DateOf(at(time.Hour))}), ps)
		assert.Equal(t, 2, runs)
		assert.Equal(t, StageDraft, a.Stage())
	})
	t.Run("gives up", func(t *testing.T) {
		a := newDraft(t)
		before := a.Snapshot()
		runs := 0
		check := func(r *Request, o CheckOptions) Problems {
			runs++
			require.NoError(t, a.SetRequest(*r, at(20*time.Minute)))
			return nil
		}
		changes, err := a.submit(at(time.Hour), CheckOptions{}, check)
		require.ErrorIs(t, err, ErrConcurrentChange)
		assert.Nil(t, changes)
		assert.Equal(t, maxCheckRuns, runs)
		// The edits went through; the submission did not.
		assert.Equal(t, before.Version+maxCheckRuns, a.Version())
		assert.Equal(t, before.History, a.History())
		assert.Equal(t, StageDraft, a.Stage())
	})
	t.Run("a record loaded during the check", func(t *testing.T) {
		// a and b have the same version; a's request is bad, b's good.
		a, b := newDraft(t), newDraft(t)
		bad := a.Request()
		bad.ICPSubject.PrincipalInfo.Mobile = ""
		require.NoError(t, a.SetRequest(bad, at(20*time.Minute)))
		require.NoError(t, b.SetRequest(b.Request(), at(20*time.Minute)))
		require.Equal(t, a.Version(), b.Version())
		stored, err := json.Marshal(b)
		require.NoError(t, err)
		runs := 0
		check := func(r *Request, o CheckOptions) Problems {
			runs++
			if runs == 1 {
				require.NoError(t, json.Unmarshal(stored, a))
			}
			return r.Check(o)
		}
		_, err = a.submit(at(time.Hour), CheckOptions{}, check)
		require.NoError(t, err)
		assert.Equal(t, 2, runs)
	})
}

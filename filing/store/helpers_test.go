package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
	"github.com/beian-go/beian/workday"
)

// t0 is when test records are created: Monday 2026-03-02 09:00 CST.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, workday.CST)

func at(d time.Duration) time.Time { return t0.Add(d) }

// fakeClock is the store's clock in tests: it moves only when told.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *fakeClock { return &fakeClock{now: t0} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// fixture is one test database of one dialect: pool opens a new *sql.DB
// onto it (another replica), st is a migrated Store on the first pool.
type fixture struct {
	b     backend
	pool  func(testing.TB) *sql.DB
	db    *sql.DB
	clock *fakeClock
	st    *store.Store
}

func newFixture(t testing.TB, b backend) *fixture {
	t.Helper()
	f := &fixture{b: b, pool: b.fresh(t), clock: newClock()}
	f.db = f.pool(t)
	f.st = f.store(t, f.db, store.Options{})
	return f
}

// store returns a migrated Store on db with the fixture's clock (unless o
// has one) and dialect.
func (f *fixture) store(t testing.TB, db *sql.DB, o store.Options) *store.Store {
	t.Helper()
	o.Dialect = f.b.dialect
	if o.Now == nil {
		o.Now = f.clock.Now
	}
	st, err := store.New(db, o)
	require.NoError(t, err)
	require.NoError(t, st.Migrate(context.Background()))
	return st
}

// replica returns a Store on a pool of its own.
func (f *fixture) replica(t testing.TB, o store.Options) *store.Store {
	return f.store(t, f.pool(t), o)
}

// newApp returns a draft created at t0.
func newApp(t testing.TB, id, appid string) *filing.Application {
	t.Helper()
	a, err := filing.NewApplication(filing.Identity{ID: id, AppID: appid}, filing.Request{}, t0)
	require.NoError(t, err)
	return a
}

// appID returns the appid of test record i.
func appID(i int) string { return fmt.Sprintf("wx%016x", i%7) }

// recordID returns the id of test record i.
func recordID(i int) string { return fmt.Sprintf("rec-%06d", i) }

// jsonOf marshals a record.
func jsonOf(t testing.TB, a *filing.Application) string {
	t.Helper()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	return string(b)
}

// mustChanges fails the test on err.
func mustChanges(t testing.TB) func([]filing.Change, error) []filing.Change {
	return func(cs []filing.Change, err error) []filing.Change {
		t.Helper()
		require.NoError(t, err)
		return cs
	}
}

var reasons = []filing.Rejection{{Field: "主办单位名称", Reason: "与证件不一致"}}

// polls are WeChat statuses that move a record around the stages
// without the checks of the merchant's own commands.
var (
	pollPlatform = filing.Poll{Status: filing.StatusPlatformReview}
	pollRejected = filing.Poll{Status: filing.StatusPlatformRejected, AuditData: reasons}
	pollSMS      = filing.Poll{Status: filing.StatusBureauReview, SMSVerifyStatus: filing.SMSWaiting}
	pollBureau   = filing.Poll{Status: filing.StatusBureauReview, SMSVerifyStatus: filing.SMSVerified}
	pollBureauNo = filing.Poll{Status: filing.StatusBureauRejected, AuditData: reasons}
)

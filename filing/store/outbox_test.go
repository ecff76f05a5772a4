package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
)

// seqs returns the Seq of each message.
func seqs(ms []store.Message) []int64 {
	var out []int64
	for _, m := range ms {
		out = append(out, m.Seq)
	}
	return out
}

// drive applies a submission, the platform's approval and the SMS
// check to record id: three changes, saved by three Updates.
func drive(t *testing.T, st *store.Store, id string, start time.Duration) []filing.Change {
	t.Helper()
	ctx := context.Background()
	var all []filing.Change
	for i, cmd := range []func(a *filing.Application) ([]filing.Change, error){
		func(a *filing.Application) ([]filing.Change, error) { return a.Sync(pollPlatform, at(start+time.Hour)) },
		func(a *filing.Application) ([]filing.Change, error) {
			return a.ApprovePlatform(at(start+2*time.Hour), at(start+2*time.Hour))
		},
		func(a *filing.Application) ([]filing.Change, error) { return a.VerifySMS(at(start + 3*time.Hour)) },
	} {
		cs, err := st.Update(ctx, id, cmd)
		require.NoError(t, err, "step %d", i)
		require.Len(t, cs, 1)
		all = append(all, cs...)
	}
	return all
}

func TestOutbox(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		require.NoError(t, f.st.Create(ctx, newApp(t, "x", "wx1"), newApp(t, "y", "wx2")))
		cx := drive(t, f.st, "x", 0)
		cy := drive(t, f.st, "y", 10*time.Hour)

		t.Run("fetch in order, with the record's data", func(t *testing.T) {
			ms, err := f.st.Fetch(ctx, 0)
			require.NoError(t, err)
			require.Len(t, ms, 6)
			for i, m := range ms {
				want, id, appid := cx, "x", "wx1"
				if i >= 3 {
					want, id, appid = cy, "y", "wx2"
				}
				assert.Equal(t, want[i%3], m.Change)
				assert.Equal(t, id, m.ID)
				assert.Equal(t, appid, m.AppID)
				assert.Equal(t, int64(i%3+1), m.Version)
				assert.Equal(t, 1, m.Attempt)
				if i > 0 {
					assert.Greater(t, m.Seq, ms[i-1].Seq)
				}
			}
			assert.Equal(t, filing.TodoVerifySMS, ms[1].Change.Todo)
			assert.True(t, at(26*time.Hour).Equal(ms[1].Change.Due), "the SMS's deadline comes with the change")

			again, err := f.st.Fetch(ctx, 0)
			require.NoError(t, err)
			assert.Empty(t, again, "leased messages are not handed out twice")

			require.NoError(t, f.st.Ack(ctx, ms[:4]...))
			require.NoError(t, f.st.Ack(ctx, ms[:1]...), "acknowledging twice is harmless")
			f.clock.Advance(time.Minute) // the leases of the two others run out
			again, err = f.st.Fetch(ctx, 0)
			require.NoError(t, err)
			assert.Equal(t, seqs(ms[4:]), seqs(again), "unacknowledged messages come back after the lease")
			for _, m := range again {
				assert.Equal(t, 2, m.Attempt)
			}
			require.NoError(t, f.st.Ack(ctx, again...))
			f.clock.Advance(time.Hour)
			again, err = f.st.Fetch(ctx, 0)
			require.NoError(t, err)
			assert.Empty(t, again, "acknowledged messages never come back")
		})

		t.Run("limit", func(t *testing.T) {
			require.NoError(t, f.st.Create(ctx, newApp(t, "z", "wx3")))
			drive(t, f.st, "z", 20*time.Hour)
			ms, err := f.st.Fetch(ctx, 2)
			require.NoError(t, err)
			assert.Len(t, ms, 2)
			rest, err := f.st.Fetch(ctx, 2)
			require.NoError(t, err)
			assert.Empty(t, rest, "the third message of z waits for the two leased before it")
			require.NoError(t, f.st.Ack(ctx, ms...))
			rest, err = f.st.Fetch(ctx, 2)
			require.NoError(t, err)
			assert.Len(t, rest, 1)
			require.NoError(t, f.st.Ack(ctx, rest...))
		})

		t.Run("prune", func(t *testing.T) {
			n, err := f.st.Prune(ctx, f.clock.Now().Add(-time.Minute))
			require.NoError(t, err)
			assert.Equal(t, int64(6), n, "those of x and y, acknowledged an hour ago")
			n, err = f.st.Prune(ctx, f.clock.Now().Add(time.Millisecond))
			require.NoError(t, err)
			assert.Equal(t, int64(3), n, "those of z, acknowledged just now")
		})

		t.Run("ack without seq", func(t *testing.T) {
			assert.Error(t, f.st.Ack(ctx, store.Message{}))
		})
	})
}

// TestOutboxRecordOrder runs two consumers: while one holds a record's
// message, the other gets the later messages of other records only, so
// each record's messages are delivered in order.
func TestOutboxRecordOrder(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		require.NoError(t, f.st.Create(ctx, newApp(t, "x", "wx1"), newApp(t, "y", "wx2")))
		drive(t, f.st, "x", 0)
		other := f.replica(t, store.Options{})

		first, err := f.st.Fetch(ctx, 1) // x's first message
		require.NoError(t, err)
		require.Len(t, first, 1)
		drive(t, f.st, "y", 10*time.Hour)

		second, err := other.Fetch(ctx, 0)
		require.NoError(t, err)
		for _, m := range second {
			assert.Equal(t, "y", m.ID, "x's later messages wait for its first")
		}
		assert.Len(t, second, 3)

		require.NoError(t, f.st.Ack(ctx, first...))
		third, err := other.Fetch(ctx, 0)
		require.NoError(t, err)
		require.Len(t, third, 2)
		assert.Equal(t, "x", third[0].ID)
		assert.Greater(t, third[0].Seq, first[0].Seq)
	})
}

// TestCrashBetweenSaveAndDelivery saves a change and "dies" at each point
// before the acknowledgement: after the save, and after the fetch. A
// consumer started afterwards, on another pool, still delivers it.
func TestCrashBetweenSaveAndDelivery(t *testing.T) {
	for _, tc := range []struct {
		name    string
		fetched bool // the dead consumer fetched the message first
	}{
		{"died after saving", false},
		{"died after fetching", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			each(t, func(t *testing.T, b backend) {
				ctx := context.Background()
				f := newFixture(t, b)
				// The process that dies: its own pool and store.
				deadDB := f.pool(t)
				dead := f.store(t, deadDB, store.Options{})
				require.NoError(t, dead.Create(ctx, newApp(t, "r", "wx1")))
				saved, err := dead.Update(ctx, "r", func(a *filing.Application) ([]filing.Change, error) {
					return a.Sync(pollSMS, at(time.Hour))
				})
				require.NoError(t, err)
				require.Len(t, saved, 2, "submit and the platform's approval")
				if tc.fetched {
					ms, err := dead.Fetch(ctx, 0)
					require.NoError(t, err)
					require.Len(t, ms, 2)
				}
				require.NoError(t, deadDB.Close()) // the process is gone before delivering

				// A new process.
				f.clock.Advance(time.Minute + time.Millisecond)
				fresh := f.replica(t, store.Options{})
				ms, err := fresh.Fetch(ctx, 0)
				require.NoError(t, err)
				require.Len(t, ms, 2)
				for i, m := range ms {
					assert.Equal(t, saved[i], m.Change)
				}
				require.NoError(t, fresh.Ack(ctx, ms...))
				got, err := fresh.Load(ctx, "r")
				require.NoError(t, err)
				assert.Equal(t, filing.StageSMSVerification, got.Stage())
			})
		})
	}
}

package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/store"
)

func TestCreateLoad(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		a := newApp(t, "order-1", "wx0123456789abcdef")
		mustChanges(t)(a.Sync(pollPlatform, at(time.Hour)))
		require.NoError(t, f.st.Create(ctx, a))

		got, err := f.st.Load(ctx, "order-1")
		require.NoError(t, err)
		assert.JSONEq(t, jsonOf(t, a), jsonOf(t, got))
		assert.Equal(t, a.Identity(), got.Identity())
		assert.Equal(t, int64(1), got.Version())
		assert.Equal(t, filing.StagePlatformReview, got.Stage())

		var stored string
		require.NoError(t, f.db.QueryRow("SELECT record FROM beian_applications").Scan(&stored))
		assert.Equal(t, jsonOf(t, a), stored, "the row holds the record's own JSON, byte for byte")

		_, err = f.st.Load(ctx, "order-2")
		assert.ErrorIs(t, err, store.ErrNotFound)
	})
}

func TestCreateAllOrNone(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		require.NoError(t, f.st.Create(ctx, newApp(t, "a", "wx1")))

		for _, tc := range []struct {
			name string
			ids  []string
		}{
			{"taken id", []string{"b", "a", "c"}},
			{"id given twice", []string{"d", "e", "d"}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var apps []*filing.Application
				for _, id := range tc.ids {
					apps = append(apps, newApp(t, id, "wx1"))
				}
				err := f.st.Create(ctx, apps...)
				assert.ErrorIs(t, err, store.ErrExists)
				all, err := f.st.List(ctx, store.Filter{})
				require.NoError(t, err)
				assert.Len(t, all, 1, "nothing of the failed batch is stored")
			})
		}
		assert.Error(t, f.st.Create(ctx, nil))
		assert.Error(t, f.st.Create(ctx, &filing.Application{}), "the zero Application has no identity")
	})
}

func TestCreateMany(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		const n = 1234 // more than one INSERT statement
		apps := make([]*filing.Application, n)
		for i := range apps {
			apps[i] = newApp(t, recordID(i), appID(i))
		}
		require.NoError(t, f.st.Create(ctx, apps...))
		var ids []string
		for after := ""; ; {
			page, err := f.st.List(ctx, store.Filter{After: after, Limit: 1000})
			require.NoError(t, err)
			if len(page) == 0 {
				break
			}
			for _, e := range page {
				ids = append(ids, e.ID)
			}
			after = page[len(page)-1].ID
		}
		require.Len(t, ids, n)
		for i, id := range ids {
			assert.Equal(t, recordID(i), id)
		}
	})
}

func TestSave(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		require.NoError(t, f.st.Create(ctx, newApp(t, "r", "wx1")))
		other := f.replica(t, store.Options{})

		mine, err := f.st.Load(ctx, "r")
		require.NoError(t, err)
		theirs, err := other.Load(ctx, "r")
		require.NoError(t, err)

		t.Run("nothing to save", func(t *testing.T) {
			assert.NoError(t, f.st.Save(ctx, mine, mine.Version(), nil))
		})

		cs := mustChanges(t)(theirs.Sync(pollPlatform, at(time.Hour)))
		require.NoError(t, other.Save(ctx, theirs, 0, cs))

		t.Run("stale version", func(t *testing.T) {
			before := jsonOf(t, theirs)
			require.NoError(t, mine.SetRequest(filing.Request{}, at(2*time.Hour)))
			err := f.st.Save(ctx, mine, 0, nil)
			var ce *store.ConflictError
			require.ErrorAs(t, err, &ce)
			assert.ErrorIs(t, err, store.ErrConflict)
			assert.Equal(t, store.ConflictError{ID: "r", Expected: 0, Found: 1}, *ce)
			got, err := f.st.Load(ctx, "r")
			require.NoError(t, err)
			assert.JSONEq(t, before, jsonOf(t, got), "a refused save changes nothing")
		})

		t.Run("version not moved forward", func(t *testing.T) {
			assert.Error(t, f.st.Save(ctx, theirs, 5, nil))
		})

		t.Run("unknown id", func(t *testing.T) {
			ghost := newApp(t, "ghost", "wx1")
			mustChanges(t)(ghost.Sync(pollPlatform, at(time.Hour)))
			assert.ErrorIs(t, f.st.Save(ctx, ghost, 0, nil), store.ErrNotFound)
		})

		msgs, err := f.st.Fetch(ctx, 0)
		require.NoError(t, err)
		require.Len(t, msgs, 1, "only the saved change is in the outbox")
		assert.Equal(t, cs[0], msgs[0].Change)
	})
}

func TestUpdate(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		f := newFixture(t, b)
		require.NoError(t, f.st.Create(ctx, newApp(t, "r", "wx1")))

		t.Run("applies and saves", func(t *testing.T) {
			cs, err := f.st.Update(ctx, "r", func(a *filing.Application) ([]filing.Change, error) {
				return a.Sync(pollPlatform, at(time.Hour))
			})
			require.NoError(t, err)
			require.Len(t, cs, 1)
			assert.Equal(t, filing.EventSubmit, cs[0].Event)
		})

		t.Run("a repeated poll saves nothing", func(t *testing.T) {
			cs, err := f.st.Update(ctx, "r", func(a *filing.Application) ([]filing.Change, error) {
				return a.Sync(pollPlatform, at(2*time.Hour))
			})
			require.NoError(t, err)
			assert.Empty(t, cs)
		})

		t.Run("already done is success", func(t *testing.T) {
			cmd := func(a *filing.Application) ([]filing.Change, error) {
				return a.ApprovePlatform(at(3*time.Hour), at(3*time.Hour))
			}
			cs, err := f.st.Update(ctx, "r", cmd)
			require.NoError(t, err)
			require.Len(t, cs, 1)
			cs, err = f.st.Update(ctx, "r", cmd) // a retry after a lost answer
			require.NoError(t, err)
			assert.Empty(t, cs)
		})

		t.Run("a refused command saves nothing", func(t *testing.T) {
			before, err := f.st.Load(ctx, "r")
			require.NoError(t, err)
			_, err = f.st.Update(ctx, "r", func(a *filing.Application) ([]filing.Change, error) {
				return a.Withdraw(at(4*time.Hour), "too late")
			})
			assert.ErrorIs(t, err, filing.ErrTransitionNotAllowed)
			after, err := f.st.Load(ctx, "r")
			require.NoError(t, err)
			assert.Equal(t, before.Version(), after.Version())
		})

		t.Run("retries on conflict", func(t *testing.T) {
			other := f.replica(t, store.Options{})
			calls := 0
			cs, err := f.st.Update(ctx, "r", func(a *filing.Application) ([]filing.Change, error) {
				calls++
				if calls == 1 { // another replica saves first
					_, err := other.Update(ctx, "r", func(a *filing.Application) ([]filing.Change, error) {
						return a.ResendSMS(at(5 * time.Hour))
					})
					require.NoError(t, err)
				}
				return a.VerifySMS(at(6 * time.Hour))
			})
			require.NoError(t, err)
			assert.Equal(t, 2, calls)
			require.Len(t, cs, 1)
			got, err := f.st.Load(ctx, "r")
			require.NoError(t, err)
			h := got.History()
			require.GreaterOrEqual(t, len(h), 2)
			assert.Equal(t, filing.EventResendSMS, h[len(h)-2].Event, "the other replica's change is kept")
			assert.Equal(t, filing.EventVerifySMS, h[len(h)-1].Event)
		})

		t.Run("gives up after Attempts", func(t *testing.T) {
			require.NoError(t, f.st.Create(ctx, newApp(t, "g", "wx1")))
			st := f.replica(t, store.Options{Attempts: 2})
			other := f.replica(t, store.Options{})
			n := 0
			_, err := st.Update(ctx, "g", func(a *filing.Application) ([]filing.Change, error) {
				n++ // every time, another replica changes the draft first
				_, err := other.Update(ctx, "g", func(a *filing.Application) ([]filing.Change, error) {
					return nil, a.SetRequest(filing.Request{}, at(time.Duration(n)*time.Hour))
				})
				require.NoError(t, err)
				return nil, a.RecordFaceVerification("task", at(20*time.Hour), at(20*time.Hour))
			})
			var ce *store.ConflictError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, store.ConflictError{ID: "g", Expected: 1, Found: 2}, *ce)
			assert.Equal(t, 2, n)
		})

		t.Run("unknown id", func(t *testing.T) {
			_, err := f.st.Update(ctx, "nobody", func(a *filing.Application) ([]filing.Change, error) {
				return nil, errors.New("not called")
			})
			assert.ErrorIs(t, err, store.ErrNotFound)
		})
	})
}

package store_test

import (
	"context"
	"database/sql"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/filing/store"
)

func TestMigrate(t *testing.T) {
	each(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		pool := b.fresh(t)
		db := pool(t)
		st, err := store.New(db, store.Options{Dialect: b.dialect})
		require.NoError(t, err)

		t.Run("concurrent and idempotent", func(t *testing.T) {
			var wg sync.WaitGroup
			errs := make([]error, 4)
			for i := range errs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					other, err := store.New(pool(t), store.Options{Dialect: b.dialect})
					if err == nil {
						err = other.Migrate(ctx)
					}
					errs[i] = err
				}()
			}
			wg.Wait()
			for _, err := range errs {
				assert.NoError(t, err)
			}
			require.NoError(t, st.Migrate(ctx))
			var versions []int
			rows, err := db.Query("SELECT version FROM beian_schema ORDER BY version")
			require.NoError(t, err)
			for rows.Next() {
				var v int
				require.NoError(t, rows.Scan(&v))
				versions = append(versions, v)
			}
			require.NoError(t, rows.Err())
			want := make([]int, store.SchemaVersion(b.dialect))
			for i := range want {
				want[i] = i + 1
			}
			assert.Equal(t, want, versions, "each migration recorded once")
		})

		t.Run("newer schema refused", func(t *testing.T) {
			_, err := db.Exec("INSERT INTO beian_schema (version, applied) VALUES ($1, 0)", store.SchemaVersion(b.dialect)+1)
			require.NoError(t, err)
			defer db.Exec("DELETE FROM beian_schema WHERE version = $1", store.SchemaVersion(b.dialect)+1)
			err = st.Migrate(ctx)
			assert.ErrorIs(t, err, store.ErrSchema)
		})
	})
}

func TestMigrateSQLiteNeedsBusyTimeout(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+t.TempDir()+"/x.db")
	require.NoError(t, err)
	defer db.Close()
	st, err := store.New(db, store.Options{Dialect: store.SQLite})
	require.NoError(t, err)
	assert.ErrorContains(t, st.Migrate(context.Background()), "busy timeout")

	db.SetMaxOpenConns(1) // one connection never waits for another
	assert.NoError(t, st.Migrate(context.Background()))
}

func TestNew(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+t.TempDir()+"/x.db")
	require.NoError(t, err)
	defer db.Close()
	for _, tc := range []struct {
		name string
		db   *sql.DB
		o    store.Options
	}{
		{"nil db", nil, store.Options{Dialect: store.SQLite}},
		{"no dialect", db, store.Options{}},
		{"dialect out of range", db, store.Options{Dialect: 9}},
		{"negative attempts", db, store.Options{Dialect: store.SQLite, Attempts: -1}},
		{"negative lease", db, store.Options{Dialect: store.PostgreSQL, Lease: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := store.New(tc.db, tc.o)
			assert.Error(t, err)
			assert.Nil(t, st)
		})
	}
}

// Both dialects move through the same schema versions.
func TestMigrationsPerDialect(t *testing.T) {
	assert.Equal(t, store.SchemaVersion(store.SQLite), store.SchemaVersion(store.PostgreSQL))
	assert.Positive(t, store.SchemaVersion(store.SQLite))
}

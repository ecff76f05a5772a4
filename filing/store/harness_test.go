package store_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/beian-go/beian/filing/store"
)

// postgresEnv names the environment variable with the DSN of the
// PostgreSQL server the tests use, for example
// "host=/var/run/postgresql dbname=beian_test". .ci/run starts the
// server and sets it.
const postgresEnv = "BEIAN_TEST_POSTGRES"

const postgresHint = postgresEnv + " is not set: PostgreSQL tests skipped " +
	"(as root: pg_ctlcluster 15 main start; su postgres -c 'createuser --superuser root'; createdb beian_test; " +
	"export " + postgresEnv + "='host=/var/run/postgresql dbname=beian_test')"

// backend opens databases of one dialect for tests: each database it
// returns is new and empty, and each call returns a new pool onto the
// same database, as another replica would have.
type backend struct {
	dialect store.Dialect
	// fresh makes a new empty database and returns a function opening a
	// pool onto it.
	fresh func(t testing.TB) func(t testing.TB) *sql.DB
}

// backends returns the dialects to test. PostgreSQL is skipped, with a
// line saying how to start it, when postgresEnv is unset outside CI; it
// fails when the variable is set (or CI is) and the server cannot be
// reached.
func backends(t testing.TB) []backend {
	bs := []backend{{dialect: store.SQLite, fresh: freshSQLite}}
	if os.Getenv(postgresEnv) != "" || os.Getenv("CI") != "" {
		bs = append(bs, backend{dialect: store.PostgreSQL, fresh: freshPostgres})
	}
	return bs
}

// each runs f once per dialect, as the subtests "sqlite" and "postgres".
func each(t *testing.T, f func(t *testing.T, b backend)) {
	t.Helper()
	for _, b := range backends(t) {
		t.Run(b.dialect.String(), func(t *testing.T) { f(t, b) })
	}
	if os.Getenv(postgresEnv) == "" && os.Getenv("CI") == "" {
		t.Run("postgres", func(t *testing.T) { t.Skip(postgresHint) })
	}
}

// sqliteDSN is how a service opens SQLite for the store: WAL so readers
// do not wait for the writer, and a busy timeout so writers wait their
// turn instead of failing.
func sqliteDSN(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
}

func freshSQLite(t testing.TB) func(t testing.TB) *sql.DB {
	path := filepath.Join(t.TempDir(), "beian.db")
	// Switch the new file to WAL once, from one connection: the mode is
	// kept in the file, and the switch itself, which needs the file to
	// itself, can fail at once when several pools open it together.
	db, err := sql.Open("sqlite", sqliteDSN(path))
	require.NoError(t, err)
	require.NoError(t, db.Ping())
	require.NoError(t, db.Close())
	return func(t testing.TB) *sql.DB {
		db, err := sql.Open("sqlite", sqliteDSN(path))
		require.NoError(t, err)
		t.Cleanup(func() { db.Close() })
		return db
	}
}

var (
	pgOnce sync.Once
	pgErr  error
)

// freshPostgres makes a schema of its own for the test, dropped at its
// end, and opens pools whose search_path is that schema.
func freshPostgres(t testing.TB) func(t testing.TB) *sql.DB {
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Fatalf("CI is set but %s is not: .ci/run must start PostgreSQL and export it", postgresEnv)
	}
	pgOnce.Do(func() {
		db, err := sql.Open("pgx", dsn)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err = db.PingContext(ctx)
			db.Close()
		}
		pgErr = err
	})
	require.NoError(t, pgErr, "PostgreSQL at %s=%q cannot be reached", postgresEnv, dsn)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", dsn)
	require.NoError(t, err)
	_, err = admin.Exec("CREATE SCHEMA " + schema)
	require.NoError(t, err)
	t.Cleanup(func() {
		_, _ = admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	if strings.Contains(dsn, "://") { // URL form
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		dsn += sep + "search_path=" + schema
	} else { // key=value form
		dsn += " search_path=" + schema
	}
	return func(t testing.TB) *sql.DB {
		db, err := sql.Open("pgx", dsn)
		require.NoError(t, err)
		t.Cleanup(func() { db.Close() })
		return db
	}
}

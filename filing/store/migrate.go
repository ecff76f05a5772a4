package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrationFiles embed.FS

// migration is one step of the schema.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the dialect's migrations in version order. Their
// files are named NNNN_what.sql; the number is the schema version the
// file leads to.
func (d *dialect) migrations() ([]migration, error) {
	dir := path.Join("migrations", d.dir)
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("store: migration file %s is not named NNNN_name.sql", e.Name())
		}
		b, err := migrationFiles.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %s out of sequence", m.name)
		}
	}
	return ms, nil
}

// createSchemaTable creates the table of applied migrations.
const createSchemaTable = "CREATE TABLE IF NOT EXISTS beian_schema (version INTEGER PRIMARY KEY, applied BIGINT NOT NULL)"

// Migrate applies the migrations the database lacks (see the package
// doc). It is idempotent, and replicas running it at once wait for each
// other. It refuses a database with a newer schema (ErrSchema), and a
// SQLite pool of several connections without a busy timeout.
func (s *Store) Migrate(ctx context.Context) error {
	if s.d.busyCheck != "" && s.db.Stats().MaxOpenConnections != 1 {
		var ms int64
		if err := s.db.QueryRowContext(ctx, s.d.busyCheck).Scan(&ms); err != nil {
			return fmt.Errorf("store: reading the busy timeout: %w", err)
		}
		if ms <= 0 {
			return errors.New("store: sqlite connections need a busy timeout (e.g. _pragma=busy_timeout(10000) in the DSN) or a pool of one connection")
		}
	}
	ms, err := s.d.migrations()
	if err != nil {
		return err
	}
	if s.d.lockNeedsTable {
		if _, err := s.db.ExecContext(ctx, createSchemaTable); err != nil {
			return fmt.Errorf("store: creating beian_schema: %w", err)
		}
	}
	for {
		done, err := s.migrateOne(ctx, ms)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the first migration the database lacks, in one
// transaction, and reports whether there was none left.
func (s *Store) migrateOne(ctx context.Context, ms []migration) (done bool, err error) {
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.d.lockMigrate); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, createSchemaTable); err != nil {
			return err
		}
		var have int
		if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM beian_schema").Scan(&have); err != nil {
			return err
		}
		if have > len(ms) {
			return fmt.Errorf("%w: the database has schema version %d, this package knows up to %d", ErrSchema, have, len(ms))
		}
		if have == len(ms) {
			done = true
			return nil
		}
		m := ms[have]
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
		_, err := tx.ExecContext(ctx, s.d.q("INSERT INTO beian_schema (version, applied) VALUES ($1, $2)"),
			m.version, s.now().UnixMilli())
		return err
	})
	return done, err
}

// inTx runs f in a transaction, committing when f returns nil and rolling
// back otherwise.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

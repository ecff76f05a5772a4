package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/beian-go/beian/internal/xerr"
)

// row is one record as the applications table holds it.
type row struct {
	id, appid string
	stage     string
	version   int64
	deadline  sql.NullInt64 // Unix seconds; NULL when no clock runs
	record    []byte        // the Application's JSON
}

// outRow is one message for the outbox.
type outRow struct {
	change []byte // the filing.Change's JSON
}

// claimed is one message as a claim returns it.
type claimed struct {
	seq       int64
	id, appid string
	version   int64
	change    []byte
	attempts  int
}

// placeholders writes rows groups of width parameters each, numbered on
// from first: "($1, $2), ($3, $4)" for 2 rows of width 2 from 1.
func placeholders(b *strings.Builder, rows, width, first int) {
	n := first
	for r := 0; r < rows; r++ {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := 0; c < width; c++ {
			if c > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			n++
		}
		b.WriteByte(')')
	}
}

// insertRows inserts rows in one transaction, all or none. A taken id
// fails with ErrExists naming it.
func (s *Store) insertRows(ctx context.Context, rows []row) error {
	seen := make(map[string]struct{}, len(rows))
	for _, r := range rows {
		if _, dup := seen[r.id]; dup {
			return fmt.Errorf("%w: %s is given twice", ErrExists, xerr.Quote(r.id))
		}
		seen[r.id] = struct{}{}
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for start := 0; start < len(rows); start += s.d.batch {
			batch := rows[start:min(start+s.d.batch, len(rows))]
			var q strings.Builder
			q.WriteString("INSERT INTO beian_applications (id, appid, stage, version, deadline, record) VALUES ")
			placeholders(&q, len(batch), 6, 1)
			q.WriteString(" ON CONFLICT (id) DO NOTHING")
			args := make([]any, 0, 6*len(batch))
			for _, r := range batch {
				args = append(args, r.id, r.appid, r.stage, r.version, r.deadline, r.record)
			}
			res, err := tx.ExecContext(ctx, s.d.q(q.String()), args...)
			if err != nil {
				return fmt.Errorf("store: inserting records: %w", err)
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n != int64(len(batch)) {
				return s.taken(ctx, tx, batch)
			}
		}
		return nil
	})
}

// taken returns ErrExists naming the first id of batch already stored.
func (s *Store) taken(ctx context.Context, tx *sql.Tx, batch []row) error {
	for _, r := range batch {
		var one int
		err := tx.QueryRowContext(ctx, s.d.q("SELECT 1 FROM beian_applications WHERE id = $1"), r.id).Scan(&one)
		if err == nil {
			return fmt.Errorf("%w: %s", ErrExists, xerr.Quote(r.id))
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	return fmt.Errorf("%w: one of the ids", ErrExists)
}

// loadRow reads the row of id.
func (s *Store) loadRow(ctx context.Context, id string) (row, error) {
	r := row{id: id}
	err := s.db.QueryRowContext(ctx,
		s.d.q("SELECT appid, stage, version, deadline, record FROM beian_applications WHERE id = $1"), id).
		Scan(&r.appid, &r.stage, &r.version, &r.deadline, &r.record)
	if errors.Is(err, sql.ErrNoRows) {
		return row{}, fmt.Errorf("%w: %s", ErrNotFound, xerr.Quote(id))
	}
	if err != nil {
		return row{}, fmt.Errorf("store: loading %s: %w", xerr.Quote(id), err)
	}
	return r, nil
}

// swapRow replaces the row of r.id, if it still has version base, by r,
// and appends outs to the outbox, in one transaction. The UPDATE comes
// first: it takes the row's lock (PostgreSQL) or the write lock (SQLite)
// before anything is read, so two writers of one record are serialised
// and the outbox rows of a record get increasing sequence numbers in the
// order their saves commit.
func (s *Store) swapRow(ctx context.Context, r row, base int64, outs []outRow) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.d.q(
			"UPDATE beian_applications SET stage = $1, version = $2, deadline = $3, record = $4 WHERE id = $5 AND version = $6"),
			r.stage, r.version, r.deadline, r.record, r.id, base)
		if err != nil {
			return fmt.Errorf("store: saving %s: %w", xerr.Quote(r.id), err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			var found int64
			err := tx.QueryRowContext(ctx, s.d.q("SELECT version FROM beian_applications WHERE id = $1"), r.id).Scan(&found)
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("%w: %s", ErrNotFound, xerr.Quote(r.id))
			}
			if err != nil {
				return err
			}
			return &ConflictError{ID: r.id, Expected: base, Found: found}
		}
		created := s.now().UnixMilli()
		for start := 0; start < len(outs); start += s.d.batch {
			batch := outs[start:min(start+s.d.batch, len(outs))]
			var q strings.Builder
			q.WriteString("INSERT INTO beian_outbox (record_id, appid, version, change, created) VALUES ")
			placeholders(&q, len(batch), 5, 1)
			args := make([]any, 0, 5*len(batch))
			for _, o := range batch {
				args = append(args, r.id, r.appid, r.version, o.change, created)
			}
			if _, err := tx.ExecContext(ctx, s.d.q(q.String()), args...); err != nil {
				return fmt.Errorf("store: writing the outbox of %s: %w", xerr.Quote(r.id), err)
			}
		}
		return nil
	})
}

// claim reserves up to limit undelivered messages for the lease and
// returns them in sequence order. A message is taken when nobody holds a
// live lease on it and no earlier undelivered message of its record is
// leased, so consumers never hold messages of one record at once and each
// record's messages go out in order.
func (s *Store) claim(ctx context.Context, limit int) ([]claimed, error) {
	now := s.now()
	nowMs, until := now.UnixMilli(), now.Add(s.lease).UnixMilli()
	var out []claimed
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if s.d.lockClaim != "" {
			if _, err := tx.ExecContext(ctx, s.d.lockClaim); err != nil {
				return err
			}
		}
		rows, err := tx.QueryContext(ctx, s.d.q(claimQuery), until, nowMs, nowMs, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c claimed
			if err := rows.Scan(&c.seq, &c.id, &c.appid, &c.version, &c.change, &c.attempts); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: fetching from the outbox: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	return out, nil
}

// claimQuery leases the messages claim takes.
const claimQuery = `UPDATE beian_outbox SET lease_until = $1, attempts = attempts + 1
WHERE seq IN (
	SELECT o.seq FROM beian_outbox o
	WHERE o.delivered IS NULL AND (o.lease_until IS NULL OR o.lease_until <= $2)
	AND NOT EXISTS (
		SELECT 1 FROM beian_outbox p
		WHERE p.record_id = o.record_id AND p.seq < o.seq AND p.delivered IS NULL AND p.lease_until > $3)
	ORDER BY o.seq LIMIT $4)
RETURNING seq, record_id, appid, version, change, attempts`

// ack marks the messages delivered.
func (s *Store) ack(ctx context.Context, seqs []int64) error {
	now := s.now().UnixMilli()
	for start := 0; start < len(seqs); start += s.d.batch {
		batch := seqs[start:min(start+s.d.batch, len(seqs))]
		var q strings.Builder
		q.WriteString("UPDATE beian_outbox SET delivered = $1, lease_until = NULL WHERE delivered IS NULL AND seq IN ")
		q.WriteByte('(')
		args := make([]any, 0, len(batch)+1)
		args = append(args, now)
		for i, seq := range batch {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("$" + strconv.Itoa(i+2))
			args = append(args, seq)
		}
		q.WriteByte(')')
		if _, err := s.db.ExecContext(ctx, s.d.q(q.String()), args...); err != nil {
			return fmt.Errorf("store: acknowledging outbox messages: %w", err)
		}
	}
	return nil
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// Entry is a record as a list returns it, from the row's columns. It is
// a plain value, safe for concurrent use; the zero Entry names none.
type Entry struct {
	ID      string
	AppID   string
	Stage   filing.Stage
	Version int64
	// Deadline is when the clock running in the record's stage runs out
	// (a draft's face-verification task, a review's last workday, the
	// SMS check), to the second, in CST; zero when none runs.
	Deadline time.Time
}

// Filter selects the records List returns; the zero Filter selects all.
// It is a plain value, safe for concurrent use.
type Filter struct {
	AppID string       // only this appid's records, if set
	Stage filing.Stage // only this stage's records, if set
	After string       // only ids after this one (the last of a page)
	Limit int          // at most this many; 0 means 100, at most 1000
}

const (
	defaultLimit = 100
	maxLimit     = 1000
)

func limitOf(n int) int {
	switch {
	case n <= 0:
		return defaultLimit
	case n > maxLimit:
		return maxLimit
	}
	return n
}

const entryColumns = "SELECT id, appid, stage, version, deadline FROM beian_applications"

// List returns a page of the records f selects, in the byte order of
// their ids; an empty page is the end. Each page is one index range scan.
func (s *Store) List(ctx context.Context, f Filter) ([]Entry, error) {
	var (
		q    strings.Builder
		args []any
	)
	q.WriteString(entryColumns)
	cond := func(c string, v any) {
		if len(args) == 0 {
			q.WriteString(" WHERE ")
		} else {
			q.WriteString(" AND ")
		}
		args = append(args, v)
		q.WriteString(c + " $" + strconv.Itoa(len(args)))
	}
	if f.AppID != "" {
		cond("appid =", f.AppID)
	}
	if f.Stage != filing.StageUnknown {
		cond("stage =", f.Stage.String())
	}
	if f.After != "" {
		cond("id >", f.After)
	}
	args = append(args, limitOf(f.Limit))
	q.WriteString(" ORDER BY id LIMIT $" + strconv.Itoa(len(args)))
	return s.entries(ctx, q.String(), args...)
}

// Due returns up to limit (0: 100, at most 1000) records whose Deadline
// is at or before the instant before, earliest first, then by id, in one
// range scan of the deadline index. It starts after the entry after
// (the last one of the previous page; the zero Entry starts at the
// earliest), so that a sweep can go on past records it leaves overdue.
func (s *Store) Due(ctx context.Context, before time.Time, after Entry, limit int) ([]Entry, error) {
	end := before.Unix()
	if after.Deadline.IsZero() && after.ID == "" {
		return s.entries(ctx, dueFirst, end, limitOf(limit))
	}
	return s.entries(ctx, dueAfter, end, after.Deadline.Unix(), after.ID, limitOf(limit))
}

// The queries of Due: a range scan of beian_applications_deadline, from
// its start or from after a (deadline, id) pair.
const (
	dueFirst = entryColumns +
		" WHERE deadline IS NOT NULL AND deadline <= $1 ORDER BY deadline, id LIMIT $2"
	dueAfter = entryColumns +
		" WHERE deadline IS NOT NULL AND deadline <= $1 AND (deadline, id) > ($2, $3) ORDER BY deadline, id LIMIT $4"
)

// entries runs a query of entryColumns.
func (s *Store) entries(ctx context.Context, query string, args ...any) ([]Entry, error) {
	rows, err := s.db.QueryContext(ctx, s.d.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("store: listing: %w", err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var (
			e        Entry
			stage    string
			deadline sql.NullInt64
		)
		if err := rows.Scan(&e.ID, &e.AppID, &stage, &e.Version, &deadline); err != nil {
			return nil, fmt.Errorf("store: listing: %w", err)
		}
		var st filing.Stage
		if err := st.UnmarshalText([]byte(stage)); err != nil || st == filing.StageUnknown {
			return nil, &CorruptError{ID: e.ID, Err: errors.New("stage column: unknown stage")}
		}
		e.Stage = st
		if deadline.Valid {
			e.Deadline = time.Unix(deadline.Int64, 0).In(workday.CST)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: listing: %w", err)
	}
	return out, nil
}

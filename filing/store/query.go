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

// Entry is what a list returns about one record, read from the row's own
// columns without decoding the record: enough to choose what to Load or
// Update. It is a plain value, safe for concurrent use; the zero Entry
// names no record (and, given to Due as the place to continue after,
// means "from the start").
type Entry struct {
	ID      string
	AppID   string
	Stage   filing.Stage
	Version int64
	// Deadline is when the clock running in the record's stage runs out
	// (the SMS check, the face-verification task of a draft, a review's
	// last workday), to the second, in China Standard Time; zero when no
	// clock runs.
	Deadline time.Time
}

// Filter selects the records List returns. The zero Filter selects every
// record.
type Filter struct {
	AppID string       // only this mini program's records; "" for any
	Stage filing.Stage // only records in this stage; StageUnknown for any
	// After continues a listing: only ids after this one, in the order of
	// their bytes. Pass the ID of the last Entry of the previous page.
	After string
	// Limit is the most entries returned; 0 means 100, and more than
	// 1000 is taken as 1000.
	Limit int
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

// List returns the records f selects in the order of their ids, a page of
// at most f.Limit entries: an empty page is the end. Each query is one
// index range scan, whichever fields of f are set, so paging through
// every record with After costs the same per page from first to last.
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

// Due returns the records whose deadline is at or before the instant
// before, earliest deadline first (then by id), at most limit of them
// (0 means 100, at most 1000). after continues a sweep: pass the last
// Entry of the previous call to get the ones after it, so that records
// a sweep leaves overdue do not hide the rest; the zero Entry starts from
// the earliest. It is one range scan of the deadline index.
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
		st, err := filing.ParseStage(stage)
		if err != nil {
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

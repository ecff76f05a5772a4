package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/workday"
)

// Dialect is the kind of database a Store talks to. The zero value,
// DialectUnknown, is refused by New. It is a small comparable value, safe
// for concurrent use.
type Dialect uint8

// The dialects.
const (
	DialectUnknown Dialect = iota
	SQLite                 // SQLite 3.35 or later
	PostgreSQL             // PostgreSQL 12 or later
)

var dialectNames = enum.Names{Noun: "dialect", IDs: []string{"", "sqlite", "postgres"}}

// String returns "sqlite" or "postgres", "" for DialectUnknown.
func (d Dialect) String() string { return dialectNames.String(int(d)) }

// Options configure a Store: a plain value, read once by New. Only
// Dialect is required (the zero Options is refused); any other zero
// field means its default.
type Options struct {
	// Dialect is the kind of database behind the *sql.DB.
	Dialect Dialect
	// Calendar counts the review clocks' workdays for Entry.Deadline;
	// nil means workday.China().
	Calendar *workday.Calendar
	// Attempts bounds Update's tries on conflicts; 0 means 8.
	Attempts int
	// Lease is how long a fetched message stays reserved for its
	// consumer; 0 means one minute.
	Lease time.Duration
	// Now is the clock of the outbox's leases; nil means time.Now.
	// Replicas' clocks must agree to well within Lease.
	Now func() time.Time
}

// Store keeps filing records in a SQL database. Build it with New, then
// call Migrate. It is safe for concurrent use, and Stores in any number
// of processes may share one database. The zero Store is not usable.
type Store struct {
	db       *sql.DB
	d        *dialect
	cal      *workday.Calendar
	attempts int
	lease    time.Duration
	now      func() time.Time
}

// New returns a Store on db, opened by the caller with a driver of
// o.Dialect. It does no I/O; it fails on a nil db, an unknown dialect or
// a negative option.
func New(db *sql.DB, o Options) (*Store, error) {
	if db == nil {
		return nil, errors.New("store: nil *sql.DB")
	}
	d := dialects[o.Dialect]
	if d == nil {
		return nil, fmt.Errorf("store: unknown dialect %s", o.Dialect)
	}
	if o.Attempts < 0 || o.Lease < 0 {
		return nil, errors.New("store: negative Attempts or Lease")
	}
	s := &Store{db: db, d: d, cal: o.Calendar, attempts: o.Attempts, lease: o.Lease, now: o.Now}
	if s.cal == nil {
		s.cal = workday.China()
	}
	if s.attempts == 0 {
		s.attempts = 8
	}
	if s.lease == 0 {
		s.lease = time.Minute
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/workday"
)

// Dialect is the kind of database a Store talks to. The zero value,
// DialectUnknown, names none and is refused by New. It is a small
// comparable value, safe for concurrent use; it marshals to text as
// "sqlite" or "postgres".
type Dialect uint8

// The dialects.
const (
	DialectUnknown Dialect = iota
	// SQLite 3.35 or later (RETURNING), for example through
	// modernc.org/sqlite. One file, one host: replicas on other hosts
	// cannot share it.
	SQLite
	// PostgreSQL 12 or later, for example through
	// github.com/jackc/pgx/v5/stdlib. Many replicas may share one
	// database.
	PostgreSQL
)

var dialectNames = enum.Names{Noun: "dialect", IDs: []string{"", "sqlite", "postgres"}}

// String returns "sqlite" or "postgres", "" for DialectUnknown.
func (d Dialect) String() string { return dialectNames.String(int(d)) }

// MarshalText writes the id String returns; a value outside the enum is
// an error.
func (d Dialect) MarshalText() ([]byte, error) {
	b, ok := dialectNames.Marshal(int(d))
	if !ok {
		return nil, fmt.Errorf("store: cannot marshal %s", d)
	}
	return b, nil
}

// UnmarshalText reads "sqlite" or "postgres" ("" gives DialectUnknown);
// other text is an error and leaves d unchanged.
func (d *Dialect) UnmarshalText(b []byte) error {
	v, ok := dialectNames.Parse(string(b))
	if !ok {
		return fmt.Errorf("store: unknown dialect %q", mask.Echo(string(b)))
	}
	*d = Dialect(v)
	return nil
}

// Options configure a Store. Only Dialect is required; the zero value of
// every other field picks the default its comment gives.
type Options struct {
	// Dialect is the kind of database behind the *sql.DB.
	Dialect Dialect
	// Calendar counts the workdays of the review clocks when the store
	// computes a record's next deadline; nil means workday.China().
	Calendar *workday.Calendar
	// Attempts bounds how often Update tries a command when the record
	// keeps changing under it; 0 means 8.
	Attempts int
	// Lease is how long a message fetched from the outbox stays reserved
	// for the consumer that fetched it before another may fetch it again;
	// 0 means one minute.
	Lease time.Duration
	// Now is the clock of outbox times and leases; nil means time.Now.
	// Replicas sharing a database need clocks that agree to well within
	// Lease.
	Now func() time.Time
}

// Store keeps filing records in a SQL database. Build it with New and
// call Migrate before anything else. A Store is safe for concurrent use,
// and any number of Stores, in one process or in many, may share one
// database: each write compares versions in the database, never in
// memory. The zero Store is not usable.
type Store struct {
	db       *sql.DB
	d        *dialect
	cal      *workday.Calendar
	attempts int
	lease    time.Duration
	now      func() time.Time
}

// New returns a Store on db, which the caller opened with the driver of
// o.Dialect and keeps open while the Store is in use. New does no I/O.
// It fails when db is nil, the dialect unknown or an option negative.
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

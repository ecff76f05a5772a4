package store

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors, for errors.Is.
var (
	// ErrNotFound: no record has the id.
	ErrNotFound = errors.New("store: no such record")
	// ErrExists: Create was given a record whose id is taken.
	ErrExists = errors.New("store: record exists")
	// ErrConflict: the record changed since it was loaded; nothing was
	// written. The detail is a *ConflictError. Reload and try again, or
	// use Update, which does.
	ErrConflict = errors.New("store: version conflict")
	// ErrCorrupt: a stored row cannot be read back: its JSON does not
	// decode, fails the record's consistency checks, or disagrees with the
	// row's own columns. The detail is a *CorruptError.
	ErrCorrupt = errors.New("store: corrupt row")
	// ErrSchema: the database's schema is not the one this package
	// writes: Migrate was not run, or a newer version of the package
	// migrated it.
	ErrSchema = errors.New("store: schema mismatch")
)

// ConflictError is the detail of ErrConflict: a write based on version
// Expected of record ID found version Found in the database. It matches
// ErrConflict; use a *ConflictError as the errors.As target. The zero
// value describes no record; it is safe for concurrent use once returned.
type ConflictError struct {
	ID       string
	Expected int64
	Found    int64
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("store: record %q changed: based on version %d, found %d", e.ID, e.Expected, e.Found)
}

// Is reports whether target is ErrConflict.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// CorruptError is the detail of ErrCorrupt: the row of record ID (or, for
// an outbox message, the message Seq) cannot be read back, for the reason
// Err gives (a *filing.RecordError for a record that fails the
// consistency checks). It names the row, never its content. It matches
// ErrCorrupt; use a *CorruptError as the errors.As target. The zero value
// names no row; it is safe for concurrent use once returned.
type CorruptError struct {
	ID  string
	Seq int64 // outbox messages only; 0 for a record
	Err error
}

func (e *CorruptError) Error() string {
	where := "record " + strconv.Quote(e.ID)
	if e.Seq != 0 {
		where = "outbox message " + strconv.FormatInt(e.Seq, 10) + " of " + where
	}
	if e.Err == nil {
		return "store: corrupt " + where
	}
	return "store: corrupt " + where + ": " + e.Err.Error()
}

// Is reports whether target is ErrCorrupt.
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

// Unwrap returns the reason.
func (e *CorruptError) Unwrap() error { return e.Err }

package store

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors, for errors.Is.
var (
	ErrNotFound = errors.New("store: no such record")
	ErrExists   = errors.New("store: record exists") // Create of a taken id
	// ErrConflict: the record changed since it was loaded; nothing was
	// written (detail: *ConflictError).
	ErrConflict = errors.New("store: version conflict")
	// ErrCorrupt: a row's JSON does not decode, fails the record's
	// checks, or disagrees with the row's columns (detail: *CorruptError).
	ErrCorrupt = errors.New("store: corrupt row")
	// ErrSchema: a newer version of this package migrated the database.
	ErrSchema = errors.New("store: schema mismatch")
)

// ConflictError is the detail of ErrConflict (errors.As target
// *ConflictError): a write based on version Expected of record ID found
// version Found. The zero value names no record; it is safe for
// concurrent use.
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

// CorruptError is the detail of ErrCorrupt (errors.As target
// *CorruptError): the row of record ID, or its outbox message Seq, cannot
// be read back because of Err (a *filing.RecordError when the record
// fails its checks). It names the row, never its content. The zero value
// names no row; it is safe for concurrent use.
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

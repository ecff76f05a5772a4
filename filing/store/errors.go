package store

import (
	"errors"
	"strconv"

	"github.com/beian-go/beian/internal/xerr"
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
	reason := "changed: based on version " + strconv.FormatInt(e.Expected, 10) + ", found " + strconv.FormatInt(e.Found, 10)
	return xerr.Message("store", "record", e.ID, reason, nil)
}

// Is reports whether target is ErrConflict.
func (e *ConflictError) Is(target error) bool { return xerr.Is(target, ErrConflict) }

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
	subject := "corrupt record"
	if e.Seq != 0 {
		subject = "corrupt outbox message " + strconv.FormatInt(e.Seq, 10) + " of record"
	}
	return xerr.Message("store", subject, e.ID, "", e.Err)
}

// Is reports whether target is ErrCorrupt.
func (e *CorruptError) Is(target error) bool { return xerr.Is(target, ErrCorrupt) }

// Unwrap returns the reason.
func (e *CorruptError) Unwrap() error { return e.Err }

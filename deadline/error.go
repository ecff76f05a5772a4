package deadline

import (
	"errors"
	"fmt"
)

// Sentinel errors name the category of a rejected input, for errors.Is.
// Every error returned by this package wraps exactly one of them through an
// *Error.
var (
	// ErrMissing: a required instant, date or calendar is unset.
	ErrMissing = errors.New("deadline: missing value")
	// ErrInvalid: a value is outside its domain (an unknown stage, a date
	// that is not valid, an instant outside the years the calendar covers).
	ErrInvalid = errors.New("deadline: invalid value")
	// ErrOrder: two instants are in an impossible order, such as the
	// current moment before the moment a stage was entered.
	ErrOrder = errors.New("deadline: instants out of order")
)

// Error is the detail of a rejected input. Use a *Error as the errors.As
// target; errors.Is matches it against the sentinel in Err.
//
// Field names the input as a stable lower-case id ("now", "entered",
// "stage", "calendar", "listed", "filed", "submitted"). No field of this
// package holds personal data, so values are quoted as given.
type Error struct {
	Field  string // the input that was rejected
	Err    error  // one of ErrMissing, ErrInvalid, ErrOrder
	Reason string // what is wrong, in English, lower case
}

func (e *Error) Error() string {
	return fmt.Sprintf("deadline: %s: %s", e.Field, e.Reason)
}

// Unwrap returns the sentinel, so that errors.Is(err, ErrMissing) works.
func (e *Error) Unwrap() error { return e.Err }

func errorf(field string, sentinel error, format string, args ...any) *Error {
	return &Error{Field: field, Err: sentinel, Reason: fmt.Sprintf(format, args...)}
}

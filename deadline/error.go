package deadline

import (
	"errors"
	"fmt"
)

// Sentinel errors name the category of a rejected input, for [errors.Is].
// Every error returned by this package is an *[Error] wrapping exactly one
// of them.
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

// Error is the detail of a rejected input. Use a *Error as the [errors.As]
// target (a pointer: every function returns *Error); [errors.Is] matches
// it against the sentinel in Err.
//
// Field names the input as a stable lower-case id: a parameter ("now",
// "on", "entered", "submitted", "stage", "calendar"), a field of [Program]
// ("listed", "filed"), or the type whose text could not be read ("stage",
// "rule", "status", "state", "advice", "period"). No input of this package
// holds personal data, so a rejected text is quoted as given, clipped to
// 32 bytes.
//
// The zero Error has no sentinel and matches none. An *Error is not
// changed after it is returned and may be shared between goroutines.
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

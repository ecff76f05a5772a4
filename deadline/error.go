package deadline

import (
	"errors"
	"fmt"

	"github.com/beian-go/beian/internal/xerr"
)

// The sentinels name the category of a rejected input, for [errors.Is].
// Every error of this package is an *[Error] wrapping exactly one of them.
var (
	// ErrMissing: a required instant, date or calendar is unset.
	ErrMissing = errors.New("deadline: missing value")
	// ErrInvalid: a value is outside its domain (an unknown clock or id, a
	// date that is not valid, an answer outside the years 1..9999).
	ErrInvalid = errors.New("deadline: invalid value")
	// ErrOrder: the moment of evaluation is before the clock started.
	ErrOrder = errors.New("deadline: instants out of order")
)

// Error is the detail of a rejected input; use a *Error as the
// [errors.As] target. Field is a parameter ("calendar", "clock",
// "started", "submitted", "now", "on"), a field of [Program] ("listed",
// "filed"), or the type of an unreadable text ("clock", "state", "advice",
// "status", "rule"). Reason is in English; the message quotes rejected
// text masked, so that personal data passed by mistake is never shown in
// full. The zero Error matches no sentinel. An *Error is never changed
// once returned and is safe for concurrent use.
type Error struct {
	Field  string
	Err    error // ErrMissing, ErrInvalid or ErrOrder
	Reason string

	input string // the rejected text, as much as a message may show
}

func (e *Error) Error() string { return xerr.Message("deadline", e.Field, e.input, e.Reason, nil) }

func (e *Error) Unwrap() error { return e.Err }

func errorf(field string, sentinel error, format string, args ...any) *Error {
	return &Error{Field: field, Err: sentinel, Reason: fmt.Sprintf(format, args...)}
}

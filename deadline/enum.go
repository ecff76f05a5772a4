package deadline

import (
	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
)

// The enums of this package name themselves through internal/enum; these
// two helpers turn its answers into this package's errors.

// marshalEnum returns the id of value v of n, or an error wrapping
// ErrInvalid for a value n does not name.
func marshalEnum(n *enum.Names, v int) ([]byte, error) {
	b, ok := n.Marshal(v)
	if !ok {
		return nil, errorf(n.Noun, ErrInvalid, "unknown %s", n.String(v))
	}
	return b, nil
}

// parseEnum returns the value of n whose id is text, or an error wrapping
// ErrInvalid that shows text only when it has an id's shape (xerr.Token).
func parseEnum(n *enum.Names, text []byte) (int, error) {
	i, ok := n.Parse(string(text))
	if !ok {
		return 0, errUnknown(n, string(text))
	}
	return i, nil
}

// errUnknown is the error for an id of no value of n.
func errUnknown(n *enum.Names, id string) *Error {
	e := &Error{Field: n.Noun, Err: ErrInvalid, Reason: "unknown " + n.Noun, input: xerr.Token(id)}
	if e.input == "" {
		e.Reason += ", not an id"
	}
	return e
}

// unmarshalEnum sets *v to the value of n whose id is text; on an error v
// is left unchanged.
func unmarshalEnum[T ~uint8](n *enum.Names, text []byte, v *T) error {
	i, err := parseEnum(n, text)
	if err == nil {
		*v = T(i)
	}
	return err
}

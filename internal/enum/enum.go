// Package enum holds the names of the module's enums, so that every enum
// names itself the same way: String gives the stable lower-case id that
// MarshalText writes ("" for the zero value), Label the Chinese name and
// English the English name, and UnmarshalText reads the id back.
//
// An enum keeps one Names value, indexed by the enum's value, and its
// methods are one-line calls into it. The errors for unknown input are
// the enum's package's own: Parse reports only whether the id is known.
package enum

import (
	"strconv"

	"github.com/beian-go/beian/internal/xerr"
)

// Names is the text of one enum, indexed by value. Index 0 is the zero
// value, whose id, label and English name are all "". Labels and En may
// be nil for an enum without such names. A Names is built once, never
// changed, and safe for concurrent use.
type Names struct {
	// Noun names the enum in the text of a value out of range:
	// String(9) of a Names with Noun "stage" is "stage(9)".
	Noun   string
	IDs    []string
	Labels []string
	En     []string
}

// Valid reports whether v is a named value other than the zero value.
func (n *Names) Valid(v int) bool { return v > 0 && v < len(n.IDs) }

// String returns the stable id of v, "" for the zero value, or
// "<noun>(v)" for a value out of range.
func (n *Names) String(v int) string {
	if v >= 0 && v < len(n.IDs) {
		return n.IDs[v]
	}
	return n.Noun + "(" + strconv.Itoa(v) + ")"
}

// Label returns the Chinese name of v, or "" for the zero value, a value
// out of range, or an enum without Chinese names.
func (n *Names) Label(v int) string { return at(n.Labels, v) }

// English returns the English name of v, or "" for the zero value, a
// value out of range, or an enum without English names.
func (n *Names) English(v int) string { return at(n.En, v) }

func at(s []string, v int) string {
	if v < 0 || v >= len(s) {
		return ""
	}
	return s[v]
}

// Marshal returns the id of v for MarshalText, and false for a value out
// of range. The zero value marshals to "".
func (n *Names) Marshal(v int) ([]byte, bool) {
	if v < 0 || v >= len(n.IDs) {
		return nil, false
	}
	return []byte(n.IDs[v]), true
}

// Parse returns the value whose id is id; "" gives the zero value. It
// reports false for an id of no value.
func (n *Names) Parse(id string) (int, bool) {
	for i, s := range n.IDs {
		if s == id {
			return i, true
		}
	}
	return 0, false
}

// StringOf is String for an enum whose values are their ids (type Clock
// string): it returns id when id names a value ("" for the zero value),
// and otherwise "<noun>(<id>)" with id quoted by xerr.QuoteToken: shown,
// masked, when it has an id's shape, and as "(not an id)" when it could be
// anything, a name or an address included, since a value read from
// outside may be printed.
func (n *Names) StringOf(id string) string {
	if _, ok := n.Parse(id); ok {
		return id
	}
	return n.Noun + "(" + xerr.QuoteToken(id) + ")"
}

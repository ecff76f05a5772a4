package jsonwire

import (
	"strconv"
	"strings"

	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/internal/xerr"
)

// ErrorKind says what sort of problem an Error is.
type ErrorKind uint8

const (
	// Syntax: the input is not JSON.
	Syntax ErrorKind = iota + 1
	// Type: a value of the wrong JSON type, or a number that does not fit.
	Type
	// Limit: a text, a list or the nesting exceeds a bound.
	Limit
)

// Error is a problem found reading or writing JSON. It never holds the
// offending text: Found describes it ("a JSON string", "the character
// '}'", "text of 5000 bytes").
type Error struct {
	Kind ErrorKind
	// Path is where the problem is: member names joined by '.', array
	// indices in brackets; "" for the document itself.
	Path string
	// Offset is the byte offset of the problem in the input.
	Offset int64
	// Found is what is there; Want what would fit.
	Found, Want string
}

func (e *Error) Error() string {
	return xerr.Message("jsonwire", e.Path, "", Reason(e.Kind, e.Offset, e.Found, e.Want), nil)
}

// Reason says what an Error of kind found at offset is, for the message
// of this package's Error and of the errors a codec turns it into: "is a
// JSON string, want a whole number", or for a Syntax error "invalid JSON
// at byte 17: found the character '}', want a value".
func Reason(kind ErrorKind, offset int64, found, want string) string {
	if kind == Syntax {
		return "invalid JSON at byte " + strconv.FormatInt(offset, 10) + ": found " + found + ", want " + want
	}
	return "is " + found + ", want " + want
}

// JoinPath returns path extended by the member name, shown as paths show
// names: a plain name (1 to 64 ASCII letters, digits, '_' or '-') through
// mask.Text, which hides long digit runs; any other name (a name or an
// address typed as a member's, say) quoted as an identifier, its middle
// hidden by mask.ID.
func JoinPath(path, name string) string {
	seg := pathName(name)
	if path == "" {
		return seg
	}
	return path + "." + seg
}

// IndexPath returns path extended by an array index: "list[3]".
func IndexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func pathName(name string) string {
	plain := len(name) > 0 && len(name) <= 64
	for i := 0; plain && i < len(name); i++ {
		c := name[i]
		plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
	}
	if plain {
		return mask.Text(name)
	}
	return xerr.Quote(mask.ID(name))
}

// describe names the input at data[i] for an error, without quoting more
// than one ASCII character of it.
func describe(data []byte, i int) string {
	if i >= len(data) {
		return "the end of the input"
	}
	c := data[i]
	switch {
	case c == '\'':
		return `the character "'"`
	case c > ' ' && c < 0x7f:
		return "the character '" + string(rune(c)) + "'"
	case c >= 0x80:
		return "a non-ASCII character"
	}
	var b strings.Builder
	b.WriteString("the byte 0x")
	b.WriteByte(hex[c>>4])
	b.WriteByte(hex[c&0xF])
	return b.String()
}

const hex = "0123456789abcdef"

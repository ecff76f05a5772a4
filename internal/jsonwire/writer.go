package jsonwire

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// Writer appends one JSON document to a byte slice. The zero value
// appends to a nil slice. It places commas between members and elements
// itself; the caller supplies the structure (a Name before each member's
// value, matching Begin and End calls).
type Writer struct {
	buf   []byte
	comma bool // a value was written at this level: the next needs a comma
	depth int
	err   *Error
	check *Reader // for Raw, made on first use
}

// Reset makes w append to dst (keeping dst's contents) and forget any
// error.
func (w *Writer) Reset(dst []byte) {
	w.buf, w.comma, w.depth, w.err = dst, false, 0, nil
}

// Bytes returns the slice written so far.
func (w *Writer) Bytes() []byte { return w.buf }

// Err returns the first problem met (by Raw or Time), as an *Error, or
// nil. The document written stays well-formed: the value in question is
// written as null.
func (w *Writer) Err() error {
	if w.err == nil {
		return nil
	}
	return w.err
}

func (w *Writer) sep() {
	if w.comma {
		w.buf = append(w.buf, ',')
	}
}

// BeginObject starts an object.
func (w *Writer) BeginObject() { w.begin('{') }

// EndObject ends the object BeginObject started.
func (w *Writer) EndObject() { w.end('}') }

// BeginArray starts an array.
func (w *Writer) BeginArray() { w.begin('[') }

// EndArray ends the array BeginArray started.
func (w *Writer) EndArray() { w.end(']') }

// begin opens an object or an array; end closes it.
func (w *Writer) begin(c byte) {
	w.sep()
	w.buf = append(w.buf, c)
	w.comma = false
	w.depth++
}

func (w *Writer) end(c byte) {
	w.buf = append(w.buf, c)
	w.comma = true
	w.depth--
}

// Name writes a member's name; its value must follow.
func (w *Writer) Name(name string) {
	w.sep()
	w.buf = AppendString(w.buf, name)
	w.buf = append(w.buf, ':')
	w.comma = false
}

// NamePlain writes a member's name that needs no escaping: the caller
// guarantees it is ASCII without '"', '\\', control characters, '<', '>'
// or '&' (the names of a schema; Name takes any other).
func (w *Writer) NamePlain(name string) {
	w.sep()
	w.buf = append(w.buf, '"')
	w.buf = append(w.buf, name...)
	w.buf = append(w.buf, '"', ':')
	w.comma = false
}

// String writes s as a JSON string (see AppendString).
func (w *Writer) String(s string) {
	w.sep()
	w.buf = AppendString(w.buf, s)
	w.comma = true
}

// Int writes a whole number.
func (w *Writer) Int(n int64) {
	w.sep()
	w.buf = strconv.AppendInt(w.buf, n, 10)
	w.comma = true
}

// Bool writes true or false.
func (w *Writer) Bool(b bool) {
	w.sep()
	w.buf = strconv.AppendBool(w.buf, b)
	w.comma = true
}

// Null writes null.
func (w *Writer) Null() {
	w.sep()
	w.buf = append(w.buf, "null"...)
	w.comma = true
}

// Time writes t as time.Time.MarshalJSON does: RFC 3339 with nanoseconds
// where non-zero. A year outside 0000–9999, or a zone offset of 24 hours
// or more, cannot be written so: it is a Type error, and null is
// written.
func (w *Writer) Time(t time.Time) {
	w.sep()
	w.comma = true
	n := len(w.buf)
	w.buf = append(w.buf, '"')
	w.buf = t.AppendFormat(w.buf, time.RFC3339Nano)
	w.buf = append(w.buf, '"')
	s := w.buf[n+1 : len(w.buf)-1]
	bad := ""
	switch {
	case len(s) < 5 || s[4] != '-':
		bad = "a time whose year is outside 0000–9999"
	case s[len(s)-1] != 'Z':
		// The offset ends the text as +hh:mm.
		off := s[len(s)-6:]
		if off[0] != '+' && off[0] != '-' || (off[1]-'0')*10+(off[2]-'0') >= 24 {
			bad = "a time whose zone offset is 24 hours or more"
		}
	}
	if bad != "" {
		w.buf = append(w.buf[:n], "null"...)
		w.fail(&Error{Kind: Type, Offset: int64(n), Found: bad, Want: "a time that RFC 3339 can express"})
	}
}

// Raw writes b, an encoded JSON value, compacted as Reader.Raw compacts a
// value. An empty b is written as null. A b that is not one valid JSON
// value in UTF-8, or nests more than maxDepth levels, gives the error
// reading it gives (Offset within b), and null is written.
func (w *Writer) Raw(b []byte, maxDepth int) {
	w.sep()
	w.comma = true
	if len(b) == 0 {
		w.buf = append(w.buf, "null"...)
		return
	}
	if w.check == nil {
		w.check = new(Reader)
	}
	r := w.check
	r.Reset(b)
	r.base = w.depth
	n := len(w.buf)
	r.Peek()
	if r.err == nil {
		w.buf = r.scan(w.buf, true, maxDepth, true)
	}
	r.End()
	if r.err != nil {
		w.buf = append(w.buf[:n], "null"...)
		w.fail(r.err)
	}
}

func (w *Writer) fail(e *Error) {
	if w.err == nil {
		w.err = e
	}
}

// AppendString appends s to dst as a JSON string escaped exactly as
// encoding/json escapes it: '"', '\\' and control characters, '<', '>'
// and '&' (HTML-safe), U+2028 and U+2029; invalid UTF-8 is written as
// \ufffd.
func AppendString(dst []byte, s string) []byte {
	if !utf8.ValidString(s) {
		return appendInvalidString(dst, s)
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !special[c] {
			continue
		}
		if c == 0xE2 {
			// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
			if i+2 >= len(s) || s[i+1] != 0x80 || s[i+2]&^1 != 0xA8 {
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
			i += 2
			start = i + 1
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = appendByte(dst, c)
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendInvalidString is AppendString for text that is not valid UTF-8.
func appendInvalidString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if safe[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = appendByte(dst, c)
			i++
			start = i
			continue
		}
		rr, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case rr == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case rr == '\u2028' || rr == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[rr&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendByte appends the ASCII byte c, escaped if JSON or HTML safety
// needs it.
func appendByte(dst []byte, c byte) []byte {
	if safe[c] {
		return append(dst, c)
	}
	switch c {
	case '\\', '"':
		return append(dst, '\\', c)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}

// special marks the bytes of valid UTF-8 that AppendString must look at:
// the ASCII ones it escapes, and 0xE2, which starts U+2028 and U+2029.
var special = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !safe[c]
	}
	t[0xE2] = true
	return t
}()

// safe marks the ASCII bytes written as they are.
var safe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

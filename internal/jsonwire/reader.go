package jsonwire

import (
	"encoding/binary"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is how deeply objects and arrays may nest in a document, as in
// encoding/json.
const MaxDepth = 10000

// Kind is the JSON type of a value.
type Kind uint8

// The kinds of values; None stands for no value (an error, or the end of
// the input).
const (
	None Kind = iota
	Null
	Bool
	Number
	String
	Object
	Array
)

var kindNames = [...]string{
	None:   "nothing",
	Null:   "null",
	Bool:   "a JSON boolean",
	Number: "a JSON number",
	String: "a JSON string",
	Object: "a JSON object",
	Array:  "a JSON array",
}

// Reader reads one JSON document held in memory. The zero value reads an
// empty document; Reset gives it another one.
type Reader struct {
	data []byte
	pos  int
	err  *Error
	// frames are the objects and arrays opened by Object and Array.
	frames []frame
	// base is the nesting depth of the document inside an enclosing one
	// (a value that a Writer checks), counted against MaxDepth.
	base int
	// stack holds the containers open inside Skip and Raw.
	stack []byte
	// nameBuf holds the current member's name, decoded, when it is not
	// plain; otherwise it is data[nameStart:nameEnd]. Offsets rather than
	// slices keep the reader's hot path free of pointer writes.
	nameStart, nameEnd int
	namePlain          bool
	nameBuf            []byte
	textBuf            []byte
	rawBuf             []byte
}

// frame is an object or array being read.
type frame struct {
	key   int // offset of the current member's name as written (escapes kept); -1 between members
	keyTo int // offset of the quote ending that name
	index int // the current element's index; -1 before the first
	array bool
	fresh bool // nothing read from it yet
}

// Reset makes r read data from its start, forgetting any error and any
// reference to the data it read before, so that a Reader can be reused.
func (r *Reader) Reset(data []byte) {
	r.data, r.pos, r.err, r.base = data, 0, nil, 0
	if r.frames == nil {
		r.frames = make([]frame, 0, 8)
	}
	r.frames = r.frames[:0]
	r.nameStart, r.nameEnd, r.namePlain = 0, 0, true
}

// Err returns the first problem met, as an *Error, or nil.
func (r *Reader) Err() error {
	if r.err == nil {
		return nil
	}
	return r.err
}

// Fail records a problem with the value about to be read (or the one
// just read, when the caller decides after reading it), unless one was
// already recorded.
func (r *Reader) Fail(kind ErrorKind, offset int, found, want string) {
	if r.err == nil {
		r.err = &Error{Kind: kind, Path: r.path(), Offset: int64(offset), Found: found, Want: want}
	}
}

// Offset returns the byte offset of the next unread input.
func (r *Reader) Offset() int { return r.pos }

func (r *Reader) syntax(at int, want string) {
	r.Fail(Syntax, at, describe(r.data, at), want)
}

// path renders where the reader is: the names and indices of the open
// frames.
func (r *Reader) path() string {
	var p string
	for _, f := range r.frames {
		switch {
		case f.array && f.index >= 0:
			p = IndexPath(p, f.index)
		case !f.array && f.key >= 0:
			p = JoinPath(p, string(unquote(nil, r.data[f.key:f.keyTo])))
		}
	}
	return p
}

func (r *Reader) space() {
	// Indentation comes in runs of spaces: skip eight at a time.
	for r.pos+8 <= len(r.data) && binary.LittleEndian.Uint64(r.data[r.pos:]) == ' '*loBits {
		r.pos += 8
	}
	for r.pos < len(r.data) {
		if c := r.data[r.pos]; c > ' ' || c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return
		}
		r.pos++
	}
}

// Peek returns the kind of the next value without reading it. Where no
// value can start it records a syntax error and returns None.
func (r *Reader) Peek() Kind {
	if r.err != nil {
		return None
	}
	r.space()
	if r.pos < len(r.data) {
		switch c := r.data[r.pos]; {
		case c == '"':
			return String
		case c == '{':
			return Object
		case c == '[':
			return Array
		case c == '-' || c >= '0' && c <= '9':
			return Number
		case c == 't' || c == 'f':
			return Bool
		case c == 'n':
			return Null
		}
	}
	r.syntax(r.pos, "a value")
	return None
}

// Null reads the next value if it is null, and reports whether it was.
func (r *Reader) Null() bool {
	if r.Peek() != Null {
		return false
	}
	return r.literal("null")
}

// start peeks at the next value: it reports true when it is of kind k;
// otherwise it reads a null, or records a type error naming want, and
// reports false.
func (r *Reader) start(k Kind, want string) bool {
	switch got := r.Peek(); got {
	case k:
		return true
	case Null:
		r.literal("null")
	case None:
	default:
		r.Fail(Type, r.pos, kindNames[got], want)
	}
	return false
}

// Object starts reading an object: it reports true when the next value is
// one, whose members Member then reads in turn. It reports false, having
// read nothing more, for null and on error (a value of another type is a
// Type error).
func (r *Reader) Object() bool {
	if !r.start(Object, "an object") {
		return false
	}
	r.pos++
	return r.push(false)
}

// Array starts reading an array, as Object does an object; Elem steps
// through its elements.
func (r *Reader) Array() bool {
	if !r.start(Array, "an array") {
		return false
	}
	r.pos++
	return r.push(true)
}

func (r *Reader) push(array bool) bool {
	if r.base+len(r.frames) >= MaxDepth {
		r.Fail(Limit, r.pos-1, "nested more than "+strconv.Itoa(MaxDepth)+" levels deep", "at most "+strconv.Itoa(MaxDepth)+" levels")
		return false
	}
	r.frames = append(r.frames, frame{key: -1, index: -1, array: array, fresh: true})
	return true
}

// Member moves to the next member of the object being read: it reports
// true when there is one, whose name is then Name and whose value must be
// read next (or skipped). It reports false at the end of the object,
// which it consumes, and on error.
func (r *Reader) Member() bool {
	if r.err != nil {
		return false
	}
	f := &r.frames[len(r.frames)-1]
	f.key = -1
	r.space()
	want := "a member name"
	switch {
	case f.fresh:
		f.fresh = false
		if r.closes('}') {
			return false
		}
		want = "a member name or '}'"
	case r.pos < len(r.data) && r.data[r.pos] == ',':
		r.pos++
		r.space()
	case r.closes('}'):
		return false
	default:
		r.syntax(r.pos, "',' or '}'")
		return false
	}
	if r.pos >= len(r.data) || r.data[r.pos] != '"' {
		r.syntax(r.pos, want)
		return false
	}
	start := r.pos + 1
	end, plain := r.scanString()
	if r.err != nil {
		return false
	}
	f.key, f.keyTo = start, end
	r.nameStart, r.nameEnd, r.namePlain = start, end, plain
	if !plain {
		r.nameBuf = unquote(r.nameBuf[:0], r.data[start:end])
	}
	r.space()
	if r.pos >= len(r.data) || r.data[r.pos] != ':' {
		r.syntax(r.pos, "':'")
		return false
	}
	r.pos++
	return true
}

// Name returns the name of the member Member moved to, decoded. It is
// valid until the next call of r's methods; string(r.Name()) in a switch
// or map index does not allocate.
func (r *Reader) Name() []byte {
	if r.namePlain {
		return r.data[r.nameStart:r.nameEnd]
	}
	return r.nameBuf
}

// Elem moves to the next element of the array being read: it reports true
// when there is one, which must be read next. It reports false at the end
// of the array, which it consumes, and on error.
func (r *Reader) Elem() bool {
	if r.err != nil {
		return false
	}
	f := &r.frames[len(r.frames)-1]
	r.space()
	switch {
	case f.fresh:
		f.fresh = false
		if r.closes(']') {
			return false
		}
	case r.pos < len(r.data) && r.data[r.pos] == ',':
		r.pos++
	case r.closes(']'):
		return false
	default:
		r.syntax(r.pos, "',' or ']'")
		return false
	}
	f.index++
	return true
}

// closes reports whether c, the end of the object or array being read,
// comes next, and if so consumes it and leaves the container.
func (r *Reader) closes(c byte) bool {
	if r.pos < len(r.data) && r.data[r.pos] == c {
		r.pos++
		r.frames = r.frames[:len(r.frames)-1]
		return true
	}
	return false
}

// TooMany records that the array being read has more than max elements,
// as a Limit error on the array itself.
func (r *Reader) TooMany(max int) {
	if r.err != nil {
		return
	}
	f := &r.frames[len(r.frames)-1]
	f.index = -1
	r.Fail(Limit, r.pos, "a list of more than "+strconv.Itoa(max)+" items", "at most "+strconv.Itoa(max))
}

// String reads a string (null gives ""). A text longer than max bytes,
// once decoded, is a Limit error; a negative max sets no bound.
func (r *Reader) String(max int) string {
	b := r.Text(max)
	if b == nil {
		return ""
	}
	return string(b)
}

// Text reads a string as String does and returns its decoded bytes, valid
// until the next call of r's methods (nil for null and on error).
func (r *Reader) Text(max int) []byte {
	if !r.start(String, "a string") {
		return nil
	}
	at := r.pos
	b := r.text()
	if max >= 0 && len(b) > max {
		r.Fail(Limit, at, "text of "+strconv.Itoa(len(b))+" bytes", "at most "+strconv.Itoa(max)+" bytes")
		return nil
	}
	return b
}

// text reads the string at r.pos and returns its decoded bytes, valid
// until the next call.
func (r *Reader) text() []byte {
	start := r.pos + 1
	end, plain := r.scanString()
	if r.err != nil {
		return nil
	}
	if plain {
		return r.data[start:end]
	}
	r.textBuf = unquote(r.textBuf[:0], r.data[start:end])
	return r.textBuf
}

// Int reads a whole number from min to max (null gives 0). A number with a
// fraction or an exponent, or out of bounds, is a Type error.
func (r *Reader) Int(min, max int64) int64 {
	if !r.start(Number, "a whole number") {
		return 0
	}
	at := r.pos
	if !r.scanNumber() {
		return 0
	}
	n, ok := parseInt(r.data[at:r.pos])
	switch {
	case r.err != nil:
		return 0
	case !ok && !isInteger(r.data[at:r.pos]):
		r.Fail(Type, at, "a number with a fraction or exponent", "a whole number")
		return 0
	case !ok || n < min || n > max:
		r.Fail(Type, at, "a number out of range", "a whole number from "+strconv.FormatInt(min, 10)+" to "+strconv.FormatInt(max, 10))
		return 0
	}
	return n
}

func isInteger(num []byte) bool {
	for _, c := range num {
		if c == '.' || c == 'e' || c == 'E' {
			return false
		}
	}
	return true
}

// parseInt parses a JSON number that has no fraction or exponent; ok is
// false when it has one or does not fit in an int64.
func parseInt(num []byte) (int64, bool) {
	neg := num[0] == '-'
	if neg {
		num = num[1:]
	}
	if len(num) > 19 {
		return 0, false
	}
	var u uint64
	for _, c := range num {
		if c < '0' || c > '9' {
			return 0, false
		}
		u = u*10 + uint64(c-'0')
	}
	switch {
	case neg && u > 1<<63:
		return 0, false
	case neg && u > 0:
		return -int64(u-1) - 1, true
	case !neg && u > 1<<63-1:
		return 0, false
	}
	return int64(u), true
}

// Bool reads true or false (null gives false).
func (r *Reader) Bool() bool {
	if !r.start(Bool, "true or false") {
		return false
	}
	if r.data[r.pos] == 't' {
		return r.literal("true")
	}
	r.literal("false")
	return false
}

// Time reads an instant written as time.Time.MarshalJSON writes it, an
// RFC 3339 string (null gives the zero time). A string that is not such a
// time is a Type error.
func (r *Reader) Time() time.Time {
	if !r.start(String, "an RFC 3339 time") {
		return time.Time{}
	}
	at := r.pos
	b := r.text()
	if r.err != nil {
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalText(b); err != nil {
		r.Fail(Type, at, "a string that is not an RFC 3339 time", "an RFC 3339 time")
		return time.Time{}
	}
	return t
}

// Skip reads the next value, whatever it is, and discards it.
func (r *Reader) Skip() {
	if r.Peek() != None {
		r.scan(nil, false, MaxDepth, false)
	}
}

// Raw reads the next value, whatever it is, and returns it compacted in a
// new slice: whitespace between tokens removed, strings escaped as
// Writer.String escapes them (escapes already in the input are kept) and
// invalid UTF-8 replaced by \ufffd. A value nested more than maxDepth
// levels is a Limit error.
func (r *Reader) Raw(maxDepth int) []byte {
	if r.Peek() == None {
		return nil
	}
	r.rawBuf = r.scan(r.rawBuf[:0], true, maxDepth, false)
	if r.err != nil {
		return nil
	}
	return append([]byte(nil), r.rawBuf...)
}

// End checks that nothing but whitespace follows the value read.
func (r *Reader) End() {
	if r.err != nil {
		return
	}
	r.space()
	if r.pos < len(r.data) {
		r.syntax(r.pos, "the end of the input")
	}
}

// literal reads the literal lit at r.pos and reports whether it was there.
func (r *Reader) literal(lit string) bool {
	for i := 0; i < len(lit); i++ {
		if r.pos+i >= len(r.data) || r.data[r.pos+i] != lit[i] {
			r.syntax(r.pos+i, "the literal "+lit)
			return false
		}
	}
	r.pos += len(lit)
	return true
}

// scanNumber moves past the number at r.pos, checking its grammar.
func (r *Reader) scanNumber() bool {
	data, i := r.data, r.pos
	digits := func() bool {
		if i >= len(data) || data[i] < '0' || data[i] > '9' {
			r.syntax(i, "a digit")
			return false
		}
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
		return true
	}
	if data[i] == '-' {
		i++
	}
	if i < len(data) && data[i] == '0' {
		i++
	} else if !digits() {
		return false
	}
	if i < len(data) && data[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	r.pos = i
	return true
}

// scanString moves past the string whose opening quote is at r.pos,
// checking its escapes and that it holds no control character. It
// returns the offset of the closing quote and whether the content can be
// used as it is: no escapes, valid UTF-8.
func (r *Reader) scanString() (end int, plain bool) {
	data := r.data
	i := r.pos + 1
	var high byte // the bits of every byte seen: 0x80 set when one is not ASCII
	plain = true
	for {
		// Eight bytes at a time while none of them ends the run.
		for i+8 <= len(data) {
			x := binary.LittleEndian.Uint64(data[i:])
			if stopMask(x) != 0 {
				break
			}
			if x&hiBits != 0 {
				high = 0x80
			}
			i += 8
		}
		for i < len(data) && !stringStop[data[i]] {
			high |= data[i]
			i++
		}
		if i >= len(data) {
			r.syntax(i, `'"' ending the string`)
			return 0, false
		}
		switch c := data[i]; {
		case c == '"':
			if high >= utf8.RuneSelf && plain {
				plain = utf8.Valid(data[r.pos+1 : i])
			}
			r.pos = i + 1
			return i, plain
		case c == '\\':
			plain = false
			i++
			if i >= len(data) {
				r.syntax(i, "an escape")
				return 0, false
			}
			switch data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				for j := 1; j <= 4; j++ {
					if i+j >= len(data) || unhex(data[i+j]) < 0 {
						r.syntax(i+j, "a hexadecimal digit")
						return 0, false
					}
				}
				i += 5
			default:
				r.syntax(i, `an escape (one of "\/bfnrtu)`)
				return 0, false
			}
		default: // c < 0x20
			r.Fail(Syntax, i, "a control character in a string", "it escaped")
			return 0, false
		}
	}
}

const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// stopMask is not zero when one of the eight bytes of x may end a run of
// plain string content (see stringStop): it sets the high bit of a byte
// below 0x20, or equal to '"' or '\\', and may set it for bytes after
// such a byte, never for bytes before it.
func stopMask(x uint64) uint64 {
	quote := x ^ ('"' * loBits)
	backslash := x ^ ('\\' * loBits)
	return ((x - 0x20*loBits) | (quote - loBits) | (backslash - loBits)) &^ x & hiBits
}

// stringStop marks the bytes that end a run of plain string content: the
// quote, the backslash and control characters.
var stringStop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

func unhex(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// getu4 decodes the \uXXXX at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		h := unhex(c)
		if h < 0 {
			return -1
		}
		r = r<<4 | h
	}
	return r
}

// unquote appends to dst the content of a string token (quotes removed,
// already checked by scanString), decoded as encoding/json decodes it:
// escapes resolved, surrogate pairs joined, lone surrogates and invalid
// UTF-8 replaced by U+FFFD.
func unquote(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			switch s[i+1] {
			case 'b':
				dst = append(dst, '\b')
			case 'f':
				dst = append(dst, '\f')
			case 'n':
				dst = append(dst, '\n')
			case 'r':
				dst = append(dst, '\r')
			case 't':
				dst = append(dst, '\t')
			case 'u':
				rr := getu4(s[i:])
				i += 6
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, getu4(s[i:])); dec != utf8.RuneError {
						dst = utf8.AppendRune(dst, dec)
						i += 6
						continue
					}
					rr = utf8.RuneError
				}
				dst = utf8.AppendRune(dst, rr)
				continue
			default: // '"', '\\', '/'
				dst = append(dst, s[i+1])
			}
			i += 2
		case c < utf8.RuneSelf:
			dst = append(dst, c)
			i++
		default:
			rr, size := utf8.DecodeRune(s[i:])
			if rr == utf8.RuneError && size == 1 {
				dst = append(dst, "\uFFFD"...)
			} else {
				dst = append(dst, s[i:i+size]...)
			}
			i += size
		}
	}
	return dst
}

// scan reads the value at r.pos (a value must start there) iteratively,
// checking its syntax. When emit is set it appends the value's compact
// form to dst (see Raw); strict refuses invalid UTF-8 instead of
// replacing it. Containers may nest maxDepth levels below r.pos, and
// MaxDepth in all.
func (r *Reader) scan(dst []byte, emit bool, maxDepth int, strict bool) []byte {
	data := r.data
	r.stack = r.stack[:0]
	for {
		// A value starts at r.pos.
		r.space()
		if r.pos >= len(data) {
			r.syntax(r.pos, "a value")
			return dst
		}
		switch c := data[r.pos]; {
		case c == '{' || c == '[':
			if len(r.stack) >= maxDepth || r.base+len(r.frames)+len(r.stack) >= MaxDepth {
				limit := min(maxDepth, MaxDepth)
				r.Fail(Limit, r.pos, "nested more than "+strconv.Itoa(limit)+" levels deep", "at most "+strconv.Itoa(limit)+" levels")
				return dst
			}
			r.stack = append(r.stack, c)
			r.pos++
			if emit {
				dst = append(dst, c)
			}
			r.space()
			if r.pos < len(data) && data[r.pos] == c+2 { // '}' or ']'
				r.pos++
				if emit {
					dst = append(dst, c+2)
				}
				r.stack = r.stack[:len(r.stack)-1]
				break
			}
			if c == '{' {
				dst = r.scanKey(dst, emit, strict, "a member name or '}'")
			}
			if r.err != nil {
				return dst
			}
			continue
		case c == '"':
			dst = r.scanText(dst, emit, strict)
		case c == '-' || c >= '0' && c <= '9':
			at := r.pos
			if r.scanNumber() && emit {
				dst = append(dst, data[at:r.pos]...)
			}
		case c == 't':
			r.emitLiteral(&dst, emit, "true")
		case c == 'f':
			r.emitLiteral(&dst, emit, "false")
		case c == 'n':
			r.emitLiteral(&dst, emit, "null")
		default:
			r.syntax(r.pos, "a value")
		}
		if r.err != nil {
			return dst
		}
		// A value has ended: close containers until one continues.
		for {
			if len(r.stack) == 0 {
				return dst
			}
			open := r.stack[len(r.stack)-1]
			r.space()
			if r.pos < len(data) && data[r.pos] == open+2 {
				r.pos++
				if emit {
					dst = append(dst, open+2)
				}
				r.stack = r.stack[:len(r.stack)-1]
				continue
			}
			if r.pos >= len(data) || data[r.pos] != ',' {
				r.syntax(r.pos, "',' or '"+string(rune(open+2))+"'")
				return dst
			}
			r.pos++
			if emit {
				dst = append(dst, ',')
			}
			if open == '{' {
				if dst = r.scanKey(dst, emit, strict, "a member name"); r.err != nil {
					return dst
				}
			}
			break
		}
	}
}

func (r *Reader) emitLiteral(dst *[]byte, emit bool, lit string) {
	if r.literal(lit) && emit {
		*dst = append(*dst, lit...)
	}
}

// scanKey reads a member name and its colon inside scan.
func (r *Reader) scanKey(dst []byte, emit, strict bool, want string) []byte {
	r.space()
	if r.pos >= len(r.data) || r.data[r.pos] != '"' {
		r.syntax(r.pos, want)
		return dst
	}
	dst = r.scanText(dst, emit, strict)
	if r.err != nil {
		return dst
	}
	r.space()
	if r.pos >= len(r.data) || r.data[r.pos] != ':' {
		r.syntax(r.pos, "':'")
		return dst
	}
	r.pos++
	if emit {
		dst = append(dst, ':')
	}
	return dst
}

// scanText reads a string token inside scan, appending its compact form
// when emit is set.
func (r *Reader) scanText(dst []byte, emit, strict bool) []byte {
	start := r.pos
	end, plain := r.scanString()
	if r.err != nil || !emit {
		return dst
	}
	raw := r.data[start+1 : end]
	if !strict && plain && htmlSafe(raw) {
		return append(append(append(dst, '"'), raw...), '"')
	}
	dst = append(dst, '"')
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '\\':
			n := 2
			if raw[i+1] == 'u' {
				n = 6
			}
			dst = append(dst, raw[i:i+n]...)
			i += n
			continue
		case c < utf8.RuneSelf:
			dst = appendByte(dst, c)
			i++
			continue
		}
		rr, size := utf8.DecodeRune(raw[i:])
		switch {
		case rr == utf8.RuneError && size == 1:
			if strict {
				r.Fail(Syntax, start+1+i, "text that is not valid UTF-8", "UTF-8 text")
				return dst
			}
			dst = append(dst, `\ufffd`...)
		case rr == '\u2028' || rr == '\u2029':
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[rr&0xF])
		default:
			dst = append(dst, raw[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

// htmlSafe reports whether b (valid UTF-8 without escapes) needs no
// escaping: no <, >, &, U+2028 or U+2029.
func htmlSafe(b []byte) bool {
	for _, c := range b {
		if c == '<' || c == '>' || c == '&' || c == 0xE2 {
			return false
		}
	}
	return true
}

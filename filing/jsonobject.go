package filing

// JSON encoding of the Request types in one pass.
//
// Left to encoding/json, every nested object type with its own JSON methods
// would run encoding/json again on its part of the payload, so each byte
// was scanned once more per level of nesting. Instead, one codec per
// object type, derived once from the struct tags, walks the whole payload
// itself: the input is validated once (json.Valid), then each member is
// read exactly once and either stored in its field or, when the type does
// not model it, kept verbatim in the object's Extra. Encoding mirrors it.
//
// The codecs handle exactly the field shapes the Request types use:
// strings, integers (WeChat's numeric codes), nested objects, pointers to
// optional objects, and slices of those. Strings are decoded and encoded
// as encoding/json does (escapes, invalid UTF-8, HTML-safe output), falling
// back to encoding/json itself for any string that is not plain.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Extra holds the members of a WeChat JSON object that this package does not
// model, keyed by their exact name, so that a payload read and written back
// loses nothing when WeChat adds fields. The values are kept verbatim
// (compacted on output) and written after the known members, in key order;
// a member whose name is also a modelled field's is not written (the field
// wins). A nil Extra means there were none. Like any map it is safe for
// concurrent reads, not for a write alongside other use. fmt prints only
// its keys, since an unknown member may hold personal data.
type Extra map[string]json.RawMessage

// clone returns a deep copy of x.
func (x Extra) clone() Extra {
	if x == nil {
		return nil
	}
	out := make(Extra, len(x))
	for k, v := range x {
		out[k] = append(json.RawMessage(nil), v...)
	}
	return out
}

// shape is the kind of a value the codecs handle.
type shape uint8

const (
	shapeString  shape = iota + 1
	shapeInt           // any signed integer kind: WeChat's numeric codes
	shapeObject        // an object type of a Request, with its own codec
	shapePointer       // a pointer to such an object (an optional object)
	shapeSlice         // a slice of any of the above but pointers
)

// jsonType describes how a Go type is read and written.
type jsonType struct {
	shape shape
	obj   *objectCodec // shapeObject, shapePointer
	elem  *jsonType    // shapeSlice
}

// jsonField is one modelled member of an object.
type jsonField struct {
	name      string
	key       string // the member name, quoted, with its colon
	index     int
	omitEmpty bool
	typ       jsonType
}

// objectCodec reads and writes one object type.
type objectCodec struct {
	name   string // the Go type's name, for errors
	fields []jsonField
	byName map[string]*jsonField
	extra  int // index of the Extra field
}

// codecs holds the codec of every object type reachable from Request.
// Built once at initialisation and only read afterwards.
var codecs = buildCodecs(reflect.TypeOf(Request{}))

var extraType = reflect.TypeOf(Extra(nil))

func buildCodecs(root reflect.Type) map[reflect.Type]*objectCodec {
	out := map[reflect.Type]*objectCodec{}
	codecFor(root, out)
	return out
}

// codecFor returns the codec of struct type t, building it and those of
// its nested object types into all. An unsupported field type is a defect
// of this package, caught when the package loads.
func codecFor(t reflect.Type, all map[reflect.Type]*objectCodec) *objectCodec {
	if c, ok := all[t]; ok {
		return c
	}
	c := &objectCodec{name: t.Name(), byName: map[string]*jsonField{}, extra: -1}
	all[t] = c
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == extraType {
			c.extra = i
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		key, _ := json.Marshal(name)
		c.fields = append(c.fields, jsonField{
			name:      name,
			key:       string(key) + ":",
			index:     i,
			omitEmpty: opts == "omitempty",
			typ:       typeFor(f.Type, all),
		})
	}
	if c.extra < 0 {
		panic("filing: " + t.Name() + " has no Extra field")
	}
	for i := range c.fields {
		c.byName[c.fields[i].name] = &c.fields[i]
	}
	return c
}

func typeFor(t reflect.Type, all map[reflect.Type]*objectCodec) jsonType {
	switch t.Kind() {
	case reflect.String:
		return jsonType{shape: shapeString}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return jsonType{shape: shapeInt}
	case reflect.Struct:
		return jsonType{shape: shapeObject, obj: codecFor(t, all)}
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Struct {
			return jsonType{shape: shapePointer, obj: codecFor(t.Elem(), all)}
		}
	case reflect.Slice:
		if t.Elem().Kind() != reflect.Pointer {
			elem := typeFor(t.Elem(), all)
			return jsonType{shape: shapeSlice, elem: &elem}
		}
	}
	panic("filing: no JSON codec for " + t.String())
}

// marshalObject encodes *v, a pointer to an object type of a Request.
func marshalObject(v any) ([]byte, error) {
	rv := reflect.ValueOf(v).Elem()
	var e encoder
	e.buf.Grow(1024)
	if err := e.object(codecs[rv.Type()], rv); err != nil {
		return nil, err
	}
	return e.buf.Bytes(), nil
}

// unmarshalObject decodes data into *v, a pointer to an object type of a
// Request, replacing its contents. JSON null leaves *v as it is. On error
// *v is unchanged: malformed JSON gives a *json.SyntaxError, a member of
// the wrong type a *json.UnmarshalTypeError whose Field is the member's
// path without array indices ("icp_subject.base_info.type"), as
// encoding/json gives it; neither quotes the value.
func unmarshalObject(data []byte, v any) error {
	rv := reflect.ValueOf(v).Elem()
	if !json.Valid(data) {
		// Let encoding/json describe the syntax error.
		return json.Unmarshal(data, new(struct{}))
	}
	d := decoder{data: data}
	d.space()
	c := codecs[rv.Type()]
	switch data[d.i] {
	case 'n':
		return nil
	case '{':
	default:
		return d.typeError(rv.Type())
	}
	fresh := reflect.New(rv.Type()).Elem()
	if err := d.object(c, fresh); err != nil {
		return err
	}
	rv.Set(fresh)
	return nil
}

// decoder reads a valid JSON text (json.Valid has accepted it), so it
// only needs to find where tokens end.
type decoder struct {
	data []byte
	i    int
}

func (d *decoder) space() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// object reads the object at d.i into v, a struct of codec c. Each member
// sets its field (null sets the zero value); a repeated member replaces
// the earlier one, as in a generic decoding.
func (d *decoder) object(c *objectCodec, v reflect.Value) error {
	d.i++ // {
	for {
		d.space()
		switch d.data[d.i] {
		case '}':
			d.i++
			return nil
		case ',':
			d.i++
			d.space()
		}
		raw, plain := d.stringToken()
		var f *jsonField
		var key string
		if plain {
			f = c.byName[string(raw[1:len(raw)-1])] // no allocation for the lookup
		} else {
			var err error
			if key, err = unquote(raw); err != nil {
				return err
			}
			f = c.byName[key]
		}
		d.space()
		d.i++ // :
		d.space()
		if f != nil {
			if err := d.value(&f.typ, v.Field(f.index)); err != nil {
				return inField(err, c.name, f.name)
			}
			continue
		}
		if plain {
			key = string(raw[1 : len(raw)-1])
		}
		start := d.i
		d.skip()
		var buf bytes.Buffer
		if err := json.Compact(&buf, d.data[start:d.i]); err != nil {
			return err
		}
		x := v.Field(c.extra).Addr().Interface().(*Extra)
		if *x == nil {
			*x = Extra{}
		}
		(*x)[key] = buf.Bytes()
	}
}

// value reads the value at d.i into v, of type t.
func (d *decoder) value(t *jsonType, v reflect.Value) error {
	c := d.data[d.i]
	if c == 'n' {
		d.i += len("null")
		v.SetZero()
		return nil
	}
	switch t.shape {
	case shapeString:
		if c != '"' {
			return d.typeError(v.Type())
		}
		raw, plain := d.stringToken()
		if plain {
			v.SetString(string(raw[1 : len(raw)-1]))
			return nil
		}
		s, err := unquote(raw)
		v.SetString(s)
		return err
	case shapeInt:
		start := d.i
		if c != '-' && (c < '0' || c > '9') {
			return d.typeError(v.Type())
		}
		d.skip()
		n, err := strconv.ParseInt(string(d.data[start:d.i]), 10, 64)
		if err != nil || v.OverflowInt(n) {
			d.i = start
			return d.typeError(v.Type())
		}
		v.SetInt(n)
		return nil
	case shapeObject:
		if c != '{' {
			return d.typeError(v.Type())
		}
		v.SetZero()
		return d.object(t.obj, v)
	case shapePointer:
		if c != '{' {
			return d.typeError(v.Type())
		}
		p := reflect.New(v.Type().Elem())
		if err := d.object(t.obj, p.Elem()); err != nil {
			return err
		}
		v.Set(p)
		return nil
	}
	// shapeSlice
	if c != '[' {
		return d.typeError(v.Type())
	}
	d.i++
	s := reflect.MakeSlice(v.Type(), 0, 0)
	zero := reflect.Zero(v.Type().Elem())
	for n := 0; ; n++ {
		d.space()
		switch d.data[d.i] {
		case ']':
			d.i++
			v.Set(s)
			return nil
		case ',':
			d.i++
			d.space()
		}
		s = reflect.Append(s, zero)
		if err := d.value(t.elem, s.Index(n)); err != nil {
			return err // named by the slice's member, as encoding/json does
		}
	}
}

// stringToken returns the string token at d.i, quotes included, and
// whether its content can be used as it is (no escapes, valid UTF-8).
func (d *decoder) stringToken() (raw []byte, plain bool) {
	start := d.i
	plain = true
	j := start + 1
	for d.data[j] != '"' {
		if d.data[j] == '\\' {
			plain = false
			j++
		}
		j++
	}
	d.i = j + 1
	raw = d.data[start:d.i]
	return raw, plain && utf8.Valid(raw)
}

// unquote decodes a string token as encoding/json does.
func unquote(raw []byte) (string, error) {
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}

// skip moves d.i past the value at d.i.
func (d *decoder) skip() {
	depth := 0
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case '"':
			d.stringToken()
		case '{', '[':
			depth++
			d.i++
		case '}', ']':
			depth--
			d.i++
		case ',', ':', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return
			}
			d.i++
		default: // a literal or number
			for d.i < len(d.data) && !isDelim(d.data[d.i]) {
				d.i++
			}
		}
		if depth == 0 {
			return
		}
	}
}

func isDelim(c byte) bool {
	switch c {
	case ',', ':', '}', ']', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// typeError reports the value at d.i as not fitting type t. It names the
// kind of value only, never its content.
func (d *decoder) typeError(t reflect.Type) error {
	kind := "number"
	switch d.data[d.i] {
	case '"':
		kind = "string"
	case '{':
		kind = "object"
	case '[':
		kind = "array"
	case 't', 'f':
		kind = "bool"
	}
	return &json.UnmarshalTypeError{Value: kind, Type: t, Offset: int64(d.i)}
}

// inField prefixes the path of a type error with the member it occurred
// in, as encoding/json names it (array indices left out); other errors
// pass unchanged.
func inField(err error, structName, name string) error {
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		if e.Field == "" {
			e.Field = name
		} else {
			e.Field = name + "." + e.Field
		}
		e.Struct = structName
	}
	return err
}

// encoder writes the object types of a Request.
type encoder struct {
	buf bytes.Buffer
}

// object writes v, a struct of codec c: its fields in declaration order
// (empty omitempty ones left out), then its Extra members in key order.
func (e *encoder) object(c *objectCodec, v reflect.Value) error {
	e.buf.WriteByte('{')
	first := true
	for i := range c.fields {
		f := &c.fields[i]
		fv := v.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if !first {
			e.buf.WriteByte(',')
		}
		first = false
		e.buf.WriteString(f.key)
		if err := e.value(&f.typ, fv); err != nil {
			return err
		}
	}
	if x := v.Field(c.extra); x.Len() > 0 {
		extra := x.Interface().(Extra)
		keys := make([]string, 0, len(extra))
		for k := range extra {
			if c.byName[k] == nil {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !first {
				e.buf.WriteByte(',')
			}
			first = false
			e.string(k)
			e.buf.WriteByte(':')
			raw := extra[k]
			if len(raw) == 0 {
				raw = json.RawMessage("null")
			}
			if err := json.Compact(&e.buf, raw); err != nil {
				return fmt.Errorf("filing: %s member %q: %w", c.name, clipText(k), err)
			}
		}
	}
	e.buf.WriteByte('}')
	return nil
}

func (e *encoder) value(t *jsonType, v reflect.Value) error {
	switch t.shape {
	case shapeString:
		e.string(v.String())
	case shapeInt:
		e.buf.Write(strconv.AppendInt(e.buf.AvailableBuffer(), v.Int(), 10))
	case shapeObject:
		return e.object(t.obj, v)
	case shapePointer:
		if v.IsNil() {
			e.buf.WriteString("null")
			return nil
		}
		return e.object(t.obj, v.Elem())
	case shapeSlice:
		if v.IsNil() {
			e.buf.WriteString("null")
			return nil
		}
		e.buf.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			if err := e.value(t.elem, v.Index(i)); err != nil {
				return err
			}
		}
		e.buf.WriteByte(']')
	}
	return nil
}

// string writes s as encoding/json does. Plain text is copied; anything
// encoding/json would escape (quotes, backslashes, control characters,
// <, > and &, U+2028 and U+2029, whose UTF-8 starts with 0xE2, invalid
// UTF-8) goes through encoding/json.
func (e *encoder) string(s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&', c == 0xE2:
			b, _ := json.Marshal(s) // a string always marshals
			e.buf.Write(b)
			return
		}
	}
	if !utf8.ValidString(s) {
		b, _ := json.Marshal(s)
		e.buf.Write(b)
		return
	}
	e.buf.WriteByte('"')
	e.buf.WriteString(s)
	e.buf.WriteByte('"')
}

// isEmpty reports whether v is empty in the sense of omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String, reflect.Slice:
		return v.Len() == 0
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Pointer:
		return v.IsNil()
	}
	return false
}

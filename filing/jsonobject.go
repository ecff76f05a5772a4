package filing

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"
)

// Extra holds the members of a WeChat JSON object that this package does not
// model, keyed by their exact name, so that a payload read and written back
// loses nothing when WeChat adds fields. The values are kept verbatim
// (compacted on output) and written after the known members, in key order.
// A nil Extra means there were none.
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

// jsonKeys returns the JSON member names of struct type t, from its tags.
// It runs once per type, at package initialisation.
func jsonKeys(v any) map[string]bool {
	t := reflect.TypeOf(v)
	keys := make(map[string]bool, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		keys[name] = true
	}
	return keys
}

// decodeObject decodes data into dst (a pointer to a struct type without
// custom JSON methods) and returns the members whose names are not in
// known. The members are found by one scan of the (already validated)
// object, so nested objects are not decoded twice.
func decodeObject(data []byte, dst any, known map[string]bool) (Extra, error) {
	if err := json.Unmarshal(data, dst); err != nil {
		return nil, err
	}
	var extra Extra
	err := eachMember(data, func(key string, value []byte) error {
		if known[key] {
			return nil
		}
		if extra == nil {
			extra = make(Extra)
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, value); err != nil {
			return err
		}
		extra[key] = buf.Bytes()
		return nil
	})
	return extra, err
}

// eachMember calls f with the name and raw value of every member of the
// JSON object in data, which must be valid JSON (json.Unmarshal has checked
// it). Anything other than an object (null) has no members.
func eachMember(data []byte, f func(key string, value []byte) error) error {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil
	}
	i++
	for {
		i = skipSpace(data, i)
		if i >= len(data) || data[i] == '}' {
			return nil
		}
		if data[i] == ',' {
			i = skipSpace(data, i+1)
		}
		end := skipValue(data, i)
		key := string(data[i+1 : end-1])
		if bytes.IndexByte(data[i:end], '\\') >= 0 || !utf8.Valid(data[i:end]) {
			if err := json.Unmarshal(data[i:end], &key); err != nil {
				return err
			}
		}
		i = skipSpace(data, end)
		i = skipSpace(data, i+1) // the colon
		vend := skipValue(data, i)
		if err := f(key, data[i:vend]); err != nil {
			return err
		}
		i = vend
	}
}

func isDelim(c byte) bool {
	switch c {
	case ',', ':', '}', ']', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// skipValue returns the index just past the valid JSON value at data[i].
func skipValue(data []byte, i int) int {
	depth := 0
	for i < len(data) {
		switch c := data[i]; c {
		case '"':
			i++
			for i < len(data) && data[i] != '"' {
				if data[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case '{', '[':
			depth++
			i++
		case '}', ']':
			depth--
			i++
		case ',', ':', ' ', '\t', '\n', '\r':
			i++
		default:
			// A literal or number: runs to the next delimiter.
			for i < len(data) && !isDelim(data[i]) {
				i++
			}
		}
		if depth == 0 {
			return i
		}
	}
	return i
}

// encodeObject encodes v (a struct without custom JSON methods) and appends
// the extra members in key order. Extra members whose names clash with a
// known member are skipped: the modelled field wins.
func encodeObject(v any, extra Extra, known map[string]bool) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil || len(extra) == 0 {
		return b, err
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		if !known[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var buf bytes.Buffer
	buf.Grow(len(b) + 32*len(keys))
	buf.Write(b[:len(b)-1])
	empty := len(b) == 2
	for _, k := range keys {
		if !empty {
			buf.WriteByte(',')
		}
		empty = false
		name, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		buf.Write(name)
		buf.WriteByte(':')
		val := extra[k]
		if len(val) == 0 {
			val = json.RawMessage("null")
		}
		if err := json.Compact(&buf, val); err != nil {
			return nil, err
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

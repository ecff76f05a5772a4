package filing

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
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
// known.
func decodeObject(data []byte, dst any, known map[string]bool) (Extra, error) {
	if err := json.Unmarshal(data, dst); err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	var extra Extra
	for k, v := range raw {
		if known[k] {
			continue
		}
		if extra == nil {
			extra = make(Extra)
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, v); err != nil {
			return nil, err
		}
		extra[k] = buf.Bytes()
	}
	return extra, nil
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

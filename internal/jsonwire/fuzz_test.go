package jsonwire

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var fuzzSeeds = []string{
	`{"a":[1,2.5e-3,true,false,null],"b":{"c":"d\u00e9\ud83d\ude00"}}`,
	`[]`, `{}`, `""`, `-0`, `"\ud800"`, "\"\xff\"", `[1,]`, `{"a" 1}`, `01`, `1.`, `"<&>"`,
	"\"\u2028\"", `[[[[[]]]]]`, `{"a":{"b":{"c":[{"d":null}]}}}`, " \t\n1\r ",
}

// Skipping accepts exactly what encoding/json accepts, and what Raw keeps
// is valid JSON with the same content, and kept as it is when read again.
func FuzzReaderRaw(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Reader
		r.Reset(data)
		r.Skip()
		r.End()
		skipErr := r.Err()
		var e *Error
		if skipErr != nil {
			require.True(t, errors.As(skipErr, &e))
			require.True(t, e.Offset >= 0 && e.Offset <= int64(len(data)), "offset %d", e.Offset)
		}
		require.Equal(t, json.Valid(data), skipErr == nil, "skip: %v", skipErr)

		r.Reset(data)
		raw := r.Raw(MaxDepth)
		r.End()
		require.Equal(t, skipErr == nil, r.Err() == nil, "raw: %v", r.Err())
		if skipErr != nil {
			return
		}
		require.True(t, json.Valid(raw), "%q", raw)
		assert.Equal(t, generic(t, data), generic(t, raw))

		r.Reset(raw)
		again := r.Raw(MaxDepth)
		require.NoError(t, r.Err())
		assert.Equal(t, string(raw), string(again))

		var w Writer
		w.Raw(raw, MaxDepth)
		require.NoError(t, w.Err())
		assert.Equal(t, string(raw), string(w.Bytes()))
	})
}

// A string reads as encoding/json reads it, and writes as encoding/json
// writes it.
func FuzzString(f *testing.F) {
	for _, s := range testStrings {
		f.Add(string(AppendString(nil, s)))
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var want string
		wantErr := json.Unmarshal([]byte(in), &want)
		var r Reader
		r.Reset([]byte(in))
		got := r.String(-1)
		r.End()
		if r.Err() == nil {
			require.NoError(t, wantErr)
			assert.Equal(t, want, got)
		} else if json.Valid([]byte(in)) {
			var e *Error
			require.True(t, errors.As(r.Err(), &e))
			assert.Equal(t, Type, e.Kind, "a valid document refused for its syntax: %v", e)
		}

		enc, err := json.Marshal(in)
		require.NoError(t, err)
		assert.Equal(t, string(enc), string(AppendString(nil, in)))
	})
}

// generic decodes data as encoding/json does into interface values,
// numbers kept as written.
func generic(t *testing.T, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v))
	return v
}

package jsonwire

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readOne reads one value of in with read and checks nothing follows.
func readOne[T any](in string, read func(r *Reader) T) (T, *Error) {
	var r Reader
	r.Reset([]byte(in))
	v := read(&r)
	r.End()
	var e *Error
	if err := r.Err(); err != nil {
		e = err.(*Error)
	}
	return v, e
}

func TestReaderString(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"plain", `"abc"`},
		{"empty", `""`},
		{"chinese", `"深圳市南山区"`},
		{"short escapes", `"q\"b\\s\/l\b\f\n\r\t"`},
		{"unicode escape", `"caf\u00e9 \u6df1"`},
		{"surrogate pair", `"\ud83d\ude00"`},
		{"lone high surrogate", `"\ud800x"`},
		{"lone low surrogate", `"\udc00"`},
		{"high then non-low", `"\ud800\u0041"`},
		{"two highs", `"\ud800\ud800\udc00"`},
		{"invalid utf-8", "\"bad\xffbyte\""},
		{"utf-8 surrogate", "\"\xed\xa0\x80\""},
		{"truncated rune", "\"\xe6\xb7\""},
		{"escaped replacement", `"\ufffd"`},
		{"null", `null`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want string
			require.NoError(t, json.Unmarshal([]byte(tc.in), &want))
			got, err := readOne(tc.in, func(r *Reader) string { return r.String(-1) })
			require.Nil(t, err)
			assert.Equal(t, want, got)
		})
	}
}

func TestReaderStringLimit(t *testing.T) {
	got, err := readOne(`"`+strings.Repeat("深", 4)+`"`, func(r *Reader) string { return r.String(12) })
	require.Nil(t, err)
	assert.Equal(t, "深深深深", got)

	_, err = readOne(`  "`+strings.Repeat("深", 5)+`"`, func(r *Reader) string { return r.String(12) })
	require.NotNil(t, err)
	assert.Equal(t, Limit, err.Kind)
	assert.Equal(t, int64(2), err.Offset)
	assert.Equal(t, "text of 15 bytes", err.Found)
	assert.Equal(t, "jsonwire: is text of 15 bytes, want at most 12 bytes", err.Error())

	// Escapes count as what they decode to.
	_, err = readOne(`"\u0041\u0042"`, func(r *Reader) string { return r.String(2) })
	assert.Nil(t, err)
}

func TestReaderInt(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		min   int64
		max   int64
		want  int64
		found string // "" when it reads
	}{
		{"small", `42`, 0, 100, 42, ""},
		{"negative", `-7`, -10, 10, -7, ""},
		{"minus zero", `-0`, 0, 0, 0, ""},
		{"null", `null`, 1, 2, 0, ""},
		{"int64 min", `-9223372036854775808`, math.MinInt64, math.MaxInt64, math.MinInt64, ""},
		{"int64 max", `9223372036854775807`, math.MinInt64, math.MaxInt64, math.MaxInt64, ""},
		{"past int64 max", `9223372036854775808`, math.MinInt64, math.MaxInt64, 0, "a number out of range"},
		{"past int64 min", `-9223372036854775809`, math.MinInt64, math.MaxInt64, 0, "a number out of range"},
		{"twenty digits", `12345678901234567890`, math.MinInt64, math.MaxInt64, 0, "a number out of range"},
		{"above max", `101`, 0, 100, 0, "a number out of range"},
		{"fraction", `2.5`, 0, 100, 0, "a number with a fraction or exponent"},
		{"whole fraction", `2.0`, 0, 100, 0, "a number with a fraction or exponent"},
		{"exponent", `1e2`, 0, 1000, 0, "a number with a fraction or exponent"},
		{"huge exponent", `1e400`, 0, 1000, 0, "a number with a fraction or exponent"},
		{"string", `"4"`, 0, 100, 0, "a JSON string"},
		{"bool", `true`, 0, 100, 0, "a JSON boolean"},
		{"object", `{}`, 0, 100, 0, "a JSON object"},
		{"array", `[]`, 0, 100, 0, "a JSON array"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readOne(tc.in, func(r *Reader) int64 { return r.Int(tc.min, tc.max) })
			if tc.found == "" {
				require.Nil(t, err)
				assert.Equal(t, tc.want, got)
				return
			}
			require.NotNil(t, err)
			assert.Equal(t, Type, err.Kind)
			assert.Equal(t, tc.found, err.Found)
			if !strings.Contains(err.Want, tc.in) {
				assert.NotContains(t, err.Error(), strings.Trim(tc.in, `"`))
			}
		})
	}
}

func TestReaderBoolAndTime(t *testing.T) {
	b, err := readOne(` true `, (*Reader).Bool)
	require.Nil(t, err)
	assert.True(t, b)
	b, err = readOne(`false`, (*Reader).Bool)
	require.Nil(t, err)
	assert.False(t, b)

	cst := time.FixedZone("CST", 8*3600)
	for _, want := range []time.Time{
		time.Date(2026, 3, 2, 9, 0, 0, 0, cst),
		time.Date(2026, 3, 2, 9, 0, 0, 500, cst),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		enc, err := want.MarshalJSON()
		require.NoError(t, err)
		got, rerr := readOne(string(enc), (*Reader).Time)
		require.Nil(t, rerr)
		assert.True(t, want.Equal(got), "%s read as %s", enc, got)
		_, offset := got.Zone()
		_, wantOffset := want.Zone()
		assert.Equal(t, wantOffset, offset)
	}
	_, err = readOne(`"2026-02-30T09:00:00+08:00"`, (*Reader).Time)
	require.NotNil(t, err)
	assert.Equal(t, "jsonwire: is a string that is not an RFC 3339 time, want an RFC 3339 time", err.Error())
	got, err := readOne(`null`, (*Reader).Time)
	require.Nil(t, err)
	assert.True(t, got.IsZero())
}

// A small document read with every kind of call, the way a per-type
// decoder reads one.
func TestReaderDocument(t *testing.T) {
	in := `{"name":"x","list":[1,2,3],"rows":[[1],[],[2,3]],"skip":{"a":[{"b":null}]},"t":null,"k\u00e9y":1}`
	var r Reader
	r.Reset([]byte(in))
	var name string
	var list []int64
	var rows [][]int64
	var keys []string
	require.True(t, r.Object())
	for r.Member() {
		switch string(r.Name()) {
		case "name":
			name = r.String(-1)
		case "list":
			r.Array()
			for r.Elem() {
				list = append(list, r.Int(0, 9))
			}
		case "rows":
			r.Array()
			for r.Elem() {
				row := []int64{}
				r.Array()
				for r.Elem() {
					row = append(row, r.Int(0, 9))
				}
				rows = append(rows, row)
			}
		default:
			keys = append(keys, string(r.Name()))
			r.Skip()
		}
	}
	r.End()
	require.NoError(t, r.Err())
	assert.Equal(t, "x", name)
	assert.Equal(t, []int64{1, 2, 3}, list)
	assert.Equal(t, [][]int64{{1}, {}, {2, 3}}, rows)
	assert.Equal(t, []string{"skip", "t", "kéy"}, keys)
}

// readRequestLike reads objects and arrays of strings and ints, giving
// paths to errors the way the filing codec does.
func readRequestLike(r *Reader) {
	if !r.Object() {
		return
	}
	for r.Member() {
		switch string(r.Name()) {
		case "obj":
			readRequestLike(r)
		case "n":
			r.Int(0, 99)
		case "list":
			if r.Array() {
				for r.Elem() {
					if r.Peek() == Object {
						readRequestLike(r)
					} else {
						r.Int(0, 99)
					}
				}
			}
		case "s":
			r.String(4)
		default:
			r.Skip()
		}
	}
}

func TestReaderErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		kind   ErrorKind
		path   string
		offset int64
		found  string
		want   string
	}{
		{"empty", ``, Syntax, "", 0, "the end of the input", "a value"},
		{"type at the top", `[]`, Type, "", 0, "a JSON array", "an object"},
		{"type in a member", `{"obj":{"n":"7"}}`, Type, "obj.n", 12, "a JSON string", "a whole number"},
		{"type in an element", `{"list":[1,{"n":true}]}`, Type, "list[1].n", 16, "a JSON boolean", "a whole number"},
		{"too long", `{"obj":{"s":"abcde"}}`, Limit, "obj.s", 12, "text of 5 bytes", "at most 4 bytes"},
		{"truncated object", `{"obj":{`, Syntax, "obj", 8, "the end of the input", "a member name or '}'"},
		{"missing comma", `{"n":1 "s":""}`, Syntax, "", 7, `the character '"'`, "',' or '}'"},
		{"trailing comma", `{"n":1,}`, Syntax, "", 7, "the character '}'", "a member name"},
		{"missing colon", `{"n" 1}`, Syntax, "n", 5, "the character '1'", "':'"},
		{"array comma", `{"list":[1 2]}`, Syntax, "list[0]", 11, "the character '2'", "',' or ']'"},
		{"bad literal", `{"x":nul}`, Syntax, "x", 8, "the character '}'", "the literal null"},
		{"bad number", `{"n":-}`, Syntax, "n", 6, "the character '}'", "a digit"},
		{"leading zero", `{"n":01}`, Syntax, "", 6, "the character '1'", "',' or '}'"},
		{"bad fraction", `{"x":1.}`, Syntax, "x", 7, "the character '}'", "a digit"},
		{"bad escape", `{"s":"\x"}`, Syntax, "s", 7, "the character 'x'", `an escape (one of "\/bfnrtu)`},
		{"bad unicode escape", `{"s":"\u12g4"}`, Syntax, "s", 10, "the character 'g'", "a hexadecimal digit"},
		{"control character", "{\"s\":\"a\tb\"}", Syntax, "s", 7, "a control character in a string", "it escaped"},
		{"unterminated string", `{"s":"abc`, Syntax, "s", 9, "the end of the input", `'"' ending the string`},
		{"trailing data", `{} {}`, Syntax, "", 3, "the character '{'", "the end of the input"},
		{"garbage in a skipped value", `{"x":[1,{"a":tru}]}`, Syntax, "x", 16, "the character '}'", "the literal true"},
		{"unclosed skipped value", `{"x":[1,[2]`, Syntax, "x", 11, "the end of the input", "',' or ']'"},
		{"non-ASCII byte", "{\"x\":\xe6\xb7\xb1}", Syntax, "x", 5, "a non-ASCII character", "a value"},
		{"quote in the input is not echoed", `{'x':1}`, Syntax, "", 1, `the character "'"`, "a member name or '}'"},
		{"control byte", "{\x01}", Syntax, "", 1, "the byte 0x01", "a member name or '}'"},
		{"name with digits masked", `{"13812345678":x}`, Syntax, "138******78", 15, "the character 'x'", "a value"},
		{"odd name quoted", `{"a b":x}`, Syntax, `"a*b"`, 7, "the character 'x'", "a value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readOne(tc.in, func(r *Reader) struct{} { readRequestLike(r); return struct{}{} })
			require.NotNil(t, err)
			assert.Equal(t, tc.kind, err.Kind, "kind")
			assert.Equal(t, tc.path, err.Path, "path")
			assert.Equal(t, tc.offset, err.Offset, "offset")
			assert.Equal(t, tc.found, err.Found, "found")
			assert.Equal(t, tc.want, err.Want, "want")
			if tc.kind == Syntax {
				assert.False(t, json.Valid([]byte(tc.in)), "encoding/json accepts it")
			}
		})
	}
}

func TestReaderDepth(t *testing.T) {
	deep := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	var r Reader
	r.Reset([]byte(deep))
	r.Skip()
	r.End()
	assert.NoError(t, r.Err())

	deeper := "[" + deep + "]"
	r.Reset([]byte(deeper))
	r.Skip()
	var e *Error
	require.True(t, errors.As(r.Err(), &e))
	assert.Equal(t, Limit, e.Kind)
	assert.False(t, json.Valid([]byte(deeper)), "encoding/json refuses it too")

	// Raw counts from the value, and the frames open above it count too.
	r.Reset([]byte(`{"a":[[[1]]]}`))
	require.True(t, r.Object())
	require.True(t, r.Member())
	assert.Nil(t, r.Raw(2))
	require.True(t, errors.As(r.Err(), &e))
	assert.Equal(t, "jsonwire: a: is nested more than 2 levels deep, want at most 2 levels", e.Error())
}

func TestReaderRaw(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"compacted", " { \"a\" : [ 1 , 2.5e3 , true , false , null ] , \"b\" : { } , \"c\" : [ ] } ", `{"a":[1,2.5e3,true,false,null],"b":{},"c":[]}`},
		{"escapes kept", `"\u0041\/\n"`, `"\u0041\/\n"`},
		{"html escaped", `"<a href='x'>&</a>"`, `"\u003ca href='x'\u003e\u0026\u003c/a\u003e"`},
		{"line separators escaped", "\"a\u2028b\u2029\"", `"a\u2028b\u2029"`},
		{"invalid utf-8 replaced", "[\"a\xffb\"]", `["a\ufffdb"]`},
		{"chinese kept", `{"名":"值"}`, `{"名":"值"}`},
		{"number kept as written", `-0.000e-0`, `-0.000e-0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readOne(tc.in, func(r *Reader) []byte { return r.Raw(MaxDepth) })
			require.Nil(t, err)
			assert.Equal(t, tc.want, string(got))
			var in, out any
			require.NoError(t, json.Unmarshal([]byte(tc.in), &in))
			require.NoError(t, json.Unmarshal(got, &out))
			assert.Equal(t, in, out)
		})
	}
}

// Reading a hostile document costs time linear in its size: a few MB of
// deep or wide structure, long strings or numbers are skipped in one pass.
func TestReaderHostileShapes(t *testing.T) {
	const size = 4 << 20
	for _, tc := range []struct {
		name string
		doc  string
	}{
		{"deep", strings.Repeat("[", 5000) + strings.Repeat("]", 5000)},
		{"wide", "[" + strings.Repeat("0,", size/2) + "0]"},
		{"long string", `"` + strings.Repeat("深", size/3) + `"`},
		{"long escapes", `"` + strings.Repeat(`\ud800`, size/6) + `"`},
		{"long number", "1" + strings.Repeat("0", size)},
		{"many members", "{" + strings.Repeat(`"a":1,`, size/6) + `"a":1}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r Reader
			r.Reset([]byte(tc.doc))
			r.Raw(MaxDepth)
			r.End()
			assert.NoError(t, r.Err())
		})
	}
}

// stopMask finds every byte that ends a run of string content, at every
// position, and flags nothing in a word without one.
func TestStopMask(t *testing.T) {
	plain := []byte("abcdefgh")
	require.Zero(t, stopMask(binary.LittleEndian.Uint64(plain)))
	for _, c := range []byte{0, 0x1f, '"', '\\'} {
		for pos := 0; pos < 8; pos++ {
			w := []byte("\xe6\xb7\xb1 z~\x7f\xff")
			w[pos] = c
			assert.NotZero(t, stopMask(binary.LittleEndian.Uint64(w)), "%q at %d", c, pos)
		}
	}
	for c := 0x20; c < 0x100; c++ {
		if c == '"' || c == '\\' {
			continue
		}
		w := []byte{byte(c), byte(c), byte(c), byte(c), byte(c), byte(c), byte(c), byte(c)}
		assert.Zero(t, stopMask(binary.LittleEndian.Uint64(w)), "%#x", c)
	}
}

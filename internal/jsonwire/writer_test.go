package jsonwire

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testStrings = []string{
	"", "plain", "深圳市", "a<b>&c", `q"uo\te`, "line\nbreak\x01\x1f\x7f", "\b\f\r\t",
	"sep\u2028\u2029", "\u2000 space", "bad\xffutf8", "\xe2", "\xe2\x80", "\xed\xa0\x80",
	"emoji 😀", "\ufffd",
}

func TestAppendStringAsEncodingJSON(t *testing.T) {
	for _, s := range testStrings {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			want, err := json.Marshal(s)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(AppendString(nil, s)))
		})
	}
}

func TestWriterDocument(t *testing.T) {
	var w Writer
	w.Reset([]byte("prefix:"))
	w.BeginObject()
	w.Name("s")
	w.String("x")
	w.Name("n")
	w.Int(-3)
	w.Name("b")
	w.Bool(true)
	w.Name("z")
	w.Null()
	w.Name("rows")
	w.BeginArray()
	for _, row := range [][]int64{{1, 2}, {}, {3}} {
		w.BeginArray()
		for _, n := range row {
			w.Int(n)
		}
		w.EndArray()
	}
	w.EndArray()
	w.Name("o")
	w.BeginObject()
	w.EndObject()
	w.Name("raw")
	w.Raw([]byte(" [ 1 , {\"a\" : \"<\"} ] "), MaxDepth)
	w.Name("empty raw")
	w.Raw(nil, MaxDepth)
	w.EndObject()
	require.NoError(t, w.Err())
	assert.Equal(t, `prefix:{"s":"x","n":-3,"b":true,"z":null,"rows":[[1,2],[],[3]],"o":{},"raw":[1,{"a":"\u003c"}],"empty raw":null}`, string(w.Bytes()))
}

func TestWriterTime(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	for _, tc := range []time.Time{
		time.Date(2026, 3, 2, 9, 0, 0, 0, cst),
		time.Date(2026, 3, 2, 9, 0, 0, 120, cst),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.FixedZone("", -(23*3600+59*60))),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 5*3600+30*60+15)),
		{},
	} {
		t.Run(tc.String(), func(t *testing.T) {
			want, err := tc.MarshalJSON()
			require.NoError(t, err)
			var w Writer
			w.Time(tc)
			require.NoError(t, w.Err())
			assert.Equal(t, string(want), string(w.Bytes()))
		})
	}
	for _, tc := range []time.Time{
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600)),
	} {
		t.Run("refused "+tc.String(), func(t *testing.T) {
			_, err := tc.MarshalJSON()
			require.Error(t, err, "time.Time refuses it too")
			var w Writer
			w.BeginArray()
			w.Time(tc)
			w.EndArray()
			var e *Error
			require.True(t, errors.As(w.Err(), &e))
			assert.Equal(t, Type, e.Kind)
			assert.Equal(t, "[null]", string(w.Bytes()))
		})
	}
}

func TestWriterRawRefuses(t *testing.T) {
	tests := []struct {
		name   string
		raw    string
		offset int64
		found  string
	}{
		{"not json", `{x}`, 1, "the character 'x'"},
		{"two values", `1 2`, 2, "the character '2'"},
		{"invalid utf-8", "\"a\xff\"", 2, "text that is not valid UTF-8"},
		{"invalid utf-8 in a name", "{\"\xff\":1}", 2, "text that is not valid UTF-8"},
		{"too deep", `[[[1]]]`, 2, "nested more than 2 levels deep"},
		{"truncated", `[1,`, 3, "the end of the input"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var w Writer
			w.BeginArray()
			w.Int(1)
			w.Raw([]byte(tc.raw), 2)
			w.EndArray()
			var e *Error
			require.True(t, errors.As(w.Err(), &e))
			assert.Equal(t, tc.offset, e.Offset)
			assert.Equal(t, tc.found, e.Found)
			assert.Equal(t, "[1,null]", string(w.Bytes()))
			assert.True(t, json.Valid(w.Bytes()))
		})
	}
}

// The depth a Writer has reached counts against MaxDepth for Raw.
func TestWriterRawDepth(t *testing.T) {
	var w Writer
	for range MaxDepth - 1 {
		w.BeginArray()
	}
	w.Raw([]byte(`[1]`), MaxDepth)
	assert.NoError(t, w.Err())
	w.Raw([]byte(`[[1]]`), MaxDepth)
	assert.Error(t, w.Err())
}

// Nested arrays and times, the shapes a record's codec needs.
func Example() {
	type entry struct {
		At   time.Time
		Tags [][]string
	}
	cst := time.FixedZone("CST", 8*3600)
	in := []entry{{At: time.Date(2026, 3, 2, 9, 0, 0, 500, cst), Tags: [][]string{{"a"}, {}}}}

	var w Writer
	w.BeginArray()
	for _, e := range in {
		w.BeginObject()
		w.Name("at")
		w.Time(e.At)
		w.Name("tags")
		w.BeginArray()
		for _, row := range e.Tags {
			w.BeginArray()
			for _, s := range row {
				w.String(s)
			}
			w.EndArray()
		}
		w.EndArray()
		w.EndObject()
	}
	w.EndArray()
	fmt.Println(string(w.Bytes()), w.Err())

	var r Reader
	r.Reset(w.Bytes())
	var out []entry
	r.Array()
	for r.Elem() {
		var e entry
		r.Object()
		for r.Member() {
			switch string(r.Name()) {
			case "at":
				e.At = r.Time()
			case "tags":
				r.Array()
				for r.Elem() {
					row := []string{}
					r.Array()
					for r.Elem() {
						row = append(row, r.String(100))
					}
					e.Tags = append(e.Tags, row)
				}
			default:
				r.Skip()
			}
		}
		out = append(out, e)
	}
	r.End()
	fmt.Println(out[0].At.Equal(in[0].At), out[0].Tags, r.Err())

	r.Reset([]byte(`[{"at":"2026-03-02T09:00:00+08:00","tags":[["a"],[1]]}]`))
	r.Array()
	for r.Elem() {
		r.Object()
		for r.Member() {
			if string(r.Name()) == "tags" {
				r.Array()
				for r.Elem() {
					r.Array()
					for r.Elem() {
						r.String(100)
					}
				}
				continue
			}
			r.Skip()
		}
	}
	fmt.Println(r.Err())
	// Output:
	// [{"at":"2026-03-02T09:00:00.0000005+08:00","tags":[["a"],[]]}] <nil>
	// true [[a] []] <nil>
	// jsonwire: [0].tags[1][0]: is a JSON number, want a string
}

func TestJoinPath(t *testing.T) {
	tests := []struct{ path, name, want string }{
		{"", "icp_subject", "icp_subject"},
		{"a", "party_building_confirmation_letter", "a.party_building_confirmation_letter"},
		{"a", "13812345678", "a.138******78"},
		{"a", "has space", `a."has****ce"`},
		{"a", "张三丰", `a."张*丰"`},
		{"a", "广东省深圳市南山区科技南路18号", `a."广*************8号"`},
		{"a", "", `a.""`},
		{"a", "zhang@example.com", `a."z***@example.com"`},
		{"a", strings.Repeat("x", 65), `a."xxx` + strings.Repeat("*", 29) + `…"`},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, JoinPath(tc.path, tc.name))
		})
	}
	assert.Equal(t, "a[3]", IndexPath("a", 3))
}

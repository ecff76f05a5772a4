package jsonwire

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type person struct {
	Name, Mail string
	Home       address
	Tags       []string
}

type address struct{ City string }

// readPerson reads a person the way a per-type decoder does: its strings,
// and its nested object's, each committed when their object ends.
func readPerson(r *Reader, s *Strings, p *person) {
	if !r.Object() {
		return
	}
	m := s.Mark()
	for r.Member() {
		switch string(r.Name()) {
		case "name":
			s.Read(r, &p.Name, 8)
		case "mail":
			s.Read(r, &p.Mail, 8)
		case "home":
			p.Home = address{}
			if r.Object() {
				hm := s.Mark()
				for r.Member() {
					if string(r.Name()) == "city" {
						s.Read(r, &p.Home.City, 8)
						continue
					}
					r.Skip()
				}
				s.Commit(hm)
			}
		case "tags":
			p.Tags = s.List(r, 2, 8)
		default:
			r.Skip()
		}
	}
	s.Commit(m)
}

func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want person
	}{
		{"all", `{"name":"张三","home":{"city":"深圳"},"mail":"a@b","tags":["x","\u0079"]}`,
			person{Name: "张三", Mail: "a@b", Home: address{City: "深圳"}, Tags: []string{"x", "y"}}},
		{"last of a repeated member wins", `{"name":"a","name":"b","mail":"c","mail":null}`, person{Name: "b"}},
		{"empty and null", `{"name":"","home":null,"tags":[]}`, person{}},
		{"null items", `{"tags":[null,""]}`, person{Tags: []string{"", ""}}},
	}
	var s Strings
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r Reader
			r.Reset([]byte(tc.in))
			var p person
			readPerson(&r, &s, &p)
			r.End()
			require.NoError(t, r.Err())
			assert.Equal(t, tc.want, p)
			assert.Equal(t, StringsMark{}, s.Mark(), "Strings keeps nothing after the outer Commit")
		})
	}
}

func TestStringsLimits(t *testing.T) {
	tests := []struct {
		name, in, path, found string
	}{
		{"text too long", `{"home":{"city":"123456789"}}`, "home.city", "text of 9 bytes"},
		{"too many items", `{"tags":["a","b","c"]}`, "tags", "a list of more than 2 items"},
		{"item too long", `{"tags":["a","123456789"]}`, "tags[1]", "text of 9 bytes"},
		{"item not a string", `{"tags":[1]}`, "tags[0]", "a JSON number"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r Reader
			var s Strings
			r.Reset([]byte(tc.in))
			var p person
			readPerson(&r, &s, &p)
			var e *Error
			require.True(t, errors.As(r.Err(), &e))
			assert.Equal(t, tc.path, e.Path)
			assert.Equal(t, tc.found, e.Found)
			assert.Nil(t, p.Tags)
		})
	}
}

// The strings of one object share one allocation.
func TestStringsAllocations(t *testing.T) {
	in := []byte(`{"name":"张三","mail":"a@b","home":{"city":"深圳"}}`)
	var r Reader
	var s Strings
	var p person
	r.Reset(in)
	readPerson(&r, &s, &p) // warm the buffers
	allocs := testing.AllocsPerRun(100, func() {
		r.Reset(in)
		readPerson(&r, &s, &p)
	})
	assert.Equal(t, 2.0, allocs, "one per object")
}

func TestNamePlain(t *testing.T) {
	var a, b Writer
	a.BeginObject()
	a.NamePlain("icp_subject")
	a.Null()
	a.EndObject()
	b.BeginObject()
	b.Name("icp_subject")
	b.Null()
	b.EndObject()
	assert.Equal(t, string(b.Bytes()), string(a.Bytes()))
}

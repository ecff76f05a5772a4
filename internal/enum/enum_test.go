package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var colours = Names{
	Noun:   "colour",
	IDs:    []string{"", "red", "dark_blue"},
	Labels: []string{"", "红", "深蓝"},
	En:     []string{"", "red", "dark blue"},
}

func TestNames(t *testing.T) {
	tests := []struct {
		v                  int
		valid              bool
		id, label, english string
		marshals           bool
	}{
		{0, false, "", "", "", true},
		{1, true, "red", "红", "red", true},
		{2, true, "dark_blue", "深蓝", "dark blue", true},
		{3, false, "colour(3)", "", "", false},
		{-1, false, "colour(-1)", "", "", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.valid, colours.Valid(tc.v), tc.v)
		assert.Equal(t, tc.id, colours.String(tc.v), tc.v)
		assert.Equal(t, tc.label, colours.Label(tc.v), tc.v)
		assert.Equal(t, tc.english, colours.English(tc.v), tc.v)
		b, ok := colours.Marshal(tc.v)
		assert.Equal(t, tc.marshals, ok, tc.v)
		if ok {
			v, ok := colours.Parse(string(b))
			assert.True(t, ok)
			assert.Equal(t, tc.v, v)
		}
	}
	_, ok := colours.Parse("green")
	assert.False(t, ok)
	assert.Equal(t, "", (&Names{IDs: []string{"", "a"}}).Label(1))
}

func TestStringOf(t *testing.T) {
	tests := []struct{ name, id, want string }{
		{"zero value", "", ""},
		{"known id", "dark_blue", "dark_blue"},
		{"unknown id", "green", `colour("green")`},
		{"personal data is masked", "13800138000", `colour("138******00")`},
		{"a name is withheld", "张三丰", `colour((not an id))`},
		{"an address is withheld", "广东省深圳市南山区科技南路18号", `colour((not an id))`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, colours.StringOf(tc.id))
		})
	}
}

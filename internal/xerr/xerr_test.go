package xerr

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMessage(t *testing.T) {
	cause := errors.New("pkg: cause")
	tests := []struct {
		name                   string
		subject, input, reason string
		cause                  error
		want                   string
	}{
		{"all parts", "mobile", "138", "want 11 digits", cause, `x: mobile "138": want 11 digits: pkg: cause`},
		{"no input", "mobile", "", "empty", nil, "x: mobile: empty"},
		{"no reason", "corrupt record", "r1", "", cause, `x: corrupt record "r1": pkg: cause`},
		{"no subject", "", "abc", "unknown", nil, `x: "abc": unknown`},
		{"input masked", "id", "13812345678", "bad", nil, `x: id "138******78": bad`},
		{"input with quotes", "id", `a"b`, "bad", nil, `x: id "a\"b": bad`},
		{"reason only", "", "", "bad", nil, "x: bad"},
		{"nothing", "", "", "", nil, "x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Message("x", tc.subject, tc.input, tc.reason, tc.cause))
		})
	}
}

func TestQuoteClipsAndMasks(t *testing.T) {
	got := Quote(strings.Repeat("长", 40) + "13812345678")
	assert.True(t, strings.HasSuffix(got, `…"`))
	assert.Equal(t, `"z*******@example.com"`, Quote("zhangsan@example.com"))
}

// Names and addresses typed where an identifier or an id belongs never
// show in full.
func TestIdentifierAndTokenHideNamesAndAddresses(t *testing.T) {
	tests := []struct{ name, in, secret string }{
		{"name", "张三丰", "张三丰"},
		{"two-rune name", "王五", "王五"},
		{"name in Latin letters", "Zhang Sanfeng", "Sanfeng"},
		{"address", "广东省深圳市南山区科技南路18号", "科技南路"},
		{"resident ID", "11010519491231002X", "0519491231"},
		{"e-mail", "zhangsan@example.com", "hangsan"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.NotContains(t, Identifier(tc.in), tc.secret)
			assert.NotContains(t, QuoteToken(tc.in), tc.secret)
			assert.NotContains(t, Message("x", "s", Identifier(tc.in), "r", nil), tc.secret)
		})
	}
}

func TestToken(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"misspelt id", "aproved", `"aproved"`},
		{"digits masked", "stage_13812345678", `"stage_138******78"`},
		{"upper case", "Approved", "(not an id)"},
		{"space", "face task", "(not an id)"},
		{"too long", strings.Repeat("a", 65), "(not an id)"},
		{"chinese", "已通过", "(not an id)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, QuoteToken(tc.in))
		})
	}
	assert.Empty(t, Token("张三丰"))
	assert.Equal(t, "face_task", Token("face_task"))
}

func TestIs(t *testing.T) {
	a, b := errors.New("a"), errors.New("b")
	assert.True(t, Is(a, a))
	assert.True(t, Is(b, nil, a, b))
	assert.False(t, Is(a, b))
	assert.False(t, Is(nil, nil), "nil matches nothing")
	assert.False(t, Is(a))
}

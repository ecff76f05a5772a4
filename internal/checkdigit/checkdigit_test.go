package checkdigit

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Reference implementations, written from the standards' formulas rather
// than from the weight tables above.

// refMOD112 is ISO 7064 MOD 11-2 in its recursive form: p = (p + digit) * 2
// mod 11 over the body, then the check value is (12 - p) mod 11.
func refMOD112(body string) byte {
	if len(body) != 17 {
		return 0
	}
	p := 0
	for _, c := range []byte(body) {
		if c < '0' || c > '9' {
			return 0
		}
		p = (p + int(c-'0')) * 2 % 11
	}
	v := (12 - p) % 11
	if v == 10 {
		return 'X'
	}
	return byte('0' + v)
}

// refMOD31 computes the GB 32100 weights as powers of 3 modulo 31.
func refMOD31(body string) byte {
	if len(body) != 17 {
		return 0
	}
	sum, w := 0, 1
	for _, c := range []byte(body) {
		v := strings.IndexByte(USCCAlphabet, c)
		if v < 0 {
			return 0
		}
		sum += v * w
		w = w * 3 % 31
	}
	return USCCAlphabet[(31-sum%31)%31]
}

// refMOD11 spells out the GB 11714 weights.
func refMOD11(body string) byte {
	if len(body) != 8 {
		return 0
	}
	weights := []int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, c := range []byte(body) {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		default:
			return 0
		}
		sum += v * weights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

func TestPublished(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) byte
		body string
		want byte
	}{
		{"GB 11643 example number", MOD112, "11010519491231002", 'X'},
		{"resident ID with check 1", MOD112, "44030519900101123", refMOD112("44030519900101123")},
		{"Tencent credit code", MOD31, "91440300708461136", 'T'},
		{"Huawei credit code, check digit", MOD31, "91440300192203821", '6'},
		{"Zhejiang University", MOD31, "12100000470095016", 'Q'},
		{"ByteDance, check 0", MOD31, "91110108592366240", '0'},
		{"Tencent organisation code", MOD11, "70846113", '6'},
		{"Tencent technology, check X", MOD11, "71526726", 'X'},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, string(tc.want), string(tc.f(tc.body)))
		})
	}
}

func TestRefused(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) byte
		body string
	}{
		{"MOD112 short", MOD112, "1101051949123100"},
		{"MOD112 letter", MOD112, "1101051949123100A"},
		{"MOD112 full-width digit", MOD112, "110105194912310０"},
		{"MOD31 letter I", MOD31, "9144030070846113I"},
		{"MOD31 lower case", MOD31, "91440300708461t36"},
		{"MOD31 long", MOD31, "914403007084611366"},
		{"MOD11 hyphen", MOD11, "7084611-"},
		{"MOD11 lower case", MOD11, "7084611a"},
		{"MOD11 empty", MOD11, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Zero(t, tc.f(tc.body))
		})
	}
	assert.True(t, InUSCCAlphabet('Y'))
	assert.False(t, InUSCCAlphabet('Z'))
	assert.Equal(t, -1, MOD11Value('-'))
}

// FuzzAgainstReference compares each algorithm with its reference form.
func FuzzAgainstReference(f *testing.F) {
	f.Add("11010519491231002")
	f.Add("91440300708461136")
	f.Add("70846113")
	f.Add("")
	f.Add("\xff\x00ABCDEFGHIJKLMNOPQ")
	f.Fuzz(func(t *testing.T, body string) {
		assert.Equal(t, refMOD112(body), MOD112(body), "MOD112(%q)", body)
		assert.Equal(t, refMOD31(body), MOD31(body), "MOD31(%q)", body)
		assert.Equal(t, refMOD11(body), MOD11(body), "MOD11(%q)", body)
	})
}

var sink byte

func BenchmarkMOD112(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = MOD112("11010519491231002")
	}
}

package document_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/document"
)

func TestMask(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"one rune", "a", "*"},
		{"two runes", "ab", "**"},
		{"three runes", "abc", "a*c"},
		{"eight runes", "E1234567", "E******7"},
		{"mobile", "13812345678", "138******78"},
		{"resident ID", "11010519491231002X", "110*************2X"},
		{"credit code", "91440300708461136T", "914*************6T"},
		{"chinese", "粤ICP备2023123456号", "粤IC***********6号"},
		{"email", "zhang@example.com", "z***@example.com"},
		{"email with chinese local part", "张三@example.com", "张***@example.com"},
		{"at sign first", "@example.com", "@ex*******om"},
		{"invalid utf-8 email", "\xffab@example.com", "\xff***@example.com"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := document.Mask(tc.in); got != tc.want {
				t.Errorf("Mask(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzMask(f *testing.F) {
	f.Add("13812345678")
	f.Add("zhang@example.com")
	f.Fuzz(func(t *testing.T, s string) {
		m := document.Mask(s)
		if strings.Contains(s, "@") {
			return
		}
		// Outside e-mail addresses, the length in runes is kept and at
		// most five runes are shown.
		n := utf8.RuneCountInString(s)
		if utf8.RuneCountInString(m) != n {
			t.Fatalf("Mask(%q) = %q changes the length", s, m)
		}
		hidden := n
		switch {
		case n >= 9:
			hidden = n - 5
		case n >= 3:
			hidden = n - 2
		}
		if strings.Count(m, "*") < hidden {
			t.Fatalf("Mask(%q) = %q hides fewer than %d runes", s, m, hidden)
		}
	})
}

func ExampleMask() {
	fmt.Println(document.Mask("11010519491231002X"))
	fmt.Println(document.Mask("13812345678"))
	fmt.Println(document.Mask("zhang@example.com"))
	// Output:
	// 110*************2X
	// 138******78
	// z***@example.com
}

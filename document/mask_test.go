package document_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, document.Mask(tc.in))
		})
	}
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

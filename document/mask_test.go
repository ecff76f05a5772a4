package document_test

import (
	"fmt"

	"github.com/beian-go/beian/document"
)

// Mask is internal/mask's ID, whose tests cover it; the example shows
// the three kinds of value a service masks with it.
func ExampleMask() {
	fmt.Println(document.Mask("11010519491231002X"))
	fmt.Println(document.Mask("13812345678"))
	fmt.Println(document.Mask("zhang@example.com"))
	// Output:
	// 110*************2X
	// 138******78
	// z***@example.com
}

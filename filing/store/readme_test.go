package store_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's store section shows the code of Example between its
// loop:begin and loop:end comments, with one tab of indentation removed
// and the others shown as four spaces each.
func TestREADMELoop(t *testing.T) {
	src, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	code := regexp.MustCompile("(?s)\t// loop:begin\n(.*?)\t// loop:end\n").FindSubmatch(src)
	require.NotNil(t, code, "example_test.go has the loop")
	block := regexp.MustCompile("(?s)<!-- store:begin -->\n```golang\n(.*?)```\n<!-- store:end -->").FindSubmatch(readme)
	require.NotNil(t, block, "README.md has the store section")

	lines := strings.Split(string(code[1]), "\n")
	for i, l := range lines {
		l = strings.TrimPrefix(l, "\t")
		n := len(l) - len(strings.TrimLeft(l, "\t"))
		lines[i] = strings.Repeat("    ", n) + l[n:]
	}
	assert.Equal(t, strings.Join(lines, "\n"), string(block[1]))
}

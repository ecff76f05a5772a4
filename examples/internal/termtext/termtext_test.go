package termtext

import (
	"strings"
	"testing"

	// The golden package defines -update, so that the README's
	// "go test ./examples/... -update" also runs in this package.
	_ "github.com/beian-go/beian/examples/internal/golden"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name   string
		indent int
		text   string
		want   string
	}{
		{"short", 2, "a b", "  a b\n"},
		{"empty", 2, "", "  \n"},
		{"breaks at spaces", 70, "aaaa bbbb cccc", strings.Repeat(" ", 70) + "aaaa bbbb\n" + strings.Repeat(" ", 70) + "cccc\n"},
		{"cjk counts double", 74, "一二 三四", strings.Repeat(" ", 74) + "一二\n" + strings.Repeat(" ", 74) + "三四\n"},
		{"long word split", 76, "abcdefg", strings.Repeat(" ", 76) + "abcd\n" + strings.Repeat(" ", 76) + "efg\n"},
		{"break before bracket", 58, "预计 完成（期间春节）（2028 年）", strings.Repeat(" ", 58) + "预计 完成（期间春节）\n" + strings.Repeat(" ", 58) + "（2028 年）\n"},
		{"bracket first", 0, "（一）", "（一）\n"},
		{"bracket kept whole", 58, "完成（期间 春节）（2028 年）", strings.Repeat(" ", 58) + "完成（期间 春节）\n" + strings.Repeat(" ", 58) + "（2028 年）\n"},
		{"space before bracket", 0, "a （b）", "a （b）\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Wrap(tt.indent, tt.text); got != tt.want {
				t.Errorf("Wrap(%d, %q) = %q, want %q", tt.indent, tt.text, got, tt.want)
			}
		})
	}
}

package termtext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	// The golden package defines -update, so that the README's
	// "go test ./examples/... -update" also runs in this package.
	_ "github.com/beian-go/beian/examples/internal/golden"
	"github.com/beian-go/beian/examples/internal/termtext"

	"github.com/beian-go/beian/workday"
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
			assert.Equal(t, tt.want, termtext.Wrap(tt.indent, tt.text))
		})
	}
}

func TestDayAndCount(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"day", termtext.Day(workday.MustDate(2026, 9, 25)), "2026-09-25 周五 Fri"},
		{"sunday", termtext.Day(workday.MustDate(2026, 9, 27)), "2026-09-27 周日 Sun"},
		{"one", termtext.Count(1, "problem"), "1 problem"},
		{"several", termtext.Count(3, "day"), "3 days"},
		{"none", termtext.Count(0, "warning"), "0 warnings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

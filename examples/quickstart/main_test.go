package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beian-go/beian/workday"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden, or rewrites the file
// with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got:\n%s\n--- want:\n%s", path, got, want)
	}
}

// today stands in for the clock main reads.
var today = workday.MustDate(2026, 11, 27)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, today, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		start string
	}{
		// Starts on a Mid-Autumn holiday and waits through National Day
		// and its makeup Saturday.
		{"mid_autumn_national_day", "2026-09-25"},
		// Reaches into 2028, whose schedule is projected.
		{"new_year_2028_projected", "2027-12-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs("-start", tt.start)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden(t, tt.name, []byte(out))
			checkWidth(t, out)
		})
	}
}

// Without -start the walk begins on the day main passes in.
func TestDefaultStart(t *testing.T) {
	code, out, _ := runArgs()
	_, want, _ := runArgs("-start", today.String())
	if code != 0 || out != want {
		t.Errorf("exit %d; output without -start differs from -start %s", code, today)
	}
}

func TestArgs(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a substring of the standard error
	}{
		{"bad date", []string{"-start", "2026-13-01"}, 2, "quickstart: -start \"2026-13-01\": want a date such as 2026-09-25\n"},
		{"not a date", []string{"-start", "tomorrow"}, 2, "want a date"},
		{"unknown flag", []string{"-begin", "2026-09-25"}, 2, "flag provided but not defined"},
		{"extra argument", []string{"now"}, 2, "unexpected argument"},
		{"help", []string{"-h"}, 0, "usage: quickstart"},
		{"out of range", []string{"-start", "9999-12-30"}, 1, "quickstart: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs(tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.stderr)
			}
			if tt.code == 2 && out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

// checkWidth fails for a line wider than an 80-column terminal.
func checkWidth(t *testing.T, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if w := width(line); w > lineWidth {
			t.Errorf("line %d is %d columns wide: %s", i+1, w, line)
		}
	}
}

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
			if got := wrap(tt.indent, tt.text); got != tt.want {
				t.Errorf("wrap(%d, %q) = %q, want %q", tt.indent, tt.text, got, tt.want)
			}
		})
	}
}

var sink int

func BenchmarkRun(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		sink = run([]string{"-start", "2026-09-25"}, today, &out, &out)
	}
}

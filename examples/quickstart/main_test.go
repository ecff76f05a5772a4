package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/beian-go/beian/examples/internal/golden"

	"github.com/beian-go/beian/workday"
)

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
			golden.Check(t, tt.name, []byte(out))
		})
	}
}

// The walk passes from the first to the last start day its sample
// certificates allow, and outside them says which start days work; every
// line fits the terminal either way.
func TestStartRange(t *testing.T) {
	tests := []struct {
		start   string
		code    int
		warning bool // the re-check still shows a warning
	}{
		{"2018-02-28", 1, false},
		{firstStart, 0, false},
		{"2026-09-25", 0, false},
		{lastStart, 0, true}, // the subject principal's certificate expires within three months
		{"2036-05-15", 1, false},
		{"1990-01-01", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			code, out, errOut := runArgs("-start", tt.start)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			golden.Fits(t, out)
			if code == 1 {
				want := "quickstart: the sample filing does not pass on " + tt.start + "; try a -start from 2018-03-01 to 2036-05-14\n"
				if errOut != want {
					t.Errorf("stderr %q, want %q", errOut, want)
				}
				if !strings.Contains(out, "复查 Re-checked: 仍有问题 still ") {
					t.Errorf("output does not list the problems left:\n%s", out)
				}
				return
			}
			if got := strings.Contains(out, "~ icp_subject.principal_info.certificate_validity_date_end (警告 warning)\n"); got != tt.warning {
				t.Errorf("warning shown: %v, want %v:\n%s", got, tt.warning, out)
			}
			if !strings.Contains(out, "备案号 Filing number: ") {
				t.Errorf("no filing number:\n%s", out)
			}
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
		{"unknown flag", []string{"-begin", "2026-09-25"}, 2, "quickstart: flag provided but not defined: -begin (-h lists the flags)\n"},
		{"missing date", []string{"-start"}, 2, "quickstart: flag needs an argument: -start (-h lists the flags)\n"},
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

var sink int

func BenchmarkRun(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		sink = run([]string{"-start", "2026-09-25"}, today, &out, &out)
	}
}

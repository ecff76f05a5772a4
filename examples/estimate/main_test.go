package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/examples/internal/golden"

	"github.com/beian-go/beian/deadline"
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
		name string
		args []string
	}{
		// The README's sample: National Day and its makeup Saturday.
		{"national_day", []string{"-submitted", "2026-09-28"}},
		{"national_day_json", []string{"-submitted", "2026-09-28", "-json"}},
		// Spring Festival with makeup days on both sides.
		{"spring_festival_2027", []string{"-submitted", "2027-02-01"}},
		// No schedule for 2028 in the calendar: projected. The year has
		// begun, so it is missing from the calendar, not unannounced.
		{"projected_2028", []string{"-submitted", "2028-01-20"}},
		// From 1995, which the calendar does not cover (Monday to
		// Friday), into 1996, which it projects.
		{"outside_calendar_1995", []string{"-submitted", "1995-12-20"}},
		// Submitted on a Saturday: no days off in between.
		{"weekend_submission", []string{"-submitted", "2026-11-28"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs(tt.args...)
			require.Zero(t, code, "exit code")
			require.Empty(t, errOut, "stderr")
			golden.Check(t, tt.name, []byte(out))
		})
	}
}

// The JSON output decodes into the estimate package deadline returns.
func TestJSONRoundTrip(t *testing.T) {
	code, out, _ := runArgs("-submitted", "2026-09-28", "-json")
	require.Zero(t, code, "exit code")
	var got deadline.Estimate
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "2026-10-08", got.Earliest.String())
	assert.Equal(t, "2026-10-30", got.Latest.String())
	assert.Len(t, got.Windows, 3)
}

// Without -submitted the estimate counts from the day main passes in.
func TestDefaultDay(t *testing.T) {
	code, out, _ := runArgs()
	_, want, _ := runArgs("-submitted", today.String())
	assert.Zero(t, code, "exit code")
	assert.Equal(t, want, out, "output without -submitted differs from -submitted %s", today)
}

func TestArgs(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // the whole standard error, or a part of it when partial
		exact  bool
	}{
		{"bad date", []string{"-submitted", "2026-02-30"}, 2, "estimate: -submitted \"2026-02-30\": want a date such as 2026-09-28\n", true},
		{"not a date", []string{"-submitted", "28/09/2026"}, 2, "estimate: -submitted \"28/09/2026\": want a date such as 2026-09-28\n", true},
		{"empty date is today", []string{"-submitted", ""}, 0, "", true},
		{"unknown flag", []string{"-from", "2026-09-28"}, 2, "estimate: flag provided but not defined: -from (-h lists the flags)\n", true},
		{"missing date", []string{"-submitted"}, 2, "estimate: flag needs an argument: -submitted (-h lists the flags)\n", true},
		{"bad bool", []string{"-json=maybe"}, 2, "estimate: invalid boolean value \"maybe\" for -json: parse error (-h lists the flags)\n", true},
		{"extra argument", []string{"2026-09-28"}, 2, "estimate: unexpected argument \"2026-09-28\"\n", true},
		{"help", []string{"-help"}, 0, "usage: estimate", false},
		{"out of range", []string{"-submitted", "9999-12-20"}, 1, "estimate: ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runArgs(tt.args...)
			assert.Equal(t, tt.code, code, "exit code")
			if tt.exact {
				assert.Equal(t, tt.stderr, errOut)
			} else {
				assert.Contains(t, errOut, tt.stderr)
			}
			if code != 0 {
				assert.Empty(t, out, "stdout")
			}
		})
	}
}

var sink int

func BenchmarkRun(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		sink = run([]string{"-submitted", "2026-09-28"}, today, &out, &out)
	}
}

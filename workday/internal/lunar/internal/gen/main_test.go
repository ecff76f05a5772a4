package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommittedTable regenerates the table from the committed data file and
// compares it with the committed output, as CI's go generate check does.
func TestCommittedTable(t *testing.T) {
	f, err := os.Open("../../" + dataFile)
	require.NoError(t, err)
	defer f.Close()
	years, err := parse(f)
	require.NoError(t, err)
	assert.Len(t, years, 2100-1900+1)
	got, err := generate(years)
	require.NoError(t, err)
	want, err := os.ReadFile("../../zz_generated_table.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestMonths(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err)
		return d
	}
	tests := []struct {
		name  string
		info  uint32
		start string
		count int
		leap  int    // the leap month, 0 for none
		after string // the first day of the leap month
		next  string // the first day of the next year
	}{
		// 1900: months 29,30,29,29,30,29,30,30,29,30,30,29... with leap 8.
		{"1900, leap 8th month", 0x04bd8, "1900-01-31", 13, 8, "1900-09-24", "1901-02-19"},
		{"2025, leap 6th month", 0x0a6e6, "2025-01-29", 13, 6, "2025-07-25", "2026-02-17"},
		{"no leap month", 0x04ae0, "1901-02-19", 12, 0, "", "1902-02-08"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, next := months(tc.info, day(tc.start))
			require.Len(t, ms, tc.count)
			assert.Equal(t, day(tc.start), ms[0].start)
			leaps := 0
			for i, m := range ms {
				if m.leap {
					leaps++
					assert.Equal(t, tc.leap, m.num)
					assert.Equal(t, day(tc.after), m.start, "leap month start")
					assert.Equal(t, ms[i-1].num, m.num, "a leap month follows its month")
				}
			}
			assert.Equal(t, btoi(tc.leap > 0), leaps)
			if tc.next != "" {
				assert.Equal(t, day(tc.next), next)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	const header = "# comment\nyear,info,qingming\n"
	tests := []struct {
		name, data, want string
	}{
		{"no header", "1900,0x04bd8,5\n", "header"},
		{"no rows", header, "no rows"},
		{"wrong first year", header + "1901,0x04ae0,5\n", "want 1900"},
		{"gap", header + "1900,0x04bd8,5\n1902,0x0a570,6\n", "want 1901"},
		{"too few fields", header + "1900,0x04bd8\n", "3 fields"},
		{"info not a number", header + "1900,zz,5\n", "17-bit"},
		{"info too wide", header + "1900,0x40000,5\n", "17-bit"},
		{"leap month 13", header + "1900,0x0000d,5\n", "leap month 13"},
		{"qingming out of range", header + "1900,0x04bd8,9\n", "April day"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parse(strings.NewReader(tc.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

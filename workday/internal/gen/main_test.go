package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOfficialYears(t *testing.T) {
	notices := []notice{
		{id: "a", status: "checked"},
		{id: "b", status: "unverified"},
	}
	rows := func(years ...int) []row {
		var out []row
		for _, y := range years {
			n := 0
			if y < 0 { // a negative year marks a row of the unverified notice
				y, n = -y, 1
			}
			out = append(out, row{year: y, noticeIndex: n})
		}
		return out
	}
	tests := []struct {
		name        string
		rows        []row
		first, last int
		err         string
	}{
		{"official only", rows(2007, 2008, 2009), 2007, 2009, ""},
		{"provisional after", rows(2007, 2008, -2009), 2007, 2008, ""},
		{"gap", rows(2007, 2009), 0, 0, "no official rows for 2008"},
		{"provisional before the last official", rows(2007, -2008, 2009), 0, 0, "2008"},
		{"one year of both", rows(2007, 2008, -2008), 0, 0, "both"},
		{"nothing official", rows(-2027), 0, 0, "no official year"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first, last, err := officialYears(tc.rows, notices)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []int{tc.first, tc.last}, []int{first, last})
		})
	}
}

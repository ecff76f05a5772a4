package document_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

func TestParseValidity(t *testing.T) {
	d := workday.MustDate
	tests := []struct {
		name, start, end string
		want             document.Validity
		code             string // "" when valid
	}{
		{"ten years", "20230815", "20330815", document.Validity{Start: d(2023, 8, 15), End: d(2033, 8, 15)}, ""},
		{"long term", "20100101", "长期", document.Validity{Start: d(2010, 1, 1), LongTerm: true}, ""},
		{"leap day start", "20240229", "20340228", document.Validity{Start: d(2024, 2, 29), End: d(2034, 2, 28)}, ""},
		{"one day", "20230815", "20230816", document.Validity{Start: d(2023, 8, 15), End: d(2023, 8, 16)}, ""},
		{"start empty", "", "20330815", document.Validity{}, "validity.missing"},
		{"end empty", "20230815", "", document.Validity{}, "validity.missing"},
		{"start with hyphens", "2023-08-15", "20330815", document.Validity{}, "validity.format"},
		{"end with hyphens", "20230815", "2033-08-15", document.Validity{}, "validity.format"},
		{"end 长期有效", "20230815", "长期有效", document.Validity{}, "validity.format"},
		{"end long-term in English", "20230815", "long-term", document.Validity{}, "validity.format"},
		{"start with space", " 20230815", "20330815", document.Validity{}, "validity.format"},
		{"full-width digits", "２０230815", "20330815", document.Validity{}, "validity.full_width"},
		{"start 7 digits", "2023081", "20330815", document.Validity{}, "validity.length"},
		{"end 9 digits", "20230815", "203308150", document.Validity{}, "validity.length"},
		{"start not a day", "20230230", "20330815", document.Validity{}, "validity.component"},
		{"end month 13", "20230815", "20331315", document.Validity{}, "validity.component"},
		{"year zero", "00000101", "20330815", document.Validity{}, "validity.component"},
		{"29 February in common year", "20230229", "20330815", document.Validity{}, "validity.component"},
		{"end equals start", "20230815", "20230815", document.Validity{}, "validity.end_before_start"},
		{"end before start", "20330815", "20230815", document.Validity{}, "validity.end_before_start"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := document.ParseValidity(tc.start, tc.end)
			if tc.code == "" {
				require.NoError(t, err)
				assert.Equal(t, tc.want, v)
				return
			}
			var de *document.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.code, de.Code())
			assert.ErrorIs(t, err, sentinelOf(de.Kind))
			assert.True(t, v.IsZero())
		})
	}
}

func TestValidityCheckOn(t *testing.T) {
	d := workday.MustDate
	ten := document.Validity{Start: d(2015, 3, 31), End: d(2025, 3, 31)}
	long := document.Validity{Start: d(2010, 1, 1), LongTerm: true}
	tests := []struct {
		name string
		v    document.Validity
		on   workday.Date
		code string // "" when valid
	}{
		{"plenty left", ten, d(2024, 6, 1), ""},
		{"one month and a day left", ten, d(2025, 2, 27), ""},
		{"exactly one month left (28 Feb + 1 month = 28 Mar)", document.Validity{Start: d(2015, 3, 28), End: d(2025, 3, 28)}, d(2025, 2, 28), "validity.under_one_month"},
		{"end of month clamps: 31 Jan + 1 month is 28 Feb", document.Validity{Start: d(2015, 2, 28), End: d(2025, 2, 28)}, d(2025, 1, 31), "validity.under_one_month"},
		{"one day after the month", document.Validity{Start: d(2015, 3, 1), End: d(2025, 3, 1)}, d(2025, 1, 31), ""},
		{"a week left", ten, d(2025, 3, 24), "validity.under_one_month"},
		{"last valid day", ten, d(2025, 3, 31), "validity.under_one_month"},
		{"expired", ten, d(2025, 4, 1), "validity.expired"},
		{"not yet valid", ten, d(2015, 3, 30), "validity.not_yet_valid"},
		{"first valid day", ten, d(2015, 3, 31), ""},
		{"long term", long, d(2060, 1, 1), ""},
		{"long term not yet valid", long, d(2009, 12, 31), "validity.not_yet_valid"},
		{"zero validity", document.Validity{}, d(2024, 1, 1), ""},
		{"built by hand without an end", document.Validity{Start: d(2020, 1, 1)}, d(2024, 1, 1), "validity.missing"},
		{"built by hand without a start", document.Validity{End: d(2030, 1, 1)}, d(2024, 1, 1), "validity.missing"},
		{"built by hand, end before start", document.Validity{Start: d(2030, 1, 1), End: d(2020, 1, 1)}, d(2024, 1, 1), "validity.end_before_start"},
		{"zero day", ten, workday.Date{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.v.CheckOn(tc.on)
			if tc.code == "" {
				assert.NoError(t, err)
				return
			}
			var de *document.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.code, de.Code())
			assert.ErrorIs(t, err, sentinelOf(de.Kind))
		})
	}
}

func TestValidityExpiresWithin(t *testing.T) {
	d := workday.MustDate
	ten := document.Validity{Start: d(2015, 3, 31), End: d(2025, 3, 31)}
	tests := []struct {
		name   string
		v      document.Validity
		on     workday.Date
		within bool // ExpiresWithin(on, 3)
	}{
		{"far", ten, d(2024, 3, 31), false},
		{"three months and a day", ten, d(2024, 12, 30), false},
		{"exactly three months", ten, d(2024, 12, 31), true},
		{"last day", ten, d(2025, 3, 31), true},
		{"expired", ten, d(2025, 4, 2), true},
		{"long term", document.Validity{Start: d(2010, 1, 1), LongTerm: true}, d(2024, 1, 1), false},
		{"zero", document.Validity{}, d(2024, 1, 1), false},
		{"zero day", ten, workday.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.within, tc.v.ExpiresWithin(tc.on, 3))
		})
	}
	// Month counts beyond the calendar's range clamp instead of wrapping.
	assert.True(t, ten.ExpiresWithin(d(2024, 1, 1), math.MaxInt))
	assert.False(t, ten.ExpiresWithin(d(2024, 1, 1), math.MinInt))
}

func FuzzParseValidity(f *testing.F) {
	f.Add("20230815", "20330815")
	f.Add("20100101", "长期")
	f.Add("20230230", "x")
	f.Fuzz(func(t *testing.T, start, end string) {
		v, err := document.ParseValidity(start, end)
		if err != nil {
			typed(t, err)
			for _, in := range []string{start, end} {
				if len(in) != 8 || strings.Trim(in, "0123456789") != "" {
					noEcho(t, err, in) // eight digits are a date, shown as such
				}
			}
			return
		}
		require.False(t, v.IsZero())
		require.Equal(t, end == document.LongTerm, v.LongTerm)
		if !v.LongTerm {
			require.True(t, v.End.After(v.Start))
		}
		if err := v.CheckOn(v.Start); err != nil {
			typed(t, err)
		}
	})
}

func ExampleValidity_CheckOn() {
	v, err := document.ParseValidity("20150331", "20250331")
	if err != nil {
		fmt.Println(err)
		return
	}
	on := workday.MustDate(2025, time.March, 10)
	err = v.CheckOn(on)
	var de *document.Error
	fmt.Println(errors.As(err, &de), de.Code(), v.ExpiresWithin(on, 3))
	fmt.Println(err)
	// Output:
	// true validity.under_one_month true
	// document: validity: one month or less of validity left: expires 2025-03-31
}

package document_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

func TestParseValidity(t *testing.T) {
	d := workday.MustDate
	tests := []struct {
		name, start, end string
		want             document.Validity
		kind             document.Kind
	}{
		{"ten years", "20230815", "20330815", document.Validity{Start: d(2023, 8, 15), End: d(2033, 8, 15)}, 0},
		{"long term", "20100101", "长期", document.Validity{Start: d(2010, 1, 1), LongTerm: true}, 0},
		{"leap day start", "20240229", "20340228", document.Validity{Start: d(2024, 2, 29), End: d(2034, 2, 28)}, 0},
		{"one day", "20230815", "20230816", document.Validity{Start: d(2023, 8, 15), End: d(2023, 8, 16)}, 0},
		{"start empty", "", "20330815", document.Validity{}, document.KindMissing},
		{"end empty", "20230815", "", document.Validity{}, document.KindMissing},
		{"start with hyphens", "2023-08-15", "20330815", document.Validity{}, document.KindFormat},
		{"end with hyphens", "20230815", "2033-08-15", document.Validity{}, document.KindFormat},
		{"end 长期有效", "20230815", "长期有效", document.Validity{}, document.KindFormat},
		{"end long-term in English", "20230815", "long-term", document.Validity{}, document.KindFormat},
		{"start with space", " 20230815", "20330815", document.Validity{}, document.KindFormat},
		{"start 7 digits", "2023081", "20330815", document.Validity{}, document.KindLength},
		{"end 9 digits", "20230815", "203308150", document.Validity{}, document.KindLength},
		{"start not a day", "20230230", "20330815", document.Validity{}, document.KindComponent},
		{"end month 13", "20230815", "20331315", document.Validity{}, document.KindComponent},
		{"year zero", "00000101", "20330815", document.Validity{}, document.KindComponent},
		{"29 February in common year", "20230229", "20330815", document.Validity{}, document.KindComponent},
		{"end equals start", "20230815", "20230815", document.Validity{}, document.KindRange},
		{"end before start", "20330815", "20230815", document.Validity{}, document.KindRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := document.ParseValidity(tc.start, tc.end)
			if tc.kind == document.KindUnknown {
				if err != nil {
					t.Fatal(err)
				}
				if v != tc.want {
					t.Errorf("got %+v, want %+v", v, tc.want)
				}
				if v.StartText() != tc.start || v.EndText() != tc.end {
					t.Errorf("text %s %s", v.StartText(), v.EndText())
				}
				return
			}
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "validity" || de.Kind != tc.kind {
				t.Errorf("got %v, want validity.%s", err, tc.kind)
			}
			if !v.IsZero() {
				t.Errorf("non-zero value %+v with an error", v)
			}
		})
	}
}

func TestValidityCheckOn(t *testing.T) {
	d := workday.MustDate
	ten := document.Validity{Start: d(2015, 3, 31), End: d(2025, 3, 31)}
	long := document.Validity{Start: d(2010, 1, 1), LongTerm: true}
	tests := []struct {
		name   string
		v      document.Validity
		on     workday.Date
		reason string // "" when valid
	}{
		{"plenty left", ten, d(2024, 6, 1), ""},
		{"one month and a day left", ten, d(2025, 2, 27), ""},
		{"exactly one month left (28 Feb + 1 month = 28 Mar)", document.Validity{Start: d(2015, 3, 28), End: d(2025, 3, 28)}, d(2025, 2, 28), "one month or less"},
		{"end of month clamps: 31 Jan + 1 month is 28 Feb", document.Validity{Start: d(2015, 2, 28), End: d(2025, 2, 28)}, d(2025, 1, 31), "one month or less"},
		{"one day after the month", document.Validity{Start: d(2015, 3, 1), End: d(2025, 3, 1)}, d(2025, 1, 31), ""},
		{"a week left", ten, d(2025, 3, 24), "one month or less"},
		{"last valid day", ten, d(2025, 3, 31), "one month or less"},
		{"expired", ten, d(2025, 4, 1), "expired"},
		{"not yet valid", ten, d(2015, 3, 30), "not yet valid"},
		{"first valid day", ten, d(2015, 3, 31), ""},
		{"long term", long, d(2060, 1, 1), ""},
		{"long term not yet valid", long, d(2009, 12, 31), "not yet valid"},
		{"zero validity", document.Validity{}, d(2024, 1, 1), ""},
		{"built by hand without an end", document.Validity{Start: d(2020, 1, 1)}, d(2024, 1, 1), "end date empty"},
		{"built by hand without a start", document.Validity{End: d(2030, 1, 1)}, d(2024, 1, 1), "start date empty"},
		{"built by hand, end before start", document.Validity{Start: d(2030, 1, 1), End: d(2020, 1, 1)}, d(2024, 1, 1), "not after start"},
		{"zero day", ten, workday.Date{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.v.CheckOn(tc.on)
			if tc.reason == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			// A date left empty is missing; everything else is out of range.
			want, sentinel := document.KindRange, document.ErrRange
			if strings.Contains(tc.reason, "empty") {
				want, sentinel = document.KindMissing, document.ErrMissing
			}
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "validity" || de.Kind != want || !errors.Is(err, sentinel) {
				t.Fatalf("got %v, want validity.%s", err, want)
			}
			if !strings.Contains(de.Reason, tc.reason) {
				t.Errorf("reason %q, want %q", de.Reason, tc.reason)
			}
		})
	}
}

func TestValidityDaysLeft(t *testing.T) {
	d := workday.MustDate
	ten := document.Validity{Start: d(2015, 3, 31), End: d(2025, 3, 31)}
	tests := []struct {
		name   string
		v      document.Validity
		on     workday.Date
		days   int
		ok     bool
		within bool // ExpiresWithin(on, 3)
	}{
		{"far", ten, d(2024, 3, 31), 365, true, false},
		{"three months and a day", ten, d(2024, 12, 30), 91, true, false},
		{"exactly three months", ten, d(2024, 12, 31), 90, true, true},
		{"last day", ten, d(2025, 3, 31), 0, true, true},
		{"expired", ten, d(2025, 4, 2), -2, true, true},
		{"long term", document.Validity{Start: d(2010, 1, 1), LongTerm: true}, d(2024, 1, 1), 0, false, false},
		{"zero", document.Validity{}, d(2024, 1, 1), 0, false, false},
		{"zero day", ten, workday.Date{}, 0, false, false},
	}
	// Month counts beyond the calendar's range clamp instead of wrapping.
	if !ten.ExpiresWithin(d(2024, 1, 1), math.MaxInt) {
		t.Error("ExpiresWithin(huge) = false, want true")
	}
	if ten.ExpiresWithin(d(2024, 1, 1), math.MinInt) {
		t.Error("ExpiresWithin(-huge) = true, want false")
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			days, ok := tc.v.DaysLeft(tc.on)
			if days != tc.days || ok != tc.ok {
				t.Errorf("DaysLeft = %d, %v; want %d, %v", days, ok, tc.days, tc.ok)
			}
			if got := tc.v.ExpiresWithin(tc.on, 3); got != tc.within {
				t.Errorf("ExpiresWithin(3) = %v", got)
			}
		})
	}
}

func TestValidityZero(t *testing.T) {
	var v document.Validity
	if !v.IsZero() || v.StartText() != "" || v.EndText() != "" {
		t.Error("zero Validity not empty")
	}
}

func FuzzParseValidity(f *testing.F) {
	f.Add("20230815", "20330815")
	f.Add("20100101", "长期")
	f.Add("20230230", "x")
	f.Fuzz(func(t *testing.T, start, end string) {
		v, err := document.ParseValidity(start, end)
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "validity" || de.Kind == document.KindUnknown {
				t.Fatalf("error %v is not a typed *Error", err)
			}
			noEcho(t, err, start, end)
			return
		}
		if v.StartText() != start || v.EndText() != end {
			t.Fatalf("round trip: %q %q -> %q %q", start, end, v.StartText(), v.EndText())
		}
		w, err := document.ParseValidity(v.StartText(), v.EndText())
		if err != nil || w != v {
			t.Fatalf("reparse: %+v, %v", w, err)
		}
		_ = v.CheckOn(v.Start)
	})
}

func ExampleParseValidity() {
	v, err := document.ParseValidity("20150331", "20250331")
	if err != nil {
		fmt.Println(err)
		return
	}
	on := workday.MustDate(2025, time.March, 10)
	days, _ := v.DaysLeft(on)
	fmt.Println(days, v.ExpiresWithin(on, 3))
	fmt.Println(v.CheckOn(on))
	// Output:
	// 21 true
	// document: validity: one month or less of validity left: expires 2025-03-31
}

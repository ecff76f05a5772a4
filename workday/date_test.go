package workday_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

func TestParseDateErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"short", "2026-1-01"},
		{"slashes", "2026/01/01"},
		{"letters", "2026-0a-01"},
		{"sign", "+026-01-01"},
		{"month 13", "2026-13-01"},
		{"month 0", "2026-00-10"},
		{"day 0", "2026-01-00"},
		{"not a leap year", "2023-02-29"},
		{"century not leap", "1900-02-29"},
		{"April 31", "2026-04-31"},
		{"year 0", "0000-01-01"},
		{"trailing", "2026-01-01T00:00:00Z"},
		{"spaces", " 2026-01-01"},
		{"long", "2026-01-01-2026-01-01-2026-01-01-2026-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := workday.ParseDate(tc.in)
			if err == nil {
				t.Fatalf("ParseDate(%q) = %s, want an error", tc.in, d)
			}
			if !errors.Is(err, workday.ErrInvalidDate) {
				t.Errorf("error %v does not match ErrInvalidDate", err)
			}
			var de *workday.DateError
			if !errors.As(err, &de) || de.Reason == "" {
				t.Errorf("error %v is not a *DateError with a reason", err)
			}
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with the error", tc.in, d)
			}
		})
	}
}

func TestParseDateValid(t *testing.T) {
	for _, tc := range []struct {
		in      string
		y       int
		m       time.Month
		d       int
		weekday time.Weekday
	}{
		{"0001-01-01", 1, 1, 1, time.Monday},
		{"2000-02-29", 2000, 2, 29, time.Tuesday},
		{"2026-01-01", 2026, 1, 1, time.Thursday},
		{"9999-12-31", 9999, 12, 31, time.Friday},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := workday.ParseDate(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			y, m, day := d.Date()
			if y != tc.y || m != tc.m || day != tc.d || d.Weekday() != tc.weekday || d.String() != tc.in {
				t.Errorf("ParseDate(%q) = %d-%d-%d %s %q", tc.in, y, m, day, d.Weekday(), d)
			}
			if want := time.Date(tc.y, tc.m, tc.d, 0, 0, 0, 0, workday.CST); !d.Time().Equal(want) || d.Time().Location() != workday.CST {
				t.Errorf("Time() = %v, want %v", d.Time(), want)
			}
		})
	}
}

func TestDateLimits(t *testing.T) {
	first, last := workday.MustDate(1, 1, 1), workday.MustDate(9999, 12, 31)
	if !first.IsValid() || !last.IsValid() {
		t.Fatal("limits are not valid")
	}
	if d := first.AddDays(-1); !d.IsZero() {
		t.Errorf("0001-01-01 - 1 = %v, want zero", d)
	}
	if d := last.AddDays(1); !d.IsZero() {
		t.Errorf("9999-12-31 + 1 = %v, want zero", d)
	}
	if got := last.DaysSince(first); got != 3652058 {
		t.Errorf("days from year 1 to 9999 = %d", got)
	}
	for _, tc := range []struct {
		name    string
		y       int
		m       time.Month
		d       int
		wantErr bool
	}{
		{"year 0", 0, 1, 1, true},
		{"year 10000", 10000, 1, 1, true},
		{"negative", -5, 1, 1, true},
		{"month 0", 2026, 0, 1, true},
		{"day 32", 2026, 1, 32, true},
		{"year 1", 1, 1, 1, false},
		{"year 9999", 9999, 12, 31, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := workday.NewDate(tc.y, tc.m, tc.d)
			if (err != nil) != tc.wantErr {
				t.Errorf("NewDate(%d, %d, %d) error = %v", tc.y, tc.m, tc.d, err)
			}
		})
	}
	var zero workday.Date
	if zero.IsValid() || !zero.IsZero() || zero.String() != "" || !zero.Time().IsZero() || !zero.AddDays(3).IsZero() {
		t.Error("zero Date misbehaves")
	}
	if zero.Compare(first) != -1 || first.Compare(last) != -1 || last.Compare(first) != 1 || first.Compare(first) != 0 {
		t.Error("Compare order wrong")
	}
}

func TestDateOf(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		ny = time.FixedZone("EST", -5*3600)
	}
	for _, tc := range []struct {
		name string
		t    time.Time
		want string
	}{
		{"one second before midnight in China", time.Date(2026, 1, 1, 15, 59, 59, 0, time.UTC), "2026-01-01"},
		{"midnight in China", time.Date(2026, 1, 1, 16, 0, 0, 0, time.UTC), "2026-01-02"},
		{"same instant elsewhere", time.Date(2026, 1, 1, 11, 0, 0, 0, ny), "2026-01-02"},
		{"CST itself", time.Date(2026, 1, 2, 0, 0, 0, 0, workday.CST), "2026-01-02"},
		{"zero time", time.Time{}, ""},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"last day", time.Date(9999, 12, 31, 15, 0, 0, 0, time.UTC), "9999-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := workday.DateOf(tc.t).String(); got != tc.want {
				t.Errorf("DateOf(%v) = %q, want %q", tc.t, got, tc.want)
			}
		})
	}
}

func TestDateTextRoundTrip(t *testing.T) {
	type doc struct {
		Due  workday.Date `json:"due"`
		Seen workday.Date `json:"seen"`
	}
	in := doc{Due: workday.MustDate(2026, 10, 30)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"due":"2026-10-30","seen":""}` {
		t.Errorf("Marshal = %s", b)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("Unmarshal = %+v, %v", out, err)
	}
	keep := workday.MustDate(2020, 1, 1)
	if err := keep.UnmarshalText([]byte("2020-02-30")); err == nil || keep != workday.MustDate(2020, 1, 1) {
		t.Errorf("failed UnmarshalText changed the date to %s (err %v)", keep, err)
	}
	if err := keep.UnmarshalText(nil); err != nil || !keep.IsZero() {
		t.Errorf("UnmarshalText(empty) = %s, %v", keep, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-01", "0001-01-01", "9999-12-31", "2024-02-29", "", "2023-02-29", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := workday.ParseDate(s)
		var u workday.Date
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, workday.ErrInvalidDate) {
				t.Fatalf("ParseDate(%q) error %v does not match ErrInvalidDate", s, err)
			}
			if s == "" {
				if uerr != nil || !u.IsZero() {
					t.Fatalf("UnmarshalText(\"\") = %v, %v", u, uerr)
				}
			} else if uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepted what ParseDate rejects", s)
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %q", s, d)
		}
		if uerr != nil || u != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, u, uerr)
		}
		b, err := d.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("MarshalText = %q, %v", b, err)
		}
		y, m, day := d.Date()
		if back, err := workday.NewDate(y, m, day); err != nil || back != d {
			t.Fatalf("NewDate(Date()) = %v, %v", back, err)
		}
		if workday.DateOf(d.Time()) != d || workday.DateOf(d.Time().Add(24*time.Hour-time.Nanosecond)) != d {
			t.Fatalf("DateOf(Time()) differs for %s", d)
		}
	})
}

func ExampleParseDate() {
	d, err := workday.ParseDate("2026-10-01")
	fmt.Println(d, d.Weekday(), err)
	_, err = workday.ParseDate("2026-02-29")
	fmt.Println(err)
	// Output:
	// 2026-10-01 Thursday <nil>
	// workday: invalid date "2026-02-29": no such day in that month
}

func ExampleDateOf() {
	// 16:00 UTC is midnight in China: the next day has begun there.
	fmt.Println(workday.DateOf(time.Date(2026, 1, 1, 15, 59, 59, 0, time.UTC)))
	fmt.Println(workday.DateOf(time.Date(2026, 1, 1, 16, 0, 0, 0, time.UTC)))
	// Output:
	// 2026-01-01
	// 2026-01-02
}

func ExampleDate_MarshalText() {
	b, _ := json.Marshal(map[string]workday.Date{"due": workday.MustDate(2026, 10, 30), "unset": {}})
	fmt.Println(string(b))
	// Output: {"due":"2026-10-30","unset":""}
}

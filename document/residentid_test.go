package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// The GB 11643-1999 sample number, and numbers built from it with a
// recomputed check character.
var validResidentIDs = []struct{ name, id string }{
	{"GB 11643 sample, female, check X", "11010519491231002X"},
	{"lower-case x", "11010519491231002x"},
	{"male, leap day, check 0", "440305200002290010"},
	{"check digit 1", "110105194912310011"},
	{"xinjiang", "650102198001010012"},
}

func TestParseResidentIDValid(t *testing.T) {
	tests := []struct {
		name, id, str, region, province string
		birth                           workday.Date
		gender                          document.Gender
	}{
		{"GB 11643 sample", "11010519491231002X", "11010519491231002X", "110105", "北京市", workday.MustDate(1949, time.December, 31), document.GenderFemale},
		{"lower-case x normalised", "11010519491231002x", "11010519491231002X", "110105", "北京市", workday.MustDate(1949, time.December, 31), document.GenderFemale},
		{"male born on leap day", "440305200002290010", "440305200002290010", "440305", "广东省", workday.MustDate(2000, time.February, 29), document.GenderMale},
		{"check digit 1", "110105194912310011", "110105194912310011", "110105", "北京市", workday.MustDate(1949, time.December, 31), document.GenderMale},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := document.ParseResidentID(tc.id)
			if err != nil {
				t.Fatalf("ParseResidentID(%s): %v", tc.id, err)
			}
			if r.String() != tc.str || r.Region() != tc.region || r.Birth() != tc.birth || r.Gender() != tc.gender {
				t.Errorf("got %s region %s birth %s gender %s", r, r.Region(), r.Birth(), r.Gender())
			}
			if p, ok := r.Province(); !ok || p.Name != tc.province {
				t.Errorf("Province() = %q, %v", p.Name, ok)
			}
			if m := r.Masked(); strings.Contains(m, tc.id[3:16]) || len(m) != 18 {
				t.Errorf("Masked() = %q", m)
			}
			if r.IsZero() {
				t.Error("IsZero on a parsed number")
			}
			if err := document.ValidateResidentID(tc.id); err != nil {
				t.Errorf("ValidateResidentID: %v", err)
			}
		})
	}
}

func TestResidentIDEqualityIgnoresCaseOfX(t *testing.T) {
	a := document.MustParseResidentID("11010519491231002X")
	b := document.MustParseResidentID("11010519491231002x")
	if a != b {
		t.Error("x and X give different values")
	}
}

func TestParseResidentIDErrors(t *testing.T) {
	tests := []struct {
		name, id string
		kind     document.Kind
		old      bool
	}{
		{"empty", "", document.KindMissing, false},
		{"old 15-digit", "110105491231002", document.KindLength, true},
		{"15 characters with letter", "11010549123100X", document.KindLength, false},
		{"17 digits", "11010519491231002", document.KindLength, false},
		{"19 characters", "11010519491231002XX", document.KindLength, false},
		{"space inside", "110105 19491231002", document.KindFormat, false},
		{"letter in body", "1101051949123100AX", document.KindFormat, false},
		{"X in body", "1101051949123100X2", document.KindFormat, false},
		{"last is Y", "11010519491231002Y", document.KindFormat, false},
		{"full-width digits, 18 characters", "１10105194912310０2X", document.KindFormat, false},
		{"full-width digits, 17 characters", "１10105194912310０2", document.KindLength, false},
		{"hyphen", "110105-9491231002X", document.KindFormat, false},
		{"unknown province 99", "99010519491231002X", document.KindComponent, false},
		{"province 00", "00010519491231002X", document.KindComponent, false},
		{"hong kong is not a mainland code", "81000019491231002X", document.KindComponent, false},
		{"taiwan 71", "71000019491231002X", document.KindComponent, false},
		{"month 13", "11010519491331002X", document.KindComponent, false},
		{"month 00", "11010519490031002X", document.KindComponent, false},
		{"day 32", "11010519491232002X", document.KindComponent, false},
		{"day 00", "11010519491200002X", document.KindComponent, false},
		{"february 30", "11010519490230002X", document.KindComponent, false},
		{"29 february in common year", "11010519490229002X", document.KindComponent, false},
		{"29 february 1900", "11010519000229002X", document.KindComponent, false},
		{"year 1899", "11010518991231002X", document.KindComponent, false},
		{"wrong check", "110105194912310021", document.KindChecksum, false},
		{"swapped digits", "11010519491321002X", document.KindComponent, false},
		{"swapped sequence", "11010519491231020X", document.KindChecksum, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := document.ParseResidentID(tc.id)
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("ParseResidentID(%q) = %v, want *Error", tc.id, err)
			}
			if de.Subject != "resident_id" || de.Kind != tc.kind {
				t.Errorf("got %s (%v), want kind %s", de.Code(), err, tc.kind)
			}
			if errors.Is(err, document.ErrOldResidentID) != tc.old {
				t.Errorf("errors.Is(ErrOldResidentID) = %v", !tc.old)
			}
			if tc.old && !errors.Is(err, document.ErrLength) {
				t.Error("old number does not match ErrLength")
			}
			if !r.IsZero() {
				t.Error("non-zero value with an error")
			}
			if v := document.ValidateResidentID(tc.id); v == nil || v.Error() != err.Error() {
				t.Errorf("ValidateResidentID = %v", v)
			}
			if len(tc.id) >= 15 && strings.Contains(err.Error(), tc.id[3:12]) {
				t.Errorf("error %q shows the number", err)
			}
		})
	}
}

func TestValidateResidentIDOn(t *testing.T) {
	id := "440305200002290010"
	tests := []struct {
		name string
		on   workday.Date
		kind document.Kind
	}{
		{"no day given", workday.Date{}, document.KindUnknown},
		{"after birth", workday.MustDate(2024, time.May, 1), document.KindUnknown},
		{"on the birth date", workday.MustDate(2000, time.February, 29), document.KindUnknown},
		{"day before birth", workday.MustDate(2000, time.February, 28), document.KindRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := document.ValidateResidentIDOn(id, tc.on)
			if tc.kind == document.KindUnknown {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var de *document.Error
			if !errors.As(err, &de) || de.Kind != tc.kind || !errors.Is(err, document.ErrRange) {
				t.Errorf("got %v", err)
			}
		})
	}
	if err := document.ValidateResidentIDOn("110105491231002", workday.MustDate(2024, 1, 1)); !errors.Is(err, document.ErrOldResidentID) {
		t.Errorf("parse error not passed on: %v", err)
	}
}

func TestResidentIDAge(t *testing.T) {
	leap := document.MustParseResidentID("440305200002290010")
	sample := document.MustParseResidentID("11010519491231002X")
	tests := []struct {
		name string
		r    document.ResidentID
		on   workday.Date
		want int
	}{
		{"day before 18th birthday", sample, workday.MustDate(1967, time.December, 30), 17},
		{"18th birthday", sample, workday.MustDate(1967, time.December, 31), 18},
		{"leap-day birthday, 28 February of common year", leap, workday.MustDate(2018, time.February, 28), 17},
		{"leap-day birthday, 1 March of common year", leap, workday.MustDate(2018, time.March, 1), 18},
		{"leap-day birthday in leap year", leap, workday.MustDate(2020, time.February, 29), 20},
		{"birth day", leap, workday.MustDate(2000, time.February, 29), 0},
		{"before birth", leap, workday.MustDate(1999, time.January, 1), 0},
		{"zero day", leap, workday.Date{}, 0},
		{"zero id", document.ResidentID{}, workday.MustDate(2024, time.January, 1), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Age(tc.on); got != tc.want {
				t.Errorf("Age(%s) = %d, want %d", tc.on, got, tc.want)
			}
		})
	}
}

func TestResidentIDZero(t *testing.T) {
	var r document.ResidentID
	if !r.IsZero() || r.String() != "" || r.Region() != "" || !r.Birth().IsZero() || r.Gender() != document.GenderUnknown || r.Masked() != "" {
		t.Error("zero ResidentID is not empty")
	}
	if _, ok := r.Province(); ok {
		t.Error("zero ResidentID has a province")
	}
	if err := r.CheckOn(workday.MustDate(2024, 1, 1)); err != nil {
		t.Error(err)
	}
	b, err := r.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
}

func TestResidentIDText(t *testing.T) {
	r := document.MustParseResidentID("11010519491231002x")
	b, err := r.MarshalText()
	if err != nil || string(b) != "11010519491231002X" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var v document.ResidentID
	if err := v.UnmarshalText(b); err != nil || v != r {
		t.Fatalf("round trip: %v, %v", v, err)
	}
	if err := v.UnmarshalText([]byte("110105194912310021")); err == nil || v != r {
		t.Errorf("bad number: err %v, value changed to %v", err, v)
	}
	if err := v.UnmarshalText([]byte{}); err != nil || !v.IsZero() {
		t.Errorf("empty: %v, %v", v, err)
	}
}

func TestGender(t *testing.T) {
	tests := []struct {
		name      string
		g         document.Gender
		id, label string
	}{
		{"unknown", document.GenderUnknown, "", ""},
		{"male", document.GenderMale, "male", "男"},
		{"female", document.GenderFemale, "female", "女"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.g.String() != tc.id || tc.g.Label() != tc.label {
				t.Errorf("String %q Label %q", tc.g.String(), tc.g.Label())
			}
			b, err := tc.g.MarshalText()
			if err != nil || string(b) != tc.id {
				t.Fatalf("MarshalText = %q, %v", b, err)
			}
			var g document.Gender
			if err := g.UnmarshalText(b); err != nil || g != tc.g {
				t.Errorf("UnmarshalText = %v, %v", g, err)
			}
		})
	}
	g := document.GenderMale
	if err := g.UnmarshalText([]byte("m")); err == nil || g != document.GenderMale {
		t.Errorf("unknown id: %v, %v", g, err)
	}
	if _, err := document.Gender(9).MarshalText(); err == nil {
		t.Error("invalid gender marshalled")
	}
	if document.Gender(9).String() != "" || document.Gender(9).Label() != "" {
		t.Error("invalid gender has a name")
	}
}

// Every single-character change of a valid number, to a digit, X or any
// other printable ASCII character, is rejected (x in the last position is
// the same number and is skipped).
func TestResidentIDSingleCharacterChanges(t *testing.T) {
	for _, tc := range validResidentIDs {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte(tc.id)
			for i := range b {
				orig := b[i]
				for c := byte(0x20); c < 0x7f; c++ {
					if c == orig || (i == 17 && (c|0x20) == 'x' && (orig|0x20) == 'x') {
						continue
					}
					b[i] = c
					if _, err := document.ParseResidentID(string(b)); err == nil {
						t.Errorf("accepted %s (position %d changed to %q)", b, i+1, c)
					}
				}
				b[i] = orig
			}
		})
	}
}

func FuzzParseResidentID(f *testing.F) {
	for _, tc := range validResidentIDs {
		f.Add(tc.id)
	}
	f.Add("110105491231002")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := document.ParseResidentID(s)
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) || de.Kind == document.KindUnknown {
				t.Fatalf("error %v is not a typed *Error", err)
			}
			noEcho(t, err, s)
			if !r.IsZero() {
				t.Fatal("non-zero value with an error")
			}
			return
		}
		if r.String() != strings.ToUpper(s) {
			t.Fatalf("String() = %q, input %q", r.String(), s)
		}
		v, err := document.ParseResidentID(r.String())
		if err != nil || v != r {
			t.Fatalf("round trip: %v, %v", v, err)
		}
		if r.Age(r.Birth()) != 0 || r.Birth().IsZero() {
			t.Fatalf("birth %s", r.Birth())
		}
	})
}

var sinkID document.ResidentID

func BenchmarkParseResidentID(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkID, sinkErr = document.ParseResidentID("11010519491231002X")
	}
}

func ExampleParseResidentID() {
	r, err := document.ParseResidentID("11010519491231002x")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r, r.Masked(), r.Region(), r.Birth(), r.Gender())
	fmt.Println(r.Age(workday.MustDate(2024, time.June, 1)))
	// Output:
	// 11010519491231002X 110*************2X 110105 1949-12-31 female
	// 74
}

func ExampleParseResidentID_old() {
	_, err := document.ParseResidentID("110105491231002")
	fmt.Println(errors.Is(err, document.ErrOldResidentID), errors.Is(err, document.ErrLength))
	fmt.Println(err)
	// Output:
	// true true
	// document: resident_id "110**********02": old 15-digit number; the 18-digit number is required
}

// A birth date after the day of the check is refused only when the caller
// gives that day: ParseResidentID alone cannot know it.
func ExampleValidateResidentIDOn() {
	on := workday.MustDate(2024, time.June, 1)
	fmt.Println(document.ValidateResidentIDOn("11010519491231002X", on))
	err := document.ValidateResidentIDOn("11010520300101001X", on)
	fmt.Println(errors.Is(err, document.ErrRange), document.ProblemOf("icp_subject.principal_info.certificate_number", err).Code)
	// Output:
	// <nil>
	// true resident_id.range
}

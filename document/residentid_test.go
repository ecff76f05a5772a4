package document_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
		name, id, str string
		birth         workday.Date
	}{
		{"GB 11643 sample", "11010519491231002X", "11010519491231002X", workday.MustDate(1949, time.December, 31)},
		{"lower-case x normalised", "11010519491231002x", "11010519491231002X", workday.MustDate(1949, time.December, 31)},
		{"male born on leap day", "440305200002290010", "440305200002290010", workday.MustDate(2000, time.February, 29)},
		{"check digit 1", "110105194912310011", "110105194912310011", workday.MustDate(1949, time.December, 31)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := document.ParseResidentID(tc.id)
			require.NoError(t, err)
			text, err := r.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.str, string(text))
			assert.Equal(t, tc.str[:3]+"*************"+tc.str[16:], r.String(), "printed masked")
			assert.Equal(t, tc.birth, r.Birth())
			assert.False(t, r.IsZero())
		})
	}
	assert.Equal(t, mustResidentID(t, "11010519491231002X"), mustResidentID(t, "11010519491231002x"),
		"x and X give one value")
}

func TestParseResidentIDErrors(t *testing.T) {
	tests := []struct {
		name, id, want string
		sentinel       error
	}{
		{"empty", "", "resident_id.missing", document.ErrMissing},
		{"old 15-digit", "110105491231002", "resident_id.old", document.ErrOldResidentID},
		{"15 characters with letter", "11010549123100X", "resident_id.length", document.ErrLength},
		{"17 digits", "11010519491231002", "resident_id.length", document.ErrLength},
		{"19 characters", "11010519491231002XX", "resident_id.length", document.ErrLength},
		{"space inside", "110105 19491231002", "resident_id.format", document.ErrFormat},
		{"letter in body", "1101051949123100AX", "resident_id.format", document.ErrFormat},
		{"X in body", "1101051949123100X2", "resident_id.format", document.ErrFormat},
		{"last is Y", "11010519491231002Y", "resident_id.format", document.ErrFormat},
		{"full-width digits, 18 characters", "１10105194912310０2X", "resident_id.full_width", document.ErrFormat},
		{"full-width digits, 17 characters", "１10105194912310０2", "resident_id.full_width", document.ErrFormat},
		{"hyphen", "110105-9491231002X", "resident_id.format", document.ErrFormat},
		{"unknown province 99", "99010519491231002X", "resident_id.component", document.ErrComponent},
		{"province 00", "00010519491231002X", "resident_id.component", document.ErrComponent},
		{"hong kong is not a mainland code", "81000019491231002X", "resident_id.component", document.ErrComponent},
		{"taiwan 71", "71000019491231002X", "resident_id.component", document.ErrComponent},
		{"month 13", "11010519491331002X", "resident_id.component", document.ErrComponent},
		{"month 00", "11010519490031002X", "resident_id.component", document.ErrComponent},
		{"day 32", "11010519491232002X", "resident_id.component", document.ErrComponent},
		{"day 00", "11010519491200002X", "resident_id.component", document.ErrComponent},
		{"february 30", "11010519490230002X", "resident_id.component", document.ErrComponent},
		{"29 february in common year", "11010519490229002X", "resident_id.component", document.ErrComponent},
		{"29 february 1900", "11010519000229002X", "resident_id.component", document.ErrComponent},
		{"year 1899", "11010518991231002X", "resident_id.component", document.ErrComponent},
		{"wrong check", "110105194912310021", "resident_id.checksum", document.ErrChecksum},
		{"swapped digits", "11010519491321002X", "resident_id.component", document.ErrComponent},
		{"swapped sequence", "11010519491231020X", "resident_id.checksum", document.ErrChecksum},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := document.ParseResidentID(tc.id)
			assertCode(t, err, tc.want, tc.sentinel, tc.id)
			assert.True(t, r.IsZero())
			if len(tc.id) >= 15 {
				assert.NotContains(t, err.Error(), tc.id[3:12])
			}
		})
	}
	_, err := document.ParseResidentID("110105491231002")
	assert.ErrorIs(t, err, document.ErrLength, "an old number is a length error too")
}

func TestResidentIDCheckOn(t *testing.T) {
	id := mustResidentID(t, "440305200002290010")
	tests := []struct {
		name string
		on   workday.Date
		bad  bool
	}{
		{"no day given", workday.Date{}, false},
		{"after birth", workday.MustDate(2024, time.May, 1), false},
		{"on the birth date", workday.MustDate(2000, time.February, 29), false},
		{"day before birth", workday.MustDate(2000, time.February, 28), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := id.CheckOn(tc.on)
			if !tc.bad {
				assert.NoError(t, err)
				return
			}
			assertCode(t, err, "resident_id.range", document.ErrRange, id.String())
		})
	}
	assert.NoError(t, document.ResidentID{}.CheckOn(workday.MustDate(2024, 1, 1)))
}

func TestResidentIDAge(t *testing.T) {
	leap := mustResidentID(t, "440305200002290010")
	sample := mustResidentID(t, "11010519491231002X")
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
			assert.Equal(t, tc.want, tc.r.Age(tc.on))
		})
	}
}

func TestResidentIDZeroAndText(t *testing.T) {
	var zero document.ResidentID
	assert.True(t, zero.IsZero())
	assert.Empty(t, zero.String())
	assert.True(t, zero.Birth().IsZero())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)

	r := mustResidentID(t, "11010519491231002x")
	b, err = r.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "11010519491231002X", string(b))
	var v document.ResidentID
	require.NoError(t, v.UnmarshalText(b))
	assert.Equal(t, r, v)
	assert.Error(t, v.UnmarshalText([]byte("110105194912310021")))
	assert.Equal(t, r, v, "a refused number leaves the value")
	require.NoError(t, v.UnmarshalText([]byte{}))
	assert.True(t, v.IsZero())
}

// Every single-character change of a valid number, to a digit, X or any
// other printable ASCII character, is refused (x in the last position is
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
					_, err := document.ParseResidentID(string(b))
					assert.Error(t, err, "accepted %s (position %d changed to %q)", b, i+1, c)
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
			typed(t, err)
			noEcho(t, err, s)
			require.True(t, r.IsZero())
			return
		}
		text, err := r.MarshalText()
		require.NoError(t, err)
		require.Equal(t, strings.ToUpper(s), string(text))
		require.NotEqual(t, string(text), r.String(), "printed masked")
		v, err := document.ParseResidentID(string(text))
		require.NoError(t, err)
		require.Equal(t, r, v)
		require.False(t, r.Birth().IsZero())
		require.Zero(t, r.Age(r.Birth()))
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
	fmt.Println(r, r.Birth(), r.Age(workday.MustDate(2024, time.June, 1)))
	// Output:
	// 110*************2X 1949-12-31 74
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
func ExampleResidentID_CheckOn() {
	r, _ := document.ParseResidentID("11010520300101001X")
	err := r.CheckOn(workday.MustDate(2024, time.June, 1))
	var de *document.Error
	fmt.Println(errors.As(err, &de), de.Code(), errors.Is(err, document.ErrRange))
	// Output:
	// true resident_id.range true
}

// A parsed number is printed masked in every form but its text encoding
// (and so JSON), its wire form, which storage needs whole.
func TestResidentIDPrintsMasked(t *testing.T) {
	r := mustResidentID(t, "11010519491231002X")
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("id", "id", r)
	for _, s := range []string{fmt.Sprint(r), fmt.Sprintf("%+v", r), fmt.Sprintf("%#v", r), r.String(), buf.String()} {
		assert.NotContains(t, s, "0519491231", s)
	}
	text, err := r.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "11010519491231002X", string(text))
}

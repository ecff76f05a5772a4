package document

import (
	"strconv"
	"time"

	"github.com/beian-go/beian/internal/checkdigit"
	"github.com/beian-go/beian/workday"
)

// Gender is the gender encoded in a resident ID number (odd sequence digit:
// male, even: female). The zero value, GenderUnknown, means unset. It is a
// plain value, safe for concurrent use. String returns the stable
// lower-case id that MarshalText writes ("female"), Label the Chinese name
// (女); both are "" for GenderUnknown. Its English name is its id, so it
// has no English method.
type Gender uint8

// The genders.
const (
	GenderUnknown Gender = iota
	GenderMale
	GenderFemale
)

var genderIDs = [...]string{"", "male", "female"}
var genderLabels = [...]string{"", "男", "女"}

// String returns the stable id: "male", "female", or "" when unknown.
func (g Gender) String() string {
	if int(g) < len(genderIDs) {
		return genderIDs[g]
	}
	return ""
}

// Label returns the Chinese name (男, 女), or "" when unknown.
func (g Gender) Label() string {
	if int(g) < len(genderLabels) {
		return genderLabels[g]
	}
	return ""
}

// MarshalText writes the stable id; GenderUnknown writes as "". A value
// out of range is an *Error of KindFormat.
func (g Gender) MarshalText() ([]byte, error) { return marshalID("gender", genderIDs[:], int(g)) }

// UnmarshalText reads a stable id; "" gives GenderUnknown. An unknown id is
// an *Error of KindFormat and leaves g unchanged.
func (g *Gender) UnmarshalText(b []byte) error {
	i, err := unmarshalID("gender", genderIDs[:], b)
	if err == nil {
		*g = Gender(i)
	}
	return err
}

// minBirthYear is the earliest birth year accepted in an ID number. The
// 18-digit number dates from 1999; nobody holding one was born before 1900.
const minBirthYear = 1900

// ResidentID is a valid 18-digit resident ID number (居民身份证号码,
// GB 11643-1999) broken into its parts. It is a small comparable value,
// immutable and safe for concurrent use: two ResidentIDs are equal when
// their numbers are (a lower-case x is stored as X).
//
// The zero ResidentID means "absent": IsZero reports true, String returns ""
// and MarshalText writes an empty string.
type ResidentID struct {
	region uint32       // six-digit address code (GB/T 2260)
	birth  workday.Date // birth date
	seq    uint16       // three-digit sequence code
	check  byte         // '0'–'9' or 'X'; 0 in the zero value
}

// ParseResidentID checks an 18-character resident ID number against
// GB 11643-1999 and returns its parts. The checks, in order, and the kind of
// error each returns (subject "resident_id"):
//
//   - empty: KindMissing;
//   - 15 digits, the first-generation number: KindLength, also matching
//     ErrOldResidentID;
//   - not 18 characters: KindLength;
//   - a non-digit among the first 17 characters (full-width digits
//     included), or a last character other than a digit, X or x:
//     KindFormat;
//   - the first two digits are not a mainland province (11–65), the birth
//     date (digits 7–14) is not a real day or lies before 1900: KindComponent;
//   - the ISO 7064 MOD 11-2 check character does not match: KindChecksum.
//
// The district part of the address code is not checked against a district
// list: numbers keep the code of the district where they were first issued,
// even after it was abolished. Whether the birth date lies in the future is
// checked by ValidateResidentIDOn, which takes the day.
func ParseResidentID(id string) (ResidentID, error) {
	if id == "" {
		return ResidentID{}, newError("resident_id", KindMissing, "", "empty")
	}
	if len(id) != 18 {
		if len(id) == 15 && allDigits(id) {
			e := newError("resident_id", KindLength, id, "old 15-digit number; the 18-digit number is required")
			e.also = ErrOldResidentID
			return ResidentID{}, e
		}
		return ResidentID{}, lengthError("resident_id", id, 18)
	}
	for i := 0; i < 17; i++ {
		if c := id[i]; c < '0' || c > '9' {
			return ResidentID{}, newError("resident_id", KindFormat, id, "non-digit at position "+strconv.Itoa(i+1))
		}
	}
	check := id[17]
	if check == 'x' {
		check = 'X'
	}
	if (check < '0' || check > '9') && check != 'X' {
		return ResidentID{}, newError("resident_id", KindFormat, id, "last character must be a digit or X")
	}
	if p, ok := provinceAt(id[0], id[1]); !ok || !p.Mainland {
		return ResidentID{}, newError("resident_id", KindComponent, id, "address code names no mainland province")
	}
	year := digits(id[6:10])
	month := digits(id[10:12])
	day := digits(id[12:14])
	if year < minBirthYear {
		return ResidentID{}, newError("resident_id", KindComponent, id, "birth year before 1900")
	}
	if month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) {
		return ResidentID{}, newError("resident_id", KindComponent, id, "birth date is not a real day")
	}
	if checkdigit.MOD112(id[:17]) != check {
		return ResidentID{}, newError("resident_id", KindChecksum, id, "check character does not match")
	}
	birth, err := workday.NewDate(year, time.Month(month), day)
	if err != nil { // unreachable: the date was checked above
		return ResidentID{}, newError("resident_id", KindComponent, id, "birth date is not a real day")
	}
	return ResidentID{
		region: uint32(digits(id[0:6])),
		birth:  birth,
		seq:    uint16(digits(id[14:17])),
		check:  check,
	}, nil
}

// ValidateResidentID reports whether id is a valid 18-character resident ID
// number; see ParseResidentID for the checks and the errors. It allocates
// nothing for a valid number.
func ValidateResidentID(id string) error {
	_, err := ParseResidentID(id)
	return err
}

// ValidateResidentIDOn checks id with ParseResidentID and, when on is not
// the zero Date, also that the birth date is not after on (KindRange,
// "birth date in the future").
func ValidateResidentIDOn(id string, on workday.Date) error {
	r, err := ParseResidentID(id)
	if err != nil {
		return err
	}
	return r.CheckOn(on)
}

// MustParseResidentID is like ParseResidentID but panics on an invalid
// number. Use it only for constants in tests and examples.
func MustParseResidentID(id string) ResidentID {
	r, err := ParseResidentID(id)
	if err != nil {
		panic(err)
	}
	return r
}

// CheckOn reports an error of kind KindRange (subject "resident_id") when
// r's birth date lies after on. It returns nil for the zero ResidentID or
// the zero Date.
func (r ResidentID) CheckOn(on workday.Date) error {
	if r.IsZero() || on.IsZero() {
		return nil
	}
	if r.birth.After(on) {
		return newError("resident_id", KindRange, r.String(), "birth date in the future")
	}
	return nil
}

// IsZero reports whether r is the zero (absent) ResidentID.
func (r ResidentID) IsZero() bool { return r.check == 0 }

// String returns the 18-character number with an upper-case X, or "" for
// the zero ResidentID.
func (r ResidentID) String() string {
	if r.IsZero() {
		return ""
	}
	var b [18]byte
	return string(r.appendTo(b[:0]))
}

func (r ResidentID) appendTo(b []byte) []byte {
	b = appendDigits(b, int(r.region), 6)
	b = appendDigits(b, r.birth.Year(), 4)
	b = appendDigits(b, int(r.birth.Month()), 2)
	b = appendDigits(b, r.birth.Day(), 2)
	b = appendDigits(b, int(r.seq), 3)
	return append(b, r.check)
}

// Masked returns the number with its middle hidden (see Mask): the first
// three and last two characters stay, e.g. "110*************2X".
func (r ResidentID) Masked() string { return Mask(r.String()) }

// Region returns the six-digit address code (digits 1–6), e.g. "110105",
// or "" for the zero ResidentID.
func (r ResidentID) Region() string {
	if r.IsZero() {
		return ""
	}
	var b [6]byte
	return string(appendDigits(b[:0], int(r.region), 6))
}

// Province returns the province of the address code; false for the zero
// ResidentID.
func (r ResidentID) Province() (Province, bool) {
	if r.IsZero() {
		return Province{}, false
	}
	p, ok := provinceAt(byte('0'+r.region/100000), byte('0'+r.region/10000%10))
	if !ok {
		return Province{}, false
	}
	return *p, true
}

// Birth returns the birth date, or the zero Date for the zero ResidentID.
func (r ResidentID) Birth() workday.Date { return r.birth }

// Gender returns the gender given by the parity of the sequence code, or
// GenderUnknown for the zero ResidentID.
func (r ResidentID) Gender() Gender {
	switch {
	case r.IsZero():
		return GenderUnknown
	case r.seq%2 == 1:
		return GenderMale
	default:
		return GenderFemale
	}
}

// Age returns the age in completed years (周岁) on the given day: it goes up
// by one on each birthday, and for someone born on 29 February on 1 March
// of a common year. It returns 0 for the zero ResidentID, the zero Date or
// a day before the birth date.
func (r ResidentID) Age(on workday.Date) int {
	if r.IsZero() || on.IsZero() || on.Before(r.birth) {
		return 0
	}
	by, bm, bd := r.birth.Date()
	y, m, d := on.Date()
	age := y - by
	if m < bm || (m == bm && d < bd) {
		age--
	}
	return age
}

// MarshalText writes the number with an upper-case X; the zero ResidentID
// writes as "".
func (r ResidentID) MarshalText() ([]byte, error) {
	if r.IsZero() {
		return []byte{}, nil
	}
	return r.appendTo(make([]byte, 0, 18)), nil
}

// UnmarshalText parses a number with ParseResidentID; "" gives the zero
// ResidentID. On error r is left unchanged.
func (r *ResidentID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = ResidentID{}
		return nil
	}
	v, err := ParseResidentID(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// allDigits reports whether s is non-empty and all ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// digits converts a string of ASCII digits (already checked) to a number.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// appendDigits appends n as exactly width decimal digits.
func appendDigits(b []byte, n, width int) []byte {
	var buf [10]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[:width]...)
}

func isLeapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysInMonth returns the number of days of month m (1–12) in year y.
func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if isLeapYear(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

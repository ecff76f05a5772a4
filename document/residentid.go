package document

import (
	"log/slog"
	"strconv"
	"time"

	"github.com/beian-go/beian/internal/checkdigit"
	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/workday"
)

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
// GB 11643-1999 and returns its parts. Its errors, in the order checked:
// resident_id.missing; resident_id.old (a 15-digit first-generation
// number, matching ErrOldResidentID and ErrLength); resident_id.length
// (resident_id.full_width); resident_id.format (a non-digit in the body, a
// last character other than a digit or X); resident_id.component (no
// mainland province, a birth date that is no day or before 1900);
// resident_id.checksum (ISO 7064 MOD 11-2). Districts are not looked up:
// numbers keep an abolished district's code. [ResidentID.CheckOn] checks
// the birth date against a day. It allocates nothing for a valid number.
func ParseResidentID(id string) (ResidentID, error) {
	if id == "" {
		return ResidentID{}, newError("resident_id", KindMissing, "", "empty")
	}
	if len(id) != 18 {
		if len(id) == 15 && allDigits(id) {
			e := detailed("resident_id", KindLength, "old", id, "old 15-digit number; the 18-digit number is required")
			e.also = ErrOldResidentID
			return ResidentID{}, e
		}
		return ResidentID{}, lengthError("resident_id", id, 18)
	}
	// One pass over the body: MOD112 is 0 when a character is not a digit,
	// which is then looked for only to name it.
	want := checkdigit.MOD112(id[:17])
	if want == 0 {
		i := 0
		for id[i] >= '0' && id[i] <= '9' {
			i++
		}
		return ResidentID{}, newError("resident_id", KindFormat, id, "non-digit at position "+strconv.Itoa(i+1))
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
	if want != check {
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

// CheckOn reports an error with the code resident_id.range (KindRange)
// when r's birth date lies after on. It returns nil for the zero ResidentID or
// the zero Date.
func (r ResidentID) CheckOn(on workday.Date) error {
	if r.IsZero() || on.IsZero() {
		return nil
	}
	if r.birth.After(on) {
		return newError("resident_id", KindRange, r.number(), "birth date in the future")
	}
	return nil
}

func (r ResidentID) IsZero() bool { return r.check == 0 }

// String returns the number masked ("110*************2X"), so that %v,
// %s, %#v and log/slog never show it in full, or "" for the zero
// ResidentID. MarshalText gives the whole number, upper-case X.
func (r ResidentID) String() string { return mask.ID(r.number()) }

// GoString is String, for %#v.
func (r ResidentID) GoString() string { return r.String() }

// LogValue is String, for log/slog (whose JSON handler would otherwise
// write MarshalText's whole number). MarshalText, and so JSON, is the
// number's wire form and stays whole: a struct holding a ResidentID that
// is logged as JSON shows it, as it does any text it holds.
func (r ResidentID) LogValue() slog.Value { return slog.StringValue(r.String()) }

// number returns the 18-character number, "" for the zero ResidentID.
func (r ResidentID) number() string {
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

// Birth returns the birth date, or the zero Date for the zero ResidentID.
func (r ResidentID) Birth() workday.Date { return r.birth }

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

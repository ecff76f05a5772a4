package document

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Sentinel errors name the category of a failed check, for errors.Is. Every
// error returned by a validator in this package wraps exactly one of them,
// through an *Error.
var (
	// ErrFormat: the input has characters or a layout the identifier never has.
	ErrFormat = errors.New("document: bad format")
	// ErrLength: the input has the wrong number of characters.
	ErrLength = errors.New("document: wrong length")
	// ErrChecksum: the layout is right but a check character does not match.
	ErrChecksum = errors.New("document: check character mismatch")
	// ErrComponent: a part of the identifier (region, date, category code,
	// province abbreviation, …) names nothing real.
	ErrComponent = errors.New("document: invalid component")
	// ErrRange: a value lies outside its allowed range (a date in the
	// future, a certificate that has expired, a file that is too large).
	ErrRange = errors.New("document: out of range")
	// ErrMissing: a required value is empty.
	ErrMissing = errors.New("document: missing value")

	// ErrOldResidentID: a 15-digit resident ID number of the first
	// generation (issued before 1999 and no longer accepted). The *Error
	// that matches it has Kind KindLength, so it matches ErrLength too.
	ErrOldResidentID = errors.New("document: old 15-digit resident ID")
)

// Kind is the category of an [*Error], one per sentinel error. Its zero
// value, KindUnknown, is not used by this package's validators. It is a
// plain value, safe for concurrent use.
type Kind uint8

// The kinds of *Error, one per sentinel.
const (
	KindUnknown Kind = iota
	KindFormat
	KindLength
	KindChecksum
	KindComponent
	KindRange
	KindMissing
)

var kindIDs = [...]string{"", "format", "length", "checksum", "component", "range", "missing"}

// String returns the kind's stable lower-case id ("checksum"), or "" for
// KindUnknown.
func (k Kind) String() string {
	if int(k) < len(kindIDs) {
		return kindIDs[k]
	}
	return ""
}

// MarshalText writes the stable id; KindUnknown writes as "". A value out
// of range is an *Error of KindFormat.
func (k Kind) MarshalText() ([]byte, error) { return marshalID("kind", kindIDs[:], int(k)) }

// UnmarshalText reads a stable id; "" gives KindUnknown. An unknown id is
// an *Error of KindFormat and leaves k unchanged.
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := unmarshalID("kind", kindIDs[:], b)
	if err == nil {
		*k = Kind(i)
	}
	return err
}

// sentinel returns the package-level error for k.
func (k Kind) sentinel() error {
	switch k {
	case KindFormat:
		return ErrFormat
	case KindLength:
		return ErrLength
	case KindChecksum:
		return ErrChecksum
	case KindComponent:
		return ErrComponent
	case KindRange:
		return ErrRange
	case KindMissing:
		return ErrMissing
	}
	return nil
}

// Error is the detail of a failed check. Use a *Error as the errors.As
// target; errors.Is matches it against the sentinel of its Kind.
//
// Value holds the input in masked form (see Mask), never in full, so that
// the error can be logged without leaking personal information.
//
// Subject is one of these stable ids, each the first half of a Code:
//
//	uscc                  unified social credit code (统一社会信用代码)
//	org_code              organisation code (组织机构代码, GB 11714)
//	resident_id           resident ID number (居民身份证号码)
//	passport              passport number (护照)
//	hk_macao_permit       mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证)
//	taiwan_permit         mainland travel permit for Taiwan residents (台湾居民来往大陆通行证)
//	residence_permit      residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证)
//	foreign_permanent_id  foreigner permanent residence ID card (外国人永久居留身份证)
//	certificate           any other certificate number
//	mobile                mainland mobile number
//	email                 e-mail address
//	emergency_contact     emergency contact number (应急联系方式)
//	validity              certificate validity period (证件有效期)
//	filing_number         ICP filing number (备案号)
//	subject_type          subject type of RequiredMaterials (主体性质)
//
// UnmarshalText of this package's enums reports an unknown text id with
// the enum's name as Subject ("kind", "gender", "severity", "filing_kind",
// "image_reason", "material_kind") and KindFormat.
//
// The zero Error has no subject and KindUnknown; it matches no sentinel.
// An *Error is not modified after it is returned and may be shared.
type Error struct {
	Subject string // what was checked, as a stable id: "uscc", "resident_id", "mobile", …
	Kind    Kind   // the category, matching one sentinel
	Value   string // the offending input, masked
	Reason  string // what is wrong, in English, lower case

	also error // a second, narrower sentinel the error matches, or nil
}

func (e *Error) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("document: %s: %s", e.Subject, e.Reason)
	}
	return fmt.Sprintf("document: %s %q: %s", e.Subject, e.Value, e.Reason)
}

// Is reports whether target is the sentinel of e's Kind, or the narrower
// sentinel the error carries (ErrOldResidentID).
func (e *Error) Is(target error) bool {
	if e.also != nil && target == e.also {
		return true
	}
	s := e.Kind.sentinel()
	return s != nil && target == s
}

// Code returns the stable code of the failure, "<subject>.<kind>", for
// example "uscc.checksum". It is the Code a Problem built from e carries.
func (e *Error) Code() Code { return Code(e.Subject + "." + e.Kind.String()) }

// lengthError reports that value, an identifier of want ASCII characters,
// has another length. When it has the right number of characters but some
// are not ASCII (full-width digits or letters, typed with a Chinese input
// method), the error is KindFormat instead, since counting bytes would give
// a confusing "want 18, got 18".
func lengthError(subject, value string, want int) *Error {
	n := utf8.RuneCountInString(value)
	if n == want {
		return newError(subject, KindFormat, value, "non-ASCII character (full-width digit or letter?)")
	}
	return newError(subject, KindLength, value, "want "+strconv.Itoa(want)+" characters, got "+strconv.Itoa(n))
}

// newError builds an *Error with the value masked.
func newError(subject string, kind Kind, value, reason string) *Error {
	return &Error{Subject: subject, Kind: kind, Value: Mask(value), Reason: reason}
}

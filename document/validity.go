package document

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/beian-go/beian/workday"
)

// LongTerm is the text WeChat expects in certificate_validity_date_end for
// a certificate that does not expire (长期).
const LongTerm = "长期"

// MinValidityMonths is how much validity a principal's certificate must
// have left when a filing is submitted: more than one month (WeChat console
// guidance, reference rejections.md §1.2 #11).
const MinValidityMonths = 1

// Validity is the validity period of a certificate (证件有效期), as in
// WeChat's certificate_validity_date_start and _end. It is a small
// comparable value, immutable and safe for concurrent use.
//
// The zero Validity means "absent": IsZero reports true; it has no start
// and no end. A parsed Validity always has a Start, and either an End after
// it or LongTerm set.
type Validity struct {
	Start workday.Date // first day of validity
	End   workday.Date // last day of validity; zero when LongTerm
	// LongTerm is true when the certificate never expires (长期).
	LongTerm bool
}

// ParseValidity reads a validity period as WeChat writes it: start as
// YYYYMMDD, end as YYYYMMDD or "长期". Errors have subject "validity":
//
//   - start or end empty: KindMissing;
//   - not eight digits ("2023-08-15" included): KindFormat, or KindLength
//     when it is digits of another length;
//   - a date that does not exist (20230230): KindComponent;
//   - end not after start: KindRange.
func ParseValidity(start, end string) (Validity, error) {
	s, err := parseYYYYMMDD(start, "start")
	if err != nil {
		return Validity{}, err
	}
	if end == LongTerm {
		return Validity{Start: s, LongTerm: true}, nil
	}
	e, err := parseYYYYMMDD(end, "end")
	if err != nil {
		return Validity{}, err
	}
	if !e.After(s) {
		return Validity{}, newError("validity", KindRange, "", "end date "+e.String()+" is not after start date "+s.String())
	}
	return Validity{Start: s, End: e}, nil
}

// parseYYYYMMDD reads an eight-digit date. Dates are not personal data, so
// errors show them in full (Value is not masked).
func parseYYYYMMDD(s, which string) (workday.Date, error) {
	if s == "" {
		return workday.Date{}, newError("validity", KindMissing, "", which+" date empty")
	}
	if !allDigits(s) {
		return workday.Date{}, &Error{Subject: "validity", Kind: KindFormat, Value: clipText(s),
			Reason: which + " date must be YYYYMMDD" + orLongTerm(which)}
	}
	if len(s) != 8 {
		return workday.Date{}, &Error{Subject: "validity", Kind: KindLength, Value: clipText(s),
			Reason: which + " date must be 8 digits (YYYYMMDD), got " + strconv.Itoa(utf8.RuneCountInString(s))}
	}
	y, m, d := digits(s[:4]), digits(s[4:6]), digits(s[6:])
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) {
		return workday.Date{}, &Error{Subject: "validity", Kind: KindComponent, Value: s, Reason: which + " date is not a real day"}
	}
	return workday.MustDate(y, time.Month(m), d), nil
}

func orLongTerm(which string) string {
	if which == "end" {
		return " or 长期"
	}
	return ""
}

// IsZero reports whether v is the zero (absent) Validity.
func (v Validity) IsZero() bool { return v == Validity{} }

// StartText returns the start as WeChat writes it (YYYYMMDD), or "".
func (v Validity) StartText() string { return yyyymmdd(v.Start) }

// EndText returns the end as WeChat writes it: YYYYMMDD, "长期" for a
// long-term certificate, or "" for the zero Validity.
func (v Validity) EndText() string {
	if v.LongTerm {
		return LongTerm
	}
	return yyyymmdd(v.End)
}

func yyyymmdd(d workday.Date) string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 8)
	b = appendDigits(b, d.Year(), 4)
	b = appendDigits(b, int(d.Month()), 2)
	b = appendDigits(b, d.Day(), 2)
	return string(b)
}

// DaysLeft returns the number of days from on to the last day of validity
// (0 when on is that day, negative once expired), and true; for a
// long-term certificate, the zero Validity or the zero Date it returns 0,
// false.
func (v Validity) DaysLeft(on workday.Date) (int, bool) {
	if v.LongTerm || v.End.IsZero() || on.IsZero() {
		return 0, false
	}
	return v.End.DaysSince(on), true
}

// ExpiresWithin reports whether the certificate's last day of validity
// falls within months calendar months of on (its end is on or before the
// same day months later, or the month's last day when that day does not
// exist). It is false for a long-term certificate, the zero Validity and
// the zero Date. ExpiresWithin(on, 3) is the "under three months" warning
// some providers apply.
func (v Validity) ExpiresWithin(on workday.Date, months int) bool {
	if v.LongTerm || v.End.IsZero() || on.IsZero() {
		return false
	}
	return !v.End.After(addMonths(on, months))
}

// CheckOn checks v on the given day, usually the submission day. Errors
// have subject "validity" and kind KindRange:
//
//   - the certificate's validity starts after on ("not yet valid");
//   - its end lies before on ("expired");
//   - one month or less is left (see MinValidityMonths and ExpiresWithin):
//     WeChat requires more than one month.
//
// A long-term certificate only has its start checked. CheckOn returns nil
// for the zero Validity and for the zero Date. A Validity built by hand
// rather than by ParseValidity is first checked for what ParseValidity
// guarantees: a start (KindMissing), an end unless LongTerm is set
// (KindMissing), and an end after the start (KindRange).
func (v Validity) CheckOn(on workday.Date) error {
	if v.IsZero() || on.IsZero() {
		return nil
	}
	switch {
	case v.Start.IsZero():
		return newError("validity", KindMissing, "", "start date empty")
	case v.LongTerm:
	case v.End.IsZero():
		return newError("validity", KindMissing, "", "end date empty")
	case !v.End.After(v.Start):
		return newError("validity", KindRange, "", "end date "+v.End.String()+" is not after start date "+v.Start.String())
	}
	if v.Start.After(on) {
		return newError("validity", KindRange, "", "certificate not yet valid: starts "+v.Start.String())
	}
	if v.LongTerm {
		return nil
	}
	if v.End.Before(on) {
		return newError("validity", KindRange, "", "certificate expired on "+v.End.String())
	}
	if v.ExpiresWithin(on, MinValidityMonths) {
		return newError("validity", KindRange, "", "one month or less of validity left: expires "+v.End.String())
	}
	return nil
}

// addMonths returns the same day n months after d, or the last day of that
// month when the day does not exist there (31 January + 1 month = 28 or 29
// February). A result beyond the years workday.Date holds (1–9999) is
// clamped to its first or last day.
func addMonths(d workday.Date, n int) workday.Date {
	const maxMonths = 12 * 10000 // more than the whole range of workday.Date
	if n > maxMonths {
		n = maxMonths
	} else if n < -maxMonths {
		n = -maxMonths
	}
	y, m, day := d.Date()
	mi := int(m) - 1 + n
	y += mi / 12
	mi %= 12
	if mi < 0 {
		mi += 12
		y--
	}
	if max := daysInMonth(y, mi+1); day > max {
		day = max
	}
	switch {
	case y > 9999:
		return workday.MustDate(9999, time.December, 31)
	case y < 1:
		return workday.MustDate(1, time.January, 1)
	}
	return workday.MustDate(y, time.Month(mi+1), day)
}

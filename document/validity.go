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

// MinValidityMonths is how much validity a certificate must have left on
// the day a filing is submitted: more than this many calendar months.
// Source: WeChat's filing console, "证件有效期大于1个月" (quoted at
// http://westcoastpropertyservices.com/xls/show_151527.html).
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
// YYYYMMDD, end as YYYYMMDD or "长期". The codes of its errors:
//
//   - start or end empty: validity.missing;
//   - not eight digits ("2023-08-15" included): validity.format
//     (validity.full_width for full-width digits), or validity.length when
//     it is digits of another length;
//   - a date that does not exist (20230230): validity.component;
//   - end not after start: validity.end_before_start (KindRange).
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
		return Validity{}, endBeforeStart(s, e)
	}
	return Validity{Start: s, End: e}, nil
}

func endBeforeStart(s, e workday.Date) *Error {
	return &Error{Subject: "validity", Kind: KindRange, detail: "end_before_start",
		Reason: "end date " + e.String() + " is not after start date " + s.String()}
}

// parseYYYYMMDD reads an eight-digit date. Errors quote the input masked
// as every validator's are (see Mask): a name or a phone number typed here
// is not shown in full.
func parseYYYYMMDD(s, which string) (workday.Date, error) {
	fail := func(k Kind, reason string) (workday.Date, error) {
		return workday.Date{}, newError("validity", k, s, which+" date "+reason)
	}
	switch {
	case s == "":
		return fail(KindMissing, "empty")
	case hasFullWidth(s):
		return workday.Date{}, fullWidth("validity", s)
	case !allDigits(s):
		reason := "must be YYYYMMDD"
		if which == "end" {
			reason += " or 长期"
		}
		return fail(KindFormat, reason)
	case len(s) != 8:
		return fail(KindLength, "must be 8 digits (YYYYMMDD), got "+strconv.Itoa(utf8.RuneCountInString(s)))
	}
	y, m, d := digits(s[:4]), digits(s[4:6]), digits(s[6:])
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) {
		return fail(KindComponent, "is not a real day")
	}
	return workday.MustDate(y, time.Month(m), d), nil
}

func (v Validity) IsZero() bool { return v == Validity{} }

// ExpiresWithin reports whether the certificate's last day of validity
// falls within months calendar months of on (its end is on or before the
// same day months later, or the month's last day when that day does not
// exist). It is false for a long-term certificate, the zero Validity and
// the zero Date.
func (v Validity) ExpiresWithin(on workday.Date, months int) bool {
	if v.LongTerm || v.End.IsZero() || on.IsZero() {
		return false
	}
	return !v.End.After(addMonths(on, months))
}

// CheckOn checks v on the given day, usually the submission day, and
// returns the most precise error that applies (KindRange):
//
//   - validity.not_yet_valid: the validity starts after on;
//   - validity.expired: its end lies before on;
//   - validity.under_one_month: MinValidityMonths or less is left
//     (ExpiresWithin).
//
// A long-term certificate only has its start checked. CheckOn returns nil
// for the zero Validity and for the zero Date. A Validity built by hand
// rather than by ParseValidity is first checked for what ParseValidity
// guarantees: a start and an end unless LongTerm is set
// (validity.missing), and an end after the start
// (validity.end_before_start).
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
		return endBeforeStart(v.Start, v.End)
	}
	var detail, reason string
	switch {
	case v.Start.After(on):
		detail, reason = "not_yet_valid", "certificate not yet valid: starts "+v.Start.String()
	case v.LongTerm:
		return nil
	case v.End.Before(on):
		detail, reason = "expired", "certificate expired on "+v.End.String()
	case v.ExpiresWithin(on, MinValidityMonths):
		detail, reason = "under_one_month", "one month or less of validity left: expires "+v.End.String()
	default:
		return nil
	}
	return &Error{Subject: "validity", Kind: KindRange, detail: detail, Reason: reason}
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

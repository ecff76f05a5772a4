package document

import "strconv"

// ValidateMobile checks a mainland China mobile number as WeChat's
// principal_info.mobile expects it: exactly 11 ASCII digits, starting with
// 1 and a second digit from 3 to 9 (the 13x–19x segments MIIT allocates to
// mobile networks). No country code, spaces or hyphens: "+86 138…" and
// "86138…" are rejected with KindFormat, since MIIT's verification SMS is
// sent to the bare 11-digit number. Errors have subject "mobile":
// KindMissing, KindFormat (a non-digit, a country code), KindLength and
// KindComponent (not a 13x–19x segment).
//
// Whether a number is really in service, or belongs to the filing's
// province, cannot be decided here.
func ValidateMobile(s string) error { return validateMobile("mobile", s) }

func validateMobile(subject, s string) error {
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if s[0] == '+' || (len(s) == 13 && s[0] == '8' && s[1] == '6' && allDigits(s)) {
		return newError(subject, KindFormat, s, "country code; use the 11-digit number without +86")
	}
	if !allDigits(s) {
		return newError(subject, KindFormat, s, "only digits are allowed")
	}
	if len(s) != 11 {
		return newError(subject, KindLength, s, "want 11 digits, got "+strconv.Itoa(len(s)))
	}
	if s[0] != '1' || s[1] < '3' {
		return newError(subject, KindComponent, s, "not a mainland mobile number (13x to 19x)")
	}
	return nil
}

// ValidateEmergencyContact checks the emergency contact number
// (应急联系方式) of a principal whose own mobile number is mobile: it must
// be a mainland mobile number by the rules of ValidateMobile, and differ
// from mobile (WeChat's console and the bureaus reject a principal listed as
// their own emergency contact).
//
// Errors have subject "emergency_contact". KindComponent means exactly that
// the number is the principal's own; the other kinds (KindMissing,
// KindFormat, KindLength) concern the number itself, and a segment outside
// 13x–19x is reported as KindFormat. mobile itself is not validated; check
// it with ValidateMobile.
func ValidateEmergencyContact(mobile, emergency string) error {
	const subject = "emergency_contact"
	if err := validateMobile(subject, emergency); err != nil {
		if e, ok := err.(*Error); ok && e.Kind == KindComponent {
			e.Kind = KindFormat
		}
		return err
	}
	if emergency == mobile {
		return newError(subject, KindComponent, emergency, "same as the principal's own mobile number")
	}
	return nil
}

// Limits of e-mail addresses (RFC 5321 §4.5.3.1).
const (
	maxEmailLen  = 254
	maxLocalLen  = 64
	maxLabelLen  = 63
	minTLDLength = 2
)

// ValidateEmail checks an e-mail address against a practical subset of
// RFC 5321/5322, the form WeChat and MIIT can deliver to:
//
//   - local@domain with exactly one @, at most 254 characters in all and
//     64 in the local part;
//   - the local part uses letters, digits and !#$%&'*+-/=?^_`{|}~, with
//     dots only between other characters (no leading, trailing or double
//     dot); quoted local parts are not accepted;
//   - the domain has at least two labels of letters, digits and hyphens
//     (no leading or trailing hyphen, at most 63 characters each), the last
//     of which is at least two letters; IP-address literals and non-ASCII
//     (internationalised) addresses are not accepted.
//
// Errors have subject "email": KindMissing, KindLength, KindFormat (the
// overall shape or the local part) and KindComponent (the domain).
func ValidateEmail(s string) error {
	const subject = "email"
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if len(s) > maxEmailLen {
		return newError(subject, KindLength, s, "longer than 254 characters")
	}
	at := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			if at >= 0 {
				return newError(subject, KindFormat, s, "more than one @")
			}
			at = i
		}
	}
	if at < 0 {
		return newError(subject, KindFormat, s, "no @")
	}
	local, domain := s[:at], s[at+1:]
	if local == "" {
		return newError(subject, KindFormat, s, "nothing before @")
	}
	if len(local) > maxLocalLen {
		return newError(subject, KindLength, s, "more than 64 characters before @")
	}
	for i := 0; i < len(local); i++ {
		c := local[i]
		if c == '.' {
			if i == 0 || i == len(local)-1 || local[i-1] == '.' {
				return newError(subject, KindFormat, s, "misplaced dot before @")
			}
			continue
		}
		if !isAtext(c) {
			return newError(subject, KindFormat, s, "character not allowed before @")
		}
	}
	if domain == "" {
		return newError(subject, KindComponent, s, "no domain after @")
	}
	labels, start := 0, 0
	for i := 0; i <= len(domain); i++ {
		if i < len(domain) && domain[i] != '.' {
			c := domain[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return newError(subject, KindComponent, s, "character not allowed in the domain")
			}
			continue
		}
		label := domain[start:i]
		if label == "" || len(label) > maxLabelLen || label[0] == '-' || label[len(label)-1] == '-' {
			return newError(subject, KindComponent, s, "domain is not a valid host name")
		}
		labels++
		start = i + 1
	}
	if labels < 2 {
		return newError(subject, KindComponent, s, "domain has no top-level part")
	}
	tld := domain[lastDot(domain)+1:]
	if len(tld) < minTLDLength {
		return newError(subject, KindComponent, s, "top-level domain too short")
	}
	for i := 0; i < len(tld); i++ {
		if c := tld[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return newError(subject, KindComponent, s, "top-level domain must be letters")
		}
	}
	return nil
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// isAtext reports whether c may appear in an unquoted local part
// (RFC 5322 atext).
func isAtext(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	switch c {
	case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '/', '=', '?', '^', '_', '`', '{', '|', '}', '~':
		return true
	}
	return false
}

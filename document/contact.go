package document

import "strconv"

// ValidateMobile checks a mainland China mobile number as WeChat's
// principal_info.mobile expects it: exactly 11 ASCII digits, starting with
// 1 and a second digit from 3 to 9 (the 13x–19x segments MIIT allocates to
// mobile networks; 《电信网编号计划（2017年版）》). No country code, spaces or
// hyphens: WeChat's example is the bare number, to which MIIT sends its
// verification SMS. The codes of its errors: mobile.missing,
// mobile.country_code ("+86 138…", "86138…"), mobile.full_width,
// mobile.format (another non-digit), mobile.length and mobile.component
// (not a 13x–19x segment).
//
// Whether a number is really in service, or belongs to the filing's
// province, cannot be decided here.
func ValidateMobile(s string) error { return validateMobile("mobile", s) }

func validateMobile(subject, s string) error {
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if s[0] == '+' || (len(s) == 13 && s[0] == '8' && s[1] == '6' && allDigits(s)) {
		return detailed(subject, KindFormat, "country_code", s, "country code; use the 11-digit number without +86")
	}
	if !allDigits(s) {
		if hasFullWidth(s) {
			return fullWidth(subject, s)
		}
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
// The codes of its errors are those of ValidateMobile with the subject
// emergency_contact (a segment outside 13x–19x being
// emergency_contact.format), and emergency_contact.same_as_mobile
// (KindComponent) when the number is the principal's own, however mobile
// is written ("+86 138 0013 8000" is 13800138000). mobile itself is not
// validated; check it with ValidateMobile.
func ValidateEmergencyContact(mobile, emergency string) error {
	const subject = "emergency_contact"
	if err := validateMobile(subject, emergency); err != nil {
		if e, ok := err.(*Error); ok && e.Kind == KindComponent {
			e.Kind = KindFormat
		}
		return err
	}
	if emergency == mobileDigits(mobile) {
		return detailed(subject, KindComponent, "same_as_mobile", emergency, "same as the principal's own mobile number")
	}
	return nil
}

// mobileDigits reduces a phone number as people write it to its ASCII
// digits, without a leading 86 country code.
func mobileDigits(s string) string {
	if allDigits(s) && len(s) != 13 {
		return s // the usual case: nothing to remove
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	if len(b) == 13 && b[0] == '8' && b[1] == '6' {
		b = b[2:]
	}
	return string(b)
}

// Limits of e-mail addresses (RFC 5321 §4.5.3.1).
const (
	maxEmailLen  = 254
	maxLocalLen  = 64
	maxLabelLen  = 63
	minTLDLength = 2
)

// ValidateEmail checks an e-mail address against the practical subset of
// RFC 5321/5322 that WeChat and MIIT deliver to: one @, at most 254
// characters and 64 before the @; an unquoted dot-atom local part; a
// domain of two or more labels of letters, digits and inner hyphens (63
// characters at most), the last of two or more letters; no IP literals, no
// non-ASCII. Its errors: email.missing, email.length, email.full_width,
// email.format (the shape, the local part), email.component (the domain).
func ValidateEmail(s string) error {
	const subject = "email"
	switch {
	case s == "":
		return newError(subject, KindMissing, "", "empty")
	case len(s) > maxEmailLen:
		return newError(subject, KindLength, s, "longer than 254 characters")
	case hasFullWidth(s):
		return fullWidth(subject, s)
	}
	local, domain, reason := splitEmail(s)
	if reason != "" {
		return newError(subject, KindFormat, s, reason)
	}
	if len(local) > maxLocalLen {
		return newError(subject, KindLength, s, "more than 64 characters before @")
	}
	if reason := checkLocalPart(local); reason != "" {
		return newError(subject, KindFormat, s, reason)
	}
	if reason := checkDomain(domain); reason != "" {
		return newError(subject, KindComponent, s, reason)
	}
	return nil
}

// splitEmail cuts an address at its one @; reason says what is wrong with
// the overall shape, or is "".
func splitEmail(s string) (local, domain, reason string) {
	at := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			if at >= 0 {
				return "", "", "more than one @"
			}
			at = i
		}
	}
	switch {
	case at < 0:
		return "", "", "no @"
	case at == 0:
		return "", "", "nothing before @"
	}
	return s[:at], s[at+1:], ""
}

// checkLocalPart checks an unquoted local part: atext characters, dots
// only between them (RFC 5322 dot-atom).
func checkLocalPart(local string) (reason string) {
	for i := 0; i < len(local); i++ {
		c := local[i]
		if c == '.' {
			if i == 0 || i == len(local)-1 || local[i-1] == '.' {
				return "misplaced dot before @"
			}
			continue
		}
		if !isAtext(c) {
			return "character not allowed before @"
		}
	}
	return ""
}

// checkDomain checks a domain: at least two labels of letters, digits and
// hyphens, no label empty, longer than 63 or starting or ending with a
// hyphen, and a top-level label of at least two letters.
func checkDomain(domain string) (reason string) {
	if domain == "" {
		return "no domain after @"
	}
	labels, start := 0, 0
	for i := 0; i <= len(domain); i++ {
		if i < len(domain) && domain[i] != '.' {
			if c := domain[i]; !isASCIIAlnum(c) && c != '-' {
				return "character not allowed in the domain"
			}
			continue
		}
		label := domain[start:i]
		if label == "" || len(label) > maxLabelLen || label[0] == '-' || label[len(label)-1] == '-' {
			return "domain is not a valid host name"
		}
		labels++
		start = i + 1
	}
	if labels < 2 {
		return "domain has no top-level part"
	}
	tld := domain[lastDot(domain)+1:]
	if len(tld) < minTLDLength {
		return "top-level domain too short"
	}
	for i := 0; i < len(tld); i++ {
		if !isASCIILetter(tld[i]) {
			return "top-level domain must be letters"
		}
	}
	return ""
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || c >= '0' && c <= '9' }

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

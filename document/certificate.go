package document

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/internal/checkdigit"
)

// ValidateCertificate checks a certificate number for the given certificate
// type (WeChat's certificate_type), dispatching on the type. Each rule is
// as precise as what is publicly known about the number, and permissive
// where nothing is:
//
//   - CertResidentID (2): ParseResidentID, subject "resident_id".
//   - CertPassport (7), subject "passport": 5–20 characters, upper-case
//     letters A–Z and digits only, at least one digit. Passports of every
//     country are allowed, so no national layout or check digit is applied
//     (a mainland passport is E + 8 digits or E + letter + 7 digits, but a
//     principal may hold a foreign one).
//   - CertHKMacaoTravelPermit (14), subject "hk_macao_permit": H (Hong
//     Kong) or M (Macao) followed by 8 digits (the card issued since 2013)
//     or 10 digits (the earlier booklet). No check digit is published.
//   - CertTaiwanTravelPermit (11), subject "taiwan_permit": 8 digits (the
//     card issued since 2015) or 10 digits (the earlier booklet). Old
//     booklet numbers written with a bracketed replacement letter, such as
//     "1234567890(B)", are not accepted: enter the digits only.
//   - CertHKMacaoResidencePermit (41) and CertTaiwanResidencePermit (42),
//     subject "residence_permit": 18 characters laid out like a resident ID
//     (GB 11643 MOD 11-2 check character, real birth date in digits 7–14)
//     with the address code 810000 (Hong Kong) or 820000 (Macao) for type
//     41 and 830000 (Taiwan) for type 42 (State Council, 港澳台居民居住证申领
//     发放办法, 2018).
//   - CertForeignPermanentResidence (30), subject "foreign_permanent_id":
//     the 2023 card's 18 characters (9, two-digit province of issue, three-
//     digit nationality code, eight-digit birth date, three-digit sequence,
//     MOD 11-2 check character; National Immigration Administration,
//     2023), or the earlier cards' 15 characters: three upper-case letters
//     (nationality) and 12 digits. The earlier layout's check digit is not
//     published, so only its shape is checked.
//   - Unified social credit code certificates and business licences (1, 13,
//     15): ValidateUSCC, subject "uscc".
//   - Organisation code certificates (3, 9, 10, 12, 16, 18): a unified
//     social credit code (18 characters, ValidateUSCC) or a 9-character
//     organisation code (ValidateOrgCode, subject "org_code"), since
//     these certificates were replaced by the credit code in 2015–2017.
//   - Registration certificates that print the credit code as their number
//     (4, 6, 17, 19, 36): ValidateUSCC when 18 characters long, otherwise
//     the generic check below (old-style numbers).
//   - Any other type, known or not, subject "certificate": not empty, at
//     most 64 characters, no white space or control characters.
//
// CertificateUnknown (0) is a KindMissing error with subject "certificate".
// Leading or trailing spaces are never trimmed: they are an error.
func ValidateCertificate(t CertificateType, number string) error {
	switch t {
	case CertificateUnknown:
		return newError("certificate", KindMissing, "", "certificate type not set")
	case CertResidentID:
		_, err := ParseResidentID(number)
		return err
	case CertPassport:
		return validatePassport(number)
	case CertHKMacaoTravelPermit:
		return validateHKMacaoPermit(number)
	case CertTaiwanTravelPermit:
		return validateTaiwanPermit(number)
	case CertHKMacaoResidencePermit:
		return validateResidencePermit(number, "810000", "820000")
	case CertTaiwanResidencePermit:
		return validateResidencePermit(number, "830000", "")
	case CertForeignPermanentResidence:
		return validateForeignPermanentID(number)
	case CertBusinessLicence, CertUSCCGovernment, CertUSCCPublicInstitution:
		return ValidateUSCC(number)
	case CertOrgCodePublicInstitution, CertOrgCodeGovernment, CertOrgCodeSocialOrganisation,
		CertOrgCodeEnterprise, CertOrgCodePrivateNonEnterprise, CertOrgCodeFoundation:
		if len(number) == 18 {
			return ValidateUSCC(number)
		}
		return ValidateOrgCode(number)
	case CertPublicInstitutionLegalPerson, CertSocialOrganisation, CertPrivateNonEnterprise,
		CertFoundation, CertSocialServiceOrganisation:
		if len(number) == 18 {
			return ValidateUSCC(number)
		}
	}
	return validateGenericCertificate(number)
}

func validatePassport(s string) error {
	const subject = "passport"
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
		case c >= 'a' && c <= 'z':
			return newError(subject, KindFormat, s, "lower-case letter; use upper case")
		default:
			return newError(subject, KindFormat, s, "only letters A-Z and digits are allowed")
		}
	}
	if len(s) < 5 || len(s) > 20 {
		return newError(subject, KindLength, s, "want 5 to 20 characters, got "+strconv.Itoa(len(s)))
	}
	if digits == 0 {
		return newError(subject, KindFormat, s, "no digit")
	}
	return nil
}

func validateHKMacaoPermit(s string) error {
	const subject = "hk_macao_permit"
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	switch s[0] {
	case 'H', 'M':
	case 'h', 'm':
		return newError(subject, KindFormat, s, "lower-case letter; use upper case")
	default:
		return newError(subject, KindFormat, s, "must start with H (Hong Kong) or M (Macao)")
	}
	if !allDigits(s[1:]) {
		return newError(subject, KindFormat, s, "only digits may follow the letter")
	}
	if n := len(s) - 1; n != 8 && n != 10 {
		return newError(subject, KindLength, s, "want 8 or 10 digits after the letter, got "+strconv.Itoa(n))
	}
	return nil
}

func validateTaiwanPermit(s string) error {
	const subject = "taiwan_permit"
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if !allDigits(s) {
		return newError(subject, KindFormat, s, "only digits are allowed")
	}
	if len(s) != 8 && len(s) != 10 {
		return newError(subject, KindLength, s, "want 8 or 10 digits, got "+strconv.Itoa(len(s)))
	}
	return nil
}

// validateResidencePermit checks an 18-character residence permit number
// whose address code must be region1 or region2 (when not empty).
func validateResidencePermit(s, region1, region2 string) error {
	const subject = "residence_permit"
	if err := checkIDLayout(subject, s); err != nil {
		return err
	}
	if r := s[:6]; r != region1 && (region2 == "" || r != region2) {
		reason := "address code must be " + region1
		if region2 != "" {
			reason += " or " + region2
		}
		return newError(subject, KindComponent, s, reason)
	}
	return checkIDBody(subject, s)
}

func validateForeignPermanentID(s string) error {
	const subject = "foreign_permanent_id"
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if len(s) == 15 {
		for i := 0; i < 3; i++ {
			if c := s[i]; c < 'A' || c > 'Z' {
				if c >= 'a' && c <= 'z' {
					return newError(subject, KindFormat, s, "lower-case letter; use upper case")
				}
				return newError(subject, KindFormat, s, "15-character number must start with three letters")
			}
		}
		if !allDigits(s[3:]) {
			return newError(subject, KindFormat, s, "15-character number must end with 12 digits")
		}
		return nil
	}
	if err := checkIDLayout(subject, s); err != nil {
		return err
	}
	if s[0] != '9' {
		return newError(subject, KindComponent, s, "18-digit number must start with 9")
	}
	if p, ok := provinceAt(s[1], s[2]); !ok || !p.Mainland {
		return newError(subject, KindComponent, s, "province of issue is not a mainland province")
	}
	return checkIDBody(subject, s)
}

// checkIDLayout checks that s has the shape of an 18-character GB 11643
// number: 17 digits and a digit, X or x.
func checkIDLayout(subject, s string) error {
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if len(s) != 18 {
		return lengthError(subject, s, 18)
	}
	if !allDigits(s[:17]) {
		return newError(subject, KindFormat, s, "the first 17 characters must be digits")
	}
	if c := s[17]; (c < '0' || c > '9') && c != 'X' && c != 'x' {
		return newError(subject, KindFormat, s, "last character must be a digit or X")
	}
	return nil
}

// checkIDBody checks the birth date in digits 7–14 and the MOD 11-2 check
// character of a number that passed checkIDLayout.
func checkIDBody(subject, s string) error {
	year, month, day := digits(s[6:10]), digits(s[10:12]), digits(s[12:14])
	if year < minBirthYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) {
		return newError(subject, KindComponent, s, "birth date is not a real day")
	}
	check := s[17]
	if check == 'x' {
		check = 'X'
	}
	if checkdigit.MOD112(s[:17]) != check {
		return newError(subject, KindChecksum, s, "check character does not match")
	}
	return nil
}

// maxCertificateLen is the longest certificate number the generic check
// accepts, in characters. No certificate in WeChat's catalogue comes close.
const maxCertificateLen = 64

func validateGenericCertificate(s string) error {
	const subject = "certificate"
	if s == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	if !utf8.ValidString(s) {
		return newError(subject, KindFormat, "", "not valid UTF-8")
	}
	n := 0
	for _, r := range s {
		n++
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return newError(subject, KindFormat, s, "white space or control character")
		}
	}
	if n > maxCertificateLen {
		return newError(subject, KindLength, s, "longer than "+strconv.Itoa(maxCertificateLen)+" characters")
	}
	return nil
}

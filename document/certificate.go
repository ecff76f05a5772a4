package document

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/internal/checkdigit"
)

// ValidateCertificate checks a certificate number for its type (WeChat's
// certificate_type), as precisely as the number's layout is published and
// permissively where it is not. The subject of its errors, and the rule:
//
//	resident_id           2: ParseResidentID
//	passport              7: 5–20 upper-case letters and digits, one digit at least (any country's)
//	hk_macao_permit       14: H or M and 8 digits (card since 2013) or 10 (booklet)
//	taiwan_permit         11: 8 digits (card since 2015) or 10 (booklet)
//	residence_permit      41, 42: a resident ID's layout with the region 810000 or 820000
//	                      (41), 830000 (42) (国办发〔2018〕81号)
//	foreign_permanent_id  30: the 2023 card's 18 characters (9, province of issue,
//	                      nationality, birth date, sequence, MOD 11-2), or the old
//	                      15: three letters and 12 digits
//	uscc                  1, 13, 15: ParseUSCC; 4, 6, 17, 19, 36 when 18 characters long
//	org_code              3, 9, 10, 12, 16, 18: ValidateOrgCode, or ParseUSCC when 18 long
//	certificate           any other: 1–64 characters without space or control characters
//
// CertificateUnknown gives certificate.no_type. Nothing is trimmed.
// Lower-case or full-width characters give <subject>.lower_case and
// <subject>.full_width.
func ValidateCertificate(t CertificateType, number string) error {
	switch t {
	case CertificateUnknown:
		return detailed("certificate", KindMissing, "no_type", "", "certificate type not set")
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
		return validateUSCC(number)
	case CertOrgCodePublicInstitution, CertOrgCodeGovernment, CertOrgCodeSocialOrganisation,
		CertOrgCodeEnterprise, CertOrgCodePrivateNonEnterprise, CertOrgCodeFoundation:
		if len(number) == 18 {
			return validateUSCC(number)
		}
		return ValidateOrgCode(number)
	case CertPublicInstitutionLegalPerson, CertSocialOrganisation, CertPrivateNonEnterprise,
		CertFoundation, CertSocialServiceOrganisation:
		if len(number) == 18 {
			return validateUSCC(number)
		}
	}
	return validateGenericCertificate(number)
}

// validateUSCC is ParseUSCC without the value.
func validateUSCC(s string) error {
	_, err := ParseUSCC(s)
	return err
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
			return detailed(subject, KindFormat, "lower_case", s, "lower-case letter; use upper case")
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
		return detailed(subject, KindFormat, "lower_case", s, "lower-case letter; use upper case")
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
					return detailed(subject, KindFormat, "lower_case", s, "lower-case letter; use upper case")
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
		return newError(subject, KindFormat, s, "not valid UTF-8")
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

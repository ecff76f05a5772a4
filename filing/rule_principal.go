package filing

import (
	"strings"

	"github.com/beian-go/beian/document"
)

// Age limits of principals, from providers' province rules: at least 18
// in most provinces, 16 and 17 with a proof of employment in some
// (ruleMinors). No upper limit is documented anywhere, so none is applied.
const (
	minPrincipalAge          = 18
	minPrincipalAgeWithProof = 16
)

// validityWarningMonths: providers warn when a certificate has three
// months or less left; WeChat's own limit is document.MinValidityMonths.
const validityWarningMonths = 3

// principalRules check both principal_info objects, the legal
// representative and the principals' contacts against each other.
func (c *check) principalRules() {
	for i := range c.people {
		c.personRules(&c.people[i])
	}
	c.legalRepRules()
	c.contactRules()
}

// personRules check one principal's fields, each with the most precise
// problem first: the document validators' own errors, then the rules of
// the day, then the province's.
func (c *check) personRules(p *person) {
	in := p.info
	if !present(in.Name) {
		c.add(p.path.name, codeNameMissing)
	}
	c.addErr(p.path.mobile, document.ValidateMobile(in.Mobile))
	c.addErr(p.path.email, document.ValidateEmail(in.Email))
	if isLandline(in.EmergencyContact) {
		// No WeChat document refuses a landline here: a warning, not the
		// mobile validator's error.
		c.add(p.path.urgent, codeEmergencyLandline)
	} else {
		c.addErr(p.path.urgent, document.ValidateEmergencyContact(in.Mobile, in.EmergencyContact))
	}

	typeField, numField := p.path.certType, p.path.certNumber
	if in.CertificateType == document.CertificateUnknown {
		c.add(typeField, codeCertTypeMissing)
	} else {
		c.certificateTypeRule(typeField, in.CertificateType, document.SubjectIndividual, codeCertTypeNotPersonal)
	}
	switch {
	case !present(in.CertificateNumber):
		c.add(numField, codeCertificateMissing)
	case p.certErr != nil:
		c.addErr(numField, p.certErr)
	default:
		c.ageRule(numField, p)
	}
	c.validityRules(p)
	c.foreignRules(typeField, in.CertificateType)
}

// validityRules check the validity period: its dates (on the start or the
// end field, whichever is wrong), then on the day of submission expired,
// not yet valid or a month or less left (errors), three months or less
// (a warning).
func (c *check) validityRules(p *person) {
	start, end := p.path.start, p.path.end
	if p.validErr != nil {
		field := end
		if _, err := document.ParseValidity(p.info.CertificateValidityDateStart, document.LongTerm); err != nil {
			field = start
		}
		c.addErr(field, p.validErr)
		return
	}
	if err := p.validity.CheckOn(c.o.On); err != nil {
		field := end
		if p.validity.Start.After(c.o.On) {
			field = start
		}
		c.addErr(field, err)
		return
	}
	if p.validity.ExpiresWithin(c.o.On, validityWarningMonths) {
		c.add(end, codeValidityExpiring)
	}
}

// ageRule checks a principal's age on the day of submission, from the
// birth date of a valid resident ID number.
func (c *check) ageRule(field string, p *person) {
	on := c.o.On
	if on.IsZero() || p.id.IsZero() {
		return
	}
	switch age := p.id.Age(on); {
	case age >= minPrincipalAge:
	case age < minPrincipalAgeWithProof:
		c.add(field, codeAgeUnder16)
	default:
		if r, ok := c.rule(ruleMinors); ok && r.Value == "employment_proof" {
			c.add(field, codeAgeMinorEmployment)
		} else {
			c.add(field, codeAgeMinor)
		}
	}
}

// foreignRules apply the province's rules on principals with a passport
// or a foreigner's permanent residence ID, and on Hong Kong, Macao and
// Taiwan residents' permits.
func (c *check) foreignRules(field string, t document.CertificateType) {
	var kind ruleKind
	var refused, authorise Code
	switch t {
	case document.CertPassport, document.CertForeignPermanentResidence:
		kind, refused, authorise = ruleForeignPrincipal, codeForeignRefused, codeForeignAuthorise
	case document.CertTaiwanTravelPermit, document.CertHKMacaoTravelPermit,
		document.CertHKMacaoResidencePermit, document.CertTaiwanResidencePermit:
		kind, refused, authorise = ruleHMTPrincipal, codeHMTRefused, codeHMTAuthorise
	default:
		return
	}
	switch r, _ := c.rule(kind); r.Value {
	case "refused":
		c.add(field, refused)
	case "authorise_mainland":
		c.add(field, authorise)
	}
}

// legalRepRules check legal_person_info, and apply the province's rules
// on who may be a unit's principal. The subject principal is the legal
// representative unless legal_person_info names someone else.
func (c *check) legalRepRules() {
	lp := c.r.ICPSubject.LegalPersonInfo
	if lp == nil || !c.unit {
		return
	}
	if !present(lp.Name) {
		c.add(pathLegalPerson+".name", codeNameMissing)
	}
	if !present(lp.CertificateNumber) {
		c.add(pathLegalPerson+".certificate_number", codeCertificateMissing)
	}
	subj, app := c.people[0].certKey, c.people[1].certKey
	if c.legalKey == "" || subj == "" || c.legalKey == subj {
		return
	}
	if r, ok := c.rule(ruleLegalRep); ok && r.Value == "required" {
		c.add(pathSubjectPrin, codeLegalRepRequired)
	}
	if r, ok := c.rule(ruleSamePrincipal); ok && r.Value == "required" && app != "" && app != subj {
		c.add(pathAppletPrin, codeSamePrincipal)
	}
}

// contactRules compare the two principals' contacts: two people may not
// share a mobile (WeChat) and rarely an e-mail address (providers); and
// apply the province's rules on emergency contacts and local numbers.
func (c *check) contactRules() {
	s, a := &c.people[0], &c.people[1]
	different := s.certKey != "" && a.certKey != "" && s.certKey != a.certKey
	if different {
		if s.mobile != "" && s.mobile == a.mobile {
			c.add(pathAppletPrin+".mobile", codeMobileShared)
		}
		if s.email != "" && s.email == a.email {
			c.add(pathAppletPrin+".email", codeEmailShared)
		}
	}
	switch r, _ := c.rule(ruleEmergencyContact); r.Value {
	case "third_person":
		if !different {
			break
		}
		if s.urgent != "" && s.urgent == a.mobile {
			c.add(pathSubjectPrin+".emergency_contact", codeEmergencyThird)
		}
		if a.urgent != "" && a.urgent == s.mobile {
			c.add(pathAppletPrin+".emergency_contact", codeEmergencyThird)
		}
	case "remark":
		// The remark names the emergency contact: it must at least speak
		// of a contact (联系人, 联系方式), not only of something else.
		if !strings.Contains(c.r.ICPSubject.BaseInfo.Comment, "联系") {
			c.add(pathRemark, codeEmergencyRemark)
		}
	}
	if r, ok := c.rule(ruleLocalMobile); ok && r.Value == "required" && c.o.MobileProvince != nil {
		for _, p := range []*person{s, a} {
			c.localMobile(p.path.mobile, p.mobile)
			c.localMobile(p.path.urgent, p.urgent)
		}
	}
}

// localMobile reports a number the caller's number-segment table places
// outside the filing province.
func (c *check) localMobile(field, number string) {
	if len(number) != 11 {
		return // not a mobile number: reported by the validators
	}
	p, ok := c.o.MobileProvince(number)
	if !ok {
		return
	}
	if code := provinceCode(p); code != "" && code != c.province {
		c.add(field, codeLocalMobile)
	}
}

// isLandline reports whether s is a mainland landline number with its
// area code, as people write it: 0, a two- or three-digit area code and a
// seven- or eight-digit number, ten to twelve digits in all, hyphens or
// spaces allowed between them ("010-62345678", "0755 8888 1234").
func isLandline(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if n == 0 && c != '0' {
				return false
			}
			n++
		case (c == '-' || c == ' ') && n > 0 && i+1 < len(s):
		default:
			return false
		}
	}
	return n >= 10 && n <= 12 && s[1] != '0'
}

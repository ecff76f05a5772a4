package document

import "strings"

// Age limits of principals. Source: cloud providers' province rules
// (reference rejections.md §1.2 #12, §2.3): at least 18 in most
// provinces; 16 and 17 accepted with a proof of employment in some (see
// RuleMinors); no upper limit is documented anywhere, so none is applied.
const (
	MinPrincipalAge          = 18
	MinPrincipalAgeWithProof = 16 // with a proof of employment, where the province accepts it
)

// Validity left on a principal's certificate on the day of submission.
// Source: WeChat's console asks for more than one month; several cloud
// providers and a platform guide ask for three months (reference
// rejections.md §1.2 #11).
const (
	MinValidityErrorMonths   = 1 // one month or less left: rejected
	MinValidityWarningMonths = 3 // three months or less left: may be rejected
)

// principal is one principal_info object with its payload path.
type principal struct {
	path string
	p    *Principal
}

func (c *rejectionCheck) principalList() [2]principal {
	return [2]principal{{pathSubjectPrin, &c.in.SubjectPrincipal}, {pathAppletPrin, &c.in.AppletPrincipal}}
}

// principals runs the checks on each principal and the legal
// representative rules.
func (c *rejectionCheck) principals(ps *Problems) {
	for _, pr := range c.principalList() {
		c.age(ps, pr)
		c.validity(ps, pr)
		c.foreign(ps, pr)
	}
	c.legalRep(ps)
}

// age checks a principal's age on the day of submission, from the birth
// date in the resident ID number (rejections.md #12).
func (c *rejectionCheck) age(ps *Problems, pr principal) {
	on := c.o.On
	if on.IsZero() || pr.p.CertificateType != CertResidentID {
		return
	}
	id, err := ParseResidentID(strings.TrimSpace(pr.p.CertificateNumber))
	if err != nil || id.Birth().After(on) {
		return // reported by the format checks
	}
	field := pr.path + ".certificate_number"
	switch age := id.Age(on); {
	case age >= MinPrincipalAge:
	case age < MinPrincipalAgeWithProof:
		ps.AddCode(field, "principal.age.under_16")
	default:
		if r, ok := c.rule(RuleMinors); ok && r.Value == "employment_proof" {
			ps.AddCode(field, "principal.age.minor_employment")
		} else {
			ps.AddCode(field, "principal.age.minor")
		}
	}
}

// validity checks how long a principal's certificate stays valid after
// the day of submission (rejections.md #11).
func (c *rejectionCheck) validity(ps *Problems, pr principal) {
	on := c.o.On
	if on.IsZero() {
		return
	}
	v, err := ParseValidity(strings.TrimSpace(pr.p.ValidityStart), strings.TrimSpace(pr.p.ValidityEnd))
	if err != nil {
		return // reported by the format checks
	}
	end := pr.path + ".certificate_validity_date_end"
	switch {
	case v.Start.After(on):
		ps.AddCode(pr.path+".certificate_validity_date_start", "validity.not_yet_valid")
	case v.LongTerm:
	case v.End.Before(on):
		ps.AddCode(end, "validity.expired")
	case v.ExpiresWithin(on, MinValidityErrorMonths):
		ps.AddCode(end, "validity.under_one_month")
	case v.ExpiresWithin(on, MinValidityWarningMonths):
		ps.AddCode(end, "validity.expiring")
	}
}

// foreignCert reports whether t is a foreigner's certificate (passport,
// permanent residence ID) and whether it is a Hong Kong, Macao or Taiwan
// resident's travel or residence permit.
func foreignCert(t CertificateType) (foreign, hmt bool) {
	switch t {
	case CertPassport, CertForeignPermanentResidence:
		return true, false
	case CertTaiwanTravelPermit, CertHKMacaoTravelPermit, CertHKMacaoResidencePermit, CertTaiwanResidencePermit:
		return false, true
	}
	return false, false
}

// foreign applies the province's rules on foreign and Hong Kong, Macao
// and Taiwan principals (rejections.md #16, §2.8). A passport may be a
// mainland citizen's; the warning says so.
func (c *rejectionCheck) foreign(ps *Problems, pr principal) {
	foreign, hmt := foreignCert(pr.p.CertificateType)
	field := pr.path + ".certificate_type"
	if foreign {
		switch r, _ := c.rule(RuleForeignPrincipal); r.Value {
		case "refused":
			ps.AddCode(field, "province.foreign_principal_refused")
		case "authorise_mainland":
			ps.AddCode(field, "province.foreign_principal_authorise")
		}
	}
	if hmt {
		switch r, _ := c.rule(RuleHMTPrincipal); r.Value {
		case "refused":
			ps.AddCode(field, "province.hmt_principal_refused")
		case "authorise_mainland":
			ps.AddCode(field, "province.hmt_principal_authorise")
		}
	}
}

// legalRep applies the province's rules on who may be a unit's subject
// principal (rejections.md #14, #15, §2.1). The subject principal is the
// legal representative unless legal_person_info names someone else.
func (c *rejectionCheck) legalRep(ps *Problems) {
	if !c.in.Subject.IsUnit() {
		return
	}
	legal := normCert(c.in.LegalRepCertificateNumber)
	subj := normCert(c.in.SubjectPrincipal.CertificateNumber)
	if legal == "" || subj == "" || legal == subj {
		return
	}
	if r, ok := c.rule(RuleLegalRep); ok && r.Value == "required" {
		ps.AddCode(pathSubjectPrin, "province.legal_rep_required")
	}
	app := normCert(c.in.AppletPrincipal.CertificateNumber)
	if r, ok := c.rule(RuleSamePrincipal); ok && r.Value == "required" && app != "" && app != subj {
		ps.AddCode(pathAppletPrin, "province.same_principal_required")
	}
}

// normCert normalises a certificate number for comparison: no
// surrounding space, upper case (a resident ID's x).
func normCert(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

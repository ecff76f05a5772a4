package document

import "strings"

// residence checks an individual whose resident ID was issued in another
// province (rejections.md #41, §2.2): WeChat asks for a proof of residence
// (personal_info.residence_permit, "required for a non-resident
// individual"), and some provinces refuse such filings altogether.
func (c *rejectionCheck) residence(ps *Problems) {
	if c.in.Subject != SubjectIndividual {
		return
	}
	id := ""
	switch {
	case c.in.CertificateType == CertResidentID:
		id = c.in.CertificateNumber
	case c.in.SubjectPrincipal.CertificateType == CertResidentID:
		id = c.in.SubjectPrincipal.CertificateNumber
	}
	outside, known := OutsideHomeProvince(strings.TrimSpace(id), c.province)
	if !known || !outside {
		return
	}
	if !c.in.HasResidencePermit {
		ps.AddCode(pathPersonal+".residence_permit", "residence.permit_required")
	}
	if r, ok := c.rule(RuleNonLocalIndividual); ok && r.Value == "refused" {
		ps.AddCode(pathSubjectBase+".province", "residence.province_refuses")
	}
}

// filingNumbers checks the province prefix of the filing numbers the
// payload carries (rejections.md §3): 蜀, 黔, 滇 and 陇 are canonical; 川,
// 贵, 云 and 甘 appear on real numbers but are probably mistyped.
// Numbers that do not parse are left to the format checks.
func (c *rejectionCheck) filingNumbers(ps *Problems) {
	for _, n := range [...]struct{ field, number string }{
		{pathSubjectBase + ".record_number", c.in.SubjectFilingNumber},
		{pathAppletBase + ".record_number", c.in.AppletFilingNumber},
	} {
		if strings.TrimSpace(n.number) == "" {
			continue
		}
		f, err := ParseFilingNumber(strings.TrimSpace(n.number))
		if err == nil && !f.Canonical() {
			ps.AddCode(n.field, "filing_number.alt_prefix")
		}
	}
}

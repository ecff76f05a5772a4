package document

import "strings"

// contacts checks the principals' contact data against each other and
// the province's rules (rejections.md #21, #22, #24a, #24c, §2.4, §2.5).
func (c *rejectionCheck) contacts(ps *Problems) {
	prs := c.principalList()
	for _, pr := range prs {
		m, e := normMobile(pr.p.Mobile), normMobile(pr.p.EmergencyContact)
		if m != "" && m == e {
			ps.AddCode(pr.path+".emergency_contact", "contact.emergency_is_own_mobile")
		}
	}

	s, a := prs[0].p, prs[1].p
	sc, ac := normCert(s.CertificateNumber), normCert(a.CertificateNumber)
	different := sc != "" && ac != "" && sc != ac
	if different {
		if m := normMobile(s.Mobile); m != "" && m == normMobile(a.Mobile) {
			ps.AddCode(pathAppletPrin+".mobile", "contact.mobile_shared")
		}
		if e := normEmail(s.Email); e != "" && e == normEmail(a.Email) {
			ps.AddCode(pathAppletPrin+".email", "contact.email_shared")
		}
	}

	switch r, _ := c.rule(RuleEmergencyContact); r.Value {
	case "third_person":
		// The emergency contact must be neither principal: its number
		// must not be the other principal's mobile.
		if !different {
			break
		}
		if e := normMobile(s.EmergencyContact); e != "" && e == normMobile(a.Mobile) {
			ps.AddCode(pathSubjectPrin+".emergency_contact", "province.emergency_third_person")
		}
		if e := normMobile(a.EmergencyContact); e != "" && e == normMobile(s.Mobile) {
			ps.AddCode(pathAppletPrin+".emergency_contact", "province.emergency_third_person")
		}
	case "remark":
		// The remark names the emergency contact: it must at least speak
		// of a contact (联系人, 联系方式), not only of something else
		// such as a missing house number.
		if !strings.Contains(c.in.Remark, "联系") {
			ps.AddCode(pathSubjectBase+".comment", "province.emergency_remark")
		}
	}

	if r, ok := c.rule(RuleLocalMobile); ok && r.Value == "required" && c.o.MobileProvince != nil {
		home := provinceCode(c.province)
		for _, pr := range prs {
			c.localMobile(ps, home, pr.path+".mobile", pr.p.Mobile)
			c.localMobile(ps, home, pr.path+".emergency_contact", pr.p.EmergencyContact)
		}
	}
}

// localMobile reports a number the caller's number-segment table places
// outside the filing province.
func (c *rejectionCheck) localMobile(ps *Problems, home, field, number string) {
	m := normMobile(number)
	if m == "" || home == "" {
		return
	}
	p, ok := c.o.MobileProvince(m)
	if !ok {
		return
	}
	if code := provinceCode(p); code != "" && code != home {
		ps.AddCode(field, "province.local_mobile")
	}
}

// normMobile reduces a phone number to its digits, without a leading 86
// country code, for comparison; "" when there are none.
func normMobile(s string) string {
	if allASCIIDigits(s) { // the usual case: nothing to remove
		if len(s) == 13 && strings.HasPrefix(s, "86") {
			return s[2:]
		}
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			b.WriteByte(c)
		}
	}
	d := b.String()
	if len(d) == 13 && strings.HasPrefix(d, "86") {
		d = d[2:]
	}
	return d
}

// normEmail trims and lower-cases an e-mail address for comparison.
func normEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// allASCIIDigits reports whether s is made of ASCII digits only
// (true for "").
func allASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

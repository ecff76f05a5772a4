package filing

import (
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/document"
)

// codeCertificateMissing is package document's code of a missing
// certificate number, reported here before any validator runs.
const codeCertificateMissing Code = "certificate.missing"

// subjectRules check icp_subject's own fields: the subject type, name,
// region, address and certificate, and what they imply (residence, the
// province of the certificate address).
func (c *check) subjectRules() {
	s := &c.r.ICPSubject
	switch t := s.BaseInfo.Type; {
	case t <= document.SubjectUnknown:
		c.add(pathSubjectType, codeSubjectTypeMissing)
	default:
		c.catalogueProblem(pathSubjectType, c.cat.answer(c.cat.subjects[int(t)] || t.Known() && c.cat.d.Partial, len(c.cat.subjects) == 0),
			int(t), "主体性质", "subject type")
	}
	if !present(s.BaseInfo.Name) {
		c.add(pathSubjectName, codeNameMissing)
	}
	c.regionRules()
	c.addressRules()
	c.subjectCertificateRules()
	c.residenceRules()
	c.filingNumberRules()
}

// regionRules check the province, city and district codes: six digits
// each, their GB/T 2260 levels, the city in the province and the district
// in the city (by the catalogue where it lists them, else by their
// digits), and that the catalogue lists them.
func (c *check) regionRules() {
	p, ci, d := &c.region[levelProvince], &c.region[levelCity], &c.region[levelDistrict]
	for _, g := range []*regionCode{p, ci, d} {
		switch {
		case g.code == "":
			c.add(g.field, codeRegionMissing)
		case g.n == 0:
			c.add(g.field, codeRegionFormat)
		}
	}
	provinceOK := false
	if p.n > 0 {
		switch pr, ok := document.ProvinceByCode(p.code); {
		case !ok || !pr.Mainland:
			c.add(p.field, codeRegionProvince)
		case p.n%10000 != 0:
			c.add(p.field, codeRegionProvinceLevel)
		default:
			provinceOK = true
			c.catalogueProblem(p.field, p.l, p.n, "省份", "province")
		}
	}
	cityOK := false
	if ci.n > 0 {
		switch {
		case ci.l == found && ci.entry.Code != 0:
			cityOK = true
			if provinceOK && ci.entry.Parent != p.n {
				c.add(ci.field, codeRegionCityMismatch)
			}
		case ci.n%100 != 0 || ci.n%10000 == 0:
			c.add(ci.field, codeRegionCityLevel)
		case provinceOK && ci.n/10000 != p.n/10000:
			c.add(ci.field, codeRegionCityMismatch)
		default:
			cityOK = true
			c.catalogueProblem(ci.field, ci.l, ci.n, "城市", "city")
		}
	}
	if d.n > 0 {
		switch {
		case d.l == found && d.entry.Code != 0:
			if cityOK && d.entry.Parent != ci.n {
				c.add(d.field, codeRegionDistrictMisfit)
			}
		case d.n%100 == 0 && d.n != ci.n:
			c.add(d.field, codeRegionDistrictLevel)
		case cityOK && d.n/100 != ci.n/100:
			c.add(d.field, codeRegionDistrictMisfit)
		default:
			c.catalogueProblem(d.field, d.l, d.n, "区县", "district")
		}
	}
}

// addressRules check the communication address: present, without the
// region's names in front (WeChat), and, as warnings, detailed to a house
// number, no post-office box and no shorthand.
func (c *check) addressRules() {
	a := strings.TrimSpace(c.r.ICPSubject.BaseInfo.Address)
	switch {
	case a == "":
		c.add(pathAddress, codeAddressMissing)
	case c.repeatsRegion(strings.TrimPrefix(a, "中国")):
		c.add(pathAddress, codeAddressRepeats)
	case containsFold(a, poBoxMarkers[:]):
		c.add(pathAddress, codeAddressPOBox)
	case hasShorthandNumber(a):
		c.add(pathAddress, codeAddressShorthand)
	case !hasHouseNumber(a):
		c.add(pathAddress, codeAddressNoNumber)
	}
}

// subjectCertificateRules check the subject's certificate: its type
// chosen and belonging to the subject type, its number valid for the
// type, its address given, and for a unit that address in the filing
// province (and city, where the province asks).
func (c *check) subjectCertificateRules() {
	o := &c.r.ICPSubject.OrganizeInfo
	if o.CertificateType == document.CertificateUnknown {
		c.add(pathCertType, codeCertTypeMissing)
	} else {
		c.certificateTypeRule(pathCertType, o.CertificateType, c.subject, codeCertTypeMismatch)
	}
	if !present(o.CertificateNumber) {
		c.add(pathCertNumber, codeCertificateMissing)
	} else {
		c.addErr(pathCertNumber, c.certErr)
	}
	ca := strings.TrimSpace(o.CertificateAddress)
	if ca == "" {
		c.add(pathCertAddress, codeCertAddressMissing)
		return
	}
	if c.unit && c.province != "" {
		if home, ok := c.addressProvince(ca); ok && home != c.province {
			c.add(pathCertAddress, codeCertOtherProvince)
			return
		}
	}
	if r, ok := c.rule(ruleSameCityAddress); ok && r.Value == "required" && !municipality(c.province) {
		if city := shortName(c.region[levelCity].entry.Name); city != "" && !strings.Contains(ca, city) {
			c.add(pathCertAddress, codeSameCityAddress)
		}
	}
}

// certificateTypeRule checks that certificate type t belongs to subject
// type want. A mismatch is an error (code mismatch) when WeChat's
// catalogue, or a pair WeChat confirms, says so; a warning when only the
// MIIT numbering groups the certificate elsewhere. A code neither knows
// is a catalogue problem.
func (c *check) certificateTypeRule(field string, t document.CertificateType, want document.SubjectType, mismatch Code) {
	if t < 0 {
		c.catalogueProblem(field, notListed, int(t), "证件类型", "certificate type")
		return
	}
	if owner, listed := c.cat.certs[int(t)]; listed {
		if want > document.SubjectUnknown && document.SubjectType(owner) != want {
			c.add(field, mismatch)
		}
		return
	}
	l := c.cat.answer(t.Known() && c.cat.d.Partial, len(c.cat.certs) == 0)
	if l != found {
		c.catalogueProblem(field, l, int(t), "证件类型", "certificate type")
		return
	}
	if owner := t.Subject(); owner != document.SubjectUnknown && want > document.SubjectUnknown && owner != want {
		c.add(field, codeCertTypeUnusual)
	}
}

// residenceRules check an individual from another province: WeChat asks
// for a proof of residence, and some provinces refuse such filings.
func (c *check) residenceRules() {
	if !c.nonLocal {
		return
	}
	if pi := c.r.ICPSubject.PersonalInfo; pi == nil || !present(pi.ResidencePermit) {
		c.add(document.MaterialResidencePermit.Field(), codeResidencePermit)
	}
	if r, ok := c.rule(ruleNonLocalIndividual); ok && r.Value == "refused" {
		c.add(pathProvince, codeResidenceRefused)
	}
}

// filingNumberRules check the province prefix of the filing numbers the
// payload carries (WeChat fills them in its answers): 蜀, 黔, 滇 and 陇 are
// canonical; 川, 贵, 云 and 甘 appear on real numbers but are probably
// mistyped. Numbers that do not parse are WeChat's business.
func (c *check) filingNumberRules() {
	for _, n := range [...]struct{ field, number string }{
		{pathSubjectNo, c.r.ICPSubject.BaseInfo.RecordNumber},
		{pathAppletNo, c.r.ICPApplets.BaseInfo.RecordNumber},
	} {
		if n.number == "" {
			continue
		}
		if f, err := document.ParseFilingNumber(strings.TrimSpace(n.number)); err == nil && !f.Canonical() {
			c.add(n.field, codeAltPrefix)
		}
	}
}

// rule looks up the filing province's rule of kind k for the subject.
func (c *check) rule(k ruleKind) (ProvinceRule, bool) {
	if c.province == "" {
		return ProvinceRule{}, false
	}
	return c.rules.lookup(c.province, k, c.subject)
}

// repeatsRegion reports whether the address starts with a region's full
// name ("广东省", "深圳市", "南山区"), or with a short name ("广东",
// "深圳", "南山") followed by another name, full or short ("广东深圳市…",
// "深圳南山区…"). A short name alone is allowed: streets and places are
// often named after their city or district ("深圳湾", "南山大道").
func (f *facts) repeatsRegion(a string) bool {
	full, n := f.regionNames()
	var short [3]string
	for i := 0; i < n; i++ {
		if strings.HasPrefix(a, full[i]) {
			return true
		}
		short[i] = shortName(full[i])
	}
	for i := 0; i < n; i++ {
		if short[i] == "" || !strings.HasPrefix(a, short[i]) {
			continue
		}
		rest := a[len(short[i]):]
		for j := 0; j < n; j++ {
			if j != i && (strings.HasPrefix(rest, full[j]) || short[j] != "" && strings.HasPrefix(rest, short[j])) {
				return true
			}
		}
	}
	return false
}

// regionSuffixes are administrative suffixes, longest first, stripped to
// get a short name.
var regionSuffixes = [...]string{
	"特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "自治州", "自治县", "自治旗",
	"地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟",
}

// shortName strips an administrative suffix from a full name; it returns
// "" when the rest would be shorter than two characters (矿区, 郊区), which
// is too generic to look for.
func shortName(full string) string {
	for _, s := range regionSuffixes {
		if short, ok := strings.CutSuffix(full, s); ok {
			if utf8.RuneCountInString(short) < 2 {
				return ""
			}
			return short
		}
	}
	return ""
}

// houseMarkers end the number of a house, building, floor or room: "181号"
// (and "3号院"), "3栋", "B座", "1单元", "502室".
var houseMarkers = [...]string{"号", "栋", "幢", "座", "楼", "层", "室", "单元", "弄"}

// ruralMarkers are the units a rural address may end at instead: village,
// village group, hamlet.
var ruralMarkers = [...]string{"村", "组", "屯", "嘎查"}

// poBoxMarkers name a post-office box; the ASCII ones are in lower case
// and start with p, as containsFold expects.
var poBoxMarkers = [...]string{"信箱", "邮政专用箱", "po box", "p.o. box", "p.o.box", "pobox"}

// containsFold reports whether s contains one of the words, ignoring the
// case of ASCII letters; the words are in lower case.
func containsFold(s string, words []string) bool {
	ascii := strings.ContainsAny(s, "pP") // every ASCII word starts with p
	for _, w := range words {
		if w[0] >= 0x80 {
			if strings.Contains(s, w) {
				return true
			}
			continue
		}
		if !ascii {
			continue
		}
		for i := 0; i+len(w) <= len(s); i++ {
			if asciiEqualFold(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// asciiEqualFold reports whether s equals the lower-case w, ignoring the
// case of ASCII letters in s.
func asciiEqualFold(s, w string) bool {
	for i := 0; i < len(w); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// hasHouseNumber reports whether the address has a number (digits, a
// Chinese numeral or a letter) before a house marker, or names a village.
func hasHouseNumber(a string) bool {
	for _, m := range ruralMarkers {
		if strings.Contains(a, m) {
			return true
		}
	}
	for _, m := range houseMarkers {
		for rest := a; ; {
			i := strings.Index(rest, m)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeLastRuneInString(rest[:i]); isNumberRune(r) {
				return true
			}
			rest = rest[i+len(m):]
		}
	}
	return false
}

// isNumberRune reports whether r can end a house or room number.
func isNumberRune(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９',
		r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= 'Ａ' && r <= 'Ｚ':
		return true
	}
	return strings.ContainsRune("一二三四五六七八九十百千零〇两", r)
}

// hasShorthandNumber reports numbers written as "42-2-1": three groups of
// digits joined by hyphens, with no marker after them saying what they
// number.
func hasShorthandNumber(a string) bool {
	groups, inDigits := 0, false
	for i, r := range a {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if !inDigits {
				groups++
				inDigits = true
			}
		case (r == '-' || r == '－' || r == '—') && inDigits:
			inDigits = false
		default:
			if groups >= 3 && inDigits {
				for _, m := range houseMarkers {
					if strings.HasPrefix(a[i:], m) {
						return false
					}
				}
				return true
			}
			groups, inDigits = 0, false
		}
	}
	return groups >= 3 && inDigits
}

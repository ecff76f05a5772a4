package filing

import (
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// WeChat's payload paths of the fields the rules report on, written once.
// Materials have theirs in package document (MaterialKind.Field).
const (
	pathSubject      = "icp_subject"
	pathSubjectBase  = "icp_subject.base_info"
	pathSubjectType  = pathSubjectBase + ".type"
	pathSubjectName  = pathSubjectBase + ".name"
	pathProvince     = pathSubjectBase + ".province"
	pathCity         = pathSubjectBase + ".city"
	pathDistrict     = pathSubjectBase + ".district"
	pathAddress      = pathSubjectBase + ".address"
	pathRemark       = pathSubjectBase + ".comment"
	pathSubjectNo    = pathSubjectBase + ".record_number"
	pathOrganize     = "icp_subject.organize_info"
	pathCertType     = pathOrganize + ".certificate_type"
	pathCertNumber   = pathOrganize + ".certificate_number"
	pathCertAddress  = pathOrganize + ".certificate_address"
	pathSubjectPrin  = "icp_subject.principal_info"
	pathLegalPerson  = "icp_subject.legal_person_info"
	pathAppletBase   = "icp_applets.base_info"
	pathAppletName   = pathAppletBase + ".name"
	pathServiceTypes = pathAppletBase + ".service_content_types"
	pathNrlx         = pathAppletBase + ".nrlx_details"
	pathDescription  = pathAppletBase + ".comment"
	pathAppletNo     = pathAppletBase + ".record_number"
	pathAppletPrin   = "icp_applets.principal_info"
)

// personPaths are the payload paths of one principal_info object.
type personPaths struct {
	base, name, mobile, email, urgent, certType, certNumber, start, end string
}

func pathsOf(base string) personPaths {
	return personPaths{base, base + ".name", base + ".mobile", base + ".email", base + ".emergency_contact",
		base + ".certificate_type", base + ".certificate_number",
		base + ".certificate_validity_date_start", base + ".certificate_validity_date_end"}
}

// principalPaths are the paths of the subject principal and of the mini
// program principal.
var principalPaths = [2]personPaths{pathsOf(pathSubjectPrin), pathsOf(pathAppletPrin)}

// facts is the request as the rules read it: each identifier, date and
// code parsed once into a typed value, with the problem its parse found.
type facts struct {
	r     *Request
	o     CheckOptions
	cat   *Catalogue
	rules *ProvinceRules

	subject document.SubjectType
	unit    bool // a known subject type other than an individual

	region   [3]regionCode // province, city, district
	province string        // two-digit code of a mainland filing province, or ""

	certErr error  // the subject certificate number's validation error
	certKey string // the subject certificate number, normalised for comparison

	people   [2]person // the subject principal, then the mini program principal
	legalKey string    // legal_person_info's certificate number, normalised, or ""

	nonLocal bool // an individual from another province, as far as known

	appletName string
	nrlx       nrlxFacts
}

// regionCode is one of the subject's region codes, looked up in the
// catalogue.
type regionCode struct {
	field string
	code  string // as given
	n     int    // the code as a number; 0 when it is not six digits
	entry Entry  // the catalogue's entry, when listed
	l     lookup // what the catalogue says about it
}

// person is one principal_info object, parsed.
type person struct {
	path     *personPaths
	info     *PrincipalInfo
	certErr  error               // the certificate number's validation error
	id       document.ResidentID // a valid resident ID number, else zero
	validity document.Validity   // a valid validity period, else zero
	validErr error               // the validity period's parse error
	mobile   string              // digits of the mobile number, for comparison
	urgent   string              // digits of the emergency contact, for comparison
	email    string              // lower-case e-mail, for comparison
	certKey  string              // certificate number, normalised for comparison
}

// parse reads the request once into the facts the rules look at.
func (c *check) parse(r *Request, o CheckOptions) {
	f := &c.facts
	f.r, f.o = r, o
	f.cat = o.Catalogue
	if f.cat == nil {
		f.cat = DefaultCatalogue()
	}
	f.rules = o.Rules
	if f.rules == nil {
		f.rules = DefaultProvinceRules()
	}
	s := &r.ICPSubject
	f.subject = s.BaseInfo.Type
	f.unit = f.subject > document.SubjectUnknown && f.subject != document.SubjectIndividual
	f.parseRegion()

	var ids idCache
	f.certKey = certKey(s.OrganizeInfo.CertificateNumber)
	if t, n := s.OrganizeInfo.CertificateType, s.OrganizeInfo.CertificateNumber; t != document.CertificateUnknown && present(n) {
		_, f.certErr = ids.parse(t, n, o.On)
	}
	for i, p := range [2]*PrincipalInfo{&s.PrincipalInfo, &r.ICPApplets.PrincipalInfo} {
		f.people[i] = parsePerson(&principalPaths[i], p, &ids, o.On)
	}
	if lp := s.LegalPersonInfo; lp != nil {
		f.legalKey = certKey(lp.CertificateNumber)
	}
	f.nonLocal = f.residence() == ResidenceNonLocal

	f.appletName = strings.TrimSpace(o.AppletName)
	if f.appletName == "" {
		f.appletName = strings.TrimSpace(r.ICPApplets.BaseInfo.Name)
	}
	f.nrlx = parseNrlx(r.ICPApplets.BaseInfo.NrlxDetails, f.cat)
}

// parseRegion looks the province, city and district codes up in the
// catalogue, by level.
func (f *facts) parseRegion() {
	b := &f.r.ICPSubject.BaseInfo
	for i, rc := range [3]struct{ field, code string }{{pathProvince, b.Province}, {pathCity, b.City}, {pathDistrict, b.District}} {
		g := regionCode{field: rc.field, code: rc.code, n: sixDigits(rc.code)}
		if g.n > 0 {
			var listed bool
			g.entry, listed = f.cat.region(i, g.n)
			g.l = f.cat.answer(listed, len(f.cat.regions[i]) == 0)
		}
		f.region[i] = g
	}
	if p, ok := document.ProvinceByCode(b.Province); ok && p.Mainland && f.region[levelProvince].n%10000 == 0 {
		f.province = p.Code
	}
}

// regionNames returns the names of the province, city and district that
// the catalogue resolved, or the province's name from package document,
// and how many there are; grouping names such as 市辖区 are left out.
func (f *facts) regionNames() (names [3]string, n int) {
	for i, g := range f.region {
		name := g.entry.Name
		if name == "" && i == levelProvince && f.province != "" {
			p, _ := document.ProvinceByCode(f.province)
			name = p.Name
		}
		if name = strings.TrimSpace(name); name != "" && !groupingName(name) {
			names[n] = name
			n++
		}
	}
	return names, n
}

// groupingName reports names GB/T 2260 uses for groupings rather than
// places (市辖区, 县, 省直辖县级行政区划, …): they never start an address.
func groupingName(n string) bool {
	switch n {
	case "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划":
		return true
	}
	return false
}

// sixDigits returns s as a number when it is six ASCII digits, else 0.
func sixDigits(s string) int {
	if len(s) != 6 {
		return 0
	}
	n := 0
	for i := 0; i < 6; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// idCache parses each certificate number once: an individual's subject
// certificate is usually the subject principal's, who is often the mini
// program principal too.
type idCache struct {
	n       int
	types   [3]document.CertificateType
	numbers [3]string
	ids     [3]document.ResidentID
	errs    [3]error
}

// parse validates a certificate number of type t; a resident ID number is
// also parsed and checked against the day of submission.
func (c *idCache) parse(t document.CertificateType, number string, on workday.Date) (document.ResidentID, error) {
	for i := 0; i < c.n; i++ {
		if c.types[i] == t && c.numbers[i] == number {
			return c.ids[i], c.errs[i]
		}
	}
	var id document.ResidentID
	var err error
	if t == document.CertResidentID {
		if id, err = document.ParseResidentID(number); err == nil {
			err = id.CheckOn(on)
		}
	} else {
		err = document.ValidateCertificate(t, number)
	}
	if c.n < len(c.types) {
		c.types[c.n], c.numbers[c.n], c.ids[c.n], c.errs[c.n] = t, number, id, err
		c.n++
	}
	return id, err
}

func parsePerson(path *personPaths, p *PrincipalInfo, ids *idCache, on workday.Date) person {
	ps := person{
		path: path, info: p,
		mobile: phoneDigits(p.Mobile), urgent: phoneDigits(p.EmergencyContact),
		email:   strings.ToLower(strings.TrimSpace(p.Email)),
		certKey: certKey(p.CertificateNumber),
	}
	if p.CertificateType != document.CertificateUnknown && present(p.CertificateNumber) {
		id, err := ids.parse(p.CertificateType, p.CertificateNumber, on)
		ps.certErr = err
		if err == nil {
			ps.id = id
		}
	}
	ps.validity, ps.validErr = document.ParseValidity(p.CertificateValidityDateStart, p.CertificateValidityDateEnd)
	return ps
}

// residence decides whether an individual subject is local to the filing
// province: the caller's word, else the province its certificate address
// names; ResidenceFromAddress when neither tells.
func (f *facts) residence() Residence {
	if f.subject != document.SubjectIndividual {
		return ResidenceFromAddress
	}
	if f.o.Residence != ResidenceFromAddress {
		return f.o.Residence
	}
	home, ok := f.addressProvince(f.r.ICPSubject.OrganizeInfo.CertificateAddress)
	switch {
	case !ok || f.province == "":
		return ResidenceFromAddress
	case home == f.province:
		return ResidenceLocal
	}
	return ResidenceNonLocal
}

// addressProvince returns the two-digit code of the province an address
// starts with, after an optional 中国: its full name (四川省), the short
// name of a municipality (北京, unless a street named after it follows:
// 北京路, 上海中路), or the full name of a city the catalogue lists once
// (长沙市). It reports false when the address names none of them.
func (f *facts) addressProvince(addr string) (string, bool) {
	a := strings.TrimPrefix(strings.TrimSpace(addr), "中国")
	for _, p := range provinceList {
		if !p.Mainland {
			continue
		}
		if strings.HasPrefix(a, p.Name) {
			return p.Code, true
		}
		if municipality(p.Code) && strings.HasPrefix(a, p.Short) && !startsStreet(a[len(p.Short):]) {
			return p.Code, true
		}
	}
	if i := strings.IndexAny(a, "市州盟"); i > 0 && i <= 5*utf8.UTFMax {
		_, size := utf8.DecodeRuneInString(a[i:])
		if code := f.cat.cityNames[a[:i+size]]; code > 0 {
			return codeProvince(code), true
		}
	}
	return "", false
}

// provinceList is package document's province table, read once.
var provinceList = document.Provinces()

// twoDigits holds "00" to "99", so that codeProvince allocates nothing.
var twoDigits = func() (t [100]string) {
	for i := range t {
		t[i] = string([]byte{byte('0' + i/10), byte('0' + i%10)})
	}
	return t
}()

// codeProvince returns the two-digit province of a six-digit code.
func codeProvince(code int) string { return twoDigits[code/10000%100] }

// municipality reports whether the two-digit code is one of the four
// municipalities, where province and city coincide.
func municipality(code string) bool {
	return code == "11" || code == "12" || code == "31" || code == "50"
}

// startsStreet reports whether one of the first two runes of s ends a
// street name: 路, 街, 道 or 巷 ("路88号", "中路1号", "大道8号").
func startsStreet(s string) bool {
	for i := 0; i < 2 && s != ""; i++ {
		r, size := utf8.DecodeRuneInString(s)
		if strings.ContainsRune("路街道巷", r) {
			return true
		}
		s = s[size:]
	}
	return false
}

// present reports whether a media id or value is given: not empty and not
// only white space.
func present(s string) bool { return strings.TrimSpace(s) != "" }

// listPresent reports whether a media list holds a media id. Only the
// first few entries are read: a longer list is too long anyway.
func listPresent(l []string) bool {
	for i, s := range l {
		if i >= 16 {
			break
		}
		if present(s) {
			return true
		}
	}
	return false
}

// certKey normalises a certificate number for comparison: no surrounding
// space, upper case (a resident ID's x).
func certKey(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// phoneDigits reduces a phone number to its ASCII digits, without a
// leading 86 country code, for comparison; "" when it has none.
func phoneDigits(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			plain = false
			break
		}
	}
	if plain && len(s) != 13 {
		return s // the usual case: nothing to remove
	}
	b := make([]byte, 0, 16)
	for i := 0; i < len(s) && len(b) < 16; i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	if len(b) == 13 && b[0] == '8' && b[1] == '6' {
		b = b[2:]
	}
	return string(b)
}

// maxNrlx is more pre-approval items than any filing can have: WeChat's
// catalogue has about fifteen types and each may appear once. A longer
// list is reported as too long and not read further.
const maxNrlx = 32

// nrlxFacts is what the pre-approval list says as a whole.
type nrlxFacts struct {
	// onlyNone: the list holds nothing but "none of the above", or items
	// that may be it (a type the catalogue does not know, without number
	// or document).
	onlyNone bool
}

func parseNrlx(items []NrlxDetail, cat *Catalogue) nrlxFacts {
	if len(items) == 0 || len(items) > maxNrlx {
		return nrlxFacts{}
	}
	for _, it := range items {
		if !noneLike(it, cat) {
			return nrlxFacts{}
		}
	}
	return nrlxFacts{onlyNone: true}
}

// noneLike reports whether an item is, or may be, "none of the above".
func noneLike(it NrlxDetail, cat *Catalogue) bool {
	t := int(it.Type)
	if cat.none != 0 {
		return t == cat.none
	}
	return !cat.nrlx[t] && !present(it.Code) && !present(it.Media)
}

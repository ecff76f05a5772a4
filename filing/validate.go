package filing

import (
	"strconv"
	"strings"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// WeChat payload paths used by Validate.
const (
	pathSubject      = "icp_subject"
	pathSubjectBase  = "icp_subject.base_info"
	pathOrganize     = "icp_subject.organize_info"
	pathSubjectPrin  = "icp_subject.principal_info"
	pathLegalPerson  = "icp_subject.legal_person_info"
	pathPersonal     = "icp_subject.personal_info"
	pathAppletBase   = "icp_applets.base_info"
	pathAppletPrin   = "icp_applets.principal_info"
	pathMaterials    = "icp_materials"
	maxMaterial      = 1
	maxOtherMaterial = 10
)

// ValidateOptions tune Request.ValidateWith. The zero value checks what
// can be checked without outside data: no service catalogue, WeChat's
// default "none of the above" pre-approval type, package document's
// built-in province table, and no date-dependent checks. It is a plain value, safe for concurrent reads; validation only
// reads it.
type ValidateOptions struct {
	// On is the day of submission, for the checks that depend on it
	// (certificate validity, birth dates in the future). The zero Date
	// skips them.
	On workday.Date
	// Services is WeChat's service content catalogue; when empty, only
	// the count and duplicates of service_content_types are checked.
	Services document.ServiceCatalog
	// NoPreApprovalType is the pre-approval type of "以上都不涉及" (none of
	// the above); 0 means document.DefaultNoPreApprovalType.
	NoPreApprovalType int
	// OutsideHomeProvince says an individual files outside the province
	// of their household registration, which requires a residence permit.
	OutsideHomeProvince bool
	// Renamed says a unit changed its name since an earlier filing, which
	// requires a name change letter.
	Renamed bool
	// Rules is the province rules table that decides the province's extra
	// documents (document.MaterialsInput.Rules); nil means
	// [document.DefaultProvinceRules]. Check uses one table for both
	// validation and Precheck (see there).
	Rules *document.ProvinceRules
}

// Validate runs every check of package document that applies to the
// request and returns all problems found as a document.Problems (use
// errors.As with a document.Problems target), each with WeChat's payload
// path; nil when nothing blocks. It is ValidateWith with zero options.
func (r *Request) Validate() error { return r.ValidateWith(ValidateOptions{}) }

// ValidateWith is Validate with outside data: the day of submission, the
// service catalogue and the facts the payload cannot show. It checks
//
//   - that the required objects and fields are present;
//   - the subject's type, region codes and address;
//   - each certificate number against its type
//     (document.ValidateCertificate), and that principals use personal
//     certificates;
//   - the principals' mobile, e-mail and emergency contact
//     (document.ValidateMobile, ValidateEmail, ValidateEmergencyContact);
//   - the certificates' validity periods (document.ParseValidity) and, when
//     o.On is set, that more than a month of validity is left;
//   - the mini program's service types, pre-approvals and description;
//   - that the materials the filing needs are present
//     (document.RequiredMaterials), and the size of each material list.
//
// Whether a principal is the legal representative is inferred: the
// subject principal is unless legal_person_info names someone else, and
// the mini program principal is when their certificate number is the
// legal representative's. A nil r is checked as the zero Request.
func (r *Request) ValidateWith(o ValidateOptions) error {
	if r == nil {
		r = &Request{}
	}
	var ps document.Problems
	s := &r.ICPSubject
	unit := s.BaseInfo.Type.IsUnit()

	// Subject base info. WeChat's codes are positive; zero or a negative
	// number means none was chosen.
	chosen := s.BaseInfo.Type > document.SubjectUnknown
	if !chosen {
		ps.AddCode(pathSubjectBase+".type", "subject_type.missing")
	}
	missing(&ps, pathSubjectBase+".name", "name", s.BaseInfo.Name)
	region := document.Region{Province: s.BaseInfo.Province, City: s.BaseInfo.City, District: s.BaseInfo.District}
	ps.Add("", document.CheckRegion(region))
	ps.Add("", document.CheckAddress(region, s.BaseInfo.Address))

	// Subject certificate.
	if s.OrganizeInfo.CertificateType == document.CertificateUnknown {
		missing(&ps, pathOrganize+".certificate_type", "certificate_type", "")
	} else if !unit && s.BaseInfo.Type != document.SubjectUnknown && !s.OrganizeInfo.CertificateType.Personal() {
		ps.Add(pathOrganize+".certificate_type", &document.Error{Subject: "certificate_type", Kind: document.KindComponent, Reason: "an individual subject needs a personal certificate"})
	}
	checkCertificate(&ps, pathOrganize+".certificate_number", s.OrganizeInfo.CertificateType, s.OrganizeInfo.CertificateNumber, o.On)
	missing(&ps, pathOrganize+".certificate_address", "certificate_address", s.OrganizeInfo.CertificateAddress)

	// Principals.
	checkPrincipal(&ps, pathSubjectPrin, &s.PrincipalInfo, o.On)
	checkPrincipal(&ps, pathAppletPrin, &r.ICPApplets.PrincipalInfo, o.On)
	if lp := s.LegalPersonInfo; lp != nil {
		missing(&ps, pathLegalPerson+".name", "name", lp.Name)
		missing(&ps, pathLegalPerson+".certificate_number", "certificate", lp.CertificateNumber)
	}

	// Mini program.
	b := &r.ICPApplets.BaseInfo
	types := make([]int, len(b.ServiceContentTypes))
	for i, t := range b.ServiceContentTypes {
		types[i] = int(t)
	}
	ps.Add("", document.CheckServiceTypes(types, o.Services))
	items := make([]document.PreApproval, len(b.NrlxDetails))
	for i, d := range b.NrlxDetails {
		items[i] = document.PreApproval{Type: int(d.Type), Code: d.Code, Media: d.Media}
	}
	ps.Add("", document.CheckPreApprovals(items, o.NoPreApprovalType))
	ps.Add("", document.CheckDescription(b.Comment))

	// Materials.
	if chosen {
		mats, err := document.RequiredMaterials(document.MaterialsInput{
			Subject:                    s.BaseInfo.Type,
			SubjectPrincipalIsLegalRep: r.subjectPrincipalIsLegalRep(),
			AppletPrincipalIsLegalRep:  r.appletPrincipalIsLegalRep(),
			OutsideHomeProvince:        o.OutsideHomeProvince,
			PreApprovals:               items,
			NoPreApprovalType:          o.NoPreApprovalType,
			Province:                   s.BaseInfo.Province,
			Renamed:                    o.Renamed,
			Rules:                      o.Rules,
		})
		if err != nil {
			ps.Add(pathSubject, err)
		} else {
			ps.Add("", document.CheckMaterials(mats, r.has))
		}
	}
	m := &r.ICPMaterials
	lists := m.lists()
	for i, l := range lists {
		limit := maxMaterial
		if l == &m.SubjectOtherMaterials || l == &m.AppletsOtherMaterials {
			limit = maxOtherMaterial
		}
		if len(*l) > limit {
			ps.Add(pathMaterials+"."+materialNames[i], &document.Error{
				Subject: "materials", Kind: document.KindLength,
				Reason: "at most " + strconv.Itoa(limit) + " media",
			})
		}
	}
	return ps.Err()
}

// materialNames are the JSON names of Materials.lists, in order.
var materialNames = [10]string{
	"commitment_letter", "business_name_change_letter", "party_building_confirmation_letter",
	"promise_video", "authenticity_responsibility_letter", "authenticity_commitment_letter",
	"website_construction_proposal", "subject_other_materials", "applets_other_materials",
	"holding_certificate_photo",
}

// missing records a KindMissing problem when value is blank.
func missing(ps *document.Problems, field, subject, value string) {
	if strings.TrimSpace(value) == "" {
		ps.Add(field, &document.Error{Subject: subject, Kind: document.KindMissing, Reason: "required"})
	}
}

// checkCertificate checks a certificate number against its type
// (document.ValidateCertificate); a resident ID's birth date is also
// checked against the day of submission.
func checkCertificate(ps *document.Problems, field string, t document.CertificateType, number string, on workday.Date) {
	if number == "" {
		missing(ps, field, "certificate", number)
		return
	}
	if t == document.CertificateUnknown {
		return // reported at certificate_type
	}
	if t == document.CertResidentID {
		ps.Add(field, document.ValidateResidentIDOn(number, on))
		return
	}
	ps.Add(field, document.ValidateCertificate(t, number))
}

// checkPrincipal checks one principal_info object.
func checkPrincipal(ps *document.Problems, path string, p *PrincipalInfo, on workday.Date) {
	missing(ps, path+".name", "name", p.Name)
	ps.Add(path+".mobile", document.ValidateMobile(p.Mobile))
	ps.Add(path+".email", document.ValidateEmail(p.Email))
	if p.Mobile != "" || p.EmergencyContact != "" {
		ps.Add(path+".emergency_contact", document.ValidateEmergencyContact(p.Mobile, p.EmergencyContact))
	} else {
		missing(ps, path+".emergency_contact", "emergency_contact", "")
	}
	if p.CertificateType == document.CertificateUnknown {
		missing(ps, path+".certificate_type", "certificate_type", "")
	} else if !p.CertificateType.Personal() {
		ps.Add(path+".certificate_type", &document.Error{Subject: "certificate_type", Kind: document.KindComponent, Reason: "a principal needs a personal certificate"})
	}
	checkCertificate(ps, path+".certificate_number", p.CertificateType, p.CertificateNumber, on)
	v, err := document.ParseValidity(p.CertificateValidityDateStart, p.CertificateValidityDateEnd)
	if err == nil {
		err = v.CheckOn(on)
	}
	if err != nil {
		// The end date decides most failures (expired, too close, not
		// after the start); a missing or malformed start is its own.
		field := path + ".certificate_validity_date_end"
		if _, serr := document.ParseValidity(p.CertificateValidityDateStart, "长期"); serr != nil {
			field = path + ".certificate_validity_date_start"
		}
		ps.Add(field, err)
	}
}

// subjectPrincipalIsLegalRep infers whether the subject principal is the
// legal representative: yes unless legal_person_info names another person.
func (r *Request) subjectPrincipalIsLegalRep() bool {
	lp := r.ICPSubject.LegalPersonInfo
	return lp == nil || lp.CertificateNumber == "" ||
		lp.CertificateNumber == r.ICPSubject.PrincipalInfo.CertificateNumber
}

// appletPrincipalIsLegalRep infers whether the mini program principal is
// the legal representative: their certificate number is the legal
// representative's (legal_person_info, or the subject principal when that
// object is absent).
func (r *Request) appletPrincipalIsLegalRep() bool {
	legal := r.ICPSubject.PrincipalInfo.CertificateNumber
	if lp := r.ICPSubject.LegalPersonInfo; lp != nil && lp.CertificateNumber != "" {
		legal = lp.CertificateNumber
	}
	n := r.ICPApplets.PrincipalInfo.CertificateNumber
	return n != "" && n == legal
}

// has reports whether the payload fills a field path, for
// document.CheckMaterials.
func (r *Request) has(field string) bool {
	s, a, m := &r.ICPSubject, &r.ICPApplets, &r.ICPMaterials
	switch field {
	case pathOrganize + ".certificate_photo":
		return s.OrganizeInfo.CertificatePhoto != ""
	case pathSubjectPrin + ".certificate_photo_front":
		return s.PrincipalInfo.CertificatePhotoFront != ""
	case pathSubjectPrin + ".certificate_photo_back":
		return s.PrincipalInfo.CertificatePhotoBack != ""
	case pathSubjectPrin + ".authorization_letter":
		return s.PrincipalInfo.AuthorizationLetter != ""
	case pathLegalPerson:
		return s.LegalPersonInfo != nil && s.LegalPersonInfo.Name != "" && s.LegalPersonInfo.CertificateNumber != ""
	case pathPersonal + ".residence_permit":
		return s.PersonalInfo != nil && s.PersonalInfo.ResidencePermit != ""
	case pathAppletPrin + ".certificate_photo_front":
		return a.PrincipalInfo.CertificatePhotoFront != ""
	case pathAppletPrin + ".certificate_photo_back":
		return a.PrincipalInfo.CertificatePhotoBack != ""
	case pathAppletPrin + ".authorization_letter":
		return a.PrincipalInfo.AuthorizationLetter != ""
	case pathAppletPrin + ".verify_task_id":
		return a.PrincipalInfo.VerifyTaskID != ""
	}
	if rest, ok := strings.CutPrefix(field, pathAppletBase+".nrlx_details["); ok {
		i, tail, ok := strings.Cut(rest, "]")
		n, err := strconv.Atoi(i)
		if !ok || err != nil || n < 0 || n >= len(a.BaseInfo.NrlxDetails) {
			return false
		}
		d := a.BaseInfo.NrlxDetails[n]
		switch tail {
		case ".media":
			return d.Media != ""
		case ".code":
			return d.Code != ""
		}
		return false
	}
	if name, ok := strings.CutPrefix(field, pathMaterials+"."); ok {
		lists := m.lists()
		for i, n := range materialNames {
			if n == name {
				return len(*lists[i]) > 0
			}
		}
	}
	return false
}

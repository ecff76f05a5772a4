package filing

import (
	"encoding/json"
	"strings"

	"github.com/beian-go/beian/document"
)

// Request is the body of WeChat's apply_icp_filing call, field for field
// (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling):
// the filing subject (icp_subject), the mini program (icp_applets) and the
// supporting media (icp_materials). Every media field holds a media_id
// returned by upload_icp_media.
//
// JSON member names are WeChat's, matched exactly; members not modelled
// are kept in each object's Extra and written back. Empty members are
// omitted (WeChat rejects empty strings), the objects WeChat requires are
// always written, and its numeric codes stay numbers: a payload read and
// written again loses only empty strings and arrays. See DecodeError for
// the size limits.
//
// The zero Request is an empty payload; Check reports everything it
// lacks. A Request is a plain value: safe for concurrent reads, but its
// slices and maps are shared by copies, so use Clone before changing a copy
// another goroutine may read. fmt and log/slog output mask ID numbers,
// phone numbers and e-mail addresses; JSON output is complete. Each object
// of a Request (Subject, PrincipalInfo, …) reads JSON as a Request does,
// and writes it masked as fmt prints it.
type Request struct {
	ICPSubject   Subject   `json:"icp_subject"`
	ICPApplets   Applets   `json:"icp_applets"`
	ICPMaterials Materials `json:"icp_materials"`
	Extra        Extra     `json:"-"`
}

// Subject is icp_subject, the filing subject (主办单位). Like every object
// of a Request, its zero value is empty; it is safe for concurrent reads.
type Subject struct {
	BaseInfo     SubjectBaseInfo `json:"base_info"`
	PersonalInfo *PersonalInfo   `json:"personal_info,omitempty"`
	OrganizeInfo OrganizeInfo    `json:"organize_info"`
	// PrincipalInfo is the subject principal (主体负责人); it needs no
	// VerifyTaskID.
	PrincipalInfo PrincipalInfo `json:"principal_info"`
	// LegalPersonInfo is required for a non-individual subject whose
	// principal is not its legal representative.
	LegalPersonInfo *LegalPersonInfo `json:"legal_person_info,omitempty"`
	Extra           Extra            `json:"-"`
}

// SubjectBaseInfo is icp_subject.base_info; the zero value is empty.
type SubjectBaseInfo struct {
	Type document.SubjectType `json:"type,omitempty"` // 单位性质, e.g. document.SubjectEnterprise
	Name string               `json:"name,omitempty"` // exactly as on the subject's certificate
	// Province, City and District are six-digit GB/T 2260 codes as strings
	// ("440000", "440300", "440305").
	Province     string `json:"province,omitempty"`
	City         string `json:"city,omitempty"`
	District     string `json:"district,omitempty"`
	Address      string `json:"address,omitempty"` // without the leading province, city and district
	Comment      string `json:"comment,omitempty"`
	RecordNumber string `json:"record_number,omitempty"` // 主体备案号, filled by WeChat; empty when applying
	Extra        Extra  `json:"-"`
}

// PersonalInfo is icp_subject.personal_info, for individual subjects;
// the zero value is the empty object.
type PersonalInfo struct {
	// ResidencePermit is the proof of residence of an individual who is
	// not a resident of the filing province (media_id).
	ResidencePermit string `json:"residence_permit,omitempty"`
	Extra           Extra  `json:"-"`
}

// OrganizeInfo is icp_subject.organize_info, the subject's certificate
// (for an individual, the principal's ID); the zero value is empty.
type OrganizeInfo struct {
	CertificateType    document.CertificateType `json:"certificate_type,omitempty"`
	CertificateNumber  string                   `json:"certificate_number,omitempty"`
	CertificateAddress string                   `json:"certificate_address,omitempty"`
	// CertificatePhoto is required for non-individual subjects (media_id).
	CertificatePhoto string `json:"certificate_photo,omitempty"`
	Extra            Extra  `json:"-"`
}

// PrincipalInfo is the principal_info of the subject (主体负责人) or of the
// mini program (小程序负责人): a natural person with a personal certificate.
// The zero value is empty. fmt and slog output mask its mobile, e-mail,
// emergency contact and certificate number.
type PrincipalInfo struct {
	Name             string `json:"name,omitempty"`
	Mobile           string `json:"mobile,omitempty"`
	Email            string `json:"email,omitempty"`
	EmergencyContact string `json:"emergency_contact,omitempty"`
	// CertificateType is a personal one: its Subject is
	// document.SubjectIndividual.
	CertificateType              document.CertificateType `json:"certificate_type,omitempty"`
	CertificateNumber            string                   `json:"certificate_number,omitempty"`
	CertificateValidityDateStart string                   `json:"certificate_validity_date_start,omitempty"` // YYYYMMDD
	CertificateValidityDateEnd   string                   `json:"certificate_validity_date_end,omitempty"`   // YYYYMMDD or "长期"
	CertificatePhotoFront        string                   `json:"certificate_photo_front,omitempty"`
	CertificatePhotoBack         string                   `json:"certificate_photo_back,omitempty"`
	AuthorizationLetter          string                   `json:"authorization_letter,omitempty"` // needed unless the principal is the legal representative
	VerifyTaskID                 string                   `json:"verify_task_id,omitempty"`       // create_icp_verifytask; the mini program's principal only
	Extra                        Extra                    `json:"-"`
}

// LegalPersonInfo is icp_subject.legal_person_info; the zero value is
// empty.
type LegalPersonInfo struct {
	Name              string `json:"name,omitempty"`
	CertificateNumber string `json:"certificate_number,omitempty"`
	Extra             Extra  `json:"-"`
}

// Applets is icp_applets, the mini program being filed; the zero value is
// empty.
type Applets struct {
	BaseInfo AppletBaseInfo `json:"base_info"`
	// PrincipalInfo is the mini program's principal (小程序负责人), who does
	// the face verification.
	PrincipalInfo PrincipalInfo `json:"principal_info"`
	Extra         Extra         `json:"-"`
}

// ServiceContentType is a second-level service content type (服务内容类型)
// of WeChat's query_icp_service_content_types, a JSON number; 0 is unset.
// It is a comparable value, safe for concurrent use.
type ServiceContentType int

// NrlxType is a pre-approval type (前置审批类型) from WeChat's
// query_icp_nrlx_types catalogue. It goes to JSON as a number; the zero
// value is unset. It is a comparable value, safe for concurrent use.
type NrlxType int

// AppletBaseInfo is icp_applets.base_info; the zero value is empty.
type AppletBaseInfo struct {
	// AppID and Name are filled by WeChat; leave them empty when applying.
	AppID               string               `json:"appid,omitempty"`
	Name                string               `json:"name,omitempty"`
	ServiceContentTypes []ServiceContentType `json:"service_content_types,omitempty"` // one to five second-level types
	NrlxDetails         []NrlxDetail         `json:"nrlx_details,omitempty"`          // the pre-approvals, or one "none of the above"
	Comment             string               `json:"comment,omitempty"`               // the business, 20 to 200 characters
	RecordNumber        string               `json:"record_number,omitempty"`         // filled by WeChat
	Extra               Extra                `json:"-"`
}

// NrlxDetail is one item of icp_applets.base_info.nrlx_details; the zero
// value has no type.
type NrlxDetail struct {
	Type NrlxType `json:"type"`
	// Code is the approval number and Media its document (media_id); both
	// are required unless Type is "none of the above".
	Code  string `json:"code,omitempty"`
	Media string `json:"media,omitempty"`
	Extra Extra  `json:"-"`
}

// Materials is icp_materials: optional supporting media, each a list of
// media_ids (at most one, or ten for the two "other" lists). The zero
// value is the empty object.
type Materials struct {
	CommitmentLetter                 []string `json:"commitment_letter,omitempty"`
	BusinessNameChangeLetter         []string `json:"business_name_change_letter,omitempty"`
	PartyBuildingConfirmationLetter  []string `json:"party_building_confirmation_letter,omitempty"`
	PromiseVideo                     []string `json:"promise_video,omitempty"`
	AuthenticityResponsibilityLetter []string `json:"authenticity_responsibility_letter,omitempty"`
	AuthenticityCommitmentLetter     []string `json:"authenticity_commitment_letter,omitempty"`
	WebsiteConstructionProposal      []string `json:"website_construction_proposal,omitempty"`
	SubjectOtherMaterials            []string `json:"subject_other_materials,omitempty"`
	AppletsOtherMaterials            []string `json:"applets_other_materials,omitempty"`
	HoldingCertificatePhoto          []string `json:"holding_certificate_photo,omitempty"`
	Extra                            Extra    `json:"-"`
}

// Clone returns a deep copy of r: no slice or map is shared with r.
func (r Request) Clone() Request {
	c := r
	c.Extra = r.Extra.clone()
	c.ICPSubject = r.ICPSubject.clone()
	c.ICPApplets = r.ICPApplets.clone()
	c.ICPMaterials = r.ICPMaterials.clone()
	return c
}

func (s Subject) clone() Subject {
	c := s
	c.Extra = s.Extra.clone()
	c.BaseInfo.Extra = s.BaseInfo.Extra.clone()
	if s.PersonalInfo != nil {
		p := *s.PersonalInfo
		p.Extra = p.Extra.clone()
		c.PersonalInfo = &p
	}
	c.OrganizeInfo.Extra = s.OrganizeInfo.Extra.clone()
	c.PrincipalInfo.Extra = s.PrincipalInfo.Extra.clone()
	if s.LegalPersonInfo != nil {
		l := *s.LegalPersonInfo
		l.Extra = l.Extra.clone()
		c.LegalPersonInfo = &l
	}
	return c
}

func (a Applets) clone() Applets {
	c := a
	c.Extra = a.Extra.clone()
	c.BaseInfo.Extra = a.BaseInfo.Extra.clone()
	if a.BaseInfo.ServiceContentTypes != nil {
		c.BaseInfo.ServiceContentTypes = append([]ServiceContentType{}, a.BaseInfo.ServiceContentTypes...)
	}
	if a.BaseInfo.NrlxDetails != nil {
		c.BaseInfo.NrlxDetails = make([]NrlxDetail, len(a.BaseInfo.NrlxDetails))
		for i, d := range a.BaseInfo.NrlxDetails {
			d.Extra = d.Extra.clone()
			c.BaseInfo.NrlxDetails[i] = d
		}
	}
	c.PrincipalInfo.Extra = a.PrincipalInfo.Extra.clone()
	return c
}

func (m Materials) clone() Materials {
	c := m
	c.Extra = m.Extra.clone()
	for _, p := range c.lists() {
		if *p != nil {
			*p = append([]string{}, *p...)
		}
	}
	return c
}

// materialMembers are the JSON members of icp_materials, in the order of
// Materials.lists, as package document's materials catalogue names them
// (MaterialKind.Field, MaterialCommitmentLetter to
// MaterialHoldingCertificatePhoto).
var materialMembers = func() (out [10]string) {
	for i := range out {
		k := document.MaterialCommitmentLetter + document.MaterialKind(i)
		out[i] = strings.TrimPrefix(k.Field(), "icp_materials.")
	}
	return out
}()

// materialIndex returns the index in materialMembers of a member name, or
// -1. It takes the decoder's []byte name without converting it.
func materialIndex[T string | []byte](name T) int {
	for i, m := range materialMembers {
		if string(name) == m {
			return i
		}
	}
	return -1
}

// lists returns pointers to every media list of m, in WeChat's order.
func (m *Materials) lists() [10]*[]string {
	return [10]*[]string{
		&m.CommitmentLetter, &m.BusinessNameChangeLetter, &m.PartyBuildingConfirmationLetter,
		&m.PromiseVideo, &m.AuthenticityResponsibilityLetter, &m.AuthenticityCommitmentLetter,
		&m.WebsiteConstructionProposal, &m.SubjectOtherMaterials, &m.AppletsOtherMaterials,
		&m.HoldingCertificatePhoto,
	}
}

// Extra holds the members of a WeChat JSON object that this package does
// not model, by exact name, each value verbatim JSON (compacted when
// written, after the modelled members, in name order; one named like a
// modelled member is not written). A nil Extra means none. Like any map
// it is safe for concurrent reads only. fmt prints only its keys.
type Extra map[string]json.RawMessage

// clone returns a deep copy of x.
func (x Extra) clone() Extra {
	if x == nil {
		return nil
	}
	out := make(Extra, len(x))
	for k, v := range x {
		out[k] = append(json.RawMessage(nil), v...)
	}
	return out
}

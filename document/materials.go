package document

import "strconv"

// MaterialKind is a kind of filing material: an uploaded document or, for
// a few entries, a group of data fields that a condition makes necessary.
// String returns the stable lower-case id that MarshalText writes
// ("residence_permit"), Label the Chinese name and English the English
// name; all three are "" for MaterialUnknown. The zero value,
// MaterialUnknown, means unset. It is a plain value, safe for concurrent
// use.
type MaterialKind uint8

// The material kinds.
const (
	MaterialUnknown                  MaterialKind = iota
	MaterialSubjectCertificate                    // 主体证件 (business licence or other unit certificate)
	MaterialSubjectPrincipalIDFront               // 主体负责人证件正面
	MaterialSubjectPrincipalIDBack                // 主体负责人证件反面
	MaterialSubjectAuthorisation                  // 主体负责人授权书
	MaterialLegalPersonInfo                       // 法定代表人信息 (name and ID number, data)
	MaterialResidencePermit                       // 居住证明 (individuals outside their home province)
	MaterialAppletPrincipalIDFront                // 小程序负责人证件正面
	MaterialAppletPrincipalIDBack                 // 小程序负责人证件反面
	MaterialAppletAuthorisation                   // 小程序负责人授权书
	MaterialFaceVerification                      // 小程序负责人人脸核验 (verify_task_id, data)
	MaterialPreApproval                           // 前置审批文件
	MaterialCommitmentLetter                      // 互联网信息服务承诺书
	MaterialBusinessNameChangeLetter              // 主体更名函
	MaterialPartyBuildingLetter                   // 党建确认函
)

// materialKinds holds each kind's stable id, Chinese and English name.
var materialKinds = [...][3]string{
	{"", "", ""},
	{"subject_certificate", "主体证件照片（营业执照等）", "subject certificate (business licence or equivalent)"},
	{"subject_principal_id_front", "主体负责人证件正面", "subject principal's certificate, front"},
	{"subject_principal_id_back", "主体负责人证件反面", "subject principal's certificate, back"},
	{"subject_authorisation", "主体负责人授权书", "authorisation letter for the subject principal"},
	{"legal_person_info", "法定代表人姓名及证件号码", "legal representative's name and certificate number"},
	{"residence_permit", "居住证明（居住证、暂住证、社保证明、房产证明等）", "proof of residence (residence permit, social insurance, property deed, …)"},
	{"applet_principal_id_front", "小程序负责人证件正面", "mini program principal's certificate, front"},
	{"applet_principal_id_back", "小程序负责人证件反面", "mini program principal's certificate, back"},
	{"applet_authorisation", "小程序负责人授权书", "authorisation letter for the mini program principal"},
	{"face_verification", "小程序负责人人脸核验", "face verification of the mini program principal"},
	{"pre_approval", "前置审批文件", "pre-approval document"},
	{"commitment_letter", "互联网信息服务承诺书", "internet information service commitment letter"},
	{"business_name_change_letter", "主体更名函", "letter on the subject's change of name"},
	{"party_building_letter", "党建确认函", "party-building confirmation letter"},
}

// Known reports whether k is one of the listed kinds.
func (k MaterialKind) Known() bool { return k > 0 && int(k) < len(materialKinds) }

// Label returns the Chinese name (主体负责人授权书), or "" for
// MaterialUnknown and values out of range.
func (k MaterialKind) Label() string {
	if !k.Known() {
		return ""
	}
	return materialKinds[k][1]
}

// String returns the stable id ("subject_certificate") that MarshalText
// writes, or "" for MaterialUnknown and values out of range.
func (k MaterialKind) String() string {
	if !k.Known() {
		return ""
	}
	return materialKinds[k][0]
}

// English returns the English name ("subject certificate (business licence
// or equivalent)"), or "" for MaterialUnknown and values out of range.
func (k MaterialKind) English() string {
	if !k.Known() {
		return ""
	}
	return materialKinds[k][2]
}

// materialKindIDs are the stable ids of materialKinds, in the same order.
var materialKindIDs = func() []string {
	ids := make([]string, len(materialKinds))
	for i, m := range materialKinds {
		ids[i] = m[0]
	}
	return ids
}()

// MarshalText writes the stable id ("subject_certificate"); the zero value
// gives "". A value out of range is an *Error of KindFormat.
func (k MaterialKind) MarshalText() ([]byte, error) {
	return marshalID("material_kind", materialKindIDs, int(k))
}

// UnmarshalText reads a stable id; "" gives MaterialUnknown. An unknown id
// is an *Error of KindFormat and leaves k unchanged.
func (k *MaterialKind) UnmarshalText(b []byte) error {
	i, err := unmarshalID("material_kind", materialKindIDs, b)
	if err == nil {
		*k = MaterialKind(i)
	}
	return err
}

// Material is one material a filing needs: its kind, the payload field it
// fills and why it is needed, as [RequiredMaterials] lists it. It is a
// plain value, safe to copy and to share between goroutines. The zero
// Material is no material.
type Material struct {
	Kind MaterialKind `json:"kind"`
	// Field is WeChat's payload path the material fills, e.g.
	// "icp_subject.organize_info.certificate_photo" or, for the n-th
	// pre-approval item, "icp_applets.base_info.nrlx_details[n].media".
	Field string `json:"field"`
	// Media is true for an uploaded file (a media_id from
	// upload_icp_media), false for data fields (legal_person_info,
	// verify_task_id).
	Media bool `json:"media"`
	// Required is true when WeChat or the bureau rejects a filing without
	// it; false when it is recommended only.
	Required bool `json:"required"`
	// Why states the rule in Chinese; WhyEnglish in English.
	Why        string `json:"why"`
	WhyEnglish string `json:"why_english,omitempty"`
}

// MaterialsInput is what decides the materials of a filing. It is a plain
// value; RequiredMaterials only reads it, so it may be shared between
// goroutines that do not modify it. Its zero value has SubjectUnknown,
// which RequiredMaterials refuses.
type MaterialsInput struct {
	// Subject is the subject type (icp_subject.base_info.type).
	Subject SubjectType
	// SubjectPrincipalIsLegalRep says whether the subject principal is the
	// unit's legal representative. Ignored for individuals.
	SubjectPrincipalIsLegalRep bool
	// AppletPrincipalIsLegalRep says whether the mini program principal is
	// the unit's legal representative. Ignored for individuals.
	AppletPrincipalIsLegalRep bool
	// OutsideHomeProvince says whether an individual files in a province
	// other than the one of their household registration. Ignored for
	// units.
	OutsideHomeProvince bool
	// PreApprovals are the mini program's pre-approval items, in payload
	// order; NoPreApprovalType is the type of "none of the above" (0 means
	// DefaultNoPreApprovalType).
	PreApprovals      []PreApproval
	NoPreApprovalType int
	// Province is the filing province's code ("310000" or "31"), optional:
	// it decides the province-specific documents.
	Province string
	// Renamed says whether a unit changed its name since an earlier filing.
	Renamed bool
	// Rules is the province rules table whose extra documents
	// (RuleExtraDocument) decide the commitment letter and the
	// party-building letter; nil means [DefaultProvinceRules]. Pass the
	// table given to [CheckRejections] so that both answer from the same
	// rules; &ProvinceRules{} applies none.
	Rules *ProvinceRules
}

// Payload paths of the materials.
const (
	fieldSubjectCertificate = "icp_subject.organize_info.certificate_photo"
	fieldSubjectFront       = "icp_subject.principal_info.certificate_photo_front"
	fieldSubjectBack        = "icp_subject.principal_info.certificate_photo_back"
	fieldSubjectAuth        = "icp_subject.principal_info.authorization_letter"
	fieldLegalPerson        = "icp_subject.legal_person_info"
	fieldResidencePermit    = "icp_subject.personal_info.residence_permit"
	fieldAppletFront        = "icp_applets.principal_info.certificate_photo_front"
	fieldAppletBack         = "icp_applets.principal_info.certificate_photo_back"
	fieldAppletAuth         = "icp_applets.principal_info.authorization_letter"
	fieldVerifyTask         = "icp_applets.principal_info.verify_task_id"
	fieldCommitmentLetter   = pathMaterials + "." + memberCommitmentLetter
	fieldNameChangeLetter   = "icp_materials.business_name_change_letter"
	fieldPartyBuilding      = pathMaterials + "." + memberPartyBuilding
)

// The icp_materials members that RequiredMaterials lists when the province
// rules table names them as extra documents (RuleExtraDocument).
const (
	memberCommitmentLetter = "commitment_letter"
	memberPartyBuilding    = "party_building_confirmation_letter"
)

// extraDocumentRequired reports whether RequiredMaterials lists the extra
// document member as required, so that CheckMaterials, not CheckRejections,
// reports it when it is missing. Only the commitment letter is: WeChat's
// payload has a slot for it in every province and the table's provinces
// ask for it (rejections.md §2.6). The others are recommended at most and
// left to CheckRejections' province.extra_document warning.
func extraDocumentRequired(member string) bool { return member == memberCommitmentLetter }

// RequiredMaterials returns the materials a filing needs, in payload order
// (subject, mini program, materials), each with the field it fills. The
// rules and their sources (wechat-icp.md §1.2–1.4, §11; rejections.md
// §1.7, §2):
//
//   - units: the subject certificate photo [mirror: required when the
//     subject is not an individual];
//   - both principals: certificate front and back [inferred required];
//   - a unit whose subject principal is not the legal representative:
//     legal_person_info and the subject authorisation letter [official for
//     legal_person_info, mirror for the letter]; some provinces refuse
//     such filings altogether (rejections.md §2.1), which is not checked
//     here;
//   - a unit whose mini program principal is not the legal
//     representative: the mini program authorisation letter [mirror];
//   - an individual outside the home province: a proof of residence
//     [mirror]; some provinces refuse such filings (rejections.md §2.2);
//   - the mini program principal's face verification task [mirror];
//   - each pre-approval item other than "none of the above": its document
//     [mirror];
//   - a renamed unit: the name change letter [mirror];
//   - the commitment letter: required in the provinces whose rules table
//     (in.Rules) names it as an extra document, recommended elsewhere; the
//     party-building letter: recommended in the provinces whose table names
//     it. The built-in table asks for the commitment letter in Beijing,
//     Shanghai, Jiangsu, Zhejiang and Guangdong and for the party-building
//     letter in Xinjiang, each rule with its source and as-of day [cloud
//     providers, written for website filings, UNCONFIRMED for WeChat, whose
//     console is said to supply the commitment letter itself].
//
// The zero SubjectType, or a negative one (no MIIT code is), gives an
// *Error with Subject "subject_type" and KindMissing; a positive code not
// listed in this package is taken as a unit. RequiredMaterials does not validate the pre-approval items
// themselves (see CheckPreApprovals).
func RequiredMaterials(in MaterialsInput) ([]Material, error) {
	if in.Subject <= SubjectUnknown {
		return nil, &Error{Subject: "subject_type", Kind: KindMissing, Reason: "subject type not set"}
	}
	unit := in.Subject.IsUnit()
	var out []Material
	add := func(k MaterialKind, field string, media, required bool, why, whyEn string) {
		out = append(out, Material{Kind: k, Field: field, Media: media, Required: required, Why: why, WhyEnglish: whyEn})
	}
	if unit {
		add(MaterialSubjectCertificate, fieldSubjectCertificate, true, true,
			"非个人主体须上传主体证件", "a subject that is not an individual uploads its certificate")
	}
	add(MaterialSubjectPrincipalIDFront, fieldSubjectFront, true, true,
		"主体负责人证件正面（身份证为人像面）", "the subject principal's certificate, front (portrait side of an ID card)")
	add(MaterialSubjectPrincipalIDBack, fieldSubjectBack, true, true,
		"主体负责人证件反面（身份证为国徽面）", "the subject principal's certificate, back (emblem side of an ID card)")
	if unit && !in.SubjectPrincipalIsLegalRep {
		add(MaterialSubjectAuthorisation, fieldSubjectAuth, true, true,
			"主体负责人不是法定代表人时须上传授权书", "the subject principal is not the legal representative")
		add(MaterialLegalPersonInfo, fieldLegalPerson, false, true,
			"主体负责人不是法定代表人时须填写法定代表人信息", "the subject principal is not the legal representative")
	}
	if !unit && in.OutsideHomeProvince {
		add(MaterialResidencePermit, fieldResidencePermit, true, true,
			"个人在户籍所在省以外备案须提供居住证明", "an individual filing outside the home province proves residence")
	}
	add(MaterialAppletPrincipalIDFront, fieldAppletFront, true, true,
		"小程序负责人证件正面（身份证为人像面）", "the mini program principal's certificate, front (portrait side of an ID card)")
	add(MaterialAppletPrincipalIDBack, fieldAppletBack, true, true,
		"小程序负责人证件反面（身份证为国徽面）", "the mini program principal's certificate, back (emblem side of an ID card)")
	if unit && !in.AppletPrincipalIsLegalRep {
		add(MaterialAppletAuthorisation, fieldAppletAuth, true, true,
			"小程序负责人不是法定代表人时须上传授权书", "the mini program principal is not the legal representative")
	}
	add(MaterialFaceVerification, fieldVerifyTask, false, true,
		"小程序负责人须完成人脸核验", "the mini program principal completes face verification")
	none := in.NoPreApprovalType
	if none == 0 {
		none = DefaultNoPreApprovalType
	}
	for i, pa := range in.PreApprovals {
		if pa.Type == none || pa.Type <= 0 {
			continue
		}
		add(MaterialPreApproval, indexed(fieldNrlx, i)+".media", true, true,
			"前置审批项（类型"+strconv.Itoa(pa.Type)+"）须上传审批文件",
			"pre-approval item of type "+strconv.Itoa(pa.Type)+" needs its approval document")
	}
	rules := in.Rules
	if rules == nil {
		rules = DefaultProvinceRules()
	}
	commitment, partyBuilding := false, false
	for _, r := range rules.of(in.Province) {
		if r.Kind != RuleExtraDocument || !r.Applies.matches(in.Subject) {
			continue
		}
		switch r.Value {
		case memberCommitmentLetter:
			commitment = true
		case memberPartyBuilding:
			partyBuilding = true
		}
	}
	if commitment {
		add(MaterialCommitmentLetter, fieldCommitmentLetter, true, true,
			"该省管局要求提供互联网信息服务承诺书", "this province's bureau asks for the commitment letter")
	} else {
		add(MaterialCommitmentLetter, fieldCommitmentLetter, true, false,
			"多数省管局要求提供互联网信息服务承诺书（建议提供）", "most bureaus ask for the commitment letter (recommended)")
	}
	if unit && in.Renamed {
		add(MaterialBusinessNameChangeLetter, fieldNameChangeLetter, true, true,
			"主体更名后须提供更名函", "a renamed subject explains the change of name")
	}
	if partyBuilding {
		p, _ := ProvinceByCode(in.Province)
		add(MaterialPartyBuildingLetter, fieldPartyBuilding, true, false,
			p.Short+"管局要求首次备案前提供党建确认（建议提供）", p.English+"'s bureau asks for party-building confirmation before a first filing (recommended)")
	}
	return out, nil
}

// CheckMaterials reports each required material that has not been
// provided, as a materials.missing problem at the material's field, its
// messages naming the material. has
// tells whether the payload fills a field path; optional materials
// (Required false) are never reported. It returns every problem found, or
// nil. A nil has reports every required material.
func CheckMaterials(materials []Material, has func(field string) bool) Problems {
	var ps Problems
	for _, m := range materials {
		if !m.Required {
			continue
		}
		if has != nil && has(m.Field) {
			continue
		}
		p := NewProblem(m.Field, "materials.missing")
		if m.Kind.Known() {
			p.Message += "：" + m.Kind.Label()
			p.English += ": " + m.Kind.English()
		}
		ps = append(ps, p)
	}
	return ps
}

// OutsideHomeProvince reports whether the resident ID number id was issued
// in a province other than the filing province (a two- or six-digit code,
// "31" or "310000"), the usual trigger for the proof of residence: the
// bureaus compare the first two digits of the ID number with the filing
// province (rejections.md #41; Shanghai states it as "not starting with
// 310"). known is false when id is not a valid resident ID number or the
// province is not a mainland province; outside is then false too. The ID's
// region is where it was first issued, which may differ from the current
// household registration; callers with better knowledge should use it.
func OutsideHomeProvince(id, province string) (outside, known bool) {
	r, err := ParseResidentID(id)
	if err != nil {
		return false, false
	}
	p, ok := ProvinceByCode(province)
	if !ok || !p.Mainland {
		return false, false
	}
	home, ok := r.Province()
	if !ok {
		return false, false
	}
	return home.Code != p.Code, true
}

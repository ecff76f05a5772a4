package document

import "github.com/beian-go/beian/internal/enum"

// MaterialKind is a kind of filing material: an uploaded file, or for two
// entries a group of data fields that a condition makes necessary. The
// zero value, MaterialUnknown, means unset; all its texts are "". It is a
// plain value, safe for concurrent use.
//
// Which materials a filing needs depends on the filing; package filing
// decides it. Source of the fields and limits: apply_icp_filing
// (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html)
// and upload_icp_media, whose icp_order_field names the same paths.
type MaterialKind uint8

// The material kinds, in payload order.
const (
	MaterialUnknown                    MaterialKind = iota
	MaterialSubjectCertificate                      // 主体证件 (business licence or other unit certificate)
	MaterialSubjectPrincipalIDFront                 // 主体负责人证件正面
	MaterialSubjectPrincipalIDBack                  // 主体负责人证件反面
	MaterialSubjectAuthorisation                    // 主体负责人授权书
	MaterialLegalPersonInfo                         // 法定代表人信息 (name and ID number, data)
	MaterialResidencePermit                         // 居住证明 (individuals from another province)
	MaterialAppletPrincipalIDFront                  // 小程序负责人证件正面
	MaterialAppletPrincipalIDBack                   // 小程序负责人证件反面
	MaterialAppletAuthorisation                     // 小程序负责人授权书
	MaterialFaceVerification                        // 小程序负责人人脸核验 (verify_task_id, data)
	MaterialPreApproval                             // 前置审批文件
	MaterialCommitmentLetter                        // 互联网信息服务承诺书
	MaterialBusinessNameChangeLetter                // 主体更名函
	MaterialPartyBuildingLetter                     // 党建确认函
	MaterialPromiseVideo                            // 承诺视频
	MaterialAuthenticityResponsibility              // 网站备案信息真实性责任告知书
	MaterialAuthenticityCommitment                  // 小程序备案信息真实性承诺书
	MaterialConstructionProposal                    // 小程序建设方案书
	MaterialSubjectOther                            // 主体其它附件
	MaterialAppletOther                             // 小程序其它附件
	MaterialHoldingCertificatePhoto                 // 手持证件照
	numMaterialKinds
)

var materialNames = enum.Names{
	Noun: "material_kind",
	IDs: []string{"", "subject_certificate", "subject_principal_id_front", "subject_principal_id_back",
		"subject_authorisation", "legal_person_info", "residence_permit", "applet_principal_id_front",
		"applet_principal_id_back", "applet_authorisation", "face_verification", "pre_approval",
		"commitment_letter", "business_name_change_letter", "party_building_letter", "promise_video",
		"authenticity_responsibility_letter", "authenticity_commitment_letter", "construction_proposal",
		"subject_other_materials", "applets_other_materials", "holding_certificate_photo"},
	Labels: []string{"", "主体证件照片（营业执照等）", "主体负责人证件正面", "主体负责人证件反面", "主体负责人授权书",
		"法定代表人姓名及证件号码", "居住证明（居住证、暂住证、社保证明、房产证明等）", "小程序负责人证件正面",
		"小程序负责人证件反面", "小程序负责人授权书", "小程序负责人人脸核验", "前置审批文件", "互联网信息服务承诺书",
		"主体更名函", "党建确认函", "承诺视频", "网站备案信息真实性责任告知书", "小程序备案信息真实性承诺书",
		"小程序建设方案书", "主体其它附件", "小程序其它附件", "手持证件照"},
	En: []string{"", "subject certificate (business licence or equivalent)", "subject principal's certificate, front",
		"subject principal's certificate, back", "authorisation letter for the subject principal",
		"legal representative's name and certificate number",
		"proof of residence (residence permit, social insurance, property deed, …)",
		"mini program principal's certificate, front", "mini program principal's certificate, back",
		"authorisation letter for the mini program principal", "face verification of the mini program principal",
		"pre-approval document", "internet information service commitment letter",
		"letter on the subject's change of name", "party-building confirmation letter", "commitment video",
		"authenticity responsibility notice", "authenticity commitment letter", "construction proposal",
		"other subject attachments", "other mini program attachments", "photo holding the certificate"},
}

// materialFields are each kind's payload path, the number of media ids it
// takes (0 for data) and its upload type.
var materialFields = [numMaterialKinds]struct {
	path  string
	max   int
	media string
}{
	MaterialSubjectCertificate:         {"icp_subject.organize_info.certificate_photo", 1, "image"},
	MaterialSubjectPrincipalIDFront:    {"icp_subject.principal_info.certificate_photo_front", 1, "image"},
	MaterialSubjectPrincipalIDBack:     {"icp_subject.principal_info.certificate_photo_back", 1, "image"},
	MaterialSubjectAuthorisation:       {"icp_subject.principal_info.authorization_letter", 1, "image"},
	MaterialLegalPersonInfo:            {"icp_subject.legal_person_info", 0, ""},
	MaterialResidencePermit:            {"icp_subject.personal_info.residence_permit", 1, "image"},
	MaterialAppletPrincipalIDFront:     {"icp_applets.principal_info.certificate_photo_front", 1, "image"},
	MaterialAppletPrincipalIDBack:      {"icp_applets.principal_info.certificate_photo_back", 1, "image"},
	MaterialAppletAuthorisation:        {"icp_applets.principal_info.authorization_letter", 1, "image"},
	MaterialFaceVerification:           {"icp_applets.principal_info.verify_task_id", 0, ""},
	MaterialPreApproval:                {"icp_applets.base_info.nrlx_details", 1, "image"},
	MaterialCommitmentLetter:           {"icp_materials.commitment_letter", 1, "image"},
	MaterialBusinessNameChangeLetter:   {"icp_materials.business_name_change_letter", 1, "image"},
	MaterialPartyBuildingLetter:        {"icp_materials.party_building_confirmation_letter", 1, "image"},
	MaterialPromiseVideo:               {"icp_materials.promise_video", 1, "video"},
	MaterialAuthenticityResponsibility: {"icp_materials.authenticity_responsibility_letter", 1, "image"},
	MaterialAuthenticityCommitment:     {"icp_materials.authenticity_commitment_letter", 1, "image"},
	MaterialConstructionProposal:       {"icp_materials.website_construction_proposal", 1, "image"},
	MaterialSubjectOther:               {"icp_materials.subject_other_materials", 10, "image"},
	MaterialAppletOther:                {"icp_materials.applets_other_materials", 10, "image"},
	MaterialHoldingCertificatePhoto:    {"icp_materials.holding_certificate_photo", 1, "image"},
}

// Label returns the Chinese name (主体负责人授权书).
func (k MaterialKind) Label() string { return materialNames.Label(int(k)) }

func (k MaterialKind) String() string { return materialNames.String(int(k)) }

// English returns the English name ("subject certificate (business
// licence or equivalent)").
func (k MaterialKind) English() string { return materialNames.English(int(k)) }

// Field returns the payload path the material fills, which is also the
// icp_order_field to upload it with: "icp_subject.organize_info.certificate_photo",
// "icp_materials.commitment_letter", or for a pre-approval document
// "icp_applets.base_info.nrlx_details" (whose n-th item holds it in
// .media). It is "" for MaterialUnknown.
func (k MaterialKind) Field() string {
	if k >= numMaterialKinds {
		return ""
	}
	return materialFields[k].path
}

// Max returns how many media ids the field takes: 1, or 10 for the two
// lists of other attachments; 0 for the data materials (legal person
// information, face verification) and MaterialUnknown.
func (k MaterialKind) Max() int {
	if k >= numMaterialKinds {
		return 0
	}
	return materialFields[k].max
}

// Media returns what is uploaded for the material, as upload_icp_media's
// type names it: "image", "video" (the commitment video only), or "" for
// the data materials and MaterialUnknown.
func (k MaterialKind) Media() string {
	if k >= numMaterialKinds {
		return ""
	}
	return materialFields[k].media
}

func (k MaterialKind) MarshalText() ([]byte, error) { return marshalEnum(&materialNames, int(k)) }

func (k *MaterialKind) UnmarshalText(b []byte) error { return unmarshalEnum(&materialNames, b, k) }

package document

import (
	"strconv"

	"github.com/beian-go/beian/internal/enum"
)

// SubjectType is the nature of the filing subject (单位性质), WeChat's
// icp_subject.base_info.type. The values are MIIT's numeric codes and go to
// JSON as numbers, as WeChat expects. The zero value, SubjectUnknown, means
// unset. It is a plain value, safe for concurrent use.
//
// WeChat confirms codes 1–5 (query_icp_subject_types); 6–16 come from a
// third-party ICP listing whose 1–5 agree. Another code is valid but has
// no names: String gives "subject type N", Label and English "".
type SubjectType int

// Subject types. Source: WeChat query_icp_subject_types examples (1–5);
// MIIT ICP system listings (6–16, unconfirmed for WeChat).
const (
	SubjectUnknown               SubjectType = 0
	SubjectDefence               SubjectType = 1  // 国防机构
	SubjectGovernment            SubjectType = 2  // 政府机关
	SubjectPublicInstitution     SubjectType = 3  // 事业单位
	SubjectEnterprise            SubjectType = 4  // 企业
	SubjectIndividual            SubjectType = 5  // 个人
	SubjectSocialOrganisation    SubjectType = 6  // 社会团体
	SubjectPrivateNonEnterprise  SubjectType = 7  // 民办非企业单位
	SubjectFoundation            SubjectType = 8  // 基金会
	SubjectLawFirm               SubjectType = 9  // 律师执业机构
	SubjectForeignCulturalCentre SubjectType = 10 // 外国在华文化中心
	SubjectMassOrganisation      SubjectType = 11 // 群众性团体组织
	SubjectForensicInstitution   SubjectType = 12 // 司法鉴定机构
	SubjectReligiousOrganisation SubjectType = 13 // 宗教团体
	SubjectOverseasOrganisation  SubjectType = 14 // 境外机构
	SubjectMedicalInstitution    SubjectType = 15 // 医疗机构
	SubjectNotary                SubjectType = 16 // 公证机构
)

var subjectNames = enum.Names{
	Noun: "subject type",
	Labels: []string{"", "国防机构", "政府机关", "事业单位", "企业", "个人", "社会团体", "民办非企业单位",
		"基金会", "律师执业机构", "外国在华文化中心", "群众性团体组织", "司法鉴定机构", "宗教团体", "境外机构", "医疗机构", "公证机构"},
	En: []string{"", "national defence organisation", "government agency", "public institution", "enterprise",
		"individual", "social organisation", "private non-enterprise unit", "foundation", "law firm",
		"foreign cultural centre in China", "mass organisation", "forensic appraisal institution",
		"religious organisation", "overseas organisation", "medical institution", "notary institution"},
}

// Known reports whether t is listed here.
func (t SubjectType) Known() bool { return subjectNames.English(int(t)) != "" }

// Label returns the Chinese name (企业), or "" for a code not listed here.
func (t SubjectType) Label() string { return subjectNames.Label(int(t)) }

// English returns the English name ("enterprise"), or "" for a code not
// listed here.
func (t SubjectType) English() string { return subjectNames.English(int(t)) }

// String returns the English name ("enterprise"), or "subject type N" for a
// code not listed here. SubjectType has no text id: it goes to JSON as its
// number.
func (t SubjectType) String() string {
	if en := t.English(); en != "" {
		return en
	}
	return "subject type " + strconv.Itoa(int(t))
}

// IsUnit reports whether the subject is an organisation rather than an
// individual: every known code except SubjectIndividual and the zero value.
func (t SubjectType) IsUnit() bool { return t != SubjectUnknown && t != SubjectIndividual }

// CertificateType is the type of a certificate (证件类型), WeChat's
// certificate_type: MIIT's numeric codes, numbers in JSON; the zero value,
// CertificateUnknown, means unset. It names itself like [SubjectType]
// ("certificate type N" for a code not listed here). It is a plain value,
// safe for concurrent use.
type CertificateType int

// Certificate types. Source: WeChat query_icp_certificate_types examples
// (1 business licence → subject 4, 2 resident ID → subject 5) and the MIIT
// attachment-type numbering (Huawei Cloud's recordal API reference,
// https://developer.huawei.com/consumer/cn/doc/FASP-by-Template-develop-References/recordal-required-licenses-0000002489243836).
const (
	CertificateUnknown               CertificateType = 0
	CertBusinessLicence              CertificateType = 1  // 营业执照（个人或企业）
	CertResidentID                   CertificateType = 2  // 居民身份证
	CertOrgCodePublicInstitution     CertificateType = 3  // 组织机构代码证（事业单位）
	CertPublicInstitutionLegalPerson CertificateType = 4  // 事业单位法人证书
	CertMilitaryUnitCode             CertificateType = 5  // 部队代号
	CertSocialOrganisation           CertificateType = 6  // 社会团体法人登记证书
	CertPassport                     CertificateType = 7  // 护照
	CertOrgCodeGovernment            CertificateType = 9  // 组织机构代码证（政府机关）
	CertOrgCodeSocialOrganisation    CertificateType = 10 // 组织机构代码证（社会团体）
	CertTaiwanTravelPermit           CertificateType = 11 // 台湾居民来往大陆通行证
	CertOrgCodeEnterprise            CertificateType = 12 // 组织机构代码证（企业）
	CertUSCCGovernment               CertificateType = 13 // 统一社会信用代码证书（政府机关）
	CertHKMacaoTravelPermit          CertificateType = 14 // 港澳居民来往内地通行证
	CertUSCCPublicInstitution        CertificateType = 15 // 统一社会信用代码证书（事业单位）
	CertOrgCodePrivateNonEnterprise  CertificateType = 16 // 组织机构代码证（民办非企业单位）
	CertPrivateNonEnterprise         CertificateType = 17 // 民办非企业单位登记证书
	CertOrgCodeFoundation            CertificateType = 18 // 组织机构代码证（基金会）
	CertFoundation                   CertificateType = 19 // 基金会法人登记证书
	CertForeignPermanentResidence    CertificateType = 30 // 外国人永久居留身份证
	CertSocialServiceOrganisation    CertificateType = 36 // 社会服务机构登记证书
	CertPrivateSchoolLicence         CertificateType = 37 // 民办学校办学许可证
	CertMedicalInstitutionLicence    CertificateType = 38 // 医疗机构执业许可证
	CertHKMacaoResidencePermit       CertificateType = 41 // 港澳居民居住证
	CertTaiwanResidencePermit        CertificateType = 42 // 台湾居民居住证
)

// certificates lists each certificate type's Chinese and English name and
// the subject type the MIIT numbering groups it under. Types without a
// constant above are listed for their names and grouping only.
var certificates = [...]struct {
	zh, en  string
	subject SubjectType
}{
	CertBusinessLicence:              {"营业执照（个人或企业）", "business licence", SubjectEnterprise},
	CertResidentID:                   {"居民身份证", "resident ID card", SubjectIndividual},
	CertOrgCodePublicInstitution:     {"组织机构代码证", "organisation code certificate", SubjectPublicInstitution},
	CertPublicInstitutionLegalPerson: {"事业单位法人证书", "public institution legal person certificate", SubjectPublicInstitution},
	CertMilitaryUnitCode:             {"部队代号", "military unit code", SubjectDefence},
	CertSocialOrganisation:           {"社会团体法人登记证书", "social organisation registration certificate", SubjectSocialOrganisation},
	CertPassport:                     {"护照", "passport", SubjectIndividual},
	CertOrgCodeGovernment:            {"组织机构代码证", "organisation code certificate", SubjectGovernment},
	CertOrgCodeSocialOrganisation:    {"组织机构代码证", "organisation code certificate", SubjectSocialOrganisation},
	CertTaiwanTravelPermit:           {"台湾居民来往大陆通行证", "mainland travel permit for Taiwan residents", SubjectIndividual},
	CertOrgCodeEnterprise:            {"组织机构代码证", "organisation code certificate", SubjectEnterprise},
	CertUSCCGovernment:               {"统一社会信用代码证书", "unified social credit code certificate", SubjectGovernment},
	CertHKMacaoTravelPermit:          {"港澳居民来往内地通行证", "mainland travel permit for Hong Kong and Macao residents", SubjectIndividual},
	CertUSCCPublicInstitution:        {"统一社会信用代码证书", "unified social credit code certificate", SubjectPublicInstitution},
	CertOrgCodePrivateNonEnterprise:  {"组织机构代码证", "organisation code certificate", SubjectPrivateNonEnterprise},
	CertPrivateNonEnterprise:         {"民办非企业单位登记证书", "private non-enterprise unit registration certificate", SubjectPrivateNonEnterprise},
	CertOrgCodeFoundation:            {"组织机构代码证", "organisation code certificate", SubjectFoundation},
	CertFoundation:                   {"基金会法人登记证书", "foundation registration certificate", SubjectFoundation},
	20:                               {"组织机构代码证", "organisation code certificate", SubjectLawFirm},
	21:                               {"律师事务所执业许可证", "law firm practising licence", SubjectLawFirm},
	22:                               {"外国在华文化中心登记证", "foreign cultural centre registration certificate", SubjectForeignCulturalCentre},
	23:                               {"军队单位对外有偿服务许可证", "military paid-service licence", SubjectDefence},
	25:                               {"宗教活动场所登记证", "religious venue registration certificate", SubjectReligiousOrganisation},
	27:                               {"外国企业常驻代表机构登记证", "foreign enterprise representative office registration certificate", SubjectEnterprise},
	28:                               {"司法鉴定许可证", "forensic appraisal licence", SubjectForensicInstitution},
	CertForeignPermanentResidence:    {"外国人永久居留身份证", "foreigner permanent residence ID card", SubjectIndividual},
	35:                               {"境外机构证件", "overseas organisation certificate", SubjectOverseasOrganisation},
	CertSocialServiceOrganisation:    {"社会服务机构登记证书", "social service organisation registration certificate", SubjectPrivateNonEnterprise},
	CertPrivateSchoolLicence:         {"民办学校办学许可证", "private school licence", SubjectPrivateNonEnterprise},
	CertMedicalInstitutionLicence:    {"医疗机构执业许可证", "medical institution practising licence", SubjectMedicalInstitution},
	39:                               {"公证机构执业证", "notary practising certificate", SubjectNotary},
	CertHKMacaoResidencePermit:       {"港澳居民居住证", "residence permit for Hong Kong and Macao residents", SubjectIndividual},
	CertTaiwanResidencePermit:        {"台湾居民居住证", "residence permit for Taiwan residents", SubjectIndividual},
}

// certificateNames are the certificates' names, for internal/enum.
var certificateNames = func() enum.Names {
	n := enum.Names{Noun: "certificate type", Labels: make([]string, len(certificates)), En: make([]string, len(certificates))}
	for i, c := range certificates {
		n.Labels[i], n.En[i] = c.zh, c.en
	}
	return n
}()

// Known reports whether t is listed here.
func (t CertificateType) Known() bool { return t.English() != "" }

// Label returns the Chinese name (居民身份证), or "" for a code not listed
// here.
func (t CertificateType) Label() string { return certificateNames.Label(int(t)) }

// English returns the English name ("resident ID card"), or "" for a code
// not listed here.
func (t CertificateType) English() string { return certificateNames.English(int(t)) }

// String returns the English name ("resident ID card"), or "certificate
// type N" for a code not listed here. CertificateType has no text id: it
// goes to JSON as its number.
func (t CertificateType) String() string {
	if en := t.English(); en != "" {
		return en
	}
	return "certificate type " + strconv.Itoa(int(t))
}

// Subject returns the subject type the MIIT numbering groups the
// certificate under: SubjectIndividual for the personal certificates (2,
// 7, 11, 14, 30, 41, 42), SubjectEnterprise for a business licence, and so
// on; SubjectUnknown for a code not listed here. WeChat confirms 1 →
// enterprise and 2 → individual; for the rest its query_icp_certificate_types
// catalogue is authoritative.
func (t CertificateType) Subject() SubjectType {
	if t < 0 || int(t) >= len(certificates) {
		return SubjectUnknown
	}
	return certificates[t].subject
}

package document

import (
	"strconv"
	"strings"
)

// SubjectType is the nature of the filing subject (单位性质), WeChat's
// icp_subject.base_info.type. The values are MIIT's numeric codes and go to
// JSON as numbers, as WeChat expects. The zero value, SubjectUnknown, means
// unset. It is a plain value, safe for concurrent use.
//
// WeChat publishes the catalogue through query_icp_subject_types and says
// not to hard-code it: codes 1–5 are confirmed by WeChat's own examples,
// 6–16 come from a third-party ICP listing whose 1–5 agree with WeChat's.
// A code not listed here is still a valid SubjectType; it just has no label.
//
// Having no text id, a SubjectType names itself differently from the
// package's other enums: String returns the English name ("enterprise"),
// or "subject type N" for a code not listed here; Label returns the
// Chinese name (企业) and English the English name, both "" for a code not
// listed here.
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

var subjectLabels = [...][2]string{
	{"", ""},
	{"国防机构", "national defence organisation"},
	{"政府机关", "government agency"},
	{"事业单位", "public institution"},
	{"企业", "enterprise"},
	{"个人", "individual"},
	{"社会团体", "social organisation"},
	{"民办非企业单位", "private non-enterprise unit"},
	{"基金会", "foundation"},
	{"律师执业机构", "law firm"},
	{"外国在华文化中心", "foreign cultural centre in China"},
	{"群众性团体组织", "mass organisation"},
	{"司法鉴定机构", "forensic appraisal institution"},
	{"宗教团体", "religious organisation"},
	{"境外机构", "overseas organisation"},
	{"医疗机构", "medical institution"},
	{"公证机构", "notary institution"},
}

// Known reports whether t is one of the codes listed in this package.
func (t SubjectType) Known() bool { return t > 0 && int(t) < len(subjectLabels) }

// Label returns the Chinese name (企业), or "" for a code not listed here.
func (t SubjectType) Label() string {
	if !t.Known() {
		return ""
	}
	return subjectLabels[t][0]
}

// English returns the English name ("enterprise"), or "" for a code not
// listed here.
func (t SubjectType) English() string {
	if !t.Known() {
		return ""
	}
	return subjectLabels[t][1]
}

// String returns the English name ("enterprise"), or "subject type N" for a
// code not listed here. SubjectType has no text id: it goes to JSON as its
// number.
func (t SubjectType) String() string {
	if !t.Known() {
		return "subject type " + strconv.Itoa(int(t))
	}
	return subjectLabels[t][1]
}

// IsUnit reports whether the subject is an organisation rather than an
// individual: every known code except SubjectIndividual and the zero value.
func (t SubjectType) IsUnit() bool { return t != SubjectUnknown && t != SubjectIndividual }

// CertificateType is the type of a certificate (证件类型), as in WeChat's
// certificate_type fields and query_icp_certificate_types. The values are
// MIIT's numeric codes and go to JSON as numbers. The zero value,
// CertificateUnknown, means unset. Codes not listed here are valid values
// without a label: the catalogue is WeChat's, fetched at run time. It is a
// plain value, safe for concurrent use; [ValidateCertificate] checks a
// number of each type.
//
// Like [SubjectType] it has no text id: String returns the English name
// ("resident ID card"), or "certificate type N" for a code not listed
// here; Label returns the Chinese name (居民身份证) and English the English
// name, both "" for a code not listed here.
type CertificateType int

// Certificate types. Source: WeChat query_icp_certificate_types examples
// (1 business licence → subject 4, 2 resident ID → subject 5) and the MIIT
// attachment-type numbering; the personal types allowed for principals are
// 2, 7, 11, 14, 30, 41 and 42.
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

var certificateLabels = map[CertificateType][2]string{
	CertBusinessLicence:              {"营业执照（个人或企业）", "business licence"},
	CertResidentID:                   {"居民身份证", "resident ID card"},
	CertOrgCodePublicInstitution:     {"组织机构代码证", "organisation code certificate"},
	CertPublicInstitutionLegalPerson: {"事业单位法人证书", "public institution legal person certificate"},
	CertMilitaryUnitCode:             {"部队代号", "military unit code"},
	CertSocialOrganisation:           {"社会团体法人登记证书", "social organisation registration certificate"},
	CertPassport:                     {"护照", "passport"},
	CertOrgCodeGovernment:            {"组织机构代码证", "organisation code certificate"},
	CertOrgCodeSocialOrganisation:    {"组织机构代码证", "organisation code certificate"},
	CertTaiwanTravelPermit:           {"台湾居民来往大陆通行证", "mainland travel permit for Taiwan residents"},
	CertOrgCodeEnterprise:            {"组织机构代码证", "organisation code certificate"},
	CertUSCCGovernment:               {"统一社会信用代码证书", "unified social credit code certificate"},
	CertHKMacaoTravelPermit:          {"港澳居民来往内地通行证", "mainland travel permit for Hong Kong and Macao residents"},
	CertUSCCPublicInstitution:        {"统一社会信用代码证书", "unified social credit code certificate"},
	CertOrgCodePrivateNonEnterprise:  {"组织机构代码证", "organisation code certificate"},
	CertPrivateNonEnterprise:         {"民办非企业单位登记证书", "private non-enterprise unit registration certificate"},
	CertOrgCodeFoundation:            {"组织机构代码证", "organisation code certificate"},
	CertFoundation:                   {"基金会法人登记证书", "foundation registration certificate"},
	CertForeignPermanentResidence:    {"外国人永久居留身份证", "foreigner permanent residence ID card"},
	CertSocialServiceOrganisation:    {"社会服务机构登记证书", "social service organisation registration certificate"},
	CertPrivateSchoolLicence:         {"民办学校办学许可证", "private school licence"},
	CertMedicalInstitutionLicence:    {"医疗机构执业许可证", "medical institution practising licence"},
	CertHKMacaoResidencePermit:       {"港澳居民居住证", "residence permit for Hong Kong and Macao residents"},
	CertTaiwanResidencePermit:        {"台湾居民居住证", "residence permit for Taiwan residents"},
}

// Known reports whether t is one of the codes listed in this package.
func (t CertificateType) Known() bool {
	_, ok := certificateLabels[t]
	return ok
}

// Label returns the Chinese name (居民身份证), or "" for a code not listed
// here.
func (t CertificateType) Label() string { return certificateLabels[t][0] }

// English returns the English name ("resident ID card"), or "" for a code
// not listed here.
func (t CertificateType) English() string { return certificateLabels[t][1] }

// String returns the English name ("resident ID card"), or "certificate
// type N" for a code not listed here. CertificateType has no text id: it
// goes to JSON as its number.
func (t CertificateType) String() string {
	if l, ok := certificateLabels[t]; ok {
		return l[1]
	}
	return "certificate type " + strconv.Itoa(int(t))
}

// Personal reports whether t is one of the certificates a natural person
// (an individual subject or a principal) may use: 2, 7, 11, 14, 30, 41, 42.
// Source: the MIIT principal certificate list as shown in ISP consoles.
func (t CertificateType) Personal() bool {
	switch t {
	case CertResidentID, CertPassport, CertTaiwanTravelPermit, CertHKMacaoTravelPermit,
		CertForeignPermanentResidence, CertHKMacaoResidencePermit, CertTaiwanResidencePermit:
		return true
	}
	return false
}

// marshalID returns ids[i], the stable text id of an enum value of this
// package. A value out of range is an *Error of KindFormat whose Subject
// names the enum ("gender", "filing_kind", …).
func marshalID(subject string, ids []string, i int) ([]byte, error) {
	if i < 0 || i >= len(ids) {
		return nil, &Error{Subject: subject, Kind: KindFormat, Reason: "invalid " + enumNoun(subject) + " " + strconv.Itoa(i)}
	}
	return []byte(ids[i]), nil
}

// unmarshalID returns the index of the text id b in ids. An unknown id is
// an *Error of KindFormat, its Value the outside text clipped and masked.
func unmarshalID(subject string, ids []string, b []byte) (int, error) {
	for i, id := range ids {
		if id == string(b) {
			return i, nil
		}
	}
	return 0, &Error{Subject: subject, Kind: KindFormat, Value: clipText(string(b)), Reason: "unknown " + enumNoun(subject)}
}

// enumNoun turns an enum's subject id into words: "filing_kind" gives
// "filing kind".
func enumNoun(subject string) string { return strings.ReplaceAll(subject, "_", " ") }

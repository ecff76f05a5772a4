package document

import "github.com/beian-go/beian/workday"

// WeChat payload paths of the rejection checks.
const (
	pathSubjectBase     = "icp_subject.base_info"
	pathSubjectOrganize = "icp_subject.organize_info"
	pathSubjectPrin     = "icp_subject.principal_info"
	pathPersonal        = "icp_subject.personal_info"
	pathAppletBase      = "icp_applets.base_info"
	pathAppletPrin      = "icp_applets.principal_info"
	pathMaterials       = "icp_materials"
)

// Principal is a principal_info object of the payload (主体负责人 or 小程序负责人)
// as the rejection checks read it. It is a plain value, safe to copy and
// to read from several goroutines. The zero Principal has nothing filled
// in; checks skip what is empty.
type Principal struct {
	Name             string
	Mobile           string
	Email            string
	EmergencyContact string
	CertificateType  CertificateType
	// CertificateNumber is the certificate's number as entered.
	CertificateNumber string
	// ValidityStart is YYYYMMDD; ValidityEnd YYYYMMDD or LongTerm.
	ValidityStart, ValidityEnd string
}

// RejectionInput is what the rejection checks read from a filing: the
// parts of the applyIcpFiling payload that the usual rejection reasons
// concern. Package filing builds it from its Request. It is a plain value;
// [CheckRejections] and [CheckOwnRecords] only read it, so one input may be
// checked from several goroutines at once. The zero RejectionInput has
// nothing filled in and gives no problems: the checks skip empty inputs,
// which the format validators report as missing.
type RejectionInput struct {
	// Subject is icp_subject.base_info.type.
	Subject SubjectType
	// SubjectName is icp_subject.base_info.name.
	SubjectName string
	// Region is the filing province, city and district; the names are
	// optional and used to compare addresses.
	Region Region
	// Address is the communication address, icp_subject.base_info.address.
	Address string
	// Remark is the subject's remark, icp_subject.base_info.comment.
	Remark string
	// CertificateType, CertificateNumber and CertificateAddress are the
	// subject's certificate (icp_subject.organize_info).
	CertificateType    CertificateType
	CertificateNumber  string
	CertificateAddress string
	// SubjectPrincipal is icp_subject.principal_info; AppletPrincipal is
	// icp_applets.principal_info.
	SubjectPrincipal Principal
	AppletPrincipal  Principal
	// LegalRepCertificateNumber is icp_subject.legal_person_info's
	// certificate number, "" when the object is absent (the subject
	// principal is then the legal representative).
	LegalRepCertificateNumber string
	// HasResidencePermit says icp_subject.personal_info.residence_permit
	// holds a media_id.
	HasResidencePermit bool
	// AppletName is the mini program's name. WeChat fills it from the
	// account; pass the account's nickname.
	AppletName string
	// Description is icp_applets.base_info.comment.
	Description string
	// PreApprovals are icp_applets.base_info.nrlx_details;
	// NoPreApprovalType is the type of "none of the above" (0 means
	// DefaultNoPreApprovalType).
	PreApprovals      []PreApproval
	NoPreApprovalType int
	// Materials lists the icp_materials members that hold at least one
	// media_id, by JSON name ("commitment_letter", …).
	Materials []string
	// SubjectFilingNumber and AppletFilingNumber are the record_number
	// members, when the payload carries them (a change of an existing
	// filing); empty otherwise.
	SubjectFilingNumber string
	AppletFilingNumber  string
}

// RejectionOptions is the outside data of [CheckRejections]. It is a plain
// value that CheckRejections only reads; sharing it between goroutines is
// safe when MobileProvince is. The zero value checks with the built-in
// province table, no business scope, no number-segment lookup and no
// records, and skips the date-dependent checks.
type RejectionOptions struct {
	// On is the day of submission; the zero Date skips the age and
	// validity checks.
	On workday.Date
	// Rules is the province rules table; nil means [DefaultProvinceRules].
	// Pass &ProvinceRules{} to apply no province rules. Give
	// [RequiredMaterials] the same table (MaterialsInput.Rules) so that the
	// materials it lists follow the same rules.
	Rules *ProvinceRules
	// BusinessScope is the subject's business scope (经营范围) from its
	// licence, if the caller has it: the pre-approval hints read it too.
	BusinessScope string
	// NationalBody says the subject is a national body (国家机关 and the
	// like), which may use 中国, 全国, … at the start of a name.
	NationalBody bool
	// MobileProvince tells the province (two- or six-digit code) where a
	// mainland mobile number is registered, from the caller's
	// number-segment table; nil skips the local-number rule. It receives
	// the number as digits only, without a leading 86, is called only in
	// provinces with a local-number rule, and must not keep or log the
	// number. An answer that names no mainland province is ignored.
	MobileProvince func(mobile string) (province string, ok bool)
	// Records are the caller's own records of other filings, for
	// [CheckOwnRecords]; nil skips those checks.
	Records []OtherFiling
}

// CheckRejections runs every check for the common rejection reasons over
// in, on the day o.On, and returns the problems found, or nil. Each
// problem has a stable code, WeChat's payload path, Chinese and English
// messages and a severity: SeverityError for what WeChat or the bureau
// rejects, SeverityWarning for what is likely to be rejected somewhere.
// [Codes] lists every code with its source; CHECKS.md in the package
// directory is the generated list.
//
// The checks, in order (reference rejections.md §1, §2, §3):
//
//   - principals: age from the resident ID number, certificate validity,
//     and the province's rules on foreign and Hong Kong, Macao and Taiwan
//     principals and on the legal representative;
//   - contacts: a principal's own mobile as emergency contact, two people
//     sharing a mobile or an e-mail address, the province's emergency
//     contact and local-number rules;
//   - names: reserved words in the mini program's name, personal-subject
//     keywords, names that are only digits, only Latin letters or a domain
//     (and, as a warning, names containing a domain);
//   - addresses: house number, post-office boxes, shorthand, the
//     certificate address in another province or city;
//   - pre-approval hints from the name, description and business scope;
//   - the description's content;
//   - residence of individuals from another province;
//   - filing-number prefixes;
//   - extra documents of the province, except the commitment letter,
//     which [RequiredMaterials] lists as required from the same table and
//     [CheckMaterials] reports;
//   - with o.Records, [CheckOwnRecords].
//
// It never fails and never panics: input it cannot read (a malformed ID
// number, date or filing number, an unknown province, an out-of-range
// type) is skipped here and reported by the format validators. It reads
// in and o only and keeps nothing, so it is safe for concurrent use.
func CheckRejections(in RejectionInput, o RejectionOptions) Problems {
	rules := o.Rules
	if rules == nil {
		rules = DefaultProvinceRules()
	}
	c := &rejectionCheck{in: &in, o: &o, rules: rules, province: in.Region.Province}
	var ps Problems
	c.principals(&ps)
	c.contacts(&ps)
	c.names(&ps)
	c.addresses(&ps)
	c.preApprovalHints(&ps)
	c.description(&ps)
	c.residence(&ps)
	c.filingNumbers(&ps)
	c.extraDocuments(&ps)
	if o.Records != nil {
		ps = append(ps, CheckOwnRecords(in, o.Records)...)
	}
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// rejectionCheck carries one run of CheckRejections.
type rejectionCheck struct {
	in       *RejectionInput
	o        *RejectionOptions
	rules    *ProvinceRules
	province string
}

// rule looks up the filing province's rule of kind k for the subject.
func (c *rejectionCheck) rule(k RuleKind) (ProvinceRule, bool) {
	return c.rules.Lookup(c.province, k, c.in.Subject)
}

// hasMaterial reports whether the icp_materials member name holds media.
func (c *rejectionCheck) hasMaterial(name string) bool {
	for _, m := range c.in.Materials {
		if m == name {
			return true
		}
	}
	return false
}

// extraDocuments reports documents the province asks for that the
// payload lacks (province.extra_document, a warning). The ones that
// RequiredMaterials lists as required (the commitment letter) are left to
// CheckMaterials, which reports them as errors.
func (c *rejectionCheck) extraDocuments(ps *Problems) {
	for _, r := range c.rules.of(c.province) {
		if r.Kind != RuleExtraDocument || !r.Applies.matches(c.in.Subject) || c.hasMaterial(r.Value) || extraDocumentRequired(r.Value) {
			continue
		}
		ps.AddCode(pathMaterials+"."+r.Value, "province.extra_document")
	}
}

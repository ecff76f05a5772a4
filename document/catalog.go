package document

import (
	"errors"
	"sort"
	"strings"
)

// CodeInfo describes one problem code: its severity and its messages, that
// is, what a Problem with that code carries apart from its field, and the
// source of the rule behind it. It is a plain value, safe to copy and to
// share between goroutines. The zero CodeInfo describes no code.
type CodeInfo struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`           // Chinese
	English  string   `json:"english,omitempty"` // English
	// Source names where the rule comes from: a standard, WeChat's
	// documentation, a provider's notes, with the reference section.
	Source string `json:"source,omitempty"`
}

// CodeInvalid is the code of a problem built from an error this package did
// not produce (ProblemOf with an error that has no code of ours).
const CodeInvalid Code = "input.invalid"

// subjectNouns names everything an *Error can be about, in Chinese and
// English, with the kinds that subject's checks produce. The ids are the
// stable Subject values of this package's validators (see error.go). The
// message of a "<subject>.<kind>" code is the noun followed by the kind's
// phrase (kindPhrases), unless codeOverrides has a more precise sentence.
var subjectNouns = map[string]noun{
	"uscc":                 {"统一社会信用代码", "unified social credit code", kinds(KindFormat, KindLength, KindChecksum, KindComponent, KindMissing)},
	"org_code":             {"组织机构代码", "organisation code", kinds(KindFormat, KindLength, KindChecksum, KindMissing)},
	"resident_id":          {"居民身份证号码", "resident ID number", allKinds},
	"passport":             {"护照号码", "passport number", kinds(KindFormat, KindLength, KindMissing)},
	"hk_macao_permit":      {"港澳居民来往内地通行证号码", "mainland travel permit number for Hong Kong and Macao residents", kinds(KindFormat, KindLength, KindMissing)},
	"taiwan_permit":        {"台湾居民来往大陆通行证号码", "mainland travel permit number for Taiwan residents", kinds(KindFormat, KindLength, KindMissing)},
	"residence_permit":     {"港澳台居民居住证号码", "residence permit number for Hong Kong, Macao and Taiwan residents", kinds(KindFormat, KindLength, KindChecksum, KindComponent, KindMissing)},
	"foreign_permanent_id": {"外国人永久居留身份证号码", "foreigner permanent residence ID number", kinds(KindFormat, KindLength, KindChecksum, KindComponent, KindMissing)},
	"certificate":          {"证件号码", "certificate number", kinds(KindFormat, KindLength, KindMissing)},
	"mobile":               {"手机号码", "mobile number", kinds(KindFormat, KindLength, KindComponent, KindMissing)},
	"email":                {"电子邮箱", "e-mail address", kinds(KindFormat, KindLength, KindComponent, KindMissing)},
	"emergency_contact":    {"应急联系方式", "emergency contact", kinds(KindFormat, KindLength, KindComponent, KindMissing)},
	"validity":             {"证件有效期", "certificate validity", kinds(KindFormat, KindLength, KindComponent, KindRange, KindMissing)},
	"filing_number":        {"备案号", "filing number", kinds(KindFormat, KindLength, KindComponent, KindMissing)},
	"subject_type":         {"主体性质", "subject type", kinds(KindMissing)},
}

// callerNouns are subjects that callers build *Errors with for checks of
// their own, such as package filing's required-field and list-size checks
// on the payload. They share the catalogue so that their problems read as
// well as this package's.
var callerNouns = map[string]noun{
	"name":                {"名称或姓名", "name", kinds(KindMissing)},
	"certificate_type":    {"证件类型", "certificate type", kinds(KindComponent, KindMissing)},
	"certificate_address": {"证件住所", "certificate address", kinds(KindMissing)},
	"materials":           {"备案材料", "filing materials", kinds(KindLength)},
}

// nounOf returns the Chinese and English noun of a subject, and whether
// the catalogue has one.
func nounOf(subject string) (zh, en string, ok bool) {
	if n, ok := subjectNouns[subject]; ok {
		return n.zh, n.en, true
	}
	if n, ok := callerNouns[subject]; ok {
		return n.zh, n.en, true
	}
	return "", "", false
}

// kinds lists the kinds a subject's checks produce; a test compares the
// lists with the validators' source.
func kinds(k ...Kind) []Kind { return k }

// noun is a subject's Chinese and English name and the kinds of problem
// its checks report.
type noun struct {
	zh, en string
	kinds  []Kind
}

// allKinds lists every Kind a validator may report.
var allKinds = []Kind{KindFormat, KindLength, KindChecksum, KindComponent, KindRange, KindMissing}

// kindPhrases completes a subject noun into a message, per Kind.
var kindPhrases = [...][2]string{
	KindUnknown:   {"无效", "not valid"},
	KindFormat:    {"格式错误", "invalid characters or layout"},
	KindLength:    {"位数错误", "wrong number of characters"},
	KindChecksum:  {"校验位错误", "check character does not match"},
	KindComponent: {"含有无效的组成部分", "a part of it names nothing real"},
	KindRange:     {"超出允许范围", "out of the allowed range"},
	KindMissing:   {"未填写", "missing"},
}

// codeOverrides gives a more precise sentence for a few "<subject>.<kind>"
// codes than noun + phrase would.
var codeOverrides = map[Code][2]string{
	"resident_id.length":             {"居民身份证号码应为18位（15位旧号码不再使用）", "resident ID number: must have 18 characters (old 15-digit numbers are not accepted)"},
	"resident_id.component":          {"居民身份证号码中的地区码或出生日期无效", "resident ID number: the region code or the birth date is not valid"},
	"resident_id.range":              {"居民身份证号码中的出生日期晚于当前日期", "resident ID number: the birth date lies in the future"},
	"uscc.component":                 {"统一社会信用代码的登记管理部门、机构类别或地区码无效", "unified social credit code: the registration authority, organisation category or region code is not valid"},
	"residence_permit.component":     {"港澳台居民居住证号码的地区码或出生日期无效", "residence permit number for Hong Kong, Macao and Taiwan residents: the region code or the birth date is not valid"},
	"foreign_permanent_id.component": {"外国人永久居留身份证号码的开头或签发地无效", "foreigner permanent residence ID number: the leading digit or the place of issue is not valid"},
	"mobile.component":               {"手机号码不是中国大陆手机号段", "mobile number: not a mainland mobile number block"},
	"emergency_contact.component":    {"应急联系方式不能与负责人本人的手机号码相同", "emergency contact: must differ from the principal's own mobile number"},
	"email.component":                {"电子邮箱的域名无效", "e-mail address: the domain is not valid"},
	"email.length":                   {"电子邮箱过长", "e-mail address: too long"},
	"emergency_contact.format":       {"应急联系方式格式错误，须为中国大陆手机号码", "emergency contact: must be a mainland mobile number"},
	"validity.format":                {"证件有效期应为YYYYMMDD格式的日期，结束日期也可为“长期”", "certificate validity: dates must be YYYYMMDD; the end may also be 长期"},
	"validity.length":                {"证件有效期日期应为8位数字（YYYYMMDD）", "certificate validity: a date must have 8 digits (YYYYMMDD)"},
	"validity.component":             {"证件有效期中的日期不存在", "certificate validity: a date does not exist"},
	"validity.range":                 {"证件有效期不符合要求：结束日期须晚于开始日期，证件须已生效且剩余有效期超过一个月", "certificate validity: the end must follow the start, and the certificate must be in force with more than one month left"},
	"filing_number.component":        {"备案号的省份简称无效", "filing number: the province abbreviation is not valid"},
	"subject_type.missing":           {"未选择主体性质", "subject type: not chosen"},
	"certificate_type.component":     {"证件类型不适用：个人主体和负责人须使用个人证件", "certificate type: not allowed here; individuals and principals use a personal certificate"},
	"certificate_type.missing":       {"未选择证件类型", "certificate type: not chosen"},
	"materials.length":               {"材料文件数量超过上限（其他附件最多10个，其余最多1个）", "filing materials: too many files (at most 10 other attachments, otherwise 1)"},
}

// ownCodes lists the codes of this package's composite checks, in no
// particular order; Codes sorts them. Every problem these checks report is
// blocking (SeverityError). Their sources are given per group
// (groupSources); the rejection checks' codes are in rejectionCodes.
var ownCodes = []CodeInfo{
	{CodeInvalid, SeverityError, "输入无效", "invalid input", ""},

	// Region and address (region.go).
	{"region.missing", SeverityError, "未选择省份、城市或区县", "province, city or district: not chosen", ""},
	{"region.format", SeverityError, "行政区划代码应为6位数字", "region code: must be 6 digits", ""},
	{"region.province_unknown", SeverityError, "省份代码不是可备案的中国大陆省份", "province: not a mainland province that can file", ""},
	{"region.province_level", SeverityError, "省份代码应为省级代码（以0000结尾）", "province: not a province-level code (ending in 0000)", ""},
	{"region.city_level", SeverityError, "城市代码应为地级代码（以00结尾且不以0000结尾）", "city: not a city-level code (ending in 00 but not 0000)", ""},
	{"region.district_level", SeverityError, "区县代码应为县级代码（末两位不为00）", "district: not a district-level code (not ending in 00)", ""},
	{"region.city_mismatch", SeverityError, "所选城市不属于所选省份", "city: does not belong to the chosen province", ""},
	{"region.district_mismatch", SeverityError, "所选区县不属于所选城市", "district: does not belong to the chosen city", ""},
	{"address.missing", SeverityError, "未填写通讯地址", "address: missing", ""},
	{"address.repeats_region", SeverityError, "通讯地址不应重复填写省份、城市或区县，请从街道开始填写", "address: must not repeat the province, city or district; start with the street", ""},

	// Mini program (applet.go).
	{"applet.service_types.count", SeverityError, "服务内容类型应选择1至5项", "service content types: choose between 1 and 5", ""},
	{"applet.service_types.first_level", SeverityError, "服务内容类型只能选择二级类型，不能选择一级类型", "service content types: only second-level types may be chosen, not first-level ones", ""},
	{"applet.service_types.unknown", SeverityError, "服务内容类型不在微信提供的列表中", "service content types: not in WeChat's list", ""},
	{"applet.service_types.duplicate", SeverityError, "服务内容类型重复", "service content types: chosen twice", ""},
	{"applet.nrlx.missing", SeverityError, "未填写前置审批项；不涉及时也须选择“以上都不涉及”", "pre-approval items: missing; choose \"none of the above\" when nothing applies", ""},
	{"applet.nrlx.invalid_type", SeverityError, "前置审批类型无效", "pre-approval item: the type is not valid", ""},
	{"applet.nrlx.duplicate", SeverityError, "前置审批类型重复", "pre-approval item: the type is listed twice", ""},
	{"applet.nrlx.missing_code", SeverityError, "未填写前置审批号", "pre-approval item: the approval number is missing", ""},
	{"applet.nrlx.missing_media", SeverityError, "未上传前置审批文件", "pre-approval item: the approval document is missing", ""},
	{"applet.nrlx.none_not_alone", SeverityError, "“以上都不涉及”不能与其他前置审批项同时选择", "pre-approval items: \"none of the above\" cannot be combined with other items", ""},
	{"applet.description.missing", SeverityError, "未填写小程序备注", "mini program description: missing", ""},
	{"applet.description.length", SeverityError, "小程序备注应为20至200个字", "mini program description: must have 20 to 200 characters", ""},

	// Media files (media.go).
	{"media.empty", SeverityError, "文件为空", "file: empty", ""},
	{"media.format", SeverityError, "文件格式不支持，仅支持JPG、JPEG或PNG图片", "file: unsupported format; only JPG, JPEG or PNG images are accepted", ""},
	{"media.mismatch", SeverityError, "文件内容与声明的格式不一致", "file: the content does not match the declared format", ""},
	{"media.truncated", SeverityError, "文件不完整或已损坏", "file: incomplete or damaged", ""},
	{"media.too_large", SeverityError, "文件过大，不能超过2MB", "file: too large; at most 2 MB", ""},
	{"media.too_small", SeverityError, "图片分辨率过低，至少为720×1280像素", "image: resolution too low; at least 720×1280 pixels", ""},

	// Materials (materials.go).
	{"materials.missing", SeverityError, "缺少必需的备案材料", "a required filing material is missing", ""},
}

// catalog maps every code to its CodeInfo. It is built once and never
// modified.
var catalog = func() map[Code]CodeInfo {
	m := make(map[Code]CodeInfo)
	for _, nouns := range [...]map[string]noun{subjectNouns, callerNouns} {
		for subject, n := range nouns {
			for _, k := range n.kinds {
				c := Code(subject + "." + k.String())
				m[c] = composed(c, n.zh, n.en, k)
			}
		}
	}
	for _, ci := range ownCodes {
		if ci.Source == "" {
			ci.Source = groupSource(ci.Code)
		}
		m[ci.Code] = ci
	}
	for _, ci := range rejectionCodes {
		m[ci.Code] = ci
	}
	return m
}()

// composed builds the CodeInfo of a "<subject>.<kind>" code.
func composed(c Code, zh, en string, k Kind) CodeInfo {
	if o, ok := codeOverrides[c]; ok {
		return CodeInfo{c, SeverityError, o[0], o[1], subjectSource(c)}
	}
	ph := kindPhrases[KindUnknown]
	if int(k) < len(kindPhrases) {
		ph = kindPhrases[k]
	}
	return CodeInfo{c, SeverityError, zh + ph[0], en + ": " + ph[1], subjectSource(c)}
}

// Codes returns every code this package's checks can report, sorted by
// code, each with its severity, messages and source. It is meant for generated
// documentation and for UIs that translate codes themselves. The slice is a
// fresh copy.
func Codes() []CodeInfo {
	out := make([]CodeInfo, 0, len(catalog))
	for _, ci := range catalog {
		out = append(out, ci)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// LookupCode returns the description of code, and whether it is one of the
// codes listed by Codes.
func LookupCode(code Code) (CodeInfo, bool) {
	ci, ok := catalog[code]
	return ci, ok
}

// NewProblem returns the Problem with the given field and code, with the
// code's severity and messages from the catalogue. An unknown code still
// gives a blocking Problem with that code and a generic message.
func NewProblem(field string, code Code) Problem {
	ci, ok := catalog[code]
	if !ok {
		ci = catalog[CodeInvalid]
		ci.Code = code
	}
	return Problem{Field: field, Code: ci.Code, Severity: ci.Severity, Message: ci.Message, English: ci.English}
}

// coded is implemented by errors that carry a problem code: *Error and
// *ImageError.
type coded interface {
	error
	Code() Code
}

// ProblemOf turns an error from a validator into a Problem for field,
// WeChat's dotted payload path of the checked input.
//
//   - An error carrying a Problem (or a Problems, whose first element is
//     taken) gives that Problem, with field put in front of its own field.
//   - An *Error gives the code "<subject>.<kind>" and the catalogue's
//     messages; a subject missing from the catalogue gets a generic noun.
//   - An *ImageError gives its "media.*" code.
//   - Any other error gives CodeInvalid.
//
// The error text itself never goes into the messages, so nothing the user
// typed is echoed. ProblemOf(field, nil) returns the zero Problem.
func ProblemOf(field string, err error) Problem {
	if err == nil {
		return Problem{}
	}
	var ps Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		p := ps[0]
		p.Field = joinField(field, p.Field)
		return p
	}
	var p Problem
	if errors.As(err, &p) {
		p.Field = joinField(field, p.Field)
		return p
	}
	var de *Error
	if errors.As(err, &de) {
		return problemOfError(field, de)
	}
	var c coded
	if errors.As(err, &c) {
		return NewProblem(field, c.Code())
	}
	return NewProblem(field, CodeInvalid)
}

// problemOfError builds the Problem of an *Error.
func problemOfError(field string, e *Error) Problem {
	code := e.Code()
	if e.Kind == KindUnknown || e.Kind.String() == "" {
		code = Code(e.Subject + ".invalid")
	}
	if ci, ok := catalog[code]; ok {
		return Problem{Field: field, Code: code, Severity: ci.Severity, Message: ci.Message, English: ci.English}
	}
	// A subject or kind not in the catalogue: compose a generic message
	// with a generic noun, keeping the error's own code.
	zh, en, ok := nounOf(e.Subject)
	if !ok {
		zh, en = "输入", "value"
	}
	ci := composed(code, zh, en, e.Kind)
	return Problem{Field: field, Code: code, Severity: ci.Severity, Message: ci.Message, English: ci.English}
}

// joinField puts prefix in front of a nested field path.
func joinField(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	case strings.HasPrefix(field, "["):
		return prefix + field
	}
	return prefix + "." + field
}

// subjectSources names the source of each "<subject>.<kind>" code's rule,
// by subject.
var subjectSources = map[string]string{
	"uscc":                 "GB 32100-2015 (unified social credit code)",
	"org_code":             "GB 11714-1997 (organisation code)",
	"resident_id":          "GB 11643-1999 (citizen identification number)",
	"passport":             "issuing authorities' number layouts; see ValidateCertificate",
	"hk_macao_permit":      "issuing authority's number layout; see ValidateCertificate",
	"taiwan_permit":        "issuing authority's number layout; see ValidateCertificate",
	"residence_permit":     "State Council measures on residence permits for Hong Kong, Macao and Taiwan residents (2018); GB 11643-1999",
	"foreign_permanent_id": "issuing authority's number layout; see ValidateCertificate",
	"certificate":          "applyIcpFiling field notes (wechat-icp.md §1)",
	"mobile":               "MIIT mobile number segments 13x–19x; applyIcpFiling field notes",
	"email":                "RFC 5321 address syntax; applyIcpFiling field notes",
	"emergency_contact":    "WeChat console guidance (rejections.md #21)",
	"validity":             "applyIcpFiling field notes; WeChat console guidance (rejections.md #11)",
	"filing_number":        "observed filing numbers (rejections.md §3)",
	"subject_type":         "applyIcpFiling field notes (wechat-icp.md §1.2)",
	"name":                 "applyIcpFiling field notes (wechat-icp.md §1)",
	"certificate_type":     "query_icp_certificate_types; MIIT principal certificate list (wechat-icp.md §2)",
	"certificate_address":  "applyIcpFiling field notes (wechat-icp.md §1.2)",
	"materials":            "applyIcpFiling field notes: material list sizes (wechat-icp.md §1.4)",
}

// groupSources names the source of the composite checks' codes, by the
// code's first part.
var groupSources = map[string]string{
	"input":     "this package",
	"region":    "GB/T 2260; query_icp_district_code (wechat-icp.md §2.5)",
	"address":   "getOnlineIcpOrder documentation (wechat-icp.md §1.2; rejections.md #25)",
	"applet":    "applyIcpFiling field notes as mirrored by WeChat SDKs (wechat-icp.md §1.3)",
	"media":     "WeChat filing console tutorial (wechat-icp.md §3.2)",
	"materials": "applyIcpFiling field notes; cloud providers' province rules (wechat-icp.md §1.4, §11; rejections.md §2.6)",
}

// subjectSource returns the source of a "<subject>.<kind>" code.
func subjectSource(c Code) string {
	subject, _, _ := strings.Cut(string(c), ".")
	return subjectSources[subject]
}

// groupSource returns the source of a composite check's code.
func groupSource(c Code) string {
	group, _, _ := strings.Cut(string(c), ".")
	return groupSources[group]
}

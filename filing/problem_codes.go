package filing

//go:generate go run ./data/gen/checks

import (
	"sort"
	"strings"

	"github.com/beian-go/beian/document"
)

// Code is the stable id of a rule of [Request.Check] ("uscc.checksum"), on
// which a user interface may key its own messages. Its methods describe
// the rule: its message in Chinese (Label) and English, its Severity and
// its public Source ("" and SeverityUnknown for a code no rule has);
// [Codes] lists them all, as CHECKS.md does. It is a plain value, safe for
// concurrent use.
type Code string

func (c Code) Severity() Severity { return codeTable[c].sev }

func (c Code) Label() string { return codeTable[c].zh }

func (c Code) English() string { return codeTable[c].en }

func (c Code) Source() string { return codeTable[c].src }

// Codes returns the code of every rule, sorted, in a fresh slice.
func Codes() []Code {
	out := make([]Code, 0, len(codeTable))
	for c := range codeTable {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Public sources of the rules. Each error cites a WeChat document or a
// standard; each warning the provider's or the province's page it comes
// from.
const (
	srcApply       = "WeChat apply_icp_filing, https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html"
	srcOnlineOrder = "WeChat get_online_icp_order (address without province, city and district), https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_getonlineicporder.html"
	srcDistricts   = "GB/T 2260; WeChat query_icp_district_code, https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_queryicpdistrictcode.html"
	srcCatalogues  = "WeChat query_icp_subject_types, query_icp_certificate_types, query_icp_nrlx_types, query_icp_service_content_types, query_icp_district_code, https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_queryicpsubjecttypes.html"
	srcCertTypes   = "WeChat query_icp_certificate_types (a certificate belongs to one subject type), https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpCertificateTypes.html"
	srcMIITCerts   = "MIIT certificate numbering as listed in Huawei Cloud's recordal reference, https://developer.huawei.com/consumer/cn/doc/FASP-by-Template-develop-References/recordal-required-licenses-0000002489243836"
	srcServices    = "WeChat apply_icp_filing (1–5 second-level service content types), https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html"
	srcDomicile    = "信息产业部令第33号 第三条 (a subject files with the communications administration of the province of its domicile, 住所所在地), as MIIT lists it, https://wap.miit.gov.cn/qzqd/scstxglj/qlqd/xzxk/art/2020/art_288d42e7a41f4c2183c0a4a1fecb0c35.html; WeChat filing tutorial 手把手教你备案微信小程序, https://developers.weixin.qq.com/community/develop/article/doc/000aca82d841f035b351e114f6b013"
	srcConsole     = "WeChat filing console hint 不同人不能使用同一个号码, quoted at http://westcoastpropertyservices.com/xls/show_151527.html"
	srcValidity    = "WeChat filing console hint 证件有效期大于1个月, quoted at http://westcoastpropertyservices.com/xls/show_151527.html"
	srcLandline    = "providers' filing notes give the emergency contact as a mobile number, Tencent Cloud 主体信息, https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/常见问题/备案流程/主体信息/主体信息.md; WeChat's own example is a mobile; no WeChat document refuses a landline"
	srcNumbering   = "MIIT 电信网编号计划（2017年版） (mobile numbers 13x–19x, 11 digits); WeChat apply_icp_filing example"
	srcEmail       = "RFC 5321 §4.5.3.1 and RFC 5322 §3.4.1"
	srcGB11643     = "GB 11643-1999 citizen identification number (ISO 7064 MOD 11-2)"
	srcGB32100     = "GB 32100-2015 unified social credit code"
	srcGB11714     = "GB 11714-1997 organisation code"
	srcHMTPermit   = "GB 11643-1999 layout; 国办发〔2018〕81号 港澳台居民居住证申领发放办法 (address codes 810000, 820000, 830000)"
	srcForeignID   = "National Immigration Administration, 2023 foreigner's permanent residence ID card (GB 11643 layout, MOD 11-2)"
	srcPermits     = "issuing authorities' number layouts (ICAO Doc 9303 for passports; NIA for the travel permits); unconfirmed for WeChat"
	srcGeneric     = "this package's sanity check of certificate numbers (no white space, at most 64 characters)"
	srcPrefixes    = "filing numbers on public sites (蜀ICP备19026949号-1, 黔ICP备17003900号-1, 滇ICP备12006807号-1, 陇ICP备05000593号)"

	srcTencentReject  = "Tencent Cloud 常见驳回原因及其处理, https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"
	srcTencentSubject = "Tencent Cloud 主体信息, https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/常见问题/备案流程/主体信息/主体信息.md"
	srcTencentReview  = "Tencent Cloud 备案审核, https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/常见问题/备案流程/备案审核.md"
	srcHuaweiReject   = "Huawei Cloud 备案驳回咨询, https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案驳回咨询.md"
	srcHuaweiPre      = "Huawei Cloud pre-approval checker, https://www.skills.sh/huaweicloud/huaweicloud-skills/huawei-cloud-icp-preapproval-check; 信息产业部令第33号 (categories needing pre-approval)"
	srcQingCloud      = "QingCloud site naming policy, https://github.com/yunify/qingcloud-docs/blob/master/content/site/record/policy/site_name.md"
	srcAddress        = "bureau guidance quoted by providers, http://www.fchnola.com/en/Article/226_630; Tencent Cloud 主体信息"
	srcJDAge          = "JD Cloud province rules, https://github.com/yicenzzn/cn/tree/master/documentation/Domain-Name-&-License/ICP-License-Service/the-rules; Tencent Cloud Hubei, https://cloud.tencent.com/document/product/243/51714"
	srcProvince       = "the province's row of the rules table (filing/data/province_rules.json, listed in CHECKS.md with each row's page)"
	srcOwnDescription = "WeChat apply_icp_filing (the description states the actual business); this package's heuristic"
)

// The codes of the rules of this package. The validators of package
// document add theirs ("uscc.checksum", "mobile.country_code", …), listed
// by document.Codes and described below with their severity and source.
const (
	codeSubjectTypeMissing    Code = "subject_type.missing"
	codeNameMissing           Code = "name.missing"
	codeCertTypeMissing       Code = "certificate_type.missing"
	codeCertTypeMismatch      Code = "certificate_type.mismatch"
	codeCertTypeNotPersonal   Code = "certificate_type.not_personal"
	codeCertTypeUnusual       Code = "certificate_type.unusual"
	codeCertAddressMissing    Code = "certificate_address.missing"
	codeCatalogueUnknown      Code = "catalogue.unknown"
	codeCatalogueUnconfirmed  Code = "catalogue.unconfirmed"
	codeRegionMissing         Code = "region.missing"
	codeRegionFormat          Code = "region.format"
	codeRegionProvince        Code = "region.province_unknown"
	codeRegionProvinceLevel   Code = "region.province_level"
	codeRegionCityLevel       Code = "region.city_level"
	codeRegionCityMismatch    Code = "region.city_mismatch"
	codeRegionDistrictLevel   Code = "region.district_level"
	codeRegionDistrictMisfit  Code = "region.district_mismatch"
	codeAddressMissing        Code = "address.missing"
	codeAddressRepeats        Code = "address.repeats_region"
	codeAddressPOBox          Code = "address.po_box"
	codeAddressShorthand      Code = "address.shorthand"
	codeAddressNoNumber       Code = "address.no_house_number"
	codeCertOtherProvince     Code = "address.certificate_other_province"
	codeSameCityAddress       Code = "province.same_city_address"
	codeResidencePermit       Code = "residence.permit_required"
	codeResidenceRefused      Code = "residence.province_refuses"
	codeAltPrefix             Code = "filing_number.alt_prefix"
	codeAgeUnder16            Code = "principal.age.under_16"
	codeAgeMinor              Code = "principal.age.minor"
	codeAgeMinorEmployment    Code = "principal.age.minor_employment"
	codeValidityExpiring      Code = "validity.expiring"
	codeForeignRefused        Code = "province.foreign_principal_refused"
	codeForeignAuthorise      Code = "province.foreign_principal_authorise"
	codeHMTRefused            Code = "province.hmt_principal_refused"
	codeHMTAuthorise          Code = "province.hmt_principal_authorise"
	codeLegalRepRequired      Code = "province.legal_rep_required"
	codeSamePrincipal         Code = "province.same_principal_required"
	codeMobileShared          Code = "contact.mobile_shared"
	codeEmailShared           Code = "contact.email_shared"
	codeEmergencyThird        Code = "province.emergency_third_person"
	codeEmergencyLandline     Code = "emergency_contact.landline"
	codeEmergencyRemark       Code = "province.emergency_remark"
	codeLocalMobile           Code = "province.local_mobile"
	codeNameLatin             Code = "name.latin_only"
	codeNameDigits            Code = "name.digits_only"
	codeNameDomain            Code = "name.domain"
	codeNameContainsDomain    Code = "name.contains_domain"
	codeNameReservedPrefix    Code = "name.reserved_prefix"
	codeNameReservedWord      Code = "name.reserved_word"
	codeNamePersonalKeyword   Code = "name.personal_keyword"
	codeNameSymbols           Code = "name.special_symbols"
	codeDescriptionMissing    Code = "applet.description.missing"
	codeDescriptionLength     Code = "applet.description.length"
	codeDescriptionPunct      Code = "description.punctuation_only"
	codeDescriptionRepeated   Code = "description.repetitive"
	codeDescriptionIsName     Code = "description.is_name"
	codeDescriptionCompany    Code = "description.company_business"
	codeServiceCount          Code = "applet.service_types.count"
	codeServiceFirstLevel     Code = "applet.service_types.first_level"
	codeServiceDuplicate      Code = "applet.service_types.duplicate"
	codeNrlxMissing           Code = "applet.nrlx.missing"
	codeNrlxTooMany           Code = "applet.nrlx.too_many"
	codeNrlxDuplicate         Code = "applet.nrlx.duplicate"
	codeNrlxMissingCode       Code = "applet.nrlx.missing_code"
	codeNrlxMissingMedia      Code = "applet.nrlx.missing_media"
	codeNrlxNoneNotAlone      Code = "applet.nrlx.none_not_alone"
	codeMaterialsMissing      Code = "materials.missing"
	codeMaterialsLength       Code = "materials.length"
	codeExtraDocument         Code = "province.extra_document"
	codeRecordsOtherProvince  Code = "records.other_province"
	codeRecordsInReview       Code = "records.in_review"
	codeRecordsMobileOtherSub Code = "records.mobile_other_subject"
)

// codeInfo describes one rule.
type codeInfo struct {
	sev    Severity
	zh, en string
	src    string
}

// E and W are short for the two severities in the table below.
const (
	sevE = SeverityError
	sevW = SeverityWarning
)

// ownCodes describes the rules of this package.
var ownCodes = map[Code]codeInfo{
	codeSubjectTypeMissing:  {sevE, "未选择主体性质", "subject type: not chosen", srcApply},
	codeNameMissing:         {sevE, "未填写名称或姓名", "name: missing", srcApply},
	codeCertTypeMissing:     {sevE, "未选择证件类型", "certificate type: not chosen", srcApply},
	codeCertTypeMismatch:    {sevE, "证件类型与主体性质不符：该证件属于另一种主体性质", "certificate type: the certificate belongs to another subject type", srcCertTypes},
	codeCertTypeNotPersonal: {sevE, "负责人须使用个人证件（如居民身份证）", "principal: must use a personal certificate, such as a resident ID card", srcApply},
	codeCertTypeUnusual:     {sevW, "证件类型通常用于另一种主体性质，请核对", "certificate type: usually used by another subject type; check it", srcMIITCerts},
	codeCertAddressMissing:  {sevE, "未填写证件住所", "certificate address: missing", srcApply},
	codeCatalogueUnknown:    {sevE, "代码不在微信的目录中", "code: not in WeChat's catalogue", srcCatalogues},
	codeCatalogueUnconfirmed: {sevW, "代码无法用内置目录确认；请传入微信的目录",
		"code: the embedded snapshot cannot confirm it; pass WeChat's catalogue", srcCatalogues},

	codeRegionMissing:        {sevE, "未选择省份、城市或区县", "province, city or district: not chosen", srcDistricts},
	codeRegionFormat:         {sevE, "行政区划代码应为6位数字", "region code: must be 6 digits", srcDistricts},
	codeRegionProvince:       {sevE, "省份代码不是可备案的中国大陆省份", "province: not a mainland province that can file", srcDistricts},
	codeRegionProvinceLevel:  {sevE, "省份代码应为省级代码（以0000结尾）", "province: not a province-level code (ending in 0000)", srcDistricts},
	codeRegionCityLevel:      {sevE, "城市代码应为地级代码（以00结尾且不以0000结尾）", "city: not a city-level code (ending in 00 but not 0000)", srcDistricts},
	codeRegionCityMismatch:   {sevE, "所选城市不属于所选省份", "city: does not belong to the chosen province", srcDistricts},
	codeRegionDistrictLevel:  {sevE, "区县代码应为县级代码（末两位不为00）", "district: not a district-level code (not ending in 00)", srcDistricts},
	codeRegionDistrictMisfit: {sevE, "所选区县不属于所选城市", "district: does not belong to the chosen city", srcDistricts},

	codeAddressMissing:    {sevE, "未填写通讯地址", "address: missing", srcApply},
	codeAddressRepeats:    {sevE, "通讯地址不应重复填写省份、城市或区县，请从街道开始填写", "address: must not repeat the province, city or district; start with the street", srcOnlineOrder},
	codeAddressPOBox:      {sevW, "通讯地址不宜为邮政信箱", "address: a post-office box is usually not accepted", srcAddress},
	codeAddressShorthand:  {sevW, "通讯地址不宜使用“42-2-1”等简写，请写明楼栋、单元、室号", "address: shorthand such as 42-2-1 is usually not accepted; write out building, unit and room", srcAddress},
	codeAddressNoNumber:   {sevW, "通讯地址应详细到门牌号、楼栋或室号，农村地址应到村或组；确无门牌号时请在备注中说明", "address: should go down to the house number, building or room, or to the village; explain in the remark if there is no number", srcAddress},
	codeCertOtherProvince: {sevE, "单位的证件住所不在备案省份：请选择与证件地址一致的省份", "certificate address: lies outside the filing province; choose the province of the certificate address", srcDomicile},
	codeSameCityAddress:   {sevW, "备案省份要求证件住所与通讯地址位于同一城市", "certificate address: the filing province wants it in the same city as the communication address", srcProvince},

	codeResidencePermit:  {sevE, "证件住所不在备案省份的个人须上传居住证明", "residence permit: an individual whose certificate address lies in another province uploads a proof of residence", srcApply},
	codeResidenceRefused: {sevW, "备案省份不接受外省户籍的个人备案", "province: the filing province does not accept individuals registered in another province", srcProvince},
	codeAltPrefix: {sevW, "备案号的省份简称可能有误：四川、贵州、云南、甘肃分别为“蜀”“黔”“滇”“陇”",
		"filing number: the province abbreviation is probably mistyped; Sichuan, Guizhou, Yunnan and Gansu use Shu, Qian, Dian and Long, not Chuan, Gui, Yun and Gan", srcPrefixes},

	codeAgeUnder16:         {sevW, "负责人未满16周岁，通常不能备案", "principal: under 16 on the day of submission; usually cannot file", srcJDAge},
	codeAgeMinor:           {sevW, "负责人未满18周岁，多数省份不接受未成年负责人", "principal: under 18 on the day of submission; most provinces do not accept minors", srcJDAge},
	codeAgeMinorEmployment: {sevW, "负责人未满18周岁：备案省份仅在提供就业证明时接受16至17周岁的负责人", "principal: under 18; the filing province accepts principals of 16 or 17 only with a proof of employment", srcProvince},
	codeValidityExpiring:   {sevW, "证件剩余有效期不足三个月，部分审核方会驳回", "certificate validity: three months or less left; some reviewers reject that", srcHuaweiReject},
	codeForeignRefused:     {sevW, "备案省份不接受持护照或外国人永久居留身份证的负责人", "principal: the filing province does not accept principals with a passport or a foreigner's permanent residence ID", srcProvince},
	codeForeignAuthorise:   {sevW, "备案省份要求外籍负责人授权持中国大陆居民身份证的人员担任负责人", "principal: the filing province wants a foreign principal to authorise a holder of a mainland resident ID", srcProvince},
	codeHMTRefused:         {sevW, "备案省份不接受持港澳台证件的负责人", "principal: the filing province does not accept principals with a Hong Kong, Macao or Taiwan permit", srcProvince},
	codeHMTAuthorise:       {sevW, "备案省份要求持港澳台证件的负责人授权持中国大陆居民身份证的人员担任负责人", "principal: the filing province wants a principal with a Hong Kong, Macao or Taiwan permit to authorise a holder of a mainland resident ID", srcProvince},
	codeLegalRepRequired:   {sevW, "备案省份要求主体负责人为法定代表人", "subject principal: the filing province wants the legal representative as subject principal", srcProvince},
	codeSamePrincipal:      {sevW, "主体负责人不是法定代表人时，备案省份要求小程序负责人与主体负责人为同一人", "mini program principal: when the subject principal is not the legal representative, the filing province wants the same person as mini program principal", srcProvince},
	codeMobileShared:       {sevE, "主体负责人与小程序负责人不是同一人，不能使用同一手机号码", "mobile number: the subject principal and the mini program principal are different people and may not share one number", srcConsole},
	codeEmailShared:        {sevW, "主体负责人与小程序负责人不是同一人，不宜使用同一电子邮箱", "e-mail address: the subject principal and the mini program principal are different people; one address for both is often rejected", srcHuaweiReject},
	codeEmergencyLandline:  {sevW, "应急联系方式为固定电话；服务商通常要求填写手机号码", "emergency contact: a landline; providers usually ask for a mobile number", srcLandline},
	codeEmergencyThird:     {sevW, "备案省份要求应急联系人为两位负责人以外的第三人", "emergency contact: the filing province wants a third person, neither principal", srcProvince},
	codeEmergencyRemark:    {sevW, "备案省份要求在主体备注中写明应急联系人的姓名及关系", "subject remark: the filing province wants the emergency contact's name and relation stated in the remark", srcProvince},
	codeLocalMobile:        {sevW, "备案省份要求使用本省号段的手机号码", "mobile number: the filing province wants numbers registered in the province", srcProvince},

	codeNameLatin:           {sevW, "小程序名称为纯英文字母，部分审核方会驳回（名称已由微信审核，无法在备案中修改）", "mini program name: only Latin letters, which some reviewers reject (WeChat approved the name; it cannot be changed in the filing)", srcTencentReject},
	codeNameDigits:          {sevW, "小程序名称为纯数字，部分审核方会驳回（名称已由微信审核，无法在备案中修改）", "mini program name: only digits, which some reviewers reject (WeChat approved the name; it cannot be changed in the filing)", srcTencentReject},
	codeNameDomain:          {sevW, "小程序名称为域名，部分审核方会驳回（名称已由微信审核，无法在备案中修改）", "mini program name: a domain name, which some reviewers reject (WeChat approved the name; it cannot be changed in the filing)", srcTencentReject},
	codeNameContainsDomain:  {sevW, "小程序名称含有类似域名的内容，可能被驳回", "mini program name: contains something shaped like a domain name, which reviewers may reject", srcTencentReject},
	codeNameReservedPrefix:  {sevW, "小程序名称以“中国”“中华”“中央”“全国”“国家”“人民”“人大”开头：非国家机关的单位可能需要说明或相关资质", "mini program name: starts with Zhongguo, Zhonghua, Zhongyang, Quanguo, Guojia, Renmin or Renda (China, Chinese nation, central, national, state, people, NPC); bodies other than national ones may need to explain it", srcQingCloud},
	codeNameReservedWord:    {sevW, "小程序名称含有“中国”“中华”“中央”“全国”“国家”“人民”“人大”等字样，部分审核方会驳回", "mini program name: contains Zhongguo, Zhonghua, Zhongyang, Quanguo, Guojia, Renmin or Renda (China, Chinese nation, central, national, state, people, NPC), which some reviewers reject", srcQingCloud},
	codeNamePersonalKeyword: {sevW, "个人主体的小程序名称含有涉及企业、行业、公共服务或敏感内容的字样，可能被驳回", "mini program name: an individual's name contains a word suggesting a company, an industry, a public service or a sensitive subject", srcQingCloud},
	codeNameSymbols:         {sevW, "小程序名称含有特殊符号（如★、♥或表情符号），可能被驳回", "mini program name: contains special symbols (such as ★, ♥ or emoji), which reviewers may reject", srcTencentReject},

	codeDescriptionMissing:  {sevE, "未填写小程序备注", "mini program description: missing", srcApply},
	codeDescriptionLength:   {sevE, "小程序备注应为20至200个字", "mini program description: must have 20 to 200 characters", srcApply},
	codeDescriptionPunct:    {sevE, "小程序备注只有标点或符号，请描述小程序的实际功能", "mini program description: only punctuation or symbols; describe what the mini program does", srcApply},
	codeDescriptionRepeated: {sevE, "小程序备注只是重复的字符，请描述小程序的实际功能", "mini program description: only repeated characters; describe what the mini program does", srcApply},
	codeDescriptionIsName:   {sevW, "小程序备注只重复了名称，请描述小程序的实际功能", "mini program description: only repeats the name; describe what the mini program does", srcOwnDescription},
	codeDescriptionCompany:  {sevW, "个人主体的小程序备注读起来像企业的业务（如“本公司”“企业介绍”“加盟”），可能被要求以单位备案", "mini program description: an individual's description reads like a company's business (本公司, 企业介绍, 加盟 …); reviewers may ask for a filing as a unit", srcTencentReject},

	codeServiceCount:      {sevE, "服务内容类型应选择1至5项", "service content types: choose between 1 and 5", srcServices},
	codeServiceFirstLevel: {sevE, "服务内容类型只能选择二级类型，不能选择一级类型", "service content types: only second-level types may be chosen, not first-level ones", srcServices},
	codeServiceDuplicate:  {sevE, "服务内容类型重复", "service content types: chosen twice", srcServices},
	codeNrlxMissing:       {sevE, "未填写前置审批项；不涉及时也须选择“以上都不涉及”", "pre-approval items: missing; choose \"none of the above\" when nothing applies", srcApply},
	codeNrlxTooMany:       {sevE, "前置审批项过多：每种类型最多一项", "pre-approval items: far too many; each type may appear once", srcApply},
	codeNrlxDuplicate:     {sevE, "前置审批类型重复", "pre-approval item: the type is listed twice", srcApply},
	codeNrlxMissingCode:   {sevE, "未填写前置审批号", "pre-approval item: the approval number is missing", srcApply},
	codeNrlxMissingMedia:  {sevE, "未上传前置审批文件", "pre-approval item: the approval document is missing", srcApply},
	codeNrlxNoneNotAlone:  {sevW, "“以上都不涉及”不宜与其他前置审批项同时选择", "pre-approval items: \"none of the above\" contradicts the other items", srcApply},

	codeMaterialsMissing:      {sevE, "缺少必需的备案材料", "a required filing material is missing", srcApply},
	codeMaterialsLength:       {sevE, "材料文件数量超过上限（其他附件最多10个，其余最多1个）", "filing materials: too many files (at most 10 other attachments, otherwise 1)", srcApply},
	codeExtraDocument:         {sevW, "备案省份的服务商要求提供此项材料（微信可能自行提供）", "materials: providers say the filing province asks for this document (WeChat may supply it itself)", srcProvince},
	codeRecordsOtherProvince:  {sevE, "该主体已在其他省份备案或正在审核，同一主体在所有平台只能在一个省份备案", "province: the subject is filed or in review in another province; a subject files in one province on every platform", srcDomicile},
	codeRecordsInReview:       {sevW, "该主体已有备案正在审核中，管局通常一次只受理一个", "subject: another filing of the subject is in review; bureaus usually take one at a time", srcTencentReview},
	codeRecordsMobileOtherSub: {sevW, "该手机号码已用于其他主体的备案", "mobile number: already used on another subject's filing", srcTencentReject},

	// Prehint codes are added from preApprovalCategories.
}

// documentSources gives the severity and source of package document's
// codes, by the code's subject (its first half).
var documentSources = map[string]codeInfo{
	"uscc":                 {sev: sevE, src: srcGB32100},
	"org_code":             {sev: sevE, src: srcGB11714},
	"resident_id":          {sev: sevE, src: srcGB11643},
	"residence_permit":     {sev: sevE, src: srcHMTPermit},
	"foreign_permanent_id": {sev: sevW, src: srcForeignID},
	"passport":             {sev: sevW, src: srcPermits},
	"hk_macao_permit":      {sev: sevW, src: srcPermits},
	"taiwan_permit":        {sev: sevW, src: srcPermits},
	"certificate":          {sev: sevW, src: srcGeneric},
	"mobile":               {sev: sevE, src: srcNumbering},
	"email":                {sev: sevE, src: srcEmail},
	"emergency_contact":    {sev: sevE, src: srcNumbering},
	"validity":             {sev: sevE, src: srcApply + " (YYYYMMDD or 长期)"},
}

// documentOverrides are document codes whose severity or source differ
// from their subject's.
var documentOverrides = map[string]codeInfo{
	"foreign_permanent_id.checksum":    {sev: sevE, src: srcForeignID},
	"certificate.missing":              {sev: sevE, src: srcApply},
	"passport.missing":                 {sev: sevE, src: srcApply},
	"hk_macao_permit.missing":          {sev: sevE, src: srcApply},
	"taiwan_permit.missing":            {sev: sevE, src: srcApply},
	"foreign_permanent_id.missing":     {sev: sevE, src: srcApply},
	"emergency_contact.same_as_mobile": {sev: sevE, src: srcConsole},
	"validity.under_one_month":         {sev: sevE, src: srcValidity},
	"validity.expired":                 {sev: sevE, src: srcValidity},
	"validity.not_yet_valid":           {sev: sevE, src: srcValidity},
	"mobile.country_code":              {sev: sevE, src: srcApply + " (mobile: the bare 11-digit number)"},
	"emergency_contact.country_code":   {sev: sevE, src: srcApply + " (emergency_contact: the bare 11-digit number)"},
}

// codeTable describes every code Check can report: this package's own and
// package document's (except the files' media.* and the filing numbers',
// which Check does not validate, and certificate.no_type, for which it
// reports certificate_type.missing). Built once, never modified.
var codeTable = func() map[Code]codeInfo {
	m := make(map[Code]codeInfo, len(ownCodes)+128)
	for c, ci := range ownCodes {
		m[c] = ci
	}
	for _, cat := range preApprovalCategories {
		m[cat.code] = codeInfo{sevW, cat.zh, cat.en, srcHuaweiPre}
	}
	for _, c := range document.Codes() {
		subject, _, _ := strings.Cut(c, ".")
		if c == "certificate.no_type" {
			continue // Check reports the missing type itself
		}
		ci, ok := documentOverrides[c]
		if !ok {
			if ci, ok = documentSources[subject]; !ok {
				continue // media and filing numbers: not checked here
			}
		}
		ci.zh, ci.en, _ = document.Message(c)
		m[Code(c)] = ci
	}
	return m
}()

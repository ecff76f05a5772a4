package document_test

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// submitDay is the day of submission in the rejection tests.
var submitDay = workday.MustDate(2026, time.November, 27)

// residentID builds a valid resident ID number from a six-digit region, a
// YYYYMMDD birth date and a three-digit sequence, with its check character.
func residentID(region, birth, seq string) string {
	body := region + birth + seq
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(body[i]-'0') * weights[i]
	}
	return body + string("10X98765432"[sum%11])
}

// baseInput is a Guangdong enterprise filing that passes every rejection
// check on submitDay.
func baseInput() document.RejectionInput {
	id := residentID("440305", "19900101", "123")
	p := document.Principal{
		Name: "张三", Mobile: "13800138000", Email: "zhang@example.com", EmergencyContact: "13900139000",
		CertificateType: document.CertResidentID, CertificateNumber: id,
		ValidityStart: "20200101", ValidityEnd: "20400101",
	}
	return document.RejectionInput{
		Subject:     document.SubjectEnterprise,
		SubjectName: "深圳市好物科技有限公司",
		Region: document.Region{Province: "440000", City: "440300", District: "440305",
			ProvinceName: "广东省", CityName: "深圳市", DistrictName: "南山区"},
		Address:            "粤海街道科技园路1号A栋502室",
		CertificateType:    document.CertBusinessLicence,
		CertificateNumber:  "91440300MA5G35XK4B",
		CertificateAddress: "深圳市南山区粤海街道科技园路1号",
		SubjectPrincipal:   p,
		AppletPrincipal:    p,
		AppletName:         "好物清单",
		Description:        "为用户提供商品清单的整理、分类和收藏功能，帮助用户记录想买的物品，不含交易功能",
		PreApprovals:       []document.PreApproval{{Type: document.DefaultNoPreApprovalType}},
	}
}

// inProvince moves the filing to the province with the two-digit code.
func inProvince(in *document.RejectionInput, code string) {
	in.Region = document.Region{Province: code + "0000", City: code + "0100", District: code + "0102"}
}

// individual makes the filing an individual's, with the principal's ID as
// the subject certificate.
func individual(in *document.RejectionInput) {
	in.Subject = document.SubjectIndividual
	in.SubjectName = "张三"
	in.CertificateType = document.CertResidentID
	in.CertificateNumber = in.SubjectPrincipal.CertificateNumber
	in.CertificateAddress = "广东省深圳市南山区某某路1号"
}

// otherPrincipal makes the mini program principal a different person.
func otherPrincipal(in *document.RejectionInput) {
	in.AppletPrincipal = document.Principal{
		Name: "李四", Mobile: "13700137000", Email: "li@example.com", EmergencyContact: "13600136000",
		CertificateType: document.CertResidentID, CertificateNumber: residentID("440305", "19880202", "456"),
		ValidityStart: "20200101", ValidityEnd: document.LongTerm,
	}
}

func TestCheckRejectionsBaseIsClean(t *testing.T) {
	if ps := document.CheckRejections(baseInput(), document.RejectionOptions{On: submitDay}); ps != nil {
		t.Fatalf("base input: %v", ps)
	}
	if ps := document.CheckRejections(document.RejectionInput{}, document.RejectionOptions{On: submitDay}); ps != nil {
		t.Fatalf("zero input: %v", ps)
	}
}

// rejectionCase is one case of a rejection check: the input is changed
// by edit, and code must (want) or must not (!want) be reported at field.
type rejectionCase struct {
	name  string
	edit  func(in *document.RejectionInput, o *document.RejectionOptions)
	code  document.Code
	field string
	want  bool
}

// rejectionCases returns one failing case for every rejection code and
// at least one passing case for most; baseInput passes them all.
func rejectionCases() []rejectionCase {
	const (
		subjPrin = "icp_subject.principal_info"
		appPrin  = "icp_applets.principal_info"
		appName  = "icp_applets.base_info.name"
		address  = "icp_subject.base_info.address"
		certAddr = "icp_subject.organize_info.certificate_address"
		nrlx     = "icp_applets.base_info.nrlx_details"
		comment  = "icp_applets.base_info.comment"
	)
	birth := func(b string) func(in *document.RejectionInput, o *document.RejectionOptions) {
		return func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.SubjectPrincipal.CertificateNumber = residentID("440305", b, "123")
		}
	}
	validUntil := func(end string) func(in *document.RejectionInput, o *document.RejectionOptions) {
		return func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletPrincipal.ValidityEnd = end
		}
	}
	name := func(n string) func(in *document.RejectionInput, o *document.RejectionOptions) {
		return func(in *document.RejectionInput, o *document.RejectionOptions) { in.AppletName = n }
	}
	addr := func(a string) func(in *document.RejectionInput, o *document.RejectionOptions) {
		return func(in *document.RejectionInput, o *document.RejectionOptions) { in.Address = a }
	}
	desc := func(d string) func(in *document.RejectionInput, o *document.RejectionOptions) {
		return func(in *document.RejectionInput, o *document.RejectionOptions) { in.Description = d }
	}
	tests := []rejectionCase{
		// Age (#12).
		{"age/adult passes", birth("20081127"), "principal.age.minor", subjPrin + ".certificate_number", false},
		{"age/under 16", birth("20101128"), "principal.age.under_16", subjPrin + ".certificate_number", true},
		{"age/16 passes the under-16 check", birth("20101127"), "principal.age.under_16", subjPrin + ".certificate_number", false},
		{"age/17 in Guangdong warns", birth("20081128"), "principal.age.minor_employment", subjPrin + ".certificate_number", true},
		{"age/17 in Guangdong is no error", birth("20081128"), "principal.age.minor", subjPrin + ".certificate_number", false},
		{"age/17 in Beijing is an error", func(in *document.RejectionInput, o *document.RejectionOptions) {
			birth("20081128")(in, o)
			inProvince(in, "11")
		}, "principal.age.minor", subjPrin + ".certificate_number", true},
		{"age/17 in Beijing is no warning", func(in *document.RejectionInput, o *document.RejectionOptions) {
			birth("20081128")(in, o)
			inProvince(in, "11")
		}, "principal.age.minor_employment", subjPrin + ".certificate_number", false},
		{"age/no upper limit", birth("19300101"), "principal.age.minor", subjPrin + ".certificate_number", false},

		// Validity (#11).
		{"validity/long term passes", validUntil(document.LongTerm), "validity.expiring", appPrin + ".certificate_validity_date_end", false},
		{"validity/four months passes", validUntil("20270328"), "validity.expiring", appPrin + ".certificate_validity_date_end", false},
		{"validity/three months warns", validUntil("20270227"), "validity.expiring", appPrin + ".certificate_validity_date_end", true},
		{"validity/one month is an error", validUntil("20261227"), "validity.under_one_month", appPrin + ".certificate_validity_date_end", true},
		{"validity/just over a month passes the error", validUntil("20261228"), "validity.under_one_month", appPrin + ".certificate_validity_date_end", false},
		{"validity/expired", validUntil("20261126"), "validity.expired", appPrin + ".certificate_validity_date_end", true},
		{"validity/last day passes the expiry check", validUntil("20261127"), "validity.expired", appPrin + ".certificate_validity_date_end", false},
		{"validity/started today", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletPrincipal.ValidityStart = "20261127"
		}, "validity.not_yet_valid", appPrin + ".certificate_validity_date_start", false},
		{"validity/not yet valid", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletPrincipal.ValidityStart = "20261201"
		}, "validity.not_yet_valid", appPrin + ".certificate_validity_date_start", true},

		// Foreign and HMT principals (#16).
		{"foreign/passport in Guangdong passes", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletPrincipal.CertificateType = document.CertPassport
		}, "province.foreign_principal_refused", appPrin + ".certificate_type", false},
		{"foreign/passport in Hebei", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "13")
			in.AppletPrincipal.CertificateType = document.CertPassport
		}, "province.foreign_principal_refused", appPrin + ".certificate_type", true},
		{"foreign/passport in Shanxi needs authorisation", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "14")
			in.SubjectPrincipal.CertificateType = document.CertForeignPermanentResidence
		}, "province.foreign_principal_authorise", subjPrin + ".certificate_type", true},
		{"foreign/resident ID in Shanxi passes", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "14")
		}, "province.foreign_principal_authorise", subjPrin + ".certificate_type", false},
		{"hmt/permit with a caller rule", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Rules = mustRules(`{"rules":[{"province":"44","rule":"hmt_principal","value":"refused","source":"test","as_of":"2026-01-01"}]}`)
			in.AppletPrincipal.CertificateType = document.CertHKMacaoTravelPermit
		}, "province.hmt_principal_refused", appPrin + ".certificate_type", true},
		{"hmt/permit without rules passes", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletPrincipal.CertificateType = document.CertHKMacaoTravelPermit
		}, "province.hmt_principal_refused", appPrin + ".certificate_type", false},
		{"hmt/authorisation with a caller rule", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Rules = mustRules(`{"rules":[{"province":"44","rule":"hmt_principal","value":"authorise_mainland","source":"test","as_of":"2026-01-01"}]}`)
			in.AppletPrincipal.CertificateType = document.CertTaiwanResidencePermit
		}, "province.hmt_principal_authorise", appPrin + ".certificate_type", true},

		{"hmt/passport is not an HMT permit", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Rules = mustRules(`{"rules":[{"province":"44","rule":"hmt_principal","value":"authorise_mainland","source":"test","as_of":"2026-01-01"}]}`)
			in.AppletPrincipal.CertificateType = document.CertPassport
		}, "province.hmt_principal_authorise", appPrin + ".certificate_type", false},

		// Legal representative (#14, #15).
		{"legal rep/Tianjin wants the legal rep", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "12")
			in.LegalRepCertificateNumber = residentID("120101", "19700101", "111")
		}, "province.legal_rep_required", subjPrin, true},
		{"legal rep/Beijing allows another", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "11")
			in.LegalRepCertificateNumber = residentID("110101", "19700101", "111")
		}, "province.legal_rep_required", subjPrin, false},
		{"legal rep/Jiangsu wants the same principal", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "32")
			in.LegalRepCertificateNumber = residentID("320101", "19700101", "111")
			otherPrincipal(in)
		}, "province.same_principal_required", appPrin, true},
		{"legal rep/Jiangsu same principal passes", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "32")
			in.LegalRepCertificateNumber = residentID("320101", "19700101", "111")
		}, "province.same_principal_required", appPrin, false},

		{"legal rep/unknown province has no province rules", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.Region = document.Region{Province: "990000", City: "990100", District: "990102"}
			in.LegalRepCertificateNumber = residentID("120101", "19700101", "111")
		}, "province.legal_rep_required", subjPrin, false},
		{"legal rep/unknown province still gets the general checks", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.Region = document.Region{Province: "990000", City: "990100", District: "990102"}
			in.AppletName = "中国好物"
		}, "name.reserved_prefix", appName, true},

		// Contacts (#21, #22, #24).
		{"contact/emergency is own mobile", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.SubjectPrincipal.EmergencyContact = "+86 138-0013-8000"
		}, "contact.emergency_is_own_mobile", subjPrin + ".emergency_contact", true},
		{"contact/emergency is own mobile with the country code", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.SubjectPrincipal.EmergencyContact = "8613800138000"
		}, "contact.emergency_is_own_mobile", subjPrin + ".emergency_contact", true},
		{"contact/emergency differs", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.SubjectPrincipal.EmergencyContact = "13800138001"
		}, "contact.emergency_is_own_mobile", subjPrin + ".emergency_contact", false},
		{"contact/two people share a mobile", func(in *document.RejectionInput, o *document.RejectionOptions) {
			otherPrincipal(in)
			in.AppletPrincipal.Mobile = in.SubjectPrincipal.Mobile
		}, "contact.mobile_shared", appPrin + ".mobile", true},
		{"contact/one person may use one mobile", func(in *document.RejectionInput, o *document.RejectionOptions) {}, "contact.mobile_shared", appPrin + ".mobile", false},
		{"contact/two people share an e-mail", func(in *document.RejectionInput, o *document.RejectionOptions) {
			otherPrincipal(in)
			in.AppletPrincipal.Email = "ZHANG@example.com "
		}, "contact.email_shared", appPrin + ".email", true},
		{"contact/two people, two e-mails", otherPrincipalEdit, "contact.email_shared", appPrin + ".email", false},
		{"contact/Tianjin third person", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "12")
			otherPrincipal(in)
			in.SubjectPrincipal.EmergencyContact = in.AppletPrincipal.Mobile
		}, "province.emergency_third_person", subjPrin + ".emergency_contact", true},
		{"contact/Guangdong has no third-person rule", func(in *document.RejectionInput, o *document.RejectionOptions) {
			otherPrincipal(in)
			in.SubjectPrincipal.EmergencyContact = in.AppletPrincipal.Mobile
		}, "province.emergency_third_person", subjPrin + ".emergency_contact", false},
		{"contact/Chongqing individual without remark", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "50")
			in.CertificateNumber = residentID("500101", "19900101", "123")
			in.SubjectPrincipal.CertificateNumber = in.CertificateNumber
			in.AppletPrincipal.CertificateNumber = in.CertificateNumber
			in.CertificateAddress = "重庆市渝中区某某路1号"
		}, "province.emergency_remark", "icp_subject.base_info.comment", true},
		{"contact/Chongqing individual with a remark about something else", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "50")
			in.Remark = "所在地址无门牌号"
		}, "province.emergency_remark", "icp_subject.base_info.comment", true},
		{"contact/Chongqing individual with remark", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "50")
			in.Remark = "应急联系人王五，系本人配偶"
		}, "province.emergency_remark", "icp_subject.base_info.comment", false},
		{"contact/Jiangsu local number", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "32")
			o.MobileProvince = func(m string) (string, bool) {
				if m == "13900139000" {
					return "440000", true
				}
				return "32", true
			}
		}, "province.local_mobile", subjPrin + ".emergency_contact", true},
		{"contact/Jiangsu local numbers pass", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "32")
			o.MobileProvince = func(string) (string, bool) { return "32", true }
		}, "province.local_mobile", subjPrin + ".mobile", false},

		// Names (#28–#30).
		{"name/reserved prefix", name("中国好物"), "name.reserved_prefix", appName, true},
		{"name/reserved prefix, national body", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletName = "全国好物"
			o.NationalBody = true
		}, "name.reserved_prefix", appName, false},
		{"name/reserved prefix carried by the subject's name", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletName = "人民好物"
			in.SubjectName = "人民好物有限公司"
		}, "name.reserved_prefix", appName, false},
		{"name/reserved word inside", name("好物中华行"), "name.reserved_word", appName, true},
		{"name/no reserved word", name("好物清单"), "name.reserved_word", appName, false},
		{"name/individual keyword", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			in.AppletName = "张三的工作室"
		}, "name.personal_keyword", appName, true},
		{"name/unit keyword is fine", name("好物工作室"), "name.personal_keyword", appName, false},
		{"name/digits only", name("12306"), "name.digits_only", appName, true},
		{"name/digits with Chinese", name("12306好物"), "name.digits_only", appName, false},
		{"name/Latin only", name("Good Things"), "name.latin_only", appName, true},
		{"name/Latin with Chinese", name("Good好物"), "name.latin_only", appName, false},
		{"name/domain", name("haowu.com"), "name.domain", appName, true},
		{"name/domain inside warns", name("好物haowu.cn"), "name.contains_domain", appName, true},
		{"name/domain inside is no error", name("好物haowu.cn"), "name.domain", appName, false},
		{"name/web address", name("https://www.haowu.com"), "name.domain", appName, true},
		{"name/library name warns only", name("Vue.js教程"), "name.domain", appName, false},
		{"name/no domain inside", name("好物清单2.0版"), "name.contains_domain", appName, false},
		{"name/full-width digits", name("１２３０６"), "name.digits_only", appName, true},
		{"name/full-width Latin", name("ＧＯＯＤ　ＴＨＩＮＧＳ"), "name.latin_only", appName, true},
		{"name/reserved word carried inside the subject's name", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletName = "南山人民医院挂号"
			in.SubjectName = "深圳市南山区人民医院"
		}, "name.reserved_word", appName, false},
		{"name/reserved prefix not excused by the word inside the subject's name", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletName = "人民医院挂号"
			in.SubjectName = "深圳市南山区人民医院"
		}, "name.reserved_prefix", appName, true},
		{"name/version number is no domain", name("好物2.0"), "name.domain", appName, false},

		// Addresses (#3, #26, #27).
		{"address/PO box", addr("科技园路邮政信箱1001号"), "address.po_box", address, true},
		{"address/PO box in English", addr("P.O. Box 1001"), "address.po_box", address, true},
		{"address/PO box in capitals", addr("PO BOX 1001"), "address.po_box", address, true},
		{"address/mailbox word is no PO box", addr("科技园路1号邮箱大厦"), "address.po_box", address, false},
		{"address/shorthand", addr("科技园路42-2-1"), "address.shorthand", address, true},
		{"address/shorthand explained", addr("科技园路42-2-1号"), "address.shorthand", address, false},
		{"address/no house number", addr("科技园路"), "address.no_house_number", address, true},
		{"address/building letter", addr("科技园路B座"), "address.no_house_number", address, false},
		{"address/Chinese numeral", addr("科技园路十八号"), "address.no_house_number", address, false},
		{"address/village", addr("大沙镇石头村"), "address.no_house_number", address, false},
		{"address/courtyard number", addr("胡同3号院"), "address.no_house_number", address, false},
		{"address/lane", addr("淮海中路200弄"), "address.no_house_number", address, false},
		{"address/unit certificate in another province", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateAddress = "四川省成都市武侯区某某路1号"
		}, "address.certificate_other_province", certAddr, true},
		{"address/unit certificate in a municipality", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateAddress = "北京朝阳区某某路1号"
		}, "address.certificate_other_province", certAddr, true},
		{"address/street named after a municipality", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateAddress = "北京路88号"
		}, "address.certificate_other_province", certAddr, false},
		{"address/street named after a municipality, with a direction", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateAddress = "上海中路1号"
		}, "address.certificate_other_province", certAddr, false},
		{"address/municipality with a district", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateAddress = "中国上海浦东新区某某路1号"
		}, "address.certificate_other_province", certAddr, true},
		{"address/unit certificate in the province", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateAddress = "中国广东省深圳市南山区某某路1号"
		}, "address.certificate_other_province", certAddr, false},
		{"address/individual's certificate elsewhere is not this check", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			in.CertificateAddress = "四川省成都市武侯区某某路1号"
		}, "address.certificate_other_province", certAddr, false},
		{"address/Hebei same city", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.Region = document.Region{Province: "130000", City: "130100", District: "130102", CityName: "石家庄市"}
			in.CertificateAddress = "河北省保定市竞秀区某某路1号"
		}, "province.same_city_address", certAddr, true},
		{"address/Hebei same city passes", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.Region = document.Region{Province: "130000", City: "130100", District: "130102", CityName: "石家庄市"}
			in.CertificateAddress = "河北省石家庄市长安区某某路1号"
		}, "province.same_city_address", certAddr, false},

		// Pre-approval hints (#37).
		{"prehint/news", desc("每日更新本地新闻和生活信息，方便市民了解身边发生的事情"), "prehint.news", nrlx, true},
		{"prehint/publishing", desc("提供原创小说的在线阅读与章节更新提醒，支持书架收藏"), "prehint.publishing", nrlx, true},
		{"prehint/education", desc("提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩"), "prehint.education", nrlx, true},
		{"prehint/healthcare", desc("为社区居民提供医院挂号预约、报告查询和就诊提醒服务"), "prehint.healthcare", nrlx, true},
		{"prehint/drugs", desc("展示本店药品目录，支持用户查询价格和库存并预约到店自提"), "prehint.drugs", nrlx, true},
		{"prehint/culture", desc("提供休闲益智类小游戏，用户可以在线闯关并查看好友排行"), "prehint.culture", nrlx, true},
		{"prehint/audio video", desc("提供短视频的浏览、点赞与收藏，用户可关注喜欢的创作者"), "prehint.audio_video", nrlx, true},
		{"prehint/bulletin board", desc("本地车友交流论坛，用户可以发帖讨论用车经验和自驾路线"), "prehint.bulletin_board", nrlx, true},
		{"prehint/ride hailing", desc("提供城市内网约车的下单、行程查看和费用结算等出行服务"), "prehint.ride_hailing", nrlx, true},
		{"prehint/finance from the business scope", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.BusinessScope = "软件开发；项目投资；企业管理咨询"
		}, "prehint.finance", nrlx, true},
		{"prehint/religion", desc("介绍本地寺庙的历史文化和开放时间，提供参观路线和交通指引"), "prehint.religion", nrlx, true},
		{"prehint/news negated", desc("查询本地商户的营业时间和地址，不提供新闻和资讯服务"), "prehint.news", nrlx, false},
		{"prehint/publishing negated", desc("记录个人读书笔记和阅读时长，不涉及小说或电子书的出版"), "prehint.publishing", nrlx, false},
		{"prehint/education negated", desc("提供会议室的预约和签到功能，不开展教育培训业务"), "prehint.education", nrlx, false},
		{"prehint/healthcare negated", desc("提供小区停车位的预约和缴费功能，不提供医疗或诊疗服务"), "prehint.healthcare", nrlx, false},
		{"prehint/drugs negated", desc("展示本店日用百货的价格和库存，不含药品和医疗器械"), "prehint.drugs", nrlx, false},
		{"prehint/culture negated", desc("提供家庭记账和预算提醒功能，不含游戏和动漫内容"), "prehint.culture", nrlx, false},
		{"prehint/audio video negated", desc("提供图文菜谱的浏览和收藏功能，不提供视频和直播"), "prehint.audio_video", nrlx, false},
		{"prehint/bulletin board negated", desc("提供个人待办事项管理功能，不提供论坛、社区或留言板"), "prehint.bulletin_board", nrlx, false},
		{"prehint/ride hailing negated", desc("提供公司班车的时刻表查询，不提供网约车或拼车服务"), "prehint.ride_hailing", nrlx, false},
		{"prehint/religion negated", desc("介绍本地公园的开放时间和游览路线，不涉及宗教内容"), "prehint.religion", nrlx, false},
		{"prehint/negated", desc("为用户提供商品清单整理和收藏功能，不涉及金融、直播和教育培训业务"), "prehint.finance", nrlx, false},
		{"prehint/negated through an enumeration", desc("提供在线预约和订单查询功能，不涉及新闻、出版、医疗等前置审批内容"), "prehint.healthcare", nrlx, false},
		{"prehint/negation ends at but", desc("本小程序不涉及金融但提供直播带货服务，用户可以边看边买"), "prehint.audio_video", nrlx, true},
		{"prehint/negation ends with the sentence", desc("不涉及金融。提供社区医院挂号预约和报告查询服务，方便居民就诊"), "prehint.healthcare", nrlx, true},
		{"prehint/with a pre-approval", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.Description = "提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩"
			in.PreApprovals = []document.PreApproval{{Type: 3, Code: "粤-123", Media: "m"}}
		}, "prehint.education", nrlx, false},
		{"prehint/with a letter in the other attachments", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.Description = "提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩"
			in.Materials = []string{"applets_other_materials"}
		}, "prehint.education", nrlx, false},

		// Description (#34).
		{"description/punctuation only", desc("。。。。。！！！！！？？？？？……………………"), "description.punctuation_only", comment, true},
		{"description/text with punctuation", desc("提供清单整理功能。支持分类！支持收藏？方便记录想买的东西"), "description.punctuation_only", comment, false},
		{"description/repetitive", desc("测试测试测试测试测试测试测试测试测试测试"), "description.repetitive", comment, true},
		{"description/two characters", desc("好好好好好好好好好好坏坏坏坏坏坏坏坏坏坏"), "description.repetitive", comment, true},
		{"description/real text is not repetitive", desc("为用户提供商品清单整理分类收藏功能"), "description.repetitive", comment, false},
		{"description/only the name", desc("深圳市好物科技有限公司的好物清单小程序"), "description.is_name", comment, true},
		{"description/one-character name removes nothing", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletName = "物"
			in.SubjectName = ""
			in.Description = "物物好物物物物物，物物清单物物"
		}, "description.is_name", comment, false},
		{"description/name and more", desc("好物清单帮助用户整理想买的物品并分类收藏，提醒降价"), "description.is_name", comment, false},

		// Residence (#41, §2.2).
		{"residence/individual from another province", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "31")
		}, "residence.permit_required", "icp_subject.personal_info.residence_permit", true},
		{"residence/with a permit", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "31")
			in.HasResidencePermit = true
		}, "residence.permit_required", "icp_subject.personal_info.residence_permit", false},
		{"residence/local individual", individualEdit, "residence.permit_required", "icp_subject.personal_info.residence_permit", false},
		{"residence/Chongqing refuses", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "50")
			in.HasResidencePermit = true
		}, "residence.province_refuses", "icp_subject.base_info.province", true},
		{"residence/Shanghai takes a permit", func(in *document.RejectionInput, o *document.RejectionOptions) {
			individual(in)
			inProvince(in, "31")
			in.HasResidencePermit = true
		}, "residence.province_refuses", "icp_subject.base_info.province", false},

		// Filing-number prefixes (§3).
		{"prefix/川", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.SubjectFilingNumber = "川ICP备19026949号"
		}, "filing_number.alt_prefix", "icp_subject.base_info.record_number", true},
		{"prefix/蜀", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.SubjectFilingNumber = "蜀ICP备19026949号"
		}, "filing_number.alt_prefix", "icp_subject.base_info.record_number", false},
		{"prefix/甘 on the mini program", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.AppletFilingNumber = "甘ICP备16003251号-1X"
		}, "filing_number.alt_prefix", "icp_applets.base_info.record_number", true},

		// Province documents (§2.6).
		{"documents/Xinjiang party-building letter", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "65")
		}, "province.extra_document", "icp_materials.party_building_confirmation_letter", true},
		{"documents/Xinjiang letter given", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "65")
			in.Materials = []string{"party_building_confirmation_letter"}
		}, "province.extra_document", "icp_materials.party_building_confirmation_letter", false},
		{"documents/no rules at all", func(in *document.RejectionInput, o *document.RejectionOptions) {
			inProvince(in, "65")
			o.Rules = &document.ProvinceRules{}
		}, "province.extra_document", "icp_materials.party_building_confirmation_letter", false},

		// Own records (#4, #5, #23).
		{"records/other province", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: in.CertificateNumber, Province: "310000", Stage: document.RecordFiled}}
		}, "records.other_province", "icp_subject.base_info.province", true},
		{"records/same province", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: in.CertificateNumber, Province: "44", Stage: document.RecordFiled}}
		}, "records.other_province", "icp_subject.base_info.province", false},
		{"records/other province, closed", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: in.CertificateNumber, Province: "31", Stage: document.RecordClosed}}
		}, "records.other_province", "icp_subject.base_info.province", false},
		{"records/in review", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: strings.ToLower(in.CertificateNumber), Province: "44", Stage: document.RecordInReview}}
		}, "records.in_review", "icp_subject", true},
		{"records/draft is not in review", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: in.CertificateNumber, Province: "44", Stage: document.RecordDraft}}
		}, "records.in_review", "icp_subject", false},
		{"records/mobile of another subject", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: "91110000MA00000000", Province: "11", Stage: document.RecordFiled, Mobiles: []string{"13800138000"}}}
		}, "records.mobile_other_subject", subjPrin + ".mobile", true},
		{"records/no subject certificate, nothing to compare", func(in *document.RejectionInput, o *document.RejectionOptions) {
			in.CertificateNumber = ""
			o.Records = []document.OtherFiling{{SubjectID: "91440300MA5G35XK4B", Province: "31", Stage: document.RecordFiled, Mobiles: []string{"13800138000"}}}
		}, "records.mobile_other_subject", subjPrin + ".mobile", false},
		{"records/own mobile on own filing", func(in *document.RejectionInput, o *document.RejectionOptions) {
			o.Records = []document.OtherFiling{{SubjectID: in.CertificateNumber, Province: "44", Stage: document.RecordFiled, Mobiles: []string{"13800138000"}}}
		}, "records.mobile_other_subject", subjPrin + ".mobile", false},
	}
	return tests
}

func TestCheckRejections(t *testing.T) {
	for _, tc := range rejectionCases() {
		t.Run(tc.name, func(t *testing.T) {
			in := baseInput()
			o := document.RejectionOptions{On: submitDay}
			tc.edit(&in, &o)
			ps := document.CheckRejections(in, o)
			got := findProblem(ps, tc.code, tc.field)
			if got != tc.want {
				t.Fatalf("%s at %s: got %v, want %v; problems: %v", tc.code, tc.field, got, tc.want, ps)
			}
			ci, _ := document.LookupCode(tc.code)
			for _, p := range ps {
				if p.Code == tc.code && p.Severity != ci.Severity {
					t.Errorf("%s: severity %v, catalogue %v", p.Code, p.Severity, ci.Severity)
				}
				if _, ok := document.LookupCode(p.Code); !ok {
					t.Errorf("%s: not in the catalogue", p.Code)
				}
				if strings.Contains(p.Message+p.English, "13800138000") {
					t.Errorf("%s: message echoes a phone number", p.Code)
				}
			}
		})
	}
}

func otherPrincipalEdit(in *document.RejectionInput, _ *document.RejectionOptions) {
	otherPrincipal(in)
}
func individualEdit(in *document.RejectionInput, _ *document.RejectionOptions) { individual(in) }

// findProblem reports whether ps has a problem with the code at field.
func findProblem(ps document.Problems, code document.Code, field string) bool {
	for _, p := range ps {
		if p.Code == code && p.Field == field {
			return true
		}
	}
	return false
}

func mustRules(js string) *document.ProvinceRules {
	rs, err := document.LoadProvinceRules([]byte(js))
	if err != nil {
		panic(err)
	}
	return rs
}

func TestCheckRejectionsSeverities(t *testing.T) {
	in := baseInput()
	in.AppletPrincipal.ValidityEnd = "20270227" // warning
	in.AppletName = "12306"                     // error
	ps := document.CheckRejections(in, document.RejectionOptions{On: submitDay})
	if !ps.Blocking() || len(ps.Errors()) != 1 || len(ps.Warnings()) != 1 {
		t.Fatalf("problems %v: errors %v, warnings %v", ps, ps.Errors(), ps.Warnings())
	}
	in.AppletName = "好物清单"
	ps = document.CheckRejections(in, document.RejectionOptions{On: submitDay})
	if ps.Blocking() || len(ps.Warnings()) != 1 {
		t.Fatalf("a warning alone blocks: %v", ps)
	}
}

func TestCheckRejectionsSkipsWithoutDay(t *testing.T) {
	in := baseInput()
	in.SubjectPrincipal.CertificateNumber = residentID("440305", "20150101", "123")
	in.AppletPrincipal.CertificateNumber = in.SubjectPrincipal.CertificateNumber
	in.AppletPrincipal.ValidityEnd = "20200102"
	if ps := document.CheckRejections(in, document.RejectionOptions{}); ps != nil {
		t.Fatalf("date checks ran without a day: %v", ps)
	}
}

func TestCheckOwnRecordsNil(t *testing.T) {
	if ps := document.CheckOwnRecords(baseInput(), nil); ps != nil {
		t.Fatalf("no records: %v", ps)
	}
	if ps := document.CheckOwnRecords(document.RejectionInput{}, []document.OtherFiling{{}}); ps != nil {
		t.Fatalf("zero records: %v", ps)
	}
}

// TestEveryRejectionCodeIsTested checks that every code of the rejection
// checks has a failing and a passing case in rejectionCases (baseInput
// passes them all, but each check shows its own boundary).
func TestEveryRejectionCodeIsTested(t *testing.T) {
	fails, passes := map[document.Code]bool{}, map[document.Code]bool{}
	for _, tc := range rejectionCases() {
		if tc.want {
			fails[tc.code] = true
		} else {
			passes[tc.code] = true
		}
	}
	for _, ci := range document.RejectionCodes() {
		if !fails[ci.Code] {
			t.Errorf("%s: no failing case", ci.Code)
		}
		if !passes[ci.Code] {
			t.Errorf("%s: no passing case", ci.Code)
		}
	}
}

// TestCheckRejectionsConcurrent runs the checks from several goroutines
// over one input, one options value and the shared default table; under
// -race this shows they only read what they are given.
func TestCheckRejectionsConcurrent(t *testing.T) {
	in := baseInput()
	otherPrincipal(&in)
	in.AppletPrincipal.Mobile = in.SubjectPrincipal.Mobile
	in.AppletName = "中国好课堂"
	o := document.RejectionOptions{On: submitDay, BusinessScope: "教育咨询",
		Records: []document.OtherFiling{{SubjectID: in.CertificateNumber, Province: "31", Stage: document.RecordInReview}}}
	want := document.CheckRejections(in, o)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if got := document.CheckRejections(in, o); got.Error() != want.Error() {
					errs <- got.Error()
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent run differs: %s", e)
	}
}

// TestFormatChecksAreErrors checks the first requirement on severities:
// the checks that came before the rejection checks (formats, regions,
// materials, files) all block; only rejection checks may warn.
func TestFormatChecksAreErrors(t *testing.T) {
	rejection := map[document.Code]bool{}
	for _, ci := range document.RejectionCodes() {
		rejection[ci.Code] = true
	}
	n := 0
	for _, ci := range document.Codes() {
		if rejection[ci.Code] {
			continue
		}
		n++
		if ci.Severity != document.SeverityError {
			t.Errorf("%s: severity %v, want error", ci.Code, ci.Severity)
		}
		if p := document.NewProblem("f", ci.Code); !p.Severity.Blocking() {
			t.Errorf("%s: a new problem does not block", ci.Code)
		}
	}
	if n == 0 || len(rejection) == 0 {
		t.Fatalf("%d format codes, %d rejection codes", n, len(rejection))
	}
}

var sinkProblems document.Problems

// BenchmarkCheckRejections runs every rejection check over a clean filing
// and over one with several problems.
func BenchmarkCheckRejections(b *testing.B) {
	clean := baseInput()
	dirty := baseInput()
	otherPrincipal(&dirty)
	dirty.AppletPrincipal.Mobile = dirty.SubjectPrincipal.Mobile
	dirty.AppletName = "中国好课堂"
	dirty.Address = "科技园路"
	dirty.Description = "提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩"
	o := document.RejectionOptions{On: submitDay, BusinessScope: "软件开发；教育咨询；项目投资",
		Records: []document.OtherFiling{{SubjectID: "91110000MA00000000", Province: "11", Stage: document.RecordFiled, Mobiles: []string{"13500135000"}}}}
	document.DefaultProvinceRules()
	for _, bc := range []struct {
		name string
		in   document.RejectionInput
	}{{"clean", clean}, {"problems", dirty}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkProblems = document.CheckRejections(bc.in, o)
			}
		})
	}
}

var sinkRules *document.ProvinceRules

func BenchmarkLoadProvinceRules(b *testing.B) {
	data, err := os.ReadFile("data/province_rules.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkRules, _ = document.LoadProvinceRules(data)
	}
}

// FuzzCheckRejections feeds arbitrary text to the checks that read free
// text (names, addresses, description, filing numbers, contacts): they
// never panic, every problem is catalogued with the catalogue's severity,
// and no message repeats the input.
func FuzzCheckRejections(f *testing.F) {
	f.Add("好物清单", "科技园路1号", "深圳市南山区科技园路1号", "为用户提供商品清单整理功能，不涉及金融、教育", "川ICP备19026949号", "13800138000")
	f.Add("12306", "P.O. Box 1", "四川省成都市", "测试测试测试测试", "粤B2-20090059-1626X", "+86 139 0013 9000")
	f.Add("a.cn", "42-2-1", "北京", "。。。", "", "")
	f.Add("\xff中国", "\xe4\xb8", "中国\xff", "不涉及\xff金融", "甘ICP备1号", "86")
	f.Add("https://ｗｗｗ.haowu.cn", "中国广东省", "北京", "好好好好好坏坏坏坏坏", "蜀ICP备1902694912号-1", "\u3000１３８")
	f.Add(".cn", "1-2-3", "中国", "a.", "陇", "+")
	f.Fuzz(func(t *testing.T, name, addr, certAddr, desc, number, mobile string) {
		in := baseInput()
		in.AppletName, in.Address, in.CertificateAddress, in.Description = name, addr, certAddr, desc
		in.SubjectFilingNumber, in.AppletFilingNumber = number, number
		in.AppletPrincipal.Mobile, in.SubjectPrincipal.EmergencyContact = mobile, mobile
		// Out-of-range enums and free text where codes belong.
		if len(number) > 0 {
			in.Subject = document.SubjectType(number[0])
			in.AppletPrincipal.CertificateType = document.CertificateType(number[0])
		}
		in.AppletPrincipal.CertificateNumber, in.AppletPrincipal.ValidityEnd = mobile, mobile
		in.Region.Province, in.LegalRepCertificateNumber = mobile, number
		ps := document.CheckRejections(in, document.RejectionOptions{On: submitDay, BusinessScope: desc,
			MobileProvince: func(m string) (string, bool) { return m, true },
			Records:        []document.OtherFiling{{SubjectID: number, Province: "31", Stage: document.RecordFiled, Mobiles: []string{mobile}}}})
		for _, p := range ps {
			ci, ok := document.LookupCode(p.Code)
			if !ok || ci.Severity != p.Severity || ci.Message != p.Message {
				t.Fatalf("problem %+v does not match the catalogue (%v)", p, ok)
			}
		}
	})
}

package filing

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// checkOn is the day of submission of the check tests.
var checkOn = workday.MustDate(2026, time.November, 27)

// testCatalogue is the embedded catalogue with the code of "none of the
// above" the samples use, as WeChat's catalogue would give it.
var testCatalogue = func() *Catalogue {
	d := DefaultCatalogue().Dictionaries()
	d.PreApprovalTypes = append(d.PreApprovalTypes, Entry{Code: 24, Name: "以上都不涉及"})
	c, err := NewCatalogue(d)
	if err != nil {
		panic(err)
	}
	return c
}()

// checkOptions are the options of most check tests.
func checkOptions() CheckOptions { return CheckOptions{On: checkOn, Catalogue: testCatalogue} }

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

// regions are a valid province, city and district per two-digit code, and
// a certificate address there.
var regions = map[string][4]string{
	"11": {"110000", "110100", "110105", "北京市朝阳区示例路1号"},
	"12": {"120000", "120100", "120101", "天津市和平区示例路1号"},
	"13": {"130000", "130100", "130102", "河北省石家庄市长安区示例路1号"},
	"14": {"140000", "140100", "140105", "山西省太原市小店区示例路1号"},
	"31": {"310000", "310100", "310101", "上海市黄浦区示例路1号"},
	"32": {"320000", "320100", "320102", "江苏省南京市玄武区示例路1号"},
	"43": {"430000", "430100", "430104", "湖南省长沙市岳麓区示例路1号"},
	"44": {"440000", "440300", "440305", "广东省深圳市南山区示例路1号"},
	"50": {"500000", "500100", "500101", "重庆市万州区示例路1号"},
	"65": {"650000", "650100", "650102", "新疆维吾尔自治区乌鲁木齐市天山区示例路1号"},
}

// inProvince moves the filing and its certificate address to a province.
func inProvince(r *Request, code string) {
	g := regions[code]
	b := &r.ICPSubject.BaseInfo
	b.Province, b.City, b.District = g[0], g[1], g[2]
	r.ICPSubject.OrganizeInfo.CertificateAddress = g[3]
}

// individual turns the enterprise sample into an individual's filing, with
// one person as subject principal and mini program principal.
func individual(r *Request) {
	s := &r.ICPSubject
	s.BaseInfo.Type = document.SubjectIndividual
	s.BaseInfo.Name = "张三"
	s.OrganizeInfo = OrganizeInfo{CertificateType: document.CertResidentID, CertificateNumber: s.PrincipalInfo.CertificateNumber,
		CertificateAddress: "广东省深圳市南山区某某路1号"}
	p := s.PrincipalInfo
	p.VerifyTaskID = r.ICPApplets.PrincipalInfo.VerifyTaskID
	r.ICPApplets.PrincipalInfo = p
}

// otherPrincipal makes the mini program principal another person than the
// subject principal (the enterprise sample already has one; this one has
// a long-term ID).
func otherPrincipal(r *Request) {
	p := &r.ICPApplets.PrincipalInfo
	p.Name, p.Mobile, p.Email, p.EmergencyContact = "李四", "13700137000", "li@example.com", "13600136000"
	p.CertificateNumber = residentID("440305", "19880202", "456")
	p.CertificateValidityDateStart, p.CertificateValidityDateEnd = "20200101", document.LongTerm
}

func TestCheckSamples(t *testing.T) {
	for _, name := range []string{"enterprise.json", "individual.json"} {
		t.Run(name, func(t *testing.T) {
			r := loadRequest(t, name)
			assert.Nil(t, r.Check(checkOptions()))
		})
	}
	t.Run("the embedded catalogue cannot confirm 24", func(t *testing.T) {
		r := loadRequest(t, "enterprise.json")
		ps := r.Check(CheckOptions{On: checkOn})
		require.Len(t, ps, 1)
		assert.Equal(t, codeCatalogueUnconfirmed, ps[0].Code)
		assert.Equal(t, "icp_applets.base_info.nrlx_details[0].type", ps[0].Field)
		assert.False(t, ps.Blocking())
		assert.Contains(t, ps[0].Message, "前置审批类型 24")
		assert.Contains(t, ps[0].English, "embedded snapshot")
	})
}

// ruleCase is one case of a rule: the enterprise sample is changed by
// edit, and code must (want) or must not (!want) be reported at field.
type ruleCase struct {
	name  string
	edit  func(r *Request, o *CheckOptions)
	code  Code
	field string
	want  bool
}

// Payload paths of the rule cases.
const (
	subjPrin = "icp_subject.principal_info"
	appPrin  = "icp_applets.principal_info"
	appName  = "icp_applets.base_info.name"
	address  = "icp_subject.base_info.address"
	certAddr = "icp_subject.organize_info.certificate_address"
	nrlx     = "icp_applets.base_info.nrlx_details"
	comment  = "icp_applets.base_info.comment"
)

// ruleCases returns a failing and a passing case for every rule of this
// package; the enterprise sample passes them all.
func ruleCases() []ruleCase {
	birth := func(b string) func(r *Request, o *CheckOptions) {
		return func(r *Request, o *CheckOptions) {
			r.ICPSubject.PrincipalInfo.CertificateNumber = residentID("440305", b, "123")
		}
	}
	validUntil := func(end string) func(r *Request, o *CheckOptions) {
		return func(r *Request, o *CheckOptions) { r.ICPApplets.PrincipalInfo.CertificateValidityDateEnd = end }
	}
	name := func(n string) func(r *Request, o *CheckOptions) {
		return func(r *Request, o *CheckOptions) { o.AppletName = n }
	}
	addr := func(a string) func(r *Request, o *CheckOptions) {
		return func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Address = a }
	}
	desc := func(d string) func(r *Request, o *CheckOptions) {
		return func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.Comment = d
			r.ICPMaterials.AppletsOtherMaterials = nil
		}
	}
	individualDesc := func(d string) func(r *Request, o *CheckOptions) {
		return func(r *Request, o *CheckOptions) {
			individual(r)
			r.ICPApplets.BaseInfo.Comment = d
		}
	}
	rules := func(js string) *ProvinceRules {
		rs, err := LoadProvinceRules([]byte(js))
		if err != nil {
			panic(err)
		}
		return rs
	}
	catalogue := func(d Dictionaries) *Catalogue {
		c, err := NewCatalogue(d)
		if err != nil {
			panic(err)
		}
		return c
	}
	return []ruleCase{
		// The subject's own fields.
		{"subject type/missing", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Type = 0 }, codeSubjectTypeMissing, "icp_subject.base_info.type", true},
		{"subject type/negative", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Type = -1 }, codeSubjectTypeMissing, "icp_subject.base_info.type", true},
		{"subject type/chosen", func(r *Request, o *CheckOptions) {}, codeSubjectTypeMissing, "icp_subject.base_info.type", false},
		{"name/subject name missing", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Name = " " }, codeNameMissing, "icp_subject.base_info.name", true},
		{"name/subject name given", func(r *Request, o *CheckOptions) {}, codeNameMissing, "icp_subject.base_info.name", false},
		{"certificate type/missing", func(r *Request, o *CheckOptions) { r.ICPSubject.OrganizeInfo.CertificateType = 0 }, codeCertTypeMissing, "icp_subject.organize_info.certificate_type", true},
		{"certificate type/given", func(r *Request, o *CheckOptions) {}, codeCertTypeMissing, "icp_subject.organize_info.certificate_type", false},
		{"certificate address/missing", func(r *Request, o *CheckOptions) { r.ICPSubject.OrganizeInfo.CertificateAddress = "" }, codeCertAddressMissing, certAddr, true},
		{"certificate address/given", func(r *Request, o *CheckOptions) {}, codeCertAddressMissing, certAddr, false},
		{"certificate number/missing", func(r *Request, o *CheckOptions) { r.ICPSubject.OrganizeInfo.CertificateNumber = "" }, codeCertificateMissing, "icp_subject.organize_info.certificate_number", true},

		// Subject type and certificate type belong together, both ways.
		{"certificate type/enterprise with a resident ID card", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateType = document.CertResidentID
			r.ICPSubject.OrganizeInfo.CertificateNumber = r.ICPSubject.PrincipalInfo.CertificateNumber
		}, codeCertTypeMismatch, "icp_subject.organize_info.certificate_type", true},
		{"certificate type/individual with a business licence", func(r *Request, o *CheckOptions) {
			individual(r)
			r.ICPSubject.OrganizeInfo.CertificateType = document.CertBusinessLicence
			r.ICPSubject.OrganizeInfo.CertificateNumber = "91440300708461136T"
		}, codeCertTypeMismatch, "icp_subject.organize_info.certificate_type", true},
		{"certificate type/enterprise with a business licence", func(r *Request, o *CheckOptions) {}, codeCertTypeMismatch, "icp_subject.organize_info.certificate_type", false},
		{"certificate type/individual with a passport", func(r *Request, o *CheckOptions) {
			individual(r)
			r.ICPSubject.OrganizeInfo.CertificateType = document.CertPassport
			r.ICPSubject.OrganizeInfo.CertificateNumber = "E12345678"
		}, codeCertTypeMismatch, "icp_subject.organize_info.certificate_type", false},
		{"certificate type/unusual: government with an enterprise's organisation code certificate", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.Type = document.SubjectGovernment
			r.ICPSubject.OrganizeInfo.CertificateType = document.CertOrgCodeEnterprise
			r.ICPSubject.OrganizeInfo.CertificateNumber = "70846113-6"
		}, codeCertTypeUnusual, "icp_subject.organize_info.certificate_type", true},
		{"certificate type/usual: government with its credit code certificate", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.Type = document.SubjectGovernment
			r.ICPSubject.OrganizeInfo.CertificateType = document.CertUSCCGovernment
			r.ICPSubject.OrganizeInfo.CertificateNumber = "12100000470095016Q"
		}, codeCertTypeUnusual, "icp_subject.organize_info.certificate_type", false},
		{"certificate type/WeChat's catalogue decides", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.Type = document.SubjectGovernment
			r.ICPSubject.OrganizeInfo.CertificateType = document.CertOrgCodeEnterprise
			r.ICPSubject.OrganizeInfo.CertificateNumber = "70846113-6"
			o.Catalogue = catalogue(Dictionaries{CertificateTypes: []Entry{{Code: 12, Parent: 4}}})
		}, codeCertTypeMismatch, "icp_subject.organize_info.certificate_type", true},
		{"certificate type/principal with a business licence", func(r *Request, o *CheckOptions) {
			r.ICPSubject.PrincipalInfo.CertificateType = document.CertBusinessLicence
		}, codeCertTypeNotPersonal, subjPrin + ".certificate_type", true},
		{"certificate type/principal with a resident ID card", func(r *Request, o *CheckOptions) {}, codeCertTypeNotPersonal, subjPrin + ".certificate_type", false},

		// Catalogue codes.
		{"catalogue/unlisted subject type, snapshot", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Type = 40 }, codeCatalogueUnconfirmed, "icp_subject.base_info.type", true},
		{"catalogue/subject type 6 is known to the MIIT list", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.Type = document.SubjectSocialOrganisation
		}, codeCatalogueUnconfirmed, "icp_subject.base_info.type", false},
		{"catalogue/unlisted subject type, WeChat's catalogue", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.Type = 40
			o.Catalogue = catalogue(Dictionaries{SubjectTypes: []Entry{{Code: 4, Name: "企业"}}})
		}, codeCatalogueUnknown, "icp_subject.base_info.type", true},
		{"catalogue/listed subject type", func(r *Request, o *CheckOptions) {
			o.Catalogue = catalogue(Dictionaries{SubjectTypes: []Entry{{Code: 4, Name: "企业"}}})
		}, codeCatalogueUnknown, "icp_subject.base_info.type", false},
		{"catalogue/none of the above unknown to the snapshot", func(r *Request, o *CheckOptions) { o.Catalogue = nil }, codeCatalogueUnconfirmed, nrlx + "[0].type", true},
		{"catalogue/none of the above from WeChat's catalogue", func(r *Request, o *CheckOptions) {}, codeCatalogueUnconfirmed, nrlx + "[0].type", false},
		{"catalogue/service type not in WeChat's list", func(r *Request, o *CheckOptions) {
			o.Catalogue = catalogue(Dictionaries{ServiceTypes: []Entry{{Code: 500, Name: "生活服务"}, {Code: 3, Parent: 500, Name: "a"}}})
		}, codeCatalogueUnknown, "icp_applets.base_info.service_content_types[1]", true},
		{"catalogue/service types in WeChat's list", func(r *Request, o *CheckOptions) {
			o.Catalogue = catalogue(Dictionaries{ServiceTypes: []Entry{{Code: 500, Name: "生活服务"}, {Code: 3, Parent: 500, Name: "a"}, {Code: 4, Parent: 500, Name: "b"}}})
		}, codeCatalogueUnknown, "icp_applets.base_info.service_content_types[1]", false},
		{"catalogue/district not in the snapshot", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.District = "440399" }, codeCatalogueUnconfirmed, "icp_subject.base_info.district", true},
		{"catalogue/district in the snapshot", func(r *Request, o *CheckOptions) {}, codeCatalogueUnconfirmed, "icp_subject.base_info.district", false},

		// Region codes.
		{"region/missing", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.City = "" }, codeRegionMissing, "icp_subject.base_info.city", true},
		{"region/given", func(r *Request, o *CheckOptions) {}, codeRegionMissing, "icp_subject.base_info.city", false},
		{"region/format", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.District = "4403O5" }, codeRegionFormat, "icp_subject.base_info.district", true},
		{"region/six digits", func(r *Request, o *CheckOptions) {}, codeRegionFormat, "icp_subject.base_info.district", false},
		{"region/Hong Kong cannot file", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Province = "810000" }, codeRegionProvince, "icp_subject.base_info.province", true},
		{"region/mainland province", func(r *Request, o *CheckOptions) {}, codeRegionProvince, "icp_subject.base_info.province", false},
		{"region/province level", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.Province = "440300" }, codeRegionProvinceLevel, "icp_subject.base_info.province", true},
		{"region/province level ok", func(r *Request, o *CheckOptions) {}, codeRegionProvinceLevel, "icp_subject.base_info.province", false},
		{"region/city level", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.City = "440305" }, codeRegionCityLevel, "icp_subject.base_info.city", true},
		{"region/city level ok", func(r *Request, o *CheckOptions) {}, codeRegionCityLevel, "icp_subject.base_info.city", false},
		{"region/city in another province", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.City = "430100" }, codeRegionCityMismatch, "icp_subject.base_info.city", true},
		{"region/city in another province, by the digits", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.City = "430100"
			o.Catalogue = catalogue(Dictionaries{})
		}, codeRegionCityMismatch, "icp_subject.base_info.city", true},
		{"region/city in the province", func(r *Request, o *CheckOptions) {}, codeRegionCityMismatch, "icp_subject.base_info.city", false},
		{"region/district level", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.District = "440100" }, codeRegionDistrictLevel, "icp_subject.base_info.district", true},
		{"region/a city without districts", func(r *Request, o *CheckOptions) {
			r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "441900", "441900"
			r.ICPSubject.OrganizeInfo.CertificateAddress = "广东省东莞市南城街道示例路1号"
		}, codeRegionDistrictLevel, "icp_subject.base_info.district", false},
		{"region/district in another city", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.District = "440106" }, codeRegionDistrictMisfit, "icp_subject.base_info.district", true},
		{"region/district in another city, by WeChat's catalogue", func(r *Request, o *CheckOptions) {
			o.Catalogue = catalogue(Dictionaries{Districts: []Entry{{Code: 440000}, {Code: 440300, Parent: 440000}, {Code: 440100, Parent: 440000}, {Code: 440305, Parent: 440100}}})
		}, codeRegionDistrictMisfit, "icp_subject.base_info.district", true},
		{"region/district in the city", func(r *Request, o *CheckOptions) {}, codeRegionDistrictMisfit, "icp_subject.base_info.district", false},

		// Addresses.
		{"address/missing", addr("  "), codeAddressMissing, address, true},
		{"address/given", func(r *Request, o *CheckOptions) {}, codeAddressMissing, address, false},
		{"address/repeats the province", addr("广东省深圳市南山区科技园路1号"), codeAddressRepeats, address, true},
		{"address/repeats the city", addr("深圳市南山区科技园路1号"), codeAddressRepeats, address, true},
		{"address/repeats the district", addr("南山区科技园路1号"), codeAddressRepeats, address, true},
		{"address/short province and city", addr("广东深圳市科技园路1号"), codeAddressRepeats, address, true},
		{"address/short city and district", addr("深圳南山科技园路1号"), codeAddressRepeats, address, true},
		{"address/after 中国", addr("中国广东省深圳市科技园路1号"), codeAddressRepeats, address, true},
		{"address/municipality", func(r *Request, o *CheckOptions) {
			inProvince(r, "11")
			r.ICPSubject.BaseInfo.Address = "北京市朝阳区高碑店路181号1栋12345室"
		}, codeAddressRepeats, address, true},
		{"address/municipality, short name", func(r *Request, o *CheckOptions) {
			inProvince(r, "11")
			r.ICPSubject.BaseInfo.Address = "北京朝阳区高碑店路181号"
		}, codeAddressRepeats, address, true},
		{"address/municipality, without the region", func(r *Request, o *CheckOptions) {
			inProvince(r, "11")
			r.ICPSubject.BaseInfo.Address = "高碑店路181号1栋12345室"
		}, codeAddressRepeats, address, false},
		{"address/a place named after the city", addr("深圳湾科技生态园10栋"), codeAddressRepeats, address, false},
		{"address/a street named after the district", addr("南山大道1001号"), codeAddressRepeats, address, false},
		{"address/PO box", addr("科技园路邮政信箱1001号"), codeAddressPOBox, address, true},
		{"address/PO box in English", addr("P.O. Box 1001"), codeAddressPOBox, address, true},
		{"address/mailbox word is no PO box", addr("科技园路1号邮箱大厦"), codeAddressPOBox, address, false},
		{"address/shorthand", addr("科技园路42-2-1"), codeAddressShorthand, address, true},
		{"address/shorthand explained", addr("科技园路42-2-1号"), codeAddressShorthand, address, false},
		{"address/no house number", addr("科技园路"), codeAddressNoNumber, address, true},
		{"address/building letter", addr("科技园路B座"), codeAddressNoNumber, address, false},
		{"address/Chinese numeral", addr("科技园路十八号"), codeAddressNoNumber, address, false},
		{"address/village", addr("大沙镇石头村"), codeAddressNoNumber, address, false},
		{"address/lane", addr("淮海中路200弄"), codeAddressNoNumber, address, false},
		{"address/unit certificate in another province", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateAddress = "四川省成都市武侯区某某路1号"
		}, codeCertOtherProvince, certAddr, true},
		{"address/unit certificate in a municipality", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateAddress = "北京朝阳区某某路1号"
		}, codeCertOtherProvince, certAddr, true},
		{"address/unit certificate in another province's city", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateAddress = "长沙市岳麓区某某路1号"
		}, codeCertOtherProvince, certAddr, true},
		{"address/street named after a municipality", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateAddress = "北京路88号"
		}, codeCertOtherProvince, certAddr, false},
		{"address/street named after a municipality, with a direction", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateAddress = "上海中路1号"
		}, codeCertOtherProvince, certAddr, false},
		{"address/unit certificate in the province", func(r *Request, o *CheckOptions) {
			r.ICPSubject.OrganizeInfo.CertificateAddress = "中国广东省深圳市南山区某某路1号"
		}, codeCertOtherProvince, certAddr, false},
		{"address/Hebei same city", func(r *Request, o *CheckOptions) {
			inProvince(r, "13")
			r.ICPSubject.OrganizeInfo.CertificateAddress = "河北省保定市竞秀区某某路1号"
		}, codeSameCityAddress, certAddr, true},
		{"address/Hebei same city passes", func(r *Request, o *CheckOptions) { inProvince(r, "13") }, codeSameCityAddress, certAddr, false},

		// Residence, from the certificate address.
		{"residence/individual whose card is from another province", func(r *Request, o *CheckOptions) {
			individual(r)
			r.ICPSubject.OrganizeInfo.CertificateAddress = "湖南省长沙市岳麓区某某路1号"
		}, codeResidencePermit, "icp_subject.personal_info.residence_permit", true},
		{"residence/moved household: a 43… number with a local card", func(r *Request, o *CheckOptions) {
			individual(r)
			id := residentID("430104", "19900101", "123")
			r.ICPSubject.PrincipalInfo.CertificateNumber, r.ICPApplets.PrincipalInfo.CertificateNumber = id, id
			r.ICPSubject.OrganizeInfo.CertificateNumber = id
		}, codeResidencePermit, "icp_subject.personal_info.residence_permit", false},
		{"residence/the caller's override", func(r *Request, o *CheckOptions) {
			individual(r)
			o.Residence = ResidenceNonLocal
		}, codeResidencePermit, "icp_subject.personal_info.residence_permit", true},
		{"residence/the caller says local", func(r *Request, o *CheckOptions) {
			individual(r)
			r.ICPSubject.OrganizeInfo.CertificateAddress = "湖南省长沙市岳麓区某某路1号"
			o.Residence = ResidenceLocal
		}, codeResidencePermit, "icp_subject.personal_info.residence_permit", false},
		{"residence/a blank permit is no permit", func(r *Request, o *CheckOptions) {
			individual(r)
			o.Residence = ResidenceNonLocal
			r.ICPSubject.PersonalInfo = &PersonalInfo{ResidencePermit: " "}
		}, codeResidencePermit, "icp_subject.personal_info.residence_permit", true},
		{"residence/with a permit", func(r *Request, o *CheckOptions) {
			individual(r)
			o.Residence = ResidenceNonLocal
			r.ICPSubject.PersonalInfo = &PersonalInfo{ResidencePermit: "media_permit"}
		}, codeResidencePermit, "icp_subject.personal_info.residence_permit", false},
		{"residence/Chongqing refuses", func(r *Request, o *CheckOptions) {
			individual(r)
			inProvince(r, "50")
			r.ICPSubject.OrganizeInfo.CertificateAddress = "广东省深圳市南山区某某路1号"
			r.ICPSubject.PersonalInfo = &PersonalInfo{ResidencePermit: "media_permit"}
		}, codeResidenceRefused, "icp_subject.base_info.province", true},
		{"residence/Shanghai takes a permit", func(r *Request, o *CheckOptions) {
			individual(r)
			inProvince(r, "31")
			r.ICPSubject.OrganizeInfo.CertificateAddress = "广东省深圳市南山区某某路1号"
			r.ICPSubject.PersonalInfo = &PersonalInfo{ResidencePermit: "media_permit"}
		}, codeResidenceRefused, "icp_subject.base_info.province", false},

		// Filing-number prefixes.
		{"prefix/川", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.RecordNumber = "川ICP备19026949号" }, codeAltPrefix, "icp_subject.base_info.record_number", true},
		{"prefix/蜀", func(r *Request, o *CheckOptions) { r.ICPSubject.BaseInfo.RecordNumber = "蜀ICP备19026949号" }, codeAltPrefix, "icp_subject.base_info.record_number", false},
		{"prefix/甘 on the mini program", func(r *Request, o *CheckOptions) { r.ICPApplets.BaseInfo.RecordNumber = "甘ICP备16003251号-1X" }, codeAltPrefix, "icp_applets.base_info.record_number", true},

		// Principals.
		{"name/principal name missing", func(r *Request, o *CheckOptions) { r.ICPApplets.PrincipalInfo.Name = "" }, codeNameMissing, appPrin + ".name", true},
		{"age/adult", birth("20081127"), codeAgeMinor, subjPrin + ".certificate_number", false},
		{"age/18 today", birth("20081127"), codeAgeMinorEmployment, subjPrin + ".certificate_number", false},
		{"age/under 16", birth("20101128"), codeAgeUnder16, subjPrin + ".certificate_number", true},
		{"age/16 passes the under-16 check", birth("20101127"), codeAgeUnder16, subjPrin + ".certificate_number", false},
		{"age/17 in Guangdong", birth("20081128"), codeAgeMinorEmployment, subjPrin + ".certificate_number", true},
		{"age/17 in Beijing", func(r *Request, o *CheckOptions) {
			inProvince(r, "11")
			r.ICPSubject.PrincipalInfo.CertificateNumber = residentID("110105", "20081128", "123")
		}, codeAgeMinor, subjPrin + ".certificate_number", true},
		{"age/no upper limit", birth("19300101"), codeAgeMinor, subjPrin + ".certificate_number", false},
		{"validity/long term", validUntil(document.LongTerm), codeValidityExpiring, appPrin + ".certificate_validity_date_end", false},
		{"validity/four months", validUntil("20270328"), codeValidityExpiring, appPrin + ".certificate_validity_date_end", false},
		{"validity/three months", validUntil("20270227"), codeValidityExpiring, appPrin + ".certificate_validity_date_end", true},
		{"foreign/passport in Guangdong", func(r *Request, o *CheckOptions) {
			r.ICPApplets.PrincipalInfo.CertificateType, r.ICPApplets.PrincipalInfo.CertificateNumber = document.CertPassport, "E12345678"
		}, codeForeignRefused, appPrin + ".certificate_type", false},
		{"foreign/passport in Hebei", func(r *Request, o *CheckOptions) {
			inProvince(r, "13")
			r.ICPApplets.PrincipalInfo.CertificateType, r.ICPApplets.PrincipalInfo.CertificateNumber = document.CertPassport, "E12345678"
		}, codeForeignRefused, appPrin + ".certificate_type", true},
		{"foreign/permanent residence ID in Shanxi needs authorisation", func(r *Request, o *CheckOptions) {
			inProvince(r, "14")
			r.ICPSubject.PrincipalInfo.CertificateType, r.ICPSubject.PrincipalInfo.CertificateNumber = document.CertForeignPermanentResidence, "911840198001010013"
		}, codeForeignAuthorise, subjPrin + ".certificate_type", true},
		{"foreign/resident ID in Shanxi", func(r *Request, o *CheckOptions) { inProvince(r, "14") }, codeForeignAuthorise, subjPrin + ".certificate_type", false},
		{"hmt/permit with a caller rule", func(r *Request, o *CheckOptions) {
			o.Rules = rules(`{"rules":[{"province":"44","rule":"hmt_principal","value":"refused","source":"test","as_of":"2026-01-01"}]}`)
			r.ICPApplets.PrincipalInfo.CertificateType, r.ICPApplets.PrincipalInfo.CertificateNumber = document.CertHKMacaoTravelPermit, "H12345678"
		}, codeHMTRefused, appPrin + ".certificate_type", true},
		{"hmt/permit without rules", func(r *Request, o *CheckOptions) {
			r.ICPApplets.PrincipalInfo.CertificateType, r.ICPApplets.PrincipalInfo.CertificateNumber = document.CertHKMacaoTravelPermit, "H12345678"
		}, codeHMTRefused, appPrin + ".certificate_type", false},
		{"hmt/authorisation with a caller rule", func(r *Request, o *CheckOptions) {
			o.Rules = rules(`{"rules":[{"province":"44","rule":"hmt_principal","value":"authorise_mainland","source":"test","as_of":"2026-01-01"}]}`)
			r.ICPApplets.PrincipalInfo.CertificateType, r.ICPApplets.PrincipalInfo.CertificateNumber = document.CertTaiwanResidencePermit, "830000200002290031"
		}, codeHMTAuthorise, appPrin + ".certificate_type", true},
		{"hmt/a passport is not an HMT permit", func(r *Request, o *CheckOptions) {
			o.Rules = rules(`{"rules":[{"province":"44","rule":"hmt_principal","value":"authorise_mainland","source":"test","as_of":"2026-01-01"}]}`)
			r.ICPApplets.PrincipalInfo.CertificateType, r.ICPApplets.PrincipalInfo.CertificateNumber = document.CertPassport, "E12345678"
		}, codeHMTAuthorise, appPrin + ".certificate_type", false},
		{"legal rep/Tianjin wants the legal rep", func(r *Request, o *CheckOptions) {
			inProvince(r, "12")
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: residentID("120101", "19700101", "111")}
			r.ICPSubject.PrincipalInfo.AuthorizationLetter = "media_auth"
		}, codeLegalRepRequired, subjPrin, true},
		{"legal rep/Beijing allows another", func(r *Request, o *CheckOptions) {
			inProvince(r, "11")
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: residentID("110101", "19700101", "111")}
		}, codeLegalRepRequired, subjPrin, false},
		{"legal rep/Jiangsu wants the same principal", func(r *Request, o *CheckOptions) {
			inProvince(r, "32")
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: residentID("320101", "19700101", "111")}
		}, codeSamePrincipal, appPrin, true},
		{"legal rep/Jiangsu same principal", func(r *Request, o *CheckOptions) {
			inProvince(r, "32")
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: residentID("320101", "19700101", "111")}
			r.ICPApplets.PrincipalInfo = r.ICPSubject.PrincipalInfo
			r.ICPApplets.PrincipalInfo.VerifyTaskID = "task"
		}, codeSamePrincipal, appPrin, false},
		{"legal rep/name missing", func(r *Request, o *CheckOptions) {
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{CertificateNumber: residentID("440305", "19700101", "111")}
		}, codeNameMissing, "icp_subject.legal_person_info.name", true},

		// Contacts.
		{"contact/two people share a mobile", func(r *Request, o *CheckOptions) {
			r.ICPApplets.PrincipalInfo.Mobile = r.ICPSubject.PrincipalInfo.Mobile
		}, codeMobileShared, appPrin + ".mobile", true},
		{"contact/one person may use one mobile", func(r *Request, o *CheckOptions) { individual(r) }, codeMobileShared, appPrin + ".mobile", false},
		{"contact/two people share an e-mail", func(r *Request, o *CheckOptions) { r.ICPApplets.PrincipalInfo.Email = "ZhangSan@example.com" }, codeEmailShared, appPrin + ".email", true},
		{"contact/two people, two e-mails", func(r *Request, o *CheckOptions) { otherPrincipal(r) }, codeEmailShared, appPrin + ".email", false},
		{"contact/a landline as emergency contact is only a warning", func(r *Request, o *CheckOptions) {
			r.ICPSubject.PrincipalInfo.EmergencyContact = "010-62345678"
		}, codeEmergencyLandline, subjPrin + ".emergency_contact", true},
		{"contact/a mobile as emergency contact", func(r *Request, o *CheckOptions) {}, codeEmergencyLandline, subjPrin + ".emergency_contact", false},
		{"contact/Tianjin third person", func(r *Request, o *CheckOptions) {
			inProvince(r, "12")
			r.ICPSubject.PrincipalInfo.EmergencyContact = r.ICPApplets.PrincipalInfo.Mobile
		}, codeEmergencyThird, subjPrin + ".emergency_contact", true},
		{"contact/Guangdong has no third-person rule", func(r *Request, o *CheckOptions) {
			r.ICPSubject.PrincipalInfo.EmergencyContact = r.ICPApplets.PrincipalInfo.Mobile
		}, codeEmergencyThird, subjPrin + ".emergency_contact", false},
		{"contact/Chongqing individual without remark", func(r *Request, o *CheckOptions) {
			individual(r)
			inProvince(r, "50")
			o.Residence = ResidenceLocal
		}, codeEmergencyRemark, "icp_subject.base_info.comment", true},
		{"contact/Chongqing individual with remark", func(r *Request, o *CheckOptions) {
			individual(r)
			inProvince(r, "50")
			o.Residence = ResidenceLocal
			r.ICPSubject.BaseInfo.Comment = "应急联系人王五，系本人配偶"
		}, codeEmergencyRemark, "icp_subject.base_info.comment", false},
		{"contact/Jiangsu local number", func(r *Request, o *CheckOptions) {
			inProvince(r, "32")
			o.MobileProvince = func(m string) (string, bool) {
				if m == "17743211234" {
					return "440000", true
				}
				return "32", true
			}
		}, codeLocalMobile, subjPrin + ".emergency_contact", true},
		{"contact/Jiangsu local numbers", func(r *Request, o *CheckOptions) {
			inProvince(r, "32")
			o.MobileProvince = func(string) (string, bool) { return "32", true }
		}, codeLocalMobile, subjPrin + ".mobile", false},

		// Names: warnings only.
		{"name/Latin only", name("Good Things"), codeNameLatin, appName, true},
		{"name/Latin with Chinese", name("Good好物"), codeNameLatin, appName, false},
		{"name/digits only", name("12306"), codeNameDigits, appName, true},
		{"name/digits with Chinese", name("12306好物"), codeNameDigits, appName, false},
		{"name/full-width digits", name("１２３０６"), codeNameDigits, appName, true},
		{"name/domain", name("haowu.com"), codeNameDomain, appName, true},
		{"name/web address", name("https://www.haowu.com"), codeNameDomain, appName, true},
		{"name/version number is no domain", name("好物2.0"), codeNameDomain, appName, false},
		{"name/domain inside", name("好物haowu.cn"), codeNameContainsDomain, appName, true},
		{"name/no domain inside", name("好物清单2.0版"), codeNameContainsDomain, appName, false},
		{"name/from the payload", func(r *Request, o *CheckOptions) { r.ICPApplets.BaseInfo.Name = "example.com" }, codeNameDomain, appName, true},
		{"name/special symbols", name("好物★清单"), codeNameSymbols, appName, true},
		{"name/emoji", name("好物清单😀"), codeNameSymbols, appName, true},
		{"name/middle dot is no symbol", name("好物·清单"), codeNameSymbols, appName, false},
		{"name/reserved prefix", name("中国好物"), codeNameReservedPrefix, appName, true},
		{"name/reserved prefix, national body", func(r *Request, o *CheckOptions) {
			o.AppletName = "全国好物"
			o.NationalBody = true
		}, codeNameReservedPrefix, appName, false},
		{"name/reserved prefix carried by the subject's name", func(r *Request, o *CheckOptions) {
			o.AppletName = "人民好物"
			r.ICPSubject.BaseInfo.Name = "人民好物有限公司"
		}, codeNameReservedPrefix, appName, false},
		{"name/reserved word inside", name("好物中华行"), codeNameReservedWord, appName, true},
		{"name/no reserved word", name("好物清单"), codeNameReservedWord, appName, false},
		{"name/individual keyword", func(r *Request, o *CheckOptions) {
			individual(r)
			o.AppletName = "张三的工作室"
		}, codeNamePersonalKeyword, appName, true},
		{"name/unit keyword is fine", name("好物工作室"), codeNamePersonalKeyword, appName, false},

		// Description.
		{"description/missing", desc(" "), codeDescriptionMissing, comment, true},
		{"description/given", func(r *Request, o *CheckOptions) {}, codeDescriptionMissing, comment, false},
		{"description/too short", desc("在线预约"), codeDescriptionLength, comment, true},
		{"description/too long", desc(strings.Repeat("好", 201)), codeDescriptionLength, comment, true},
		{"description/200 characters", desc(strings.Repeat("为用户提供商品清单的整理", 16) + "好物好物好物好物"), codeDescriptionLength, comment, false},
		{"description/punctuation only", desc("。。。。。！！！！！？？？？？……………………"), codeDescriptionPunct, comment, true},
		{"description/text with punctuation", desc("提供清单整理功能。支持分类！支持收藏？方便记录想买的东西"), codeDescriptionPunct, comment, false},
		{"description/repetitive", desc("测试测试测试测试测试测试测试测试测试测试"), codeDescriptionRepeated, comment, true},
		{"description/two characters", desc("好好好好好好好好好好坏坏坏坏坏坏坏坏坏坏"), codeDescriptionRepeated, comment, true},
		{"description/real text is not repetitive", desc("为用户提供商品清单整理分类收藏功能，方便记录"), codeDescriptionRepeated, comment, false},
		{"description/only the names", func(r *Request, o *CheckOptions) {
			o.AppletName = "好物清单"
			r.ICPSubject.BaseInfo.Name = "深圳市好物科技有限公司"
			r.ICPApplets.BaseInfo.Comment = "深圳市好物科技有限公司的好物清单，好物清单"
		}, codeDescriptionIsName, comment, true},
		{"description/the name and more", func(r *Request, o *CheckOptions) {
			o.AppletName = "好物清单"
			r.ICPApplets.BaseInfo.Comment = "好物清单帮助用户整理想买的物品并分类收藏，提醒降价"
		}, codeDescriptionIsName, comment, false},
		{"description/an individual describing a company", individualDesc("本公司是一家专业的家具经销商，欢迎加盟合作，提供产品展示和门店查询"), codeDescriptionCompany, comment, true},
		{"description/an individual's own notes", individualDesc("个人学习笔记小程序，用于记录和分享自己的读书心得，不提供交易和评论功能。"), codeDescriptionCompany, comment, false},
		{"description/an individual saying what it is not", individualDesc("个人摄影作品展示，仅供欣赏交流，不涉及企业介绍或加盟招商等商业内容"), codeDescriptionCompany, comment, false},
		{"description/a company describing itself", desc("本公司提供家具产品展示、门店查询和售后预约服务，方便客户了解产品"), codeDescriptionCompany, comment, false},

		// Service types.
		{"service types/none", func(r *Request, o *CheckOptions) { r.ICPApplets.BaseInfo.ServiceContentTypes = nil }, codeServiceCount, "icp_applets.base_info.service_content_types", true},
		{"service types/six", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.ServiceContentTypes = []ServiceContentType{1, 2, 3, 4, 5, 6}
		}, codeServiceCount, "icp_applets.base_info.service_content_types", true},
		{"service types/five", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.ServiceContentTypes = []ServiceContentType{1, 2, 3, 4, 5}
		}, codeServiceCount, "icp_applets.base_info.service_content_types", false},
		{"service types/twice", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.ServiceContentTypes = []ServiceContentType{3, 4, 3}
		}, codeServiceDuplicate, "icp_applets.base_info.service_content_types[2]", true},
		{"service types/once each", func(r *Request, o *CheckOptions) {}, codeServiceDuplicate, "icp_applets.base_info.service_content_types[1]", false},
		{"service types/first level", func(r *Request, o *CheckOptions) {
			o.Catalogue = catalogue(Dictionaries{ServiceTypes: []Entry{{Code: 3, Name: "a"}, {Code: 4, Name: "b"}}})
		}, codeServiceFirstLevel, "icp_applets.base_info.service_content_types[0]", true},
		{"service types/second level", func(r *Request, o *CheckOptions) {
			o.Catalogue = catalogue(Dictionaries{ServiceTypes: []Entry{{Code: 9, Name: "a"}, {Code: 3, Parent: 9, Name: "b"}, {Code: 4, Parent: 9, Name: "c"}}})
		}, codeServiceFirstLevel, "icp_applets.base_info.service_content_types[0]", false},
		{"service types/zero", func(r *Request, o *CheckOptions) { r.ICPApplets.BaseInfo.ServiceContentTypes = []ServiceContentType{0} }, codeCatalogueUnknown, "icp_applets.base_info.service_content_types[0]", true},

		// Pre-approvals.
		{"nrlx/missing", func(r *Request, o *CheckOptions) { r.ICPApplets.BaseInfo.NrlxDetails = nil }, codeNrlxMissing, nrlx, true},
		{"nrlx/given", func(r *Request, o *CheckOptions) {}, codeNrlxMissing, nrlx, false},
		{"nrlx/far too many", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = make([]NrlxDetail, maxNrlx+1)
		}, codeNrlxTooMany, nrlx, true},
		{"nrlx/the whole catalogue", func(r *Request, o *CheckOptions) {
			for _, e := range DefaultCatalogue().Dictionaries().PreApprovalTypes {
				r.ICPApplets.BaseInfo.NrlxDetails = append(r.ICPApplets.BaseInfo.NrlxDetails, NrlxDetail{Type: NrlxType(e.Code), Code: "粤-1", Media: "m"})
			}
			r.ICPApplets.BaseInfo.NrlxDetails = r.ICPApplets.BaseInfo.NrlxDetails[1:]
		}, codeNrlxTooMany, nrlx, false},
		{"nrlx/twice", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-1", Media: "m"}, {Type: 3, Code: "粤-2", Media: "n"}}
		}, codeNrlxDuplicate, nrlx + "[1].type", true},
		{"nrlx/two types", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-1", Media: "m"}, {Type: 4, Code: "粤-2", Media: "n"}}
		}, codeNrlxDuplicate, nrlx + "[1].type", false},
		{"nrlx/approval without number", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Media: "m"}}
		}, codeNrlxMissingCode, nrlx + "[0].code", true},
		{"nrlx/approval with number", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-1", Media: "m"}}
		}, codeNrlxMissingCode, nrlx + "[0].code", false},
		{"nrlx/approval with a blank document", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-1", Media: "  "}}
		}, codeNrlxMissingMedia, nrlx + "[0].media", true},
		{"nrlx/approval with its document", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-1", Media: "m"}}
		}, codeNrlxMissingMedia, nrlx + "[0].media", false},
		{"nrlx/unknown code: one problem, not three", func(r *Request, o *CheckOptions) { o.Catalogue = nil }, codeNrlxMissingMedia, nrlx + "[0].media", false},
		{"nrlx/none of the above with another item", func(r *Request, o *CheckOptions) {
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 24}, {Type: 3, Code: "粤-1", Media: "m"}}
		}, codeNrlxNoneNotAlone, nrlx + "[0].type", true},
		{"nrlx/none of the above alone", func(r *Request, o *CheckOptions) {}, codeNrlxNoneNotAlone, nrlx + "[0].type", false},

		// Pre-approval hints.
		{"prehint/news", desc("每日更新本地新闻和生活信息，方便市民了解身边发生的事情"), "prehint.news", nrlx, true},
		{"prehint/publishing", desc("提供原创小说的在线阅读与章节更新提醒，支持书架收藏"), "prehint.publishing", nrlx, true},
		{"prehint/education", desc("提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩"), "prehint.education", nrlx, true},
		{"prehint/healthcare", desc("为社区居民提供医院挂号预约、报告查询和就诊提醒服务"), "prehint.healthcare", nrlx, true},
		{"prehint/drugs", desc("展示本店药品目录，支持用户查询价格和库存并预约到店自提"), "prehint.drugs", nrlx, true},
		{"prehint/culture", desc("提供休闲益智类小游戏，用户可以在线闯关并查看好友排行"), "prehint.culture", nrlx, true},
		{"prehint/audio video", desc("提供短视频的浏览、点赞与收藏，用户可关注喜欢的创作者"), "prehint.audio_video", nrlx, true},
		{"prehint/bulletin board", desc("本地车友交流论坛，用户可以发帖讨论用车经验和自驾路线"), "prehint.bulletin_board", nrlx, true},
		{"prehint/ride hailing", desc("提供城市内网约车的下单、行程查看和费用结算等出行服务"), "prehint.ride_hailing", nrlx, true},
		{"prehint/finance from the business scope", func(r *Request, o *CheckOptions) {
			r.ICPMaterials.AppletsOtherMaterials = nil
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
		{"prehint/finance negated", desc("为用户提供商品清单整理和收藏功能，不涉及金融、直播和教育培训业务"), "prehint.finance", nrlx, false},
		{"prehint/negation ends at but", desc("本小程序不涉及金融但提供直播带货服务，用户可以边看边买"), "prehint.audio_video", nrlx, true},
		{"prehint/with a pre-approval", func(r *Request, o *CheckOptions) {
			desc("提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩")(r, o)
			r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-123", Media: "m"}}
		}, "prehint.education", nrlx, false},
		{"prehint/with a letter in the other attachments", func(r *Request, o *CheckOptions) {
			desc("提供中小学学科辅导课程的预约与在线学习，帮助学生提升成绩")(r, o)
			r.ICPMaterials.AppletsOtherMaterials = []string{"media_letter"}
		}, "prehint.education", nrlx, false},

		// Materials.
		{"materials/blank certificate photo", func(r *Request, o *CheckOptions) { r.ICPSubject.OrganizeInfo.CertificatePhoto = " " }, codeMaterialsMissing, "icp_subject.organize_info.certificate_photo", true},
		{"materials/certificate photo", func(r *Request, o *CheckOptions) {}, codeMaterialsMissing, "icp_subject.organize_info.certificate_photo", false},
		{"materials/individuals upload no unit certificate", func(r *Request, o *CheckOptions) {
			individual(r)
			r.ICPSubject.OrganizeInfo.CertificatePhoto = ""
		}, codeMaterialsMissing, "icp_subject.organize_info.certificate_photo", false},
		{"materials/mini program principal without authorisation", func(r *Request, o *CheckOptions) {
			r.ICPApplets.PrincipalInfo.AuthorizationLetter = ""
		}, codeMaterialsMissing, appPrin + ".authorization_letter", true},
		{"materials/the legal rep needs no authorisation", func(r *Request, o *CheckOptions) {
			r.ICPApplets.PrincipalInfo = r.ICPSubject.PrincipalInfo
			r.ICPApplets.PrincipalInfo.VerifyTaskID = "task"
		}, codeMaterialsMissing, appPrin + ".authorization_letter", false},
		{"materials/another legal rep needs an authorisation", func(r *Request, o *CheckOptions) {
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: residentID("440305", "19700101", "111")}
		}, codeMaterialsMissing, subjPrin + ".authorization_letter", true},
		{"materials/face verification", func(r *Request, o *CheckOptions) { r.ICPApplets.PrincipalInfo.VerifyTaskID = "" }, codeMaterialsMissing, appPrin + ".verify_task_id", true},
		{"materials/name change letter", func(r *Request, o *CheckOptions) { o.Renamed = true }, codeMaterialsMissing, "icp_materials.business_name_change_letter", true},
		{"materials/name change letter given", func(r *Request, o *CheckOptions) {
			o.Renamed = true
			r.ICPMaterials.BusinessNameChangeLetter = []string{"m"}
		}, codeMaterialsMissing, "icp_materials.business_name_change_letter", false},
		{"materials/commitment letter is not required", func(r *Request, o *CheckOptions) { r.ICPMaterials.CommitmentLetter = nil }, codeMaterialsMissing, "icp_materials.commitment_letter", false},
		{"materials/blank commitment letter, a warning naming the province", func(r *Request, o *CheckOptions) {
			r.ICPMaterials.CommitmentLetter = []string{""}
		}, codeExtraDocument, "icp_materials.commitment_letter", true},
		{"materials/commitment letter given", func(r *Request, o *CheckOptions) {}, codeExtraDocument, "icp_materials.commitment_letter", false},
		{"materials/Xinjiang party-building letter", func(r *Request, o *CheckOptions) { inProvince(r, "65") }, codeExtraDocument, "icp_materials.party_building_confirmation_letter", true},
		{"materials/no province rules", func(r *Request, o *CheckOptions) {
			inProvince(r, "65")
			o.Rules = &ProvinceRules{}
		}, codeExtraDocument, "icp_materials.party_building_confirmation_letter", false},
		{"materials/two commitment letters", func(r *Request, o *CheckOptions) { r.ICPMaterials.CommitmentLetter = []string{"a", "b"} }, codeMaterialsLength, "icp_materials.commitment_letter", true},
		{"materials/ten other attachments", func(r *Request, o *CheckOptions) {
			r.ICPMaterials.AppletsOtherMaterials = make([]string, 10)
		}, codeMaterialsLength, "icp_materials.applets_other_materials", false},
		{"materials/a huge list", func(r *Request, o *CheckOptions) {
			r.ICPMaterials.SubjectOtherMaterials = make([]string, 100000)
		}, codeMaterialsLength, "icp_materials.subject_other_materials", true},
	}
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases() {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			o := checkOptions()
			tc.edit(&r, &o)
			before := r.Clone()
			ps := r.Check(o)
			var got *Problem
			for i := range ps {
				if ps[i].Code == tc.code && ps[i].Field == tc.field {
					got = &ps[i]
				}
			}
			if tc.want {
				require.NotNil(t, got, "%s at %s not reported: %v", tc.code, tc.field, ps)
				assert.Equal(t, tc.code.Severity(), got.Severity)
			} else {
				require.Nil(t, got, "%s reported at %s: %v", tc.code, tc.field, ps)
			}
			for _, p := range ps {
				_, listed := codeTable[p.Code]
				assert.True(t, listed, "%s is not in the code table", p.Code)
				assert.NotEmpty(t, p.Message)
				assert.NotEmpty(t, p.English)
			}
			assert.True(t, reflect.DeepEqual(before, r), "Check changed the request")
		})
	}
}

// Every rule of this package has a failing and a passing case.
func TestEveryRuleHasCases(t *testing.T) {
	fails, passes := map[Code]bool{}, map[Code]bool{}
	for _, tc := range ruleCases() {
		if tc.want {
			fails[tc.code] = true
		} else {
			passes[tc.code] = true
		}
	}
	own := []Code{codeCertificateMissing}
	for c := range ownCodes {
		own = append(own, c)
	}
	for _, cat := range preApprovalCategories {
		own = append(own, cat.code)
	}
	for _, c := range own {
		if c == codeCertificateMissing || c == codeRecordsOtherProvince || c == codeRecordsInReview || c == codeRecordsMobileOtherSub {
			continue // the records' cases are in TestRecords
		}
		assert.True(t, fails[c], "%s: no failing case", c)
		assert.True(t, passes[c], "%s: no passing case", c)
	}
}

// One problem per field, the most precise one: a mobile with +86 is
// "without +86", an expired certificate "expired", an emergency contact
// equal to the mobile says so once.
func TestMostPreciseProblem(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(r *Request)
		field string
		code  Code
		text  string
	}{
		{"+86", func(r *Request) { r.ICPSubject.PrincipalInfo.Mobile = "+86 13500000001" }, subjPrin + ".mobile", "mobile.country_code", "without +86"},
		{"expired", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260615" }, subjPrin + ".certificate_validity_date_end", "validity.expired", "expired"},
		{"under a month", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20261210" }, subjPrin + ".certificate_validity_date_end", "validity.under_one_month", "one month or less"},
		{"not yet valid", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateValidityDateStart = "20261201" }, subjPrin + ".certificate_validity_date_start", "validity.not_yet_valid", "not yet valid"},
		{"end before start", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20100101" }, subjPrin + ".certificate_validity_date_end", "validity.end_before_start", "must follow"},
		{"bad start", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateValidityDateStart = "2018-06-15" }, subjPrin + ".certificate_validity_date_start", "validity.format", "YYYYMMDD"},
		{"emergency is own mobile", func(r *Request) {
			r.ICPApplets.PrincipalInfo.EmergencyContact = r.ICPApplets.PrincipalInfo.Mobile
		}, appPrin + ".emergency_contact", "emergency_contact.same_as_mobile", "differ"},
		{"emergency is own mobile written with +86", func(r *Request) {
			r.ICPApplets.PrincipalInfo.Mobile = "+86 139 1234 5678"
			r.ICPApplets.PrincipalInfo.EmergencyContact = "13912345678"
		}, appPrin + ".emergency_contact", "emergency_contact.same_as_mobile", "differ"},
		{"full-width ID", func(r *Request) {
			r.ICPApplets.PrincipalInfo.CertificateNumber = "４４０３０６１９９２０３０８４５６４"
		}, appPrin + ".certificate_number", "resident_id.full_width", "full-width"},
		{"birth date after submission", func(r *Request) {
			r.ICPSubject.PrincipalInfo.CertificateNumber = residentID("440305", "20300101", "123")
		}, subjPrin + ".certificate_number", "resident_id.range", "after the day"},
		{"an error replaces a warning", func(r *Request) {
			r.ICPSubject.BaseInfo.Address = "深圳市科技园路"
		}, address, codeAddressRepeats, "must not repeat"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			tc.edit(&r)
			ps := r.Check(checkOptions())
			var at []Problem
			for _, p := range ps {
				if p.Field == tc.field {
					at = append(at, p)
				}
			}
			require.Len(t, at, 1, "one problem at %s: %v", tc.field, ps)
			assert.Equal(t, tc.code, at[0].Code)
			assert.Contains(t, at[0].English, tc.text)
			fields := map[string]bool{}
			for _, p := range ps {
				assert.False(t, fields[p.Field], "two problems at %s", p.Field)
				fields[p.Field] = true
			}
		})
	}
}

func TestCheckWithoutDay(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPSubject.PrincipalInfo.CertificateNumber = residentID("440305", "20150101", "123")
	r.ICPApplets.PrincipalInfo.CertificateValidityDateEnd = "20200102"
	o := checkOptions()
	o.On = workday.Date{}
	assert.Nil(t, r.Check(o), "the checks of the day ran without a day")
}

func TestCheckNilAndZero(t *testing.T) {
	var nilReq *Request
	ps := nilReq.Check(CheckOptions{})
	require.True(t, ps.Blocking())
	assert.Equal(t, (&Request{}).Check(CheckOptions{}), ps)
	// Every problem of the empty request is at its own field.
	fields := map[string]bool{}
	for _, p := range ps {
		assert.False(t, fields[p.Field], p.Field)
		fields[p.Field] = true
	}
	for _, f := range []string{"icp_subject.base_info.type", "icp_subject.base_info.name", "icp_subject.organize_info.certificate_number",
		subjPrin + ".mobile", appPrin + ".email", comment} {
		assert.True(t, fields[f], f)
	}
}

// The same input gives the same problems, in the same order, from many
// goroutines over one request, one options value and the shared tables.
func TestCheckConcurrent(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPApplets.PrincipalInfo.Mobile = r.ICPSubject.PrincipalInfo.Mobile
	r.ICPMaterials.AppletsOtherMaterials = nil
	o := checkOptions()
	o.AppletName = "中国好课堂"
	o.BusinessScope = "教育咨询"
	want := r.Check(o)
	require.NotEmpty(t, want)
	var wg sync.WaitGroup
	got := make([]Problems, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				got[g] = r.Check(o)
			}
		}()
	}
	wg.Wait()
	for _, ps := range got {
		assert.Equal(t, want, ps)
	}
}

// A problem never repeats a phone or ID number from the request.
func TestProblemsDoNotEcho(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPApplets.PrincipalInfo.CertificateNumber = "440306199203084565"
	r.ICPSubject.OrganizeInfo.CertificateNumber = "91440300MA5G35XK4A"
	r.ICPSubject.PrincipalInfo.Mobile = "+86 13012344321"
	for _, p := range r.Check(checkOptions()) {
		text := p.Error() + p.Message
		for _, secret := range []string{"440306199203084565", "91440300MA5G35XK4A", "13012344321"} {
			assert.NotContains(t, text, secret)
		}
	}
}

// Submit runs exactly Check: for a table of requests and outside data,
// own-records conflicts included, a refused submission returns the very
// problems Check reports on the day of submission.
func TestSubmitRunsCheck(t *testing.T) {
	other := inStageOf(t, StageBureauReview) // the same subject, in review
	shanghai, err := NewApplication(Identity{ID: "order-0002", AppID: "wx0123456789abcdef"}, func() Request {
		r := loadRequest(t, "enterprise.json")
		inProvince(&r, "31")
		return r
	}(), t0)
	require.NoError(t, err)
	tests := []struct {
		name string
		edit func(r *Request, o *CheckOptions)
	}{
		{"clean", func(r *Request, o *CheckOptions) {}},
		{"a warning only", func(r *Request, o *CheckOptions) { r.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260501" }},
		{"shared mobile", func(r *Request, o *CheckOptions) {
			r.ICPApplets.PrincipalInfo.Mobile = r.ICPSubject.PrincipalInfo.Mobile
		}},
		{"another filing in review", func(r *Request, o *CheckOptions) { o.Others = []*Application{other, nil} }},
		{"a draft in another province counts for nothing", func(r *Request, o *CheckOptions) { o.Others = []*Application{shanghai} }},
		{"province table replaced", func(r *Request, o *CheckOptions) {
			o.Rules = &ProvinceRules{}
			r.ICPMaterials.CommitmentLetter = nil
		}},
		{"name from the options", func(r *Request, o *CheckOptions) { o.AppletName = "12306" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newDraft(t)
			req := a.Request()
			o := CheckOptions{Catalogue: testCatalogue}
			tc.edit(&req, &o)
			require.NoError(t, a.SetRequest(req, at(30*time.Minute)))
			o.On = workday.DateOf(at(time.Hour))
			want := req.Check(o)
			_, err := a.Submit(at(time.Hour), o)
			if !want.Blocking() {
				require.NoError(t, err, "warnings %v", want)
				return
			}
			var got Problems
			require.ErrorAs(t, err, &got)
			assert.Equal(t, want, got)
			assert.Equal(t, StageDraft, a.Stage())
		})
	}
}

func TestRecords(t *testing.T) {
	filed := inStageOf(t, StageFiled)
	review := inStageOf(t, StageBureauReview)
	moved := func(code string) *Application {
		a := inStageOf(t, StageFiled)
		s := a.Snapshot()
		inProvince(&s.Request, code)
		b, err := Restore(s)
		require.NoError(t, err)
		return b
	}
	otherSubject := func(mobile string) *Application {
		r := loadRequest(t, "enterprise.json")
		r.ICPSubject.OrganizeInfo.CertificateNumber = "91110000802100433B"
		r.ICPSubject.PrincipalInfo.Mobile = mobile
		a, err := NewApplication(Identity{ID: "order-" + mobile, AppID: "wx0123456789abcdef"}, r, t0)
		require.NoError(t, err)
		require.NoError(t, a.RecordFaceVerification("R5PqRPNb6GmG3i0rqd4pTg", t0, at(10*time.Minute)))
		_, err = a.Submit(at(time.Hour), CheckOptions{})
		require.NoError(t, err)
		return a
	}
	tests := []struct {
		name   string
		others []*Application
		edit   func(r *Request)
		code   Code
		field  string
		want   bool
	}{
		{"other province, filed", []*Application{moved("31")}, nil, codeRecordsOtherProvince, "icp_subject.base_info.province", true},
		{"same province, filed", []*Application{filed}, nil, codeRecordsOtherProvince, "icp_subject.base_info.province", false},
		{"in review", []*Application{review}, nil, codeRecordsInReview, "icp_subject", true},
		{"filed is not in review", []*Application{filed}, nil, codeRecordsInReview, "icp_subject", false},
		// Two mini programs of one subject may send equal requests: an
		// equal request is another filing, not the one being checked.
		{"an equal request is another filing", []*Application{review}, func(r *Request) { *r = review.Request() }, codeRecordsInReview, "icp_subject", true},
		{"mobile of another subject", []*Application{otherSubject("13012344321")}, nil, codeRecordsMobileOtherSub, subjPrin + ".mobile", true},
		{"mobile of another subject, other number", []*Application{otherSubject("13800138000")}, nil, codeRecordsMobileOtherSub, subjPrin + ".mobile", false},
		{"no subject certificate, nothing compared", []*Application{otherSubject("13012344321"), review}, func(r *Request) {
			r.ICPSubject.OrganizeInfo.CertificateNumber = ""
		}, codeRecordsInReview, "icp_subject", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			// Another mini program of the same subject.
			r.ICPApplets.BaseInfo.Comment = "本小程序为企业客户提供会员积分查询和兑换服务，不涉及新闻、出版、医疗等前置审批内容。"
			if tc.edit != nil {
				tc.edit(&r)
			}
			o := checkOptions()
			o.Others = tc.others
			ps := r.Check(o)
			found := false
			for _, p := range ps {
				found = found || p.Code == tc.code && p.Field == tc.field
			}
			assert.Equal(t, tc.want, found, "%v", ps)
		})
	}
}

func TestMaterials(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPMaterials.CommitmentLetter = []string{" "}
	ms := r.Materials(checkOptions())
	kinds := map[document.MaterialKind]Material{}
	for _, m := range ms {
		kinds[m.Kind] = m
		assert.NotEmpty(t, m.Why)
		assert.NotEmpty(t, m.WhyEnglish)
	}
	assert.True(t, kinds[document.MaterialSubjectCertificate].Required)
	assert.True(t, kinds[document.MaterialSubjectCertificate].Present)
	assert.True(t, kinds[document.MaterialAppletAuthorisation].Required, "the mini program principal is not the legal representative")
	c := kinds[document.MaterialCommitmentLetter]
	assert.False(t, c.Required, "WeChat does not require the commitment letter")
	assert.False(t, c.Present, "a blank media id is absent")
	assert.Contains(t, c.Why, "广东")

	var nilReq *Request
	assert.NotEmpty(t, nilReq.Materials(CheckOptions{}))
	r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: 3, Code: "粤-1"}}
	ms = r.Materials(checkOptions())
	last := ms[len(ms)-2]
	assert.Equal(t, document.MaterialPreApproval, last.Kind)
	assert.Equal(t, "icp_applets.base_info.nrlx_details[0].media", last.Field)
	assert.False(t, last.Present)
}

// FuzzCheck feeds arbitrary text to the fields the rules read: Check never
// panics, every problem has a listed code and its severity, and no message
// repeats the input.
func FuzzCheck(f *testing.F) {
	f.Add("好物清单", "科技园路1号", "深圳市南山区科技园路1号", "为用户提供商品清单整理功能，不涉及金融、教育", "川ICP备19026949号", "13800138000", 3)
	f.Add("12306", "P.O. Box 1", "四川省成都市", "测试测试测试测试", "粤B2-20090059-1626X", "+86 139 0013 9000", 24)
	f.Add("a.cn", "42-2-1", "北京", "。。。", "", "", 0)
	f.Add("\xff中国", "\xe4\xb8", "中国\xff", "不涉及\xff金融", "甘ICP备1号", "86", -1)
	f.Add("https://ｗｗｗ.haowu.cn", "中国广东省", "北京", "好好好好好坏坏坏坏坏", "蜀ICP备1902694912号-1", "\u3000１３８", 1<<20)
	f.Fuzz(func(t *testing.T, name, addr, certAddr, desc, number, mobile string, n int) {
		r := loadRequest(t, "enterprise.json")
		r.ICPApplets.BaseInfo.Name, r.ICPSubject.BaseInfo.Address, r.ICPSubject.OrganizeInfo.CertificateAddress = name, addr, certAddr
		r.ICPApplets.BaseInfo.Comment, r.ICPSubject.BaseInfo.Comment = desc, desc
		r.ICPSubject.BaseInfo.RecordNumber, r.ICPApplets.BaseInfo.RecordNumber = number, number
		r.ICPApplets.PrincipalInfo.Mobile, r.ICPSubject.PrincipalInfo.EmergencyContact = mobile, mobile
		r.ICPApplets.PrincipalInfo.CertificateNumber, r.ICPApplets.PrincipalInfo.CertificateValidityDateEnd = mobile, mobile
		r.ICPSubject.BaseInfo.District = mobile
		r.ICPSubject.BaseInfo.Type = document.SubjectType(n % 20)
		r.ICPApplets.PrincipalInfo.CertificateType = document.CertificateType(n % 50)
		r.ICPApplets.BaseInfo.ServiceContentTypes = make([]ServiceContentType, (n%8+8)%8)
		r.ICPApplets.BaseInfo.NrlxDetails = []NrlxDetail{{Type: NrlxType(n), Code: number}}
		r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: name, CertificateNumber: number}
		o := checkOptions()
		o.BusinessScope = desc
		o.MobileProvince = func(m string) (string, bool) { return m, true }
		for _, p := range r.Check(o) {
			ci, ok := codeTable[p.Code]
			require.True(t, ok, "%s not listed", p.Code)
			require.Equal(t, ci.sev, p.Severity)
			if len(mobile) >= 7 {
				require.NotContains(t, p.Message+p.English, mobile)
			}
		}
	})
}

func ExampleRequest_Check() {
	var req Request
	if err := req.UnmarshalJSON([]byte(`{
		"icp_subject": {
			"base_info": {"type": 4, "name": "深圳市示例网络科技有限公司", "province": "440000", "city": "440300",
				"district": "440305", "address": "深圳市南山区科技园路1号"},
			"organize_info": {"certificate_type": 2, "certificate_number": "91440300MA5G35XK4R"}
		}}`)); err != nil {
		fmt.Println(err)
		return
	}
	ps := req.Check(CheckOptions{On: workday.MustDate(2026, 9, 28)})
	for _, p := range ps[:3] {
		fmt.Println(p.Severity, p.Field, p.Code)
	}
	fmt.Println(ps.Blocking(), len(ps.Errors()) > 3)
	// Output:
	// error icp_subject.base_info.address address.repeats_region
	// error icp_subject.organize_info.certificate_type certificate_type.mismatch
	// error icp_subject.organize_info.certificate_number resident_id.format
	// true true
}

func TestIsLandline(t *testing.T) {
	for s, want := range map[string]bool{
		"010-62345678": true, "0755 8888 1234": true, "02162345678": true,
		"13812345678": false, "+86 13812345678": false, "0086138": false,
		"010-": false, "62345678": false, "": false, "0-1": false,
	} {
		assert.Equal(t, want, isLandline(s), s)
	}
}

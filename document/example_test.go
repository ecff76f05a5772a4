package document_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"strings"

	"github.com/beian-go/beian/document"
)

// Collecting every problem of a set of inputs, each tied to WeChat's
// payload path, instead of stopping at the first.
func ExampleProblems_Add() {
	var ps document.Problems
	ps.Add("icp_subject.organize_info.certificate_number", document.ValidateUSCC("91440300MA5G35XK4A"))
	ps.Add("", document.CheckRegion(document.Region{Province: "440000", City: "110100", District: "110105"}))
	ps.Add("", document.CheckDescription("太短"))

	if err := ps.Err(); err != nil {
		for _, p := range ps {
			fmt.Printf("%s %s: %s\n", p.Field, p.Code, p.Message)
		}
	}
	// Output:
	// icp_subject.organize_info.certificate_number uscc.checksum: 统一社会信用代码校验位错误
	// icp_subject.base_info.city region.city_mismatch: 所选城市不属于所选省份
	// icp_applets.base_info.comment applet.description.length: 小程序备注应为20至200个字
}

func ExampleProblemOf() {
	err := document.ValidateUSCC("91440300MA5G35XK4A")
	p := document.ProblemOf("icp_subject.organize_info.certificate_number", err)
	fmt.Println(p.Code)
	fmt.Println(p.Message)
	fmt.Println(p.Text("en"))
	// Output:
	// uscc.checksum
	// 统一社会信用代码校验位错误
	// unified social credit code: check character does not match
}

func ExampleCodes() {
	for _, ci := range document.Codes() {
		if strings.HasPrefix(string(ci.Code), "media.") {
			fmt.Println(ci.Code, ci.Severity, ci.English)
		}
	}
	// Output:
	// media.empty error file: empty
	// media.format error file: unsupported format; only JPG, JPEG or PNG images are accepted
	// media.mismatch error file: the content does not match the declared format
	// media.too_large error file: too large; at most 2 MB
	// media.too_small error image: resolution too low; at least 720×1280 pixels
	// media.truncated error file: incomplete or damaged
}

func ExampleCheckRegion() {
	ps := document.CheckRegion(document.Region{Province: "440000", City: "440300", District: "440106"})
	for _, p := range ps {
		fmt.Println(p.Field, p.Code)
	}
	// Output:
	// icp_subject.base_info.district region.district_mismatch
}

func ExampleCheckAddress() {
	r := document.Region{Province: "110000", City: "110100", District: "110105", DistrictName: "朝阳区"}
	for _, a := range []string{"北京市朝阳区高碑店路181号1栋12345室", "高碑店路181号1栋12345室", "朝阳路8号"} {
		fmt.Printf("%s %v\n", a, document.CheckAddress(r, a).Has("address.repeats_region"))
	}
	// Output:
	// 北京市朝阳区高碑店路181号1栋12345室 true
	// 高碑店路181号1栋12345室 false
	// 朝阳路8号 false
}

func ExampleCheckServiceTypes() {
	// The catalogue comes from query_icp_service_content_types.
	catalog := document.NewServiceCatalog([]document.ServiceType{
		{Type: 500, ParentType: 0, Name: "生活服务"},
		{Type: 1, ParentType: 500, Name: "生活缴费"},
		{Type: 2, ParentType: 500, Name: "招聘"},
	})
	fmt.Println(catalog.Label(1))
	for _, p := range document.CheckServiceTypes([]int{1, 500, 1}, catalog) {
		fmt.Println(p.Field, p.Code)
	}
	// Output:
	// 生活服务-生活缴费
	// icp_applets.base_info.service_content_types[1] applet.service_types.first_level
	// icp_applets.base_info.service_content_types[2] applet.service_types.duplicate
}

func ExampleCheckPreApprovals() {
	items := []document.PreApproval{
		{Type: 9, Code: "粤网文〔2023〕1234-567号"},
		{Type: 24}, // 以上都不涉及
	}
	for _, p := range document.CheckPreApprovals(items, 24) {
		fmt.Println(p.Field, p.Code)
	}
	// Output:
	// icp_applets.base_info.nrlx_details[0].media applet.nrlx.missing_media
	// icp_applets.base_info.nrlx_details[1].type applet.nrlx.none_not_alone
}

func ExampleCheckDescription() {
	fmt.Println(document.CheckDescription("本小程序为本公司门店提供在线预约、会员积分查询和到店核销服务。") == nil)
	fmt.Println(document.CheckDescription("在线预约"))
	// Output:
	// true
	// icp_applets.base_info.comment: mini program description: must have 20 to 200 characters (applet.description.length)
}

func ExampleCheckImage() {
	var buf bytes.Buffer
	_ = png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1280, 720)))

	// A landscape scan is accepted by default.
	info, err := document.CheckImage(buf.Bytes(), "licence.png", document.ImageLimits{})
	fmt.Println(info.Format, info.Width, info.Height, err)

	// Declared as JPEG, but the bytes are PNG.
	_, err = document.CheckImage(buf.Bytes(), "image/jpeg", document.ImageLimits{})
	var ie *document.ImageError
	fmt.Println(errors.As(err, &ie), ie.Code(), errors.Is(err, document.ErrFormat))

	// Cut short.
	_, err = document.CheckImage(buf.Bytes()[:buf.Len()-8], "", document.ImageLimits{})
	fmt.Println(document.ProblemOf("icp_subject.organize_info.certificate_photo", err).Code)
	// Output:
	// png 1280 720 <nil>
	// true media.mismatch true
	// media.truncated
}

func ExampleRequiredMaterials() {
	ms, err := document.RequiredMaterials(document.MaterialsInput{
		Subject:                    document.SubjectEnterprise,
		SubjectPrincipalIsLegalRep: false,
		AppletPrincipalIsLegalRep:  true,
		PreApprovals:               []document.PreApproval{{Type: 9, Code: "粤网文〔2023〕1234-567号", Media: "m1"}},
		Province:                   "440000",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range ms {
		fmt.Println(m.Required, m.Field, m.Kind.Label())
	}
	// Output:
	// true icp_subject.organize_info.certificate_photo 主体证件照片（营业执照等）
	// true icp_subject.principal_info.certificate_photo_front 主体负责人证件正面
	// true icp_subject.principal_info.certificate_photo_back 主体负责人证件反面
	// true icp_subject.principal_info.authorization_letter 主体负责人授权书
	// true icp_subject.legal_person_info 法定代表人姓名及证件号码
	// true icp_applets.principal_info.certificate_photo_front 小程序负责人证件正面
	// true icp_applets.principal_info.certificate_photo_back 小程序负责人证件反面
	// true icp_applets.principal_info.verify_task_id 小程序负责人人脸核验
	// true icp_applets.base_info.nrlx_details[0].media 前置审批文件
	// true icp_materials.commitment_letter 互联网信息服务承诺书
}

func ExampleCheckMaterials() {
	ms, _ := document.RequiredMaterials(document.MaterialsInput{Subject: document.SubjectIndividual, OutsideHomeProvince: true})
	provided := map[string]bool{
		"icp_subject.principal_info.certificate_photo_front": true,
		"icp_subject.principal_info.certificate_photo_back":  true,
		"icp_applets.principal_info.certificate_photo_front": true,
		"icp_applets.principal_info.certificate_photo_back":  true,
		"icp_applets.principal_info.verify_task_id":          true,
	}
	for _, p := range document.CheckMaterials(ms, func(f string) bool { return provided[f] }) {
		fmt.Println(p.Field, p.Message)
	}
	// Output:
	// icp_subject.personal_info.residence_permit 缺少必需的备案材料：居住证明（居住证、暂住证、社保证明、房产证明等）
}

func ExampleOutsideHomeProvince() {
	// The GB 11643 sample number was issued in Beijing (11); filing in
	// Shanghai (310000) needs a proof of residence.
	outside, known := document.OutsideHomeProvince("11010519491231002X", "310000")
	fmt.Println(outside, known)
	ms, _ := document.RequiredMaterials(document.MaterialsInput{Subject: document.SubjectIndividual, OutsideHomeProvince: outside})
	for _, m := range ms {
		if m.Kind == document.MaterialResidencePermit {
			fmt.Println(m.Field)
		}
	}
	// Output:
	// true true
	// icp_subject.personal_info.residence_permit
}

package main

import (
	"bytes"
	"image"
	"image/png"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
)

// The fictional filing. The resident ID numbers and the credit code carry
// valid check characters (GB 11643, GB 32100).
const (
	appID        = "wx0123456789abcdef" // the mini program
	companyUSCC  = "91330106MA2H3E5L45"
	legalRepID   = "330106197806151230" // 王五, the company's legal representative
	appletPrinID = "330106199203081244" // 赵六, runs the mini program
	// appletPrinTypo is appletPrinID with its last digit mistyped.
	appletPrinTypo = "330106199203081245"
)

// The start days the walk-through passes on. The two principals'
// certificates (in request) run from 2016-06-15 and 2018-03-01 to
// 2036-06-15 and 2038-03-01, and submission wants them in force with more
// than a month left.
const (
	firstStart = "2018-03-01"
	lastStart  = "2036-05-14"
)

// The codes the sample takes from WeChat's dictionaries, as the fake
// WeChat answers them: service content type 1 is 生活缴费 (paying utility
// bills), pre-approval type 24 is 以上都不涉及 (none of the above).
const (
	serviceUtilityBills = 1
	noneOfTheAbove      = 24
)

// request builds the fictional enterprise filing, with the mini program
// principal's ID number mistyped. Its media fields are empty: the files
// are uploaded later, and their media ids go in then.
func request() filing.Request {
	return filing.Request{
		ICPSubject: filing.Subject{
			BaseInfo: filing.SubjectBaseInfo{
				Type:     document.SubjectEnterprise,
				Name:     "杭州示例数据科技有限公司",
				Province: "330000",
				City:     "330100",
				District: "330106",
				Address:  "文三路100号示例大厦8楼",
			},
			OrganizeInfo: filing.OrganizeInfo{
				CertificateType:    document.CertBusinessLicence,
				CertificateNumber:  companyUSCC,
				CertificateAddress: "浙江省杭州市西湖区文三路100号示例大厦8楼",
			},
			PrincipalInfo: filing.PrincipalInfo{
				Name:                         "王五",
				Mobile:                       "13500000001",
				Email:                        "wangwu@example.com",
				EmergencyContact:             "13600000002",
				CertificateType:              document.CertResidentID,
				CertificateNumber:            legalRepID,
				CertificateValidityDateStart: "20160615",
				CertificateValidityDateEnd:   "20360615",
			},
		},
		ICPApplets: filing.Applets{
			BaseInfo: filing.AppletBaseInfo{
				ServiceContentTypes: []filing.ServiceContentType{serviceUtilityBills},
				NrlxDetails:         []filing.NrlxDetail{{Type: noneOfTheAbove}},
				Comment:             "本小程序为小区住户提供水费、电费、燃气费的在线缴纳和缴费记录查询服务，不涉及新闻、出版、医疗、金融等前置审批内容。",
			},
			PrincipalInfo: filing.PrincipalInfo{
				Name:                         "赵六",
				Mobile:                       "13700000003",
				Email:                        "zhaoliu@example.com",
				EmergencyContact:             "13500000001",
				CertificateType:              document.CertResidentID,
				CertificateNumber:            appletPrinTypo,
				CertificateValidityDateStart: "20180301",
				CertificateValidityDateEnd:   "20380301",
			},
		},
	}
}

// upload is one file of the filing: which material it is, the
// certificate it shows (for photos of certificates), whether it is a
// photo (a landscape picture of a certificate) or a page (a portrait scan
// of a letter), and how its media id goes into the request.
type upload struct {
	kind  document.MaterialKind
	cert  document.CertificateType
	photo bool
	set   func(id string)
}

// The smallest pictures WeChat takes: 1280×720 for a photo, 720×1280 for
// a page.
const (
	long  = document.DefaultMinImageHeight // 1280
	short = document.DefaultMinImageWidth  // 720
)

// uploads lists the files req needs, with where each media id goes in
// req. The last one, the commitment letter, is one the province is said
// to want.
func uploads(req *filing.Request) []upload {
	s, a, m := &req.ICPSubject, &req.ICPApplets, &req.ICPMaterials
	return []upload{
		{document.MaterialSubjectCertificate, document.CertBusinessLicence, true,
			func(id string) { s.OrganizeInfo.CertificatePhoto = id }},
		{document.MaterialSubjectPrincipalIDFront, document.CertResidentID, true,
			func(id string) { s.PrincipalInfo.CertificatePhotoFront = id }},
		{document.MaterialSubjectPrincipalIDBack, document.CertResidentID, true,
			func(id string) { s.PrincipalInfo.CertificatePhotoBack = id }},
		{document.MaterialAppletPrincipalIDFront, document.CertResidentID, true,
			func(id string) { a.PrincipalInfo.CertificatePhotoFront = id }},
		{document.MaterialAppletPrincipalIDBack, document.CertResidentID, true,
			func(id string) { a.PrincipalInfo.CertificatePhotoBack = id }},
		{document.MaterialAppletAuthorisation, 0, false,
			func(id string) { a.PrincipalInfo.AuthorizationLetter = id }},
		{document.MaterialCommitmentLetter, 0, false,
			func(id string) { m.CommitmentLetter = []string{id} }},
	}
}

// picture draws a plain width×height PNG: a light page in a dark frame.
// A real service uploads the merchant's scans instead.
func picture(width, height int) []byte {
	const frame, dark, light = 16, 0x40, 0xf0
	edge := bytes.Repeat([]byte{dark}, width) // a row of the frame's top or bottom
	middle := bytes.Repeat([]byte{light}, width)
	copy(middle[:frame], edge) // the frame's left and right sides
	copy(middle[width-frame:], edge)
	img := image.NewGray(image.Rect(0, 0, width, height))
	for y := 0; y < height; y++ {
		row := middle
		if y < frame || y >= height-frame {
			row = edge
		}
		copy(img.Pix[y*img.Stride:], row)
	}
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&b, img); err != nil {
		panic(err) // encoding into memory does not fail
	}
	return b.Bytes()
}

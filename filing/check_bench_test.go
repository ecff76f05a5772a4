package filing

import (
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/workday"
)

var sinkProblems Problems

// BenchmarkCheck runs every rule over the clean enterprise sample, with the
// options the rejection checks were measured with before (a mini program
// name and a business scope).
func BenchmarkCheck(b *testing.B) {
	r := loadRequest(b, "enterprise.json")
	o := CheckOptions{On: workday.DateOf(t0), Catalogue: testCatalogue, AppletName: "示例预约", BusinessScope: "软件开发；信息技术咨询服务"}
	DefaultProvinceRules()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkProblems = r.Check(o)
	}
	if sinkProblems != nil {
		b.Fatal(sinkProblems)
	}
}

// BenchmarkCheckGrowing shows the cost of Check as the request grows:
// lists far beyond WeChat's limits cost the same at any length (they are
// reported as too long and not read), and the free texts (address,
// names, remark, business scope, description) cost time linear in their
// length.
func BenchmarkCheckGrowing(b *testing.B) {
	base := loadRequest(b, "enterprise.json")
	for _, n := range []int{10, 1000, 100000} {
		b.Run("lists/n="+strconv.Itoa(n), func(b *testing.B) {
			r := base.Clone()
			r.ICPApplets.BaseInfo.ServiceContentTypes = make([]ServiceContentType, n)
			r.ICPApplets.BaseInfo.NrlxDetails = make([]NrlxDetail, n)
			r.ICPMaterials.SubjectOtherMaterials = make([]string, n)
			r.ICPMaterials.CommitmentLetter = make([]string, n)
			o := CheckOptions{On: checkOn, Catalogue: testCatalogue}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sinkProblems = r.Check(o)
			}
		})
	}
	for _, n := range []int{100, 10000, 1000000} {
		b.Run("text/n="+strconv.Itoa(n), func(b *testing.B) {
			text := strings.Repeat("科技园路1号", n/6+1)[:n]
			r := base.Clone()
			r.ICPSubject.BaseInfo.Address = text
			r.ICPSubject.BaseInfo.Name = text
			r.ICPSubject.BaseInfo.Comment = text
			r.ICPSubject.OrganizeInfo.CertificateAddress = text
			r.ICPApplets.BaseInfo.Comment = text
			o := CheckOptions{On: checkOn, Catalogue: testCatalogue, AppletName: text, BusinessScope: text}
			b.ReportAllocs()
			b.SetBytes(int64(n))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sinkProblems = r.Check(o)
			}
		})
	}
}

// BenchmarkCheckOthers runs the checks against a hundred of the caller's
// other applications in review, the same subject's and another's: each
// is read under its own mutex, its request not copied.
func BenchmarkCheckOthers(b *testing.B) {
	r := loadRequest(b, "enterprise.json")
	others := make([]*Application, 100)
	for i := range others {
		others[i] = inStageOf(b, StageBureauReview)
	}
	o := CheckOptions{On: checkOn, Catalogue: testCatalogue, Others: others}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkProblems = r.Check(o)
	}
}

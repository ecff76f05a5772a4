package filing

import (
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

func TestValidateSamples(t *testing.T) {
	for _, name := range []string{"enterprise.json", "individual.json"} {
		t.Run(name, func(t *testing.T) {
			r := loadRequest(t, name)
			if err := r.Validate(); err != nil {
				t.Errorf("sample does not validate: %v", err)
			}
		})
	}
}

func TestValidateNil(t *testing.T) {
	var r *Request
	var ps document.Problems
	if err := r.Validate(); !errors.As(err, &ps) || len(ps) == 0 {
		t.Errorf("nil request: %v", err)
	}
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(r *Request)
		fields []string // each must be among the problems' fields
	}{
		{"empty request", func(r *Request) { *r = Request{} }, []string{
			"icp_subject.base_info.type", "icp_subject.base_info.name", "icp_subject.organize_info.certificate_number",
			"icp_subject.principal_info.mobile", "icp_applets.principal_info.email", "icp_applets.base_info.comment",
		}},
		{"negative subject type", func(r *Request) { r.ICPSubject.BaseInfo.Type = -1 }, []string{
			"icp_subject.base_info.type",
		}},
		{"bad credit code", func(r *Request) { r.ICPSubject.OrganizeInfo.CertificateNumber = "91440300MA5G35XK4A" }, []string{
			"icp_subject.organize_info.certificate_number",
		}},
		{"bad resident id", func(r *Request) { r.ICPApplets.PrincipalInfo.CertificateNumber = "440306199203084565" }, []string{
			"icp_applets.principal_info.certificate_number",
		}},
		{"principal with a business licence", func(r *Request) { r.ICPSubject.PrincipalInfo.CertificateType = document.CertBusinessLicence }, []string{
			"icp_subject.principal_info.certificate_type",
		}},
		{"missing face task and authorisation", func(r *Request) {
			r.ICPApplets.PrincipalInfo.VerifyTaskID = ""
			r.ICPApplets.PrincipalInfo.AuthorizationLetter = ""
		}, []string{"icp_applets.principal_info.verify_task_id", "icp_applets.principal_info.authorization_letter"}},
		{"too many service types", func(r *Request) {
			r.ICPApplets.BaseInfo.ServiceContentTypes = []ServiceContentType{1, 2, 3, 4, 5, 6}
		}, []string{"icp_applets.base_info.service_content_types"}},
		{"address repeats the region", func(r *Request) { r.ICPSubject.BaseInfo.Address = "广东省深圳市南山区科技园路1号" }, []string{
			"icp_subject.base_info.address",
		}},
		{"two commitment letters", func(r *Request) { r.ICPMaterials.CommitmentLetter = []string{"a", "b"} }, []string{
			"icp_materials.commitment_letter",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, "enterprise.json")
			tc.edit(&r)
			err := r.Validate()
			var ps document.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %v is not document.Problems", err)
			}
			have := map[string]bool{}
			for _, p := range ps {
				have[p.Field] = true
			}
			for _, f := range tc.fields {
				if !have[f] {
					t.Errorf("no problem at %s; got %v", f, ps)
				}
			}
			for _, p := range ps {
				if strings.Contains(p.Error(), "440306199203084565") || strings.Contains(p.Error(), "91440300MA5G35XK4A") {
					t.Errorf("problem echoes a full number: %v", p)
				}
			}
		})
	}
}

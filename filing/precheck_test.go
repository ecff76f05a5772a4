package filing

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// precheckDay is the submission day of the precheck tests.
var precheckDay = workday.DateOf(t0)

func TestPrecheckSamples(t *testing.T) {
	for _, name := range []string{"enterprise.json", "individual.json"} {
		t.Run(name, func(t *testing.T) {
			r := loadRequest(t, name)
			if ps := r.Precheck(precheckDay, PrecheckOptions{AppletName: "示例预约"}); ps != nil {
				t.Fatalf("sample has problems: %v", ps)
			}
		})
	}
}

func TestPrecheck(t *testing.T) {
	tests := []struct {
		name   string
		sample string
		edit   func(r *Request, o *PrecheckOptions)
		code   document.Code
		field  string
		sev    document.Severity // 0: the code must be absent
	}{
		{"minor applet principal", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPApplets.PrincipalInfo.CertificateNumber = "440305201103010019" // born 2011-03-01
		}, "principal.age.under_16", "icp_applets.principal_info.certificate_number", document.SeverityError},
		{"validity three months", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260501"
		}, "validity.expiring", "icp_subject.principal_info.certificate_validity_date_end", document.SeverityWarning},
		{"shared mobile", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPApplets.PrincipalInfo.Mobile = r.ICPSubject.PrincipalInfo.Mobile
		}, "contact.mobile_shared", "icp_applets.principal_info.mobile", document.SeverityError},
		{"name from the options", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPApplets.BaseInfo.Name = "示例"
			o.AppletName = "中国示例"
		}, "name.reserved_prefix", "icp_applets.base_info.name", document.SeverityError},
		{"name from the payload", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPApplets.BaseInfo.Name = "example.com"
			o.AppletName = ""
		}, "name.domain", "icp_applets.base_info.name", document.SeverityError},
		{"legal representative in Tianjin", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "120000", "120100", "120101"
			r.ICPSubject.OrganizeInfo.CertificateAddress = "天津市和平区示例路1号"
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "120101197001010018"}
		}, "province.legal_rep_required", "icp_subject.principal_info", document.SeverityWarning},
		{"no province rules", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "120000", "120100", "120101"
			r.ICPSubject.OrganizeInfo.CertificateAddress = "天津市和平区示例路1号"
			r.ICPSubject.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "120101197001010018"}
			o.Rules = &document.ProvinceRules{}
		}, "province.legal_rep_required", "icp_subject.principal_info", 0},
		{"pre-approval hint without other materials", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPMaterials.AppletsOtherMaterials = nil
			o.BusinessScope = "教育咨询；软件开发"
		}, "prehint.education", "icp_applets.base_info.nrlx_details", document.SeverityWarning},
		{"pre-approval hint with other materials", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			o.BusinessScope = "教育咨询；软件开发"
		}, "prehint.education", "icp_applets.base_info.nrlx_details", 0},
		{"individual from another province", "individual.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "310000", "310100", "310101"
		}, "residence.permit_required", "icp_subject.personal_info.residence_permit", document.SeverityError},
		{"individual with a permit", "individual.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "310000", "310100", "310101"
			r.ICPSubject.PersonalInfo = &PersonalInfo{ResidencePermit: "media_permit"}
		}, "residence.permit_required", "icp_subject.personal_info.residence_permit", 0},
		{"alternative prefix", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.RecordNumber = "川ICP备19026949号"
		}, "filing_number.alt_prefix", "icp_subject.base_info.record_number", document.SeverityWarning},
		{"Xinjiang letter", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "650000", "650100", "650102"
			r.ICPSubject.OrganizeInfo.CertificateAddress = "乌鲁木齐市天山区示例路1号"
		}, "province.extra_document", "icp_materials.party_building_confirmation_letter", document.SeverityWarning},
		{"Xinjiang letter given", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "650000", "650100", "650102"
			r.ICPSubject.OrganizeInfo.CertificateAddress = "乌鲁木齐市天山区示例路1号"
			r.ICPMaterials.PartyBuildingConfirmationLetter = []string{"media_party"}
		}, "province.extra_document", "icp_materials.party_building_confirmation_letter", 0},
		{"same city with the option's city name", "enterprise.json", func(r *Request, o *PrecheckOptions) {
			r.ICPSubject.BaseInfo.Province, r.ICPSubject.BaseInfo.City, r.ICPSubject.BaseInfo.District = "130000", "130100", "130102"
			r.ICPSubject.OrganizeInfo.CertificateAddress = "河北省保定市竞秀区示例路1号"
			o.CityName = "石家庄市"
		}, "province.same_city_address", "icp_subject.organize_info.certificate_address", document.SeverityWarning},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadRequest(t, tc.sample)
			o := PrecheckOptions{AppletName: "示例预约"}
			tc.edit(&r, &o)
			before := r.Clone()
			ps := r.Precheck(precheckDay, o)
			var found *document.Problem
			for i := range ps {
				if ps[i].Code == tc.code && ps[i].Field == tc.field {
					found = &ps[i]
				}
			}
			switch {
			case tc.sev == 0 && found != nil:
				t.Fatalf("%s reported: %v", tc.code, ps)
			case tc.sev != 0 && found == nil:
				t.Fatalf("%s at %s not reported: %v", tc.code, tc.field, ps)
			case found != nil && found.Severity != tc.sev:
				t.Fatalf("%s: severity %v, want %v", tc.code, found.Severity, tc.sev)
			}
			if !requestsEqual(t, before, r) {
				t.Error("Precheck changed the request")
			}
		})
	}
}

// TestRejectionInputMapsEveryField fills every member the rejection checks
// read and checks that no field of the RejectionInput stays empty, so a
// member dropped from the mapping fails here.
func TestRejectionInputMapsEveryField(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	s, a := &r.ICPSubject, &r.ICPApplets
	s.BaseInfo.Comment = "应急联系人王五"
	s.BaseInfo.RecordNumber = "粤ICP备2024000001号"
	a.BaseInfo.RecordNumber = "粤ICP备2024000001号-1"
	a.BaseInfo.Name = "示例预约"
	s.LegalPersonInfo = &LegalPersonInfo{Name: "赵六", CertificateNumber: "120101197001010018"}
	s.PersonalInfo = &PersonalInfo{ResidencePermit: "media_permit"}
	in := r.RejectionInput(PrecheckOptions{ProvinceName: "广东省", CityName: "深圳市", DistrictName: "南山区", NoPreApprovalType: 24})
	v := reflect.ValueOf(in)
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			t.Errorf("RejectionInput.%s is empty", v.Type().Field(i).Name)
		}
	}
	for _, p := range []document.Principal{in.SubjectPrincipal, in.AppletPrincipal} {
		pv := reflect.ValueOf(p)
		for i := 0; i < pv.NumField(); i++ {
			if pv.Field(i).IsZero() {
				t.Errorf("Principal.%s is empty", pv.Type().Field(i).Name)
			}
		}
	}
	if len(in.Materials) != 2 || in.Materials[0] != "commitment_letter" || in.Materials[1] != "applets_other_materials" {
		t.Errorf("materials %v", in.Materials)
	}
	// The slices are copies.
	in.PreApprovals[0].Type = 99
	if a.BaseInfo.NrlxDetails[0].Type == 99 {
		t.Error("RejectionInput shares the pre-approval list")
	}
}

// requestsEqual compares two requests through their JSON form.
func requestsEqual(t *testing.T, a, b Request) bool {
	t.Helper()
	ja, err1 := a.MarshalJSON()
	jb, err2 := b.MarshalJSON()
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return string(ja) == string(jb)
}

func TestPrecheckRecords(t *testing.T) {
	// A filing of the same subject, filed in Shanghai.
	other := loadRequest(t, "enterprise.json")
	other.ICPSubject.BaseInfo.Province, other.ICPSubject.BaseInfo.City, other.ICPSubject.BaseInfo.District = "310000", "310100", "310101"
	a, err := NewApplication(testID, other, t0)
	if err != nil {
		t.Fatal(err)
	}
	draft := OtherFilingOf(a, "draft")
	if draft.Stage != document.RecordDraft || draft.Province != "310000" || len(draft.Mobiles) != 2 || draft.Ref != "draft" {
		t.Fatalf("OtherFilingOf = %+v", draft)
	}
	filed := inStageOf(t, StageFiled)
	rec := OtherFilingOf(filed, "filed")
	if rec.Stage != document.RecordFiled {
		t.Fatalf("stage %v", rec.Stage)
	}
	rec.Province = "310000"

	r := loadRequest(t, "enterprise.json")
	ps := r.Precheck(precheckDay, PrecheckOptions{AppletName: "示例预约", Records: []document.OtherFiling{draft, rec}})
	if !ps.Has("records.other_province") || ps.Has("records.in_review") {
		t.Fatalf("problems: %v", ps)
	}
	review := OtherFilingOf(inStageOf(t, StageBureauReview), "review")
	ps = r.Precheck(precheckDay, PrecheckOptions{AppletName: "示例预约", Records: []document.OtherFiling{review}})
	if !ps.Has("records.in_review") || !ps.Blocking() {
		t.Fatalf("problems: %v", ps)
	}
	if got := OtherFilingOf(nil, "none"); !reflect.DeepEqual(got, document.OtherFiling{}) {
		t.Errorf("OtherFilingOf(nil) = %+v, want the zero record", got)
	}
	if got := recordStageOf(StageDeregistered); got != document.RecordClosed {
		t.Errorf("deregistered: %v", got)
	}
	if got := recordStageOf(StageUnknown); got != document.RecordUnknown {
		t.Errorf("unknown: %v", got)
	}
}

func TestApplicationPrecheck(t *testing.T) {
	a := newDraft(t)
	if ps := a.Precheck(at(time.Hour), PrecheckOptions{AppletName: "示例预约"}); ps != nil {
		t.Fatalf("problems: %v", ps)
	}
	req := a.Request()
	req.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260315"
	if err := a.SetRequest(req, at(time.Hour)); err != nil {
		t.Fatal(err)
	}
	ps := a.Precheck(at(2*time.Hour), PrecheckOptions{AppletName: "示例预约"})
	if !ps.Has("validity.under_one_month") || !ps.Blocking() {
		t.Fatalf("problems: %v", ps)
	}
	var zero Application
	if ps := zero.Precheck(at(time.Hour), PrecheckOptions{}); ps != nil {
		t.Fatalf("zero application: %v", ps)
	}
	var nilReq *Request
	if ps := nilReq.Precheck(precheckDay, PrecheckOptions{}); ps != nil {
		t.Fatalf("nil request: %v", ps)
	}
	if ps := nilReq.Check(CheckOptions{On: precheckDay}); !ps.Blocking() {
		t.Fatalf("nil request passes Check: %v", ps)
	}
}

var sinkPrecheck document.Problems

func BenchmarkPrecheck(b *testing.B) {
	r := loadRequest(b, "enterprise.json")
	o := PrecheckOptions{AppletName: "示例预约", BusinessScope: "软件开发；信息技术咨询服务"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkPrecheck = r.Precheck(precheckDay, o)
	}
}

func TestSubmitRunsPrecheck(t *testing.T) {
	t.Run("blocking problem refuses and changes nothing", func(t *testing.T) {
		a := newDraft(t)
		req := a.Request()
		req.ICPApplets.PrincipalInfo.Mobile = req.ICPSubject.PrincipalInfo.Mobile
		if err := a.SetRequest(req, at(30*time.Minute)); err != nil {
			t.Fatal(err)
		}
		before := a.Snapshot()
		_, err := a.Submit(at(time.Hour), CheckOptions{})
		var ps document.Problems
		if !errors.As(err, &ps) || !ps.Has("contact.mobile_shared") {
			t.Fatalf("Submit = %v, want problems with contact.mobile_shared", err)
		}
		if !reflect.DeepEqual(before, a.Snapshot()) {
			t.Fatal("a refused submission changed the record")
		}
	})
	t.Run("warnings alone do not refuse", func(t *testing.T) {
		a := newDraft(t)
		req := a.Request()
		req.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260501" // under three months left
		if err := a.SetRequest(req, at(30*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if ps := a.Precheck(at(time.Hour), PrecheckOptions{}); !ps.Has("validity.expiring") || ps.Blocking() {
			t.Fatalf("precheck = %v, want a non-blocking validity.expiring", ps)
		}
		if _, err := a.Submit(at(time.Hour), CheckOptions{}); err != nil {
			t.Fatalf("Submit = %v", err)
		}
		if a.Stage() != StagePlatformReview {
			t.Fatalf("stage %v", a.Stage())
		}
	})
}

func TestCheckKeepsOneProblemPerField(t *testing.T) {
	r := loadRequest(t, "enterprise.json")
	r.ICPApplets.PrincipalInfo.EmergencyContact = r.ICPApplets.PrincipalInfo.Mobile
	const field = "icp_applets.principal_info.emergency_contact"

	var validated document.Problems
	if !errors.As(r.ValidateWith(ValidateOptions{On: precheckDay}), &validated) || !hasField(validated, field) {
		t.Fatalf("validation misses %s: %v", field, validated)
	}
	if pre := r.Precheck(precheckDay, PrecheckOptions{}); !hasField(pre, field) {
		t.Fatalf("precheck misses %s: %v", field, pre)
	}
	ps := r.Check(CheckOptions{On: precheckDay})
	n := 0
	for _, p := range ps {
		if p.Field == field {
			n++
		}
	}
	if n != 1 || !ps.Blocking() {
		t.Fatalf("Check gave %d problems on %s, want 1 blocking: %v", n, field, ps)
	}
	clean := loadRequest(t, "enterprise.json")
	if ps := clean.Check(CheckOptions{On: precheckDay, Precheck: PrecheckOptions{AppletName: "示例预约"}}); ps != nil {
		t.Fatalf("clean sample: %v", ps)
	}
}

func TestCheckUsesOneRulesTable(t *testing.T) {
	// A newer table in which Guangdong asks for the party-building letter
	// and no longer for the commitment letter.
	newer, err := document.LoadProvinceRules([]byte(`{"version":"newer","rules":[
		{"province":"44","rule":"extra_document","value":"party_building_confirmation_letter","source":"s","as_of":"2027-01-04"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := loadRequest(t, "enterprise.json")
	r.ICPMaterials.CommitmentLetter = nil
	const (
		commitment    = "icp_materials.commitment_letter materials.missing"
		partyBuilding = "icp_materials.party_building_confirmation_letter province.extra_document"
	)
	keys := func(ps document.Problems) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Field+" "+string(p.Code))
		}
		return out
	}
	tests := []struct {
		name string
		v    ValidateOptions
		p    PrecheckOptions
		want []string
	}{
		{"built-in table", ValidateOptions{}, PrecheckOptions{}, []string{commitment}},
		{"newer table for the precheck", ValidateOptions{}, PrecheckOptions{Rules: newer}, []string{partyBuilding}},
		{"newer table for validation", ValidateOptions{Rules: newer}, PrecheckOptions{}, []string{partyBuilding}},
		{"precheck's table wins", ValidateOptions{Rules: document.DefaultProvinceRules()}, PrecheckOptions{Rules: newer}, []string{partyBuilding}},
		{"no rules", ValidateOptions{}, PrecheckOptions{Rules: &document.ProvinceRules{}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.p.AppletName = "示例预约"
			if got := keys(r.Check(CheckOptions{On: precheckDay, Validate: tc.v, Precheck: tc.p})); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Check:\n got  %q\n want %q", got, tc.want)
			}
		})
	}
	t.Run("ValidateWith reads its own table", func(t *testing.T) {
		if err := r.ValidateWith(ValidateOptions{On: precheckDay, Rules: newer}); err != nil {
			t.Errorf("newer table: %v", err)
		}
		var ps document.Problems
		if !errors.As(r.ValidateWith(ValidateOptions{On: precheckDay}), &ps) || !reflect.DeepEqual(keys(ps), []string{commitment}) {
			t.Errorf("built-in table: %v", ps)
		}
	})
}

package document_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// A filing with a few of the usual rejection reasons: a principal who is
// 17, a certificate that expires in two months, a name starting with 中国,
// a description mentioning tutoring while the pre-approval list says
// "none of the above".
func ExampleCheckRejections() {
	p := document.Principal{
		Name: "王五", Mobile: "13800138000", Email: "wang@example.com", EmergencyContact: "13900139000",
		CertificateType:   document.CertResidentID,
		CertificateNumber: "110105200901150014", // born 2009-01-15
		ValidityStart:     "20210115", ValidityEnd: "20270115",
	}
	in := document.RejectionInput{
		Subject:           document.SubjectEnterprise,
		SubjectName:       "北京某某科技有限公司",
		Region:            document.Region{Province: "110000", City: "110100", District: "110105"},
		Address:           "建国路88号2号楼1201室",
		CertificateType:   document.CertBusinessLicence,
		SubjectPrincipal:  p,
		AppletPrincipal:   p,
		AppletName:        "中国好课堂",
		Description:       "为中小学生提供学科辅导课程的预约、签到和课后练习功能",
		PreApprovals:      []document.PreApproval{{Type: document.DefaultNoPreApprovalType}},
		CertificateNumber: "91110105MA00000000",
	}
	on := workday.MustDate(2026, time.November, 27)
	ps := document.CheckRejections(in, document.RejectionOptions{On: on})
	for _, p := range ps {
		fmt.Printf("%-7s %-30s %s\n", p.Severity, p.Code, p.Field)
	}
	fmt.Println("blocking:", ps.Blocking())
	// Output:
	// error   principal.age.minor            icp_subject.principal_info.certificate_number
	// warning validity.expiring              icp_subject.principal_info.certificate_validity_date_end
	// error   principal.age.minor            icp_applets.principal_info.certificate_number
	// warning validity.expiring              icp_applets.principal_info.certificate_validity_date_end
	// error   name.reserved_prefix           icp_applets.base_info.name
	// warning prehint.education              icp_applets.base_info.nrlx_details
	// blocking: true
}

// A caller with a newer province table loads it at run time; a malformed
// table is refused with the entry named.
func ExampleLoadProvinceRules() {
	rules, err := document.LoadProvinceRules([]byte(`{"version": "2027-01",
	 "rules": [{"province": "44", "rule": "legal_rep", "value": "allowed",
	            "applies_to": "unit", "source": "bureau notice", "as_of": "2027-01-05"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, ok := rules.Lookup("440305", document.RuleLegalRep, document.SubjectEnterprise)
	fmt.Println(rules.Version(), ok, r.Value, r.AsOf)

	_, err = document.LoadProvinceRules([]byte(`{"rules": [{"province": "44", "rule": "legal_rep", "value": "sometimes",
	 "source": "x", "as_of": "2027-01-05"}]}`))
	fmt.Println(errors.Is(err, document.ErrProvinceRules))
	fmt.Println(err)
	// Output:
	// 2027-01 true allowed 2027-01-05
	// true
	// document: province rules: entry 0 ("44" "legal_rep"): value not accepted by this rule
}

// The caller's own records of other filings: the subject is already filed
// in Shanghai.
func ExampleCheckOwnRecords() {
	in := document.RejectionInput{
		CertificateNumber: "91440300MA5G35XK4B",
		Region:            document.Region{Province: "440000"},
	}
	others := []document.OtherFiling{
		{SubjectID: "91440300MA5G35XK4B", Province: "310000", Stage: document.RecordFiled, Ref: "website"},
	}
	for _, p := range document.CheckOwnRecords(in, others) {
		fmt.Println(p.Code, p.Field, p.Severity)
	}
	// Output:
	// records.other_province icp_subject.base_info.province error
}

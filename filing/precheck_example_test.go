package filing_test

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// Before submitting, a merchant's backend looks for the usual rejection
// reasons: errors block the submission, warnings are shown.
func ExampleRequest_Precheck() {
	data, err := os.ReadFile("testdata/enterprise.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	var req filing.Request
	if err := json.Unmarshal(data, &req); err != nil {
		fmt.Println(err)
		return
	}
	// The subject principal's ID card expires in ten weeks, and the mini
	// program principal gave the subject principal's mobile.
	req.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260515"
	req.ICPApplets.PrincipalInfo.Mobile = req.ICPSubject.PrincipalInfo.Mobile

	on := workday.MustDate(2026, time.March, 2)
	ps := req.Precheck(on, filing.PrecheckOptions{
		AppletName:    "示例预约", // the account's nickname
		BusinessScope: "软件开发；信息技术咨询服务",
		Records: []document.OtherFiling{
			{SubjectID: "91440300MA5G35XK4R", Province: "440000", Stage: document.RecordFiled, Ref: "website"},
		},
	})
	for _, p := range ps.Errors() {
		fmt.Println("error:  ", p.Code, p.Field)
	}
	for _, p := range ps.Warnings() {
		fmt.Println("warning:", p.Code, p.Field)
	}
	fmt.Println("may submit:", !ps.Blocking())
	// Output:
	// error:   contact.mobile_shared icp_applets.principal_info.mobile
	// warning: validity.expiring icp_subject.principal_info.certificate_validity_date_end
	// may submit: false
}

// Check is what submission runs: validation and the rejection checks
// together, one problem per field. Here the emergency contact repeats the
// principal's own mobile, which both see; only the validation problem is
// kept. The warning about the name does not block.
func ExampleRequest_Check() {
	data, err := os.ReadFile("testdata/enterprise.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	var req filing.Request
	if err := json.Unmarshal(data, &req); err != nil {
		fmt.Println(err)
		return
	}
	p := &req.ICPApplets.PrincipalInfo
	p.EmergencyContact = p.Mobile

	on := workday.MustDate(2026, time.March, 2)
	ps := req.Check(filing.CheckOptions{On: on, Precheck: filing.PrecheckOptions{AppletName: "示例预约haowu.cn"}})
	for _, p := range ps {
		fmt.Println(p.Severity, p.Code, p.Field)
	}
	fmt.Println("may submit:", !ps.Blocking())
	// Output:
	// error emergency_contact.component icp_applets.principal_info.emergency_contact
	// warning name.contains_domain icp_applets.base_info.name
	// may submit: false
}

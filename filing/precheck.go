package filing

import (
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// PrecheckOptions is the outside data of Request.Precheck: what the
// payload cannot show. It is a plain value that the checks only read;
// sharing it between goroutines is safe when MobileProvince is. The zero
// value checks with package document's built-in province table, the
// payload's own mini program name, and no business scope, number-segment
// table or records.
type PrecheckOptions struct {
	// Rules is the province rules table; nil means
	// [document.DefaultProvinceRules]. Pass &document.ProvinceRules{} to
	// apply no province rules. Check validates with this table too.
	Rules *document.ProvinceRules
	// AppletName is the mini program's name (the account's nickname),
	// which WeChat fills in itself; "" means icp_applets.base_info.name.
	AppletName string
	// BusinessScope is the subject's business scope (经营范围), for the
	// pre-approval hints.
	BusinessScope string
	// NationalBody says the subject is a national body, which may start a
	// name with 中国, 全国, ….
	NationalBody bool
	// CityName is the name of icp_subject.base_info.city as in WeChat's
	// district catalogue ("石家庄市"), for the same-city address rule of some
	// provinces; "" skips that rule. ProvinceName and DistrictName are
	// passed on likewise.
	ProvinceName, CityName, DistrictName string
	// MobileProvince tells the province where a mobile number is
	// registered, from the caller's number-segment table; nil skips the
	// local-number rule.
	MobileProvince func(mobile string) (province string, ok bool)
	// NoPreApprovalType is the pre-approval type of "以上都不涉及"; 0 means
	// [document.DefaultNoPreApprovalType].
	NoPreApprovalType int
	// Records are the caller's records of the subject's and others' other
	// filings, on every platform (see OtherFilingOf), without the
	// application being checked; nil skips the checks that need them.
	Records []document.OtherFiling
}

// Precheck runs package document's checks for the common rejection
// reasons ([document.CheckRejections]) over the request on the day of
// submission on, and returns every problem found, each with WeChat's
// payload path and a severity, or nil. Problems with SeverityError will
// be rejected by WeChat or the bureau; SeverityWarning ones are likely to
// be rejected somewhere and are shown, not blocking (see
// [document.Problems.Blocking], Errors and Warnings).
//
// The zero Date as on skips the checks that depend on the day (age,
// certificate validity); package document lists every check in its
// CHECKS.md. Precheck complements Validate, which checks that the payload
// is complete and well-formed. The two can see one mistake each in its own
// words (an expired certificate is validity.range there and
// validity.expired here); Check runs both and keeps one problem per
// field. It only reads r; a nil r is checked as the zero Request.
func (r *Request) Precheck(on workday.Date, o PrecheckOptions) document.Problems {
	return document.CheckRejections(r.RejectionInput(o), document.RejectionOptions{
		On:             on,
		Rules:          o.Rules,
		BusinessScope:  o.BusinessScope,
		NationalBody:   o.NationalBody,
		MobileProvince: o.MobileProvince,
		Records:        o.Records,
	})
}

// check runs everything that decides a submission on the day on:
// ValidateWith (with v.On set to on) and then Precheck, both with one
// province rules table: p.Rules, or v.Rules when p.Rules is nil, or
// document.DefaultProvinceRules when both are. It returns every
// problem found, validation problems first, or nil. Where both see one
// mistake on one field (an expired certificate, an emergency contact equal
// to the principal's mobile), each in its own words, only the validation
// problem is kept: one message per field is enough to fix it. Submission
// (EventSubmit) runs exactly this check and is refused when the result is
// Blocking. It only reads r; a nil r is checked as the zero Request.
func (r *Request) check(on workday.Date, v ValidateOptions, p PrecheckOptions) document.Problems {
	v.On = on
	if p.Rules == nil {
		p.Rules = v.Rules
	}
	v.Rules = p.Rules
	var ps document.Problems
	ps.Add("", r.ValidateWith(v))
	more := r.Precheck(on, p)
	if len(ps) == 0 {
		return more
	}
	for _, q := range more {
		if q.Field == "" || !hasField(ps, q.Field) {
			ps = append(ps, q)
		}
	}
	return ps
}

// hasField reports whether a problem in ps concerns field. The lists are
// short, so a scan beats building a set.
func hasField(ps document.Problems, field string) bool {
	for i := range ps {
		if ps[i].Field == field {
			return true
		}
	}
	return false
}

// RejectionInput returns what package document's rejection checks read
// from the request, with the options' mini program name, region names
// and "none of the above" type. The slices are copies. A nil r reads as
// the zero Request.
func (r *Request) RejectionInput(o PrecheckOptions) document.RejectionInput {
	if r == nil {
		r = &Request{}
	}
	s, a := &r.ICPSubject, &r.ICPApplets
	in := document.RejectionInput{
		Subject:     s.BaseInfo.Type,
		SubjectName: s.BaseInfo.Name,
		Region: document.Region{
			Province: s.BaseInfo.Province, City: s.BaseInfo.City, District: s.BaseInfo.District,
			ProvinceName: o.ProvinceName, CityName: o.CityName, DistrictName: o.DistrictName,
		},
		Address:             s.BaseInfo.Address,
		Remark:              s.BaseInfo.Comment,
		CertificateType:     s.OrganizeInfo.CertificateType,
		CertificateNumber:   s.OrganizeInfo.CertificateNumber,
		CertificateAddress:  s.OrganizeInfo.CertificateAddress,
		SubjectPrincipal:    principalOf(&s.PrincipalInfo),
		AppletPrincipal:     principalOf(&a.PrincipalInfo),
		HasResidencePermit:  s.PersonalInfo != nil && s.PersonalInfo.ResidencePermit != "",
		AppletName:          a.BaseInfo.Name,
		Description:         a.BaseInfo.Comment,
		NoPreApprovalType:   o.NoPreApprovalType,
		SubjectFilingNumber: s.BaseInfo.RecordNumber,
		AppletFilingNumber:  a.BaseInfo.RecordNumber,
	}
	if o.AppletName != "" {
		in.AppletName = o.AppletName
	}
	if lp := s.LegalPersonInfo; lp != nil {
		in.LegalRepCertificateNumber = lp.CertificateNumber
	}
	if n := len(a.BaseInfo.NrlxDetails); n > 0 {
		in.PreApprovals = make([]document.PreApproval, n)
		for i, d := range a.BaseInfo.NrlxDetails {
			in.PreApprovals[i] = document.PreApproval{Type: int(d.Type), Code: d.Code, Media: d.Media}
		}
	}
	m := r.ICPMaterials
	for i, l := range m.lists() {
		if len(*l) > 0 {
			in.Materials = append(in.Materials, materialNames[i])
		}
	}
	return in
}

// principalOf converts a principal_info object.
func principalOf(p *PrincipalInfo) document.Principal {
	return document.Principal{
		Name: p.Name, Mobile: p.Mobile, Email: p.Email, EmergencyContact: p.EmergencyContact,
		CertificateType: p.CertificateType, CertificateNumber: p.CertificateNumber,
		ValidityStart: p.CertificateValidityDateStart, ValidityEnd: p.CertificateValidityDateEnd,
	}
}

// Precheck runs Request.Precheck over the application's request on the
// day of now in China Standard Time; the zero time skips the checks that
// depend on the day. It reads a copy of the request under the
// application's lock and changes nothing.
func (a *Application) Precheck(now time.Time, o PrecheckOptions) document.Problems {
	req := a.Request()
	return req.Precheck(workday.DateOf(now), o)
}

// Check runs Request.Check over the application's request on the day of
// now in China Standard Time: the problems a submission at now would be
// refused for, and the warnings it would carry. It reads a copy of the
// request under the application's lock and changes nothing.
func (a *Application) Check(now time.Time, o CheckOptions) document.Problems {
	req := a.Request()
	o.On = workday.DateOf(now)
	return req.Check(o)
}

// OtherFilingOf summarises an application as a record for the checks that
// compare a filing with the caller's others (PrecheckOptions.Records):
// the subject's certificate number, the filing province, where it stands
// and the principals' mobiles. ref is the caller's own reference, kept as
// is. A nil application gives the zero OtherFiling, which the checks
// ignore. It reads a snapshot under the application's lock.
func OtherFilingOf(a *Application, ref string) document.OtherFiling {
	if a == nil {
		return document.OtherFiling{}
	}
	s := a.Snapshot()
	sub := &s.Request.ICPSubject
	of := document.OtherFiling{
		SubjectID: sub.OrganizeInfo.CertificateNumber,
		Province:  sub.BaseInfo.Province,
		Stage:     recordStageOf(s.Stage),
		Ref:       ref,
	}
	for _, m := range [...]string{sub.PrincipalInfo.Mobile, s.Request.ICPApplets.PrincipalInfo.Mobile} {
		if m != "" {
			of.Mobiles = append(of.Mobiles, m)
		}
	}
	return of
}

// recordStageOf maps a stage to what the record checks need to know.
func recordStageOf(st Stage) document.RecordStage {
	switch st {
	case StageDraft:
		return document.RecordDraft
	case StagePlatformReview, StageSMSVerification, StageBureauReview:
		return document.RecordInReview
	case StageFiled:
		return document.RecordFiled
	case StageDeregistered:
		return document.RecordClosed
	}
	return document.RecordUnknown
}

package document

import "strings"

// RecordStage is where one of the caller's other filings stands, as far as
// [CheckOwnRecords] needs to know. Its text ids are stable lower-case strings.
// The zero value, RecordUnknown, means unset; such records count as
// neither in review nor filed. It is a plain value, safe for concurrent use.
type RecordStage uint8

// The record stages.
const (
	RecordUnknown  RecordStage = iota
	RecordDraft                // not submitted, or sent back (rejected, withdrawn)
	RecordInReview             // submitted: platform review, SMS check or bureau review
	RecordFiled                // filed, with a filing number
	RecordClosed               // deregistered or abandoned: no longer counts
	numRecordStages
)

var recordStageIDs = [numRecordStages]string{"", "draft", "in_review", "filed", "closed"}

// String returns the stable id ("in_review"), or "" for RecordUnknown and
// values out of range.
func (s RecordStage) String() string {
	if s < numRecordStages {
		return recordStageIDs[s]
	}
	return ""
}

// MarshalText writes the stable id; RecordUnknown writes as "". A value
// out of range is an *Error of KindFormat.
func (s RecordStage) MarshalText() ([]byte, error) {
	return marshalID("record_stage", recordStageIDs[:], int(s))
}

// UnmarshalText reads a stable id; "" gives RecordUnknown. An unknown id is
// an *Error of KindFormat and leaves s unchanged.
func (s *RecordStage) UnmarshalText(b []byte) error {
	i, err := unmarshalID("record_stage", recordStageIDs[:], b)
	if err != nil {
		return err
	}
	*s = RecordStage(i)
	return nil
}

// active reports whether a record in this stage binds its subject: in
// review or filed.
func (s RecordStage) active() bool { return s == RecordInReview || s == RecordFiled }

// OtherFiling is one of the caller's own records of another filing, on any
// platform (mini program, website, app): the facts the bureau compares a
// new filing with. It is a plain value, safe to copy. The zero OtherFiling
// has RecordUnknown and counts for nothing.
type OtherFiling struct {
	// SubjectID is the subject's certificate number (unified social
	// credit code, resident ID number, …) as filed.
	SubjectID string `json:"subject_id"`
	// Province is the filing province, a two- or six-digit code.
	Province string `json:"province"`
	// Stage is where the filing stands.
	Stage RecordStage `json:"stage"`
	// Mobiles are the principals' mobile numbers on that filing.
	Mobiles []string `json:"mobiles,omitempty"`
	// Ref is the caller's own reference; it is not interpreted.
	Ref string `json:"ref,omitempty"`
}

// CheckOwnRecords compares a filing with the caller's records of other
// filings, on every platform the caller manages (rejections.md #4, #5,
// #23). It cannot see filings made elsewhere; only MIIT can. Records in
// review or filed count; others are ignored. others must not hold the
// filing being checked: once submitted, it would count against itself.
// It reports
//
//   - records.other_province: the subject is already filed or in review in
//     another province; a subject files in one province only, on every
//     platform;
//   - records.in_review: another filing of the subject is in review; the
//     bureau takes one at a time;
//   - records.mobile_other_subject: a principal's mobile is on a filing of
//     another subject.
//
// The subject is identified by in.CertificateNumber (compared without
// surrounding space, ignoring case); without it, and for records without a
// SubjectID, nothing can be compared and nothing is reported. It is a pure
// function of its arguments, safe for concurrent use, and returns the
// problems found, or nil.
func CheckOwnRecords(in RejectionInput, others []OtherFiling) Problems {
	var ps Problems
	subject := normCert(in.CertificateNumber)
	home := provinceCode(in.Region.Province)
	var otherProvince, inReview bool
	var sharedSubj, sharedApp bool
	sm, am := normMobile(in.SubjectPrincipal.Mobile), normMobile(in.AppletPrincipal.Mobile)
	for _, o := range others {
		if !o.Stage.active() {
			continue
		}
		same := subject != "" && normCert(o.SubjectID) == subject
		if same {
			if p := provinceCode(o.Province); home != "" && p != "" && p != home {
				otherProvince = true
			}
			if o.Stage == RecordInReview {
				inReview = true
			}
			continue
		}
		if subject == "" || strings.TrimSpace(o.SubjectID) == "" {
			continue // cannot tell whether the record is another subject's
		}
		for _, m := range o.Mobiles {
			nm := normMobile(m)
			if nm == "" {
				continue
			}
			if nm == sm {
				sharedSubj = true
			}
			if nm == am {
				sharedApp = true
			}
		}
	}
	if otherProvince {
		ps.AddCode(pathSubjectBase+".province", "records.other_province")
	}
	if inReview {
		ps.AddCode("icp_subject", "records.in_review")
	}
	if sharedSubj {
		ps.AddCode(pathSubjectPrin+".mobile", "records.mobile_other_subject")
	}
	if sharedApp && am != sm {
		ps.AddCode(pathAppletPrin+".mobile", "records.mobile_other_subject")
	}
	if len(ps) == 0 {
		return nil
	}
	return ps
}

package filing

// recordRules compare the filing with the caller's other applications
// (CheckOptions.Others), on every platform the caller manages: a subject
// files in one province only (WeChat); the bureaus take one filing of a
// subject at a time, and a mobile number belongs to one subject
// (providers). Only applications in review or filed count. Nothing
// outside the caller's own records can be seen: only MIIT knows them all.
//
// The subject is identified by its certificate number, compared without
// surrounding space and ignoring case; without one nothing is compared.
func (c *check) recordRules() {
	if len(c.o.Others) == 0 || c.certKey == "" {
		return
	}
	var otherProvince, inReview, sharedSubj, sharedApp bool
	sm, am := c.people[0].mobile, c.people[1].mobile
	for _, a := range c.o.Others {
		if a == nil {
			continue
		}
		st := a.Stage()
		review := st == StagePlatformReview || st == StageSMSVerification || st == StageBureauReview
		if !review && st != StageFiled {
			continue
		}
		req := a.Request()
		key := certKey(req.ICPSubject.OrganizeInfo.CertificateNumber)
		if key == c.certKey {
			if p := provinceCode(req.ICPSubject.BaseInfo.Province); p != "" && c.province != "" && p != c.province {
				otherProvince = true
			}
			inReview = inReview || review
			continue
		}
		if key == "" {
			continue // cannot tell whose filing it is
		}
		for _, m := range [2]string{req.ICPSubject.PrincipalInfo.Mobile, req.ICPApplets.PrincipalInfo.Mobile} {
			if d := phoneDigits(m); d != "" {
				sharedSubj = sharedSubj || d == sm
				sharedApp = sharedApp || d == am
			}
		}
	}
	if otherProvince {
		c.add(pathProvince, codeRecordsOtherProvince)
	}
	if inReview {
		c.add(pathSubject, codeRecordsInReview)
	}
	if sharedSubj {
		c.add(pathSubjectPrin+".mobile", codeRecordsMobileOtherSub)
	}
	if sharedApp && am != sm {
		c.add(pathAppletPrin+".mobile", codeRecordsMobileOtherSub)
	}
}

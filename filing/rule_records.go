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
		o := a.peer()
		review := o.stage == StagePlatformReview || o.stage == StageSMSVerification || o.stage == StageBureauReview
		if !review && o.stage != StageFiled {
			continue
		}
		key := certKey(o.cert)
		if key == c.certKey {
			if p := provinceCode(o.province); p != "" && c.province != "" && p != c.province {
				otherProvince = true
			}
			inReview = inReview || review
			continue
		}
		if key == "" {
			continue // cannot tell whose filing it is
		}
		for _, m := range o.mobiles {
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

// peerFacts is what recordRules compare of another application.
type peerFacts struct {
	stage          Stage
	cert, province string    // the subject's certificate number and province
	mobiles        [2]string // the subject principal's and the mini program principal's
}

// peer reads the facts of a that recordRules compare, in one step under
// its mutex and without copying the request: its strings are never
// changed in place.
func (a *Application) peer() peerFacts {
	a.mu.Lock()
	defer a.mu.Unlock()
	s := &a.s.Request.ICPSubject
	return peerFacts{
		stage:    a.s.Stage,
		cert:     s.OrganizeInfo.CertificateNumber,
		province: s.BaseInfo.Province,
		mobiles:  [2]string{s.PrincipalInfo.Mobile, a.s.Request.ICPApplets.PrincipalInfo.Mobile},
	}
}

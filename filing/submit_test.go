package filing

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

// otherIn returns another application of the caller, with its own id and
// request, brought to stage s as WeChat reports it (so that its request
// need not pass the checks).
func otherIn(t *testing.T, id string, req Request, s Stage) *Application {
	t.Helper()
	a, err := NewApplication(Identity{ID: id, AppID: "wx00000000000000aa"}, req, t0)
	require.NoError(t, err)
	polls := map[Stage]Poll{
		StageDraft:          {Status: StatusNotFiled},
		StagePlatformReview: {Status: StatusPlatformReview},
		StageBureauReview:   {Status: StatusBureauReview, SMSVerifyStatus: SMSVerified},
		StageFiled:          {Status: StatusFiled, FilingNumber: goodNumber},
	}
	p, ok := polls[s]
	require.True(t, ok, s)
	_, err = a.Sync(p, at(time.Minute))
	require.NoError(t, err)
	require.Equal(t, s, a.Stage())
	return a
}

// TestSubmitRunsExactlyCheck: Submit refuses with exactly the problems
// Request.Check gives for the same options on the day of submission, the
// caller's other applications included, and accepts what Check does not
// block.
func TestSubmitRunsExactlyCheck(t *testing.T) {
	now := at(time.Hour)
	sample := loadRequest(t, "enterprise.json")
	inShanghai := sample.Clone()
	inShanghai.ICPSubject.BaseInfo.Province, inShanghai.ICPSubject.BaseInfo.City, inShanghai.ICPSubject.BaseInfo.District = "310000", "310100", "310101"
	anotherSubject := sample.Clone()
	anotherSubject.ICPSubject.OrganizeInfo.CertificateNumber = "91310000MA1FL0000Q"
	anotherSubject.ICPSubject.PrincipalInfo.Mobile = sample.ICPApplets.PrincipalInfo.Mobile
	tests := []struct {
		name   string
		edit   func(r *Request) // of the request submitted
		others func(t *testing.T) []*Application
		codes  []string // among the problems
		ok     bool
	}{
		{name: "clean", ok: true},
		// The bureaus' one-at-a-time rule comes from providers: a warning.
		{name: "another filing of the subject in review", others: func(t *testing.T) []*Application {
			return []*Application{otherIn(t, "o-2", sample, StagePlatformReview)}
		}, codes: []string{"records.in_review"}, ok: true},
		{name: "the subject filed in another province", others: func(t *testing.T) []*Application {
			return []*Application{otherIn(t, "o-2", inShanghai, StageFiled)}
		}, codes: []string{"records.other_province"}},
		{name: "a mobile of another subject", others: func(t *testing.T) []*Application {
			return []*Application{otherIn(t, "o-2", anotherSubject, StageBureauReview)}
		}, codes: []string{"records.mobile_other_subject"}, ok: true},
		{name: "other applications that do not conflict", others: func(t *testing.T) []*Application {
			return []*Application{otherIn(t, "o-2", sample, StageDraft), otherIn(t, "o-3", anotherSubject, StageDraft)}
		}, ok: true},
		{name: "conflicts and a field problem together", edit: func(r *Request) {
			r.ICPSubject.PrincipalInfo.Email = "not an e-mail"
		}, others: func(t *testing.T) []*Application {
			return []*Application{otherIn(t, "o-2", sample, StageBureauReview), otherIn(t, "o-3", inShanghai, StageFiled)}
		}, codes: []string{"email.format", "records.in_review", "records.other_province"}},
		{name: "warnings only", edit: func(r *Request) {
			r.ICPSubject.PrincipalInfo.CertificateValidityDateEnd = "20260501" // under three months left
		}, codes: []string{"validity.expiring"}, ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newDraft(t)
			req := a.Request()
			if tc.edit != nil {
				tc.edit(&req)
				require.NoError(t, a.SetRequest(req, at(20*time.Minute)))
			}
			var others []*Application
			if tc.others != nil {
				others = tc.others(t)
			}
			want := req.Check(CheckOptions{On: workday.DateOf(now), Others: others})
			for _, code := range tc.codes {
				assert.True(t, hasCode(want, code), "%s not among %v", code, want)
			}
			require.Equal(t, tc.ok, !want.Blocking(), "%v", want)

			// The application itself among the others is left out.
			changes, err := a.Submit(now, CheckOptions{Others: append(others, a)})
			if tc.ok {
				require.NoError(t, err)
				assert.Len(t, changes, 1)
				assert.Equal(t, StagePlatformReview, a.Stage())
				return
			}
			var ps Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, want, ps)
			assert.Nil(t, changes)
			assert.Equal(t, StageDraft, a.Stage())
		})
	}
}

// TestSubmitLeavesOthersAlone: leaving the application out of Others
// copies the caller's slice rather than changing it.
func TestSubmitLeavesOthersAlone(t *testing.T) {
	a := newDraft(t)
	other := otherIn(t, "o-2", loadRequest(t, "enterprise.json"), StageDraft)
	others := []*Application{a, other}
	_, err := a.Submit(at(time.Hour), CheckOptions{Others: others})
	require.NoError(t, err)
	assert.Equal(t, []*Application{a, other}, others)
	assert.Equal(t, []*Application{other}, without(others, a))
	assert.Equal(t, others, without(others, nil))
}

// hasCode reports whether a problem in ps has the code.
func hasCode(ps Problems, code string) bool {
	for _, p := range ps {
		if string(p.Code) == code {
			return true
		}
	}
	return false
}

package filing

import (
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/workday"
)

// Problem and Problems are the result of Check: every problem of a
// request, each at WeChat's payload path.
type (
	Problem  = document.Problem
	Problems = document.Problems
)

// CheckOptions is the one options type of Request.Check, and of Submit,
// which runs exactly that check. The zero value checks without outside
// data and skips the checks that depend on the day.
type CheckOptions struct {
	// On is the day of submission; the zero Date skips the checks that
	// depend on the day. Submit sets it to the day of the submission.
	On workday.Date
	// Validate and Precheck are the options of the two halves of the
	// check.
	Validate ValidateOptions
	Precheck PrecheckOptions
	// Others are the caller's other applications (of this subject and of
	// others), for the checks that compare a filing with them. The
	// application being checked is skipped when it is among them.
	Others []*Application
}

// Check runs every check that decides a submission and returns every
// problem found, or nil; Submit runs exactly this and is refused when the
// result is Blocking. It only reads r; a nil r is checked as the zero
// Request.
func (r *Request) Check(o CheckOptions) Problems {
	p := o.Precheck
	for _, a := range o.Others {
		if a != nil {
			p.Records = append(p.Records, OtherFilingOf(a, ""))
		}
	}
	return r.check(o.On, o.Validate, p)
}

package deadline

import (
	"fmt"
	"time"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/workday"
)

// Rule names a filing policy rule for mini programs, from MIIT notice
// 工信部信管〔2023〕105号 (2023-08-04) as WeChat applied it in its notice of
// 2023-08-09. The zero value, RuleUnknown, means unset. Label and English
// state the rule; the text methods are those of [State].
type Rule uint8

// The policy rules.
const (
	RuleUnknown          Rule = iota
	RuleListing               // from 2023-09-01: file before listing (上架)
	RuleExistingDeadline      // listed before 2023-09-01: file by 2024-03-31
	RuleClearing              // from 2024-04-01: listed and not filed is cleared (清退)
)

var ruleNames = enum.Names{
	Noun: "rule",
	IDs:  []string{"", "file_before_listing", "existing_deadline", "clearing"},
	Labels: []string{"",
		"自 2023-09-01 起，未上架的小程序须先完成备案方可上架",
		"2023-09-01 前已上架的小程序须在 2024-03-31 前完成备案",
		"自 2024-04-01 起，未完成备案的已上架小程序将被清退"},
	En: []string{"",
		"from 2023-09-01 a mini program not yet listed must be filed before it is listed",
		"a mini program listed before 2023-09-01 must be filed by 2024-03-31",
		"from 2024-04-01 listed mini programs that are not filed are cleared"},
}

func (r Rule) String() string                { return ruleNames.String(int(r)) }
func (r Rule) Label() string                 { return ruleNames.Label(int(r)) }
func (r Rule) English() string               { return ruleNames.English(int(r)) }
func (r Rule) MarshalText() ([]byte, error)  { return marshalEnum(&ruleNames, int(r)) }
func (r *Rule) UnmarshalText(b []byte) error { return unmarshalEnum(&ruleNames, b, r) }

// Source names the notices r comes from; "" for RuleUnknown.
func (r Rule) Source() string {
	if !ruleNames.Valid(int(r)) {
		return ""
	}
	return policySource
}

// The notices of every rule. The MIIT notice is at
// https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html;
// WeChat's was published on the WeChat Official Accounts Platform.
const policySource = "工信部信管〔2023〕105号《工业和信息化部关于开展移动互联网应用程序备案工作的通知》(2023-08-04); 微信公众平台运营中心《关于开展微信小程序备案的通知》(2023-08-09)"

// The policy dates, China Standard Time, from the notices of policySource.
var (
	listingEffective = workday.MustDate(2023, time.September, 1)
	existingDeadline = workday.MustDate(2024, time.March, 31)
	clearingFrom     = workday.MustDate(2024, time.April, 1)
)

// Status is the outcome of a policy assessment. The zero value,
// StatusUnknown, means not assessed; the text methods are those of
// [State].
type Status uint8

// The policy statuses.
const (
	StatusUnknown               Status = iota
	StatusCompliant                    // filed, or nothing is required yet
	StatusMustFileBeforeListing        // not listed, not filed: list only once filed
	StatusDue                          // listed before 2023-09-01, not filed: due by DueBy
	StatusOverdue                      // listed, not filed past the limit: subject to clearing
)

var statusNames = enum.Names{
	Noun:   "status",
	IDs:    []string{"", "compliant", "must_file_before_listing", "due", "overdue"},
	Labels: []string{"", "符合要求", "须先备案再上架", "待备案", "逾期未备案"},
	En:     []string{"", "compliant", "must file before listing", "due", "overdue"},
}

func (s Status) String() string                { return statusNames.String(int(s)) }
func (s Status) Label() string                 { return statusNames.Label(int(s)) }
func (s Status) English() string               { return statusNames.English(int(s)) }
func (s Status) MarshalText() ([]byte, error)  { return marshalEnum(&statusNames, int(s)) }
func (s *Status) UnmarshalText(b []byte) error { return unmarshalEnum(&statusNames, b, s) }

// Program is what the policy needs to know about a mini program: the days
// (China Standard Time) it was first listed (上架) and its filing approved.
// A zero date, or one after the day assessed, means "not yet". The zero
// Program was never listed nor filed. It is a plain value, safe for
// concurrent use.
type Program struct {
	Listed workday.Date `json:"listed,omitempty"`
	Filed  workday.Date `json:"filed,omitempty"`
}

// Assessment is the policy standing of a Program on day On. Rule decides
// Status (for one not listed, RuleListing, named before 2023-09-01 as the
// rule to come). DueBy is the last day to file where a deadline applies,
// and DaysLeft the calendar days from On to it (0 on the last day,
// negative after). Since is the first day of an overdue breach: the
// listing day, or 2024-04-01 for a mini program listed before 2023-09-01.
// The zero Assessment means not assessed; it is a plain value, safe for
// concurrent use.
type Assessment struct {
	On       workday.Date `json:"on"`
	Status   Status       `json:"status"`
	Rule     Rule         `json:"rule"`
	DueBy    workday.Date `json:"due_by,omitempty"`
	DaysLeft int          `json:"days_left"`
	Since    workday.Date `json:"since,omitempty"`
}

// Assess is [AssessOn] on the day of now in China Standard Time. A zero now
// is an error wrapping [ErrMissing], one outside the years 1..9999 an
// error wrapping [ErrInvalid].
func Assess(p Program, now time.Time) (Assessment, error) {
	if now.IsZero() {
		return Assessment{}, errorf("now", ErrMissing, "the moment of assessment is unset")
	}
	on := workday.DateOf(now)
	if !on.IsValid() {
		return Assessment{}, errorf("now", ErrInvalid, "the moment of assessment is outside the years 1..9999")
	}
	return AssessOn(p, on)
}

// AssessOn assesses p on day on:
//
//   - filed on or before on: StatusCompliant;
//   - not listed: StatusMustFileBeforeListing from 2023-09-01
//     (RuleListing), StatusCompliant before it;
//   - listed before 2023-09-01: StatusDue by 2024-03-31 until that day
//     (RuleExistingDeadline), StatusOverdue from 2024-04-01 (RuleClearing);
//   - listed from 2023-09-01 without a filing: StatusOverdue (RuleListing,
//     or RuleClearing from 2024-04-01).
//
// An unset on is an error wrapping [ErrMissing]; a date in p that is
// neither zero nor valid is an error wrapping [ErrInvalid].
func AssessOn(p Program, on workday.Date) (Assessment, error) {
	if on.IsZero() {
		return Assessment{}, errorf("on", ErrMissing, "the day of assessment is unset")
	}
	if !on.IsValid() {
		return Assessment{}, errorf("on", ErrInvalid, "the day of assessment is not a valid date")
	}
	if !p.Listed.IsZero() && !p.Listed.IsValid() {
		return Assessment{}, errorf("listed", ErrInvalid, "the listing day is not a valid date")
	}
	if !p.Filed.IsZero() && !p.Filed.IsValid() {
		return Assessment{}, errorf("filed", ErrInvalid, "the filing day is not a valid date")
	}
	listed := !p.Listed.IsZero() && !p.Listed.After(on)
	filed := !p.Filed.IsZero() && !p.Filed.After(on)
	existing := listed && p.Listed.Before(listingEffective)

	a := Assessment{On: on}
	switch {
	case filed:
		a.Status = StatusCompliant
		a.Rule = RuleListing
		if existing {
			a.Rule = RuleExistingDeadline
		}
	case !listed:
		a.Rule = RuleListing
		if on.Before(listingEffective) {
			a.Status = StatusCompliant
		} else {
			a.Status = StatusMustFileBeforeListing
		}
	case existing && !on.After(existingDeadline):
		a.Status = StatusDue
		a.Rule = RuleExistingDeadline
		a.DueBy = existingDeadline
		a.DaysLeft = existingDeadline.DaysSince(on)
	case existing:
		a.Status = StatusOverdue
		a.Rule = RuleClearing
		a.DueBy = existingDeadline
		a.DaysLeft = existingDeadline.DaysSince(on)
		a.Since = clearingFrom
	default: // listed unfiled on or after 2023-09-01
		a.Status = StatusOverdue
		a.Rule = RuleListing
		if !on.Before(clearingFrom) {
			a.Rule = RuleClearing
		}
		a.Since = p.Listed
	}
	return a, nil
}

// Explain returns a sentence a UI can show for a, in Chinese (zh true) or
// English; "" for the zero Assessment.
func (a Assessment) Explain(zh bool) string {
	switch a.Status {
	case StatusCompliant:
		if zh {
			return "符合备案要求"
		}
		return "compliant with the filing rules"
	case StatusMustFileBeforeListing:
		if zh {
			return "未上架：须先完成备案方可上架"
		}
		return "not listed: must be filed before it is listed"
	case StatusDue:
		if zh {
			return fmt.Sprintf("须在 %s 前完成备案，剩余 %d 天", a.DueBy, a.DaysLeft)
		}
		return fmt.Sprintf("must be filed by %s: %d days left", a.DueBy, a.DaysLeft)
	case StatusOverdue:
		if zh {
			return fmt.Sprintf("自 %s 起未备案，将被清退", a.Since)
		}
		return fmt.Sprintf("not filed since %s: subject to clearing", a.Since)
	}
	return ""
}

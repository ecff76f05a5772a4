package deadline

import (
	"fmt"
	"time"

	"github.com/beian-go/beian/workday"
)

// RuleID names one of the filing policy rules. The zero value, RuleUnknown,
// means unset. RuleID is a small comparable value, safe for concurrent use;
// its text form is a stable lower-case id.
type RuleID uint8

// The policy rules for mini programs, from MIIT notice 工信部信管〔2023〕105号
// (2023-08-04) as WeChat implemented it in its notice of 2023-08-09
// (《关于开展微信小程序备案的通知》, 微信公众平台运营中心).
const (
	RuleUnknown RuleID = iota
	// RuleListing: from 2023-09-01 a mini program that is not listed
	// must be filed before it is listed (上架).
	RuleListing
	// RuleExistingDeadline: a mini program listed before 2023-09-01 must
	// be filed by 2024-03-31.
	RuleExistingDeadline
	// RuleClearing: from 2024-04-01 listed mini programs that are not
	// filed are cleared (清退).
	RuleClearing
	ruleCount
)

var ruleIDs = [ruleCount]string{"", "file_before_listing", "existing_deadline", "clearing"}

// String returns the rule's stable id ("file_before_listing",
// "existing_deadline", "clearing"), or "" for RuleUnknown.
func (r RuleID) String() string { return idText(ruleIDs[:], int(r)) }

// MarshalText implements encoding.TextMarshaler with the id from String.
func (r RuleID) MarshalText() ([]byte, error) {
	return marshalID("rule", ruleIDs[:], int(r))
}

// UnmarshalText implements encoding.TextUnmarshaler. "" gives RuleUnknown;
// an unknown id is an error wrapping ErrInvalid and leaves r unchanged.
func (r *RuleID) UnmarshalText(text []byte) error {
	i, err := parseID("rule", ruleIDs[:], text)
	if err == nil {
		*r = RuleID(i)
	}
	return err
}

// Rule is a filing policy rule with its dates and source.
//
// The zero Rule (ID RuleUnknown) names no rule. Rule is a plain value, safe
// for concurrent use.
type Rule struct {
	ID RuleID `json:"id"`
	// Effective is the first day (China Standard Time) on which the rule
	// applies.
	Effective workday.Date `json:"effective"`
	// Deadline is the last day to comply, for RuleExistingDeadline; zero
	// for the other rules.
	Deadline workday.Date `json:"deadline,omitempty"`
	// Zh and En state the rule.
	Zh string `json:"zh"`
	En string `json:"en"`
	// Source names the notices the rule comes from; URL is the MIIT
	// notice.
	Source string `json:"source"`
	URL    string `json:"url"`
}

const (
	policySource = "工信部信管〔2023〕105号《工业和信息化部关于开展移动互联网应用程序备案工作的通知》(2023-08-04); 微信公众平台运营中心《关于开展微信小程序备案的通知》(2023-08-09)"
	policyURL    = "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html"
)

// The policy dates, China Standard Time. Sources: see policySource.
var (
	listingEffective = workday.MustDate(2023, time.September, 1)
	existingDeadline = workday.MustDate(2024, time.March, 31)
	clearingFrom     = workday.MustDate(2024, time.April, 1)
)

// rules is indexed by RuleID and never modified.
var rules = [ruleCount]Rule{
	{},
	{
		ID: RuleListing, Effective: listingEffective,
		Zh:     "自 2023-09-01 起，未上架的小程序须先完成备案方可上架",
		En:     "from 2023-09-01 a mini program not yet listed must be filed before it is listed",
		Source: policySource, URL: policyURL,
	},
	{
		ID: RuleExistingDeadline, Effective: listingEffective, Deadline: existingDeadline,
		Zh:     "2023-09-01 前已上架的小程序须在 2024-03-31 前完成备案",
		En:     "a mini program listed before 2023-09-01 must be filed by 2024-03-31",
		Source: policySource, URL: policyURL,
	},
	{
		ID: RuleClearing, Effective: clearingFrom,
		Zh:     "自 2024-04-01 起，未完成备案的已上架小程序将被清退",
		En:     "from 2024-04-01 listed mini programs that are not filed are cleared",
		Source: policySource, URL: policyURL,
	},
}

// Rule returns the rule r names; the zero Rule for RuleUnknown and unknown
// values.
func (r RuleID) Rule() Rule {
	if r < ruleCount {
		return rules[r]
	}
	return Rule{}
}

// Rules returns every policy rule in the order of their ids. The slice is
// new on each call.
func Rules() []Rule {
	out := make([]Rule, 0, ruleCount-1)
	out = append(out, rules[1:]...)
	return out
}

// Status is the outcome of a policy assessment. The zero value,
// StatusUnknown, means not assessed. Status is a small comparable value,
// safe for concurrent use; its text form is a stable lower-case id.
type Status uint8

// The policy statuses.
const (
	StatusUnknown Status = iota
	// StatusCompliant: filed, or nothing is required yet.
	StatusCompliant
	// StatusMustFileBeforeListing: not listed and not filed; the mini
	// program may be listed only once filed.
	StatusMustFileBeforeListing
	// StatusDue: listed before 2023-09-01 and not filed; the filing is
	// due by Assessment.DueBy.
	StatusDue
	// StatusOverdue: listed and not filed past the rule's limit; the mini
	// program is subject to clearing.
	StatusOverdue
	statusCount
)

var statusIDs = [statusCount]string{"", "compliant", "must_file_before_listing", "due", "overdue"}

// String returns the status's stable id ("compliant",
// "must_file_before_listing", "due", "overdue"), or "" for StatusUnknown.
func (s Status) String() string { return idText(statusIDs[:], int(s)) }

// MarshalText implements encoding.TextMarshaler with the id from String.
func (s Status) MarshalText() ([]byte, error) {
	return marshalID("status", statusIDs[:], int(s))
}

// UnmarshalText implements encoding.TextUnmarshaler. "" gives
// StatusUnknown; an unknown id is an error wrapping ErrInvalid and leaves s
// unchanged.
func (s *Status) UnmarshalText(text []byte) error {
	i, err := parseID("status", statusIDs[:], text)
	if err == nil {
		*s = Status(i)
	}
	return err
}

// Program is what the policy needs to know about a mini program: the day
// it was first listed (上架) and the day its filing was approved, both in
// China Standard Time. A zero date means "not yet"; a date after the day
// assessed counts as "not yet" on that day.
//
// The zero Program is a mini program never listed and never filed. It is a
// plain value, safe for concurrent use.
type Program struct {
	Listed workday.Date `json:"listed,omitempty"`
	Filed  workday.Date `json:"filed,omitempty"`
}

// Assessment is the policy standing of a Program on one day.
//
// The zero Assessment (StatusUnknown) means not assessed. It is a plain
// value, safe for concurrent use.
type Assessment struct {
	// On is the day assessed, in China Standard Time.
	On     workday.Date `json:"on"`
	Status Status       `json:"status"`
	// Rule is the rule that decides Status: for a compliant, filed
	// program, the rule it complied with; for a program not listed,
	// RuleListing, which applies from 2023-09-01 and is named before that
	// day as the rule to come.
	Rule Rule `json:"rule"`
	// DueBy is the last day to file when a deadline applies
	// (StatusDue, and StatusOverdue past 2024-03-31); zero otherwise.
	DueBy workday.Date `json:"due_by,omitempty"`
	// DaysLeft counts calendar days from On to DueBy: 0 on the last day,
	// negative once it has passed. It is 0 when DueBy is zero.
	DaysLeft int `json:"days_left"`
	// Since is the first day of the breach for StatusOverdue: the listing
	// day for a program listed unfiled from 2023-09-01, else 2024-04-01.
	Since workday.Date `json:"since,omitempty"`
}

// Assess assesses p on the day on which now falls in China Standard Time,
// whatever now's location; see [AssessOn] for the answers. A zero now is an
// error wrapping [ErrMissing], one outside the years 1..9999 in China
// Standard Time an error wrapping [ErrInvalid].
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
		a.Rule = rules[RuleListing]
		if existing {
			a.Rule = rules[RuleExistingDeadline]
		}
	case !listed:
		a.Rule = rules[RuleListing]
		if on.Before(listingEffective) {
			a.Status = StatusCompliant
		} else {
			a.Status = StatusMustFileBeforeListing
		}
	case existing && !on.After(existingDeadline):
		a.Status = StatusDue
		a.Rule = rules[RuleExistingDeadline]
		a.DueBy = existingDeadline
		a.DaysLeft = existingDeadline.DaysSince(on)
	case existing:
		a.Status = StatusOverdue
		a.Rule = rules[RuleClearing]
		a.DueBy = existingDeadline
		a.DaysLeft = existingDeadline.DaysSince(on)
		a.Since = clearingFrom
	default: // listed unfiled on or after 2023-09-01
		a.Status = StatusOverdue
		a.Rule = rules[RuleListing]
		if !on.Before(clearingFrom) {
			a.Rule = rules[RuleClearing]
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

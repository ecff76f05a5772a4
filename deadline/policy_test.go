package deadline

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/workday"
)

func d(y int, m time.Month, day int) workday.Date { return workday.MustDate(y, m, day) }

// utc returns an instant in UTC: 16:00 UTC is midnight in China.
func utc(y int, m time.Month, day, h, min int) time.Time {
	return time.Date(y, m, day, h, min, 0, 0, time.UTC)
}

func TestAssessPolicyDates(t *testing.T) {
	existing := Program{Listed: d(2023, 5, 20)}
	newListed := Program{Listed: d(2023, 9, 1)}
	tests := []struct {
		name     string
		p        Program
		now      time.Time
		status   Status
		rule     RuleID
		dueBy    workday.Date
		daysLeft int
	}{
		// 2023-08-31 15:59 UTC is 23:59 CST on 08-31; 16:00 UTC is 09-01 00:00 CST.
		{"unlisted, last day before the listing rule", Program{}, utc(2023, 8, 31, 15, 59), StatusCompliant, RuleListing, workday.Date{}, 0},
		{"unlisted, first day of the listing rule", Program{}, utc(2023, 8, 31, 16, 0), StatusMustFileBeforeListing, RuleListing, workday.Date{}, 0},
		{"listed later than the day assessed counts as unlisted", Program{Listed: d(2025, 1, 1)}, utc(2024, 6, 1, 0, 0), StatusMustFileBeforeListing, RuleListing, workday.Date{}, 0},
		{"existing, before the filing period", existing, utc(2023, 8, 31, 15, 59), StatusDue, RuleExistingDeadline, d(2024, 3, 31), 213},
		{"existing, last day to file (23:59 CST)", existing, utc(2024, 3, 31, 15, 59), StatusDue, RuleExistingDeadline, d(2024, 3, 31), 0},
		{"existing, first day of clearing (00:00 CST)", existing, utc(2024, 3, 31, 16, 0), StatusOverdue, RuleClearing, d(2024, 3, 31), -1},
		{"existing, UTC date still 03-31 but China already 04-01", existing, utc(2024, 3, 31, 23, 0), StatusOverdue, RuleClearing, d(2024, 3, 31), -1},
		{"existing, filed on the last day", Program{Listed: d(2023, 5, 20), Filed: d(2024, 3, 31)}, utc(2024, 3, 31, 16, 0), StatusCompliant, RuleExistingDeadline, workday.Date{}, 0},
		{"existing, filing approved only after the day assessed", Program{Listed: d(2023, 5, 20), Filed: d(2024, 4, 2)}, utc(2024, 3, 31, 16, 0), StatusOverdue, RuleClearing, d(2024, 3, 31), -1},
		{"listed on 2023-09-01 unfiled, before clearing", newListed, utc(2024, 3, 31, 15, 59), StatusOverdue, RuleListing, workday.Date{}, 0},
		{"listed on 2023-09-01 unfiled, from clearing", newListed, utc(2024, 3, 31, 16, 0), StatusOverdue, RuleClearing, workday.Date{}, 0},
		{"listed 2023-08-31 (CST) is existing", Program{Listed: d(2023, 8, 31)}, utc(2023, 9, 1, 2, 0), StatusDue, RuleExistingDeadline, d(2024, 3, 31), 212},
		{"filed before listing", Program{Listed: d(2024, 6, 1), Filed: d(2024, 5, 20)}, utc(2024, 7, 1, 0, 0), StatusCompliant, RuleListing, workday.Date{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Assess(tc.p, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if a.Status != tc.status || a.Rule.ID != tc.rule || a.DueBy != tc.dueBy || a.DaysLeft != tc.daysLeft {
				t.Errorf("got %v %v due %v left %d, want %v %v due %v left %d",
					a.Status, a.Rule.ID, a.DueBy, a.DaysLeft, tc.status, tc.rule, tc.dueBy, tc.daysLeft)
			}
			if a.On != workday.DateOf(tc.now) {
				t.Errorf("On = %v", a.On)
			}
			if a.Rule.Source == "" || a.Rule.URL == "" {
				t.Error("rule without source")
			}
			if a.Explain(true) == "" || a.Explain(false) == "" {
				t.Error("empty explanation")
			}
		})
	}
}

func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name  string
		call  func() error
		field string
		want  error
	}{
		{"zero now", func() error { _, err := Assess(Program{}, time.Time{}); return err }, "now", ErrMissing},
		{"zero day", func() error { _, err := AssessOn(Program{}, workday.Date{}); return err }, "on", ErrMissing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var de *Error
			if !errors.As(err, &de) || de.Field != tc.field {
				t.Fatalf("errors.As: %#v", err)
			}
		})
	}
}

func TestRules(t *testing.T) {
	rs := Rules()
	if len(rs) != 3 {
		t.Fatalf("len = %d", len(rs))
	}
	for _, r := range rs {
		t.Run(r.ID.String(), func(t *testing.T) {
			if r.ID.Rule() != r || !r.Effective.IsValid() || r.Zh == "" || r.En == "" || r.Source == "" {
				t.Errorf("incomplete rule %+v", r)
			}
		})
	}
	rs[0].Zh = "changed"
	if RuleListing.Rule().Zh == "changed" {
		t.Error("Rules shares its backing array")
	}
	if RuleExistingDeadline.Rule().Deadline != d(2024, 3, 31) || RuleClearing.Rule().Effective != d(2024, 4, 1) || RuleListing.Rule().Effective != d(2023, 9, 1) {
		t.Error("policy dates")
	}
	if (RuleID(99)).Rule() != (Rule{}) {
		t.Error("unknown rule")
	}
}

func TestAssessmentJSON(t *testing.T) {
	a, err := AssessOn(Program{Listed: d(2023, 5, 20)}, d(2024, 3, 1))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back Assessment
	if err := json.Unmarshal(b, &back); err != nil || back != a {
		t.Errorf("JSON round trip: %s → %+v (%v)", b, back, err)
	}
}

// TestAssessInstantsInUTC gives every input as an instant in UTC a minute
// either side of midnight China time, converted to days with
// workday.DateOf as a caller holding timestamps would.
func TestAssessInstantsInUTC(t *testing.T) {
	// 15:59 UTC is 23:59 CST the same day; 16:01 UTC is 00:01 CST the next.
	before := func(y int, m time.Month, day int) time.Time { return utc(y, m, day, 15, 59) }
	after := func(y int, m time.Month, day int) time.Time { return utc(y, m, day, 16, 1) }
	tests := []struct {
		name          string
		listed, filed time.Time
		now           time.Time
		status        Status
		rule          RuleID
		dueBy, since  workday.Date
	}{
		{"listed 23:59 on 08-31: existing, due", before(2023, 8, 31), time.Time{}, after(2023, 8, 31), StatusDue, RuleExistingDeadline, d(2024, 3, 31), workday.Date{}},
		{"listed 00:01 on 09-01: new, listed unfiled", after(2023, 8, 31), time.Time{}, after(2023, 9, 1), StatusOverdue, RuleListing, workday.Date{}, d(2023, 9, 1)},
		{"existing, filed 23:59 on 03-31", before(2023, 5, 20), before(2024, 3, 31), after(2024, 3, 31), StatusCompliant, RuleExistingDeadline, workday.Date{}, workday.Date{}},
		{"existing, filed 00:01 on 04-01, seen at 23:59 on 03-31", before(2023, 5, 20), after(2024, 3, 31), before(2024, 3, 31), StatusDue, RuleExistingDeadline, d(2024, 3, 31), workday.Date{}},
		// Program holds days: a filing approved on 04-01 counts for the whole
		// of 04-01, even at 00:00:30 before the approval.
		{"existing, filed 00:01 on 04-01, seen at 00:00:30 that day", before(2023, 5, 20), after(2024, 3, 31), utc(2024, 3, 31, 16, 0).Add(30 * time.Second), StatusCompliant, RuleExistingDeadline, workday.Date{}, workday.Date{}},
		{"new, listed 00:01 on 04-01, seen the same minute", after(2024, 3, 31), time.Time{}, after(2024, 3, 31), StatusOverdue, RuleClearing, workday.Date{}, d(2024, 4, 1)},
		{"not listed, 23:59 on 08-31", time.Time{}, time.Time{}, before(2023, 8, 31), StatusCompliant, RuleListing, workday.Date{}, workday.Date{}},
		{"not listed, 00:01 on 09-01", time.Time{}, time.Time{}, after(2023, 8, 31), StatusMustFileBeforeListing, RuleListing, workday.Date{}, workday.Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Program{Listed: workday.DateOf(tc.listed), Filed: workday.DateOf(tc.filed)}
			a, err := Assess(p, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if a.Status != tc.status || a.Rule.ID != tc.rule || a.DueBy != tc.dueBy || a.Since != tc.since {
				t.Errorf("got %v %v due %v since %v, want %v %v due %v since %v",
					a.Status, a.Rule.ID, a.DueBy, a.Since, tc.status, tc.rule, tc.dueBy, tc.since)
			}
		})
	}
}

func TestAssessOutOfRange(t *testing.T) {
	for _, now := range []time.Time{
		time.Date(9999, 12, 31, 16, 0, 0, 0, time.UTC), // 10000-01-01 in China
		time.Date(0, 12, 31, 15, 0, 0, 0, time.UTC),    // 0000-12-31 in China
		time.Date(-5000, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		t.Run(now.String(), func(t *testing.T) {
			a, err := Assess(Program{Listed: d(2023, 5, 20)}, now)
			var de *Error
			if !errors.Is(err, ErrInvalid) || !errors.As(err, &de) || de.Field != "now" || a != (Assessment{}) {
				t.Fatalf("got %+v, %v", a, err)
			}
		})
	}
	if a, err := Assess(Program{}, time.Date(9999, 12, 31, 15, 59, 59, 0, time.UTC)); err != nil || a.Status != StatusMustFileBeforeListing {
		t.Errorf("last second of 9999: %+v %v", a, err)
	}
}

package deadline

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/workday"
)

func TestAssessPolicyDates(t *testing.T) {
	existing := Program{Listed: d(2023, 5, 20)}
	newListed := Program{Listed: d(2023, 9, 1)}
	none := workday.Date{}
	tests := []struct {
		name     string
		p        Program
		now      time.Time
		status   Status
		rule     Rule
		dueBy    workday.Date
		daysLeft int
	}{
		// 2023-08-31 15:59 UTC is 23:59 CST on 08-31; 16:00 UTC is 09-01 00:00 CST.
		{"unlisted, last day before the listing rule", Program{}, utc(2023, 8, 31, 15, 59), StatusCompliant, RuleListing, none, 0},
		{"unlisted, first day of the listing rule", Program{}, utc(2023, 8, 31, 16, 0), StatusMustFileBeforeListing, RuleListing, none, 0},
		{"listed later than the day assessed counts as unlisted", Program{Listed: d(2025, 1, 1)}, utc(2024, 6, 1, 0, 0), StatusMustFileBeforeListing, RuleListing, none, 0},
		{"existing, before the filing period", existing, utc(2023, 8, 31, 15, 59), StatusDue, RuleExistingDeadline, d(2024, 3, 31), 213},
		{"existing, last day to file (23:59 CST)", existing, utc(2024, 3, 31, 15, 59), StatusDue, RuleExistingDeadline, d(2024, 3, 31), 0},
		{"existing, first day of clearing (00:00 CST)", existing, utc(2024, 3, 31, 16, 0), StatusOverdue, RuleClearing, d(2024, 3, 31), -1},
		{"existing, UTC date still 03-31 but China already 04-01", existing, utc(2024, 3, 31, 23, 0), StatusOverdue, RuleClearing, d(2024, 3, 31), -1},
		{"existing, filed on the last day", Program{Listed: d(2023, 5, 20), Filed: d(2024, 3, 31)}, utc(2024, 3, 31, 16, 0), StatusCompliant, RuleExistingDeadline, none, 0},
		{"existing, filing approved only after the day assessed", Program{Listed: d(2023, 5, 20), Filed: d(2024, 4, 2)}, utc(2024, 3, 31, 16, 0), StatusOverdue, RuleClearing, d(2024, 3, 31), -1},
		{"listed on 2023-09-01 unfiled, before clearing", newListed, utc(2024, 3, 31, 15, 59), StatusOverdue, RuleListing, none, 0},
		{"listed on 2023-09-01 unfiled, from clearing", newListed, utc(2024, 3, 31, 16, 0), StatusOverdue, RuleClearing, none, 0},
		{"listed 2023-08-31 (CST) is existing", Program{Listed: d(2023, 8, 31)}, utc(2023, 9, 1, 2, 0), StatusDue, RuleExistingDeadline, d(2024, 3, 31), 212},
		{"filed before listing", Program{Listed: d(2024, 6, 1), Filed: d(2024, 5, 20)}, utc(2024, 7, 1, 0, 0), StatusCompliant, RuleListing, none, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Assess(tc.p, tc.now)
			require.NoError(t, err)
			assert.Equal(t, tc.status, a.Status)
			assert.Equal(t, tc.rule, a.Rule)
			assert.Equal(t, tc.dueBy, a.DueBy)
			assert.Equal(t, tc.daysLeft, a.DaysLeft)
			assert.Equal(t, workday.DateOf(tc.now), a.On)
			assert.NotEmpty(t, a.Rule.Source())
			assert.NotEmpty(t, a.Explain(true))
			assert.NotEmpty(t, a.Explain(false))
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
			assertError(t, tc.call(), tc.want, tc.field)
		})
	}
}

func TestRules(t *testing.T) {
	for r := RuleListing; r <= RuleClearing; r++ {
		t.Run(r.String(), func(t *testing.T) {
			assert.NotEmpty(t, r.Label())
			assert.NotEmpty(t, r.English())
			assert.Contains(t, r.Source(), "工信部信管〔2023〕105号")
		})
	}
	assert.Empty(t, RuleUnknown.Source())
	assert.Empty(t, Rule(99).Source())
	assert.Equal(t, d(2023, 9, 1), listingEffective)
	assert.Equal(t, d(2024, 3, 31), existingDeadline)
	assert.Equal(t, d(2024, 4, 1), clearingFrom)
}

func TestAssessmentJSON(t *testing.T) {
	a, err := AssessOn(Program{Listed: d(2023, 5, 20)}, d(2024, 3, 1))
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"on":"2024-03-01","status":"due","rule":"existing_deadline","due_by":"2024-03-31","days_left":30,"since":""}`, string(b))
	var back Assessment
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a, back)
}

// TestAssessInstantsInUTC gives every input as an instant in UTC a minute
// either side of midnight China time, converted to days with
// workday.DateOf as a caller holding timestamps would.
func TestAssessInstantsInUTC(t *testing.T) {
	// 15:59 UTC is 23:59 CST the same day; 16:01 UTC is 00:01 CST the next.
	before := func(y int, m time.Month, day int) time.Time { return utc(y, m, day, 15, 59) }
	after := func(y int, m time.Month, day int) time.Time { return utc(y, m, day, 16, 1) }
	none := workday.Date{}
	tests := []struct {
		name          string
		listed, filed time.Time
		now           time.Time
		status        Status
		rule          Rule
		dueBy, since  workday.Date
	}{
		{"listed 23:59 on 08-31: existing, due", before(2023, 8, 31), time.Time{}, after(2023, 8, 31), StatusDue, RuleExistingDeadline, d(2024, 3, 31), none},
		{"listed 00:01 on 09-01: new, listed unfiled", after(2023, 8, 31), time.Time{}, after(2023, 9, 1), StatusOverdue, RuleListing, none, d(2023, 9, 1)},
		{"existing, filed 23:59 on 03-31", before(2023, 5, 20), before(2024, 3, 31), after(2024, 3, 31), StatusCompliant, RuleExistingDeadline, none, none},
		{"existing, filed 00:01 on 04-01, seen at 23:59 on 03-31", before(2023, 5, 20), after(2024, 3, 31), before(2024, 3, 31), StatusDue, RuleExistingDeadline, d(2024, 3, 31), none},
		// Program holds days: a filing approved on 04-01 counts for the whole
		// of 04-01, even at 00:00:30 before the approval.
		{"existing, filed 00:01 on 04-01, seen at 00:00:30 that day", before(2023, 5, 20), after(2024, 3, 31), utc(2024, 3, 31, 16, 0).Add(30 * time.Second), StatusCompliant, RuleExistingDeadline, none, none},
		{"new, listed 00:01 on 04-01, seen the same minute", after(2024, 3, 31), time.Time{}, after(2024, 3, 31), StatusOverdue, RuleClearing, none, d(2024, 4, 1)},
		{"not listed, 23:59 on 08-31", time.Time{}, time.Time{}, before(2023, 8, 31), StatusCompliant, RuleListing, none, none},
		{"not listed, 00:01 on 09-01", time.Time{}, time.Time{}, after(2023, 8, 31), StatusMustFileBeforeListing, RuleListing, none, none},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Assess(Program{Listed: workday.DateOf(tc.listed), Filed: workday.DateOf(tc.filed)}, tc.now)
			require.NoError(t, err)
			assert.Equal(t, tc.status, a.Status)
			assert.Equal(t, tc.rule, a.Rule)
			assert.Equal(t, tc.dueBy, a.DueBy)
			assert.Equal(t, tc.since, a.Since)
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
			assertError(t, err, ErrInvalid, "now")
			assert.Equal(t, Assessment{}, a)
		})
	}
	a, err := Assess(Program{}, time.Date(9999, 12, 31, 15, 59, 59, 0, time.UTC))
	require.NoError(t, err, "last second of 9999")
	assert.Equal(t, StatusMustFileBeforeListing, a.Status)
}

package document_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

func TestDefaultProvinceRules(t *testing.T) {
	rs := document.DefaultProvinceRules()
	if rs != document.DefaultProvinceRules() {
		t.Error("the default table is parsed more than once")
	}
	if rs.Len() < 50 || rs.Version() == "" {
		t.Fatalf("default table: %d rules, version %q", rs.Len(), rs.Version())
	}
	for _, r := range rs.All() {
		if r.Source == "" || r.AsOf.IsZero() || r.Kind == document.RuleUnknown {
			t.Errorf("rule %+v lacks a source, an as-of day or a kind", r)
		}
	}
	// The legal-representative rule covers every mainland province.
	for _, p := range document.Provinces() {
		if !p.Mainland {
			continue
		}
		if _, ok := rs.Lookup(p.Code, document.RuleLegalRep, document.SubjectEnterprise); !ok {
			t.Errorf("%s: no legal_rep rule", p.Name)
		}
	}
	// The file on disk is the embedded one and loads the same.
	data, err := os.ReadFile("data/province_rules.json")
	if err != nil {
		t.Fatal(err)
	}
	again, err := document.LoadProvinceRules(data)
	if err != nil || again.Len() != rs.Len() {
		t.Fatalf("reload: %v, %d rules", err, again.Len())
	}
}

func TestProvinceRulesLookup(t *testing.T) {
	rs := document.DefaultProvinceRules()
	tests := []struct {
		name     string
		province string
		kind     document.RuleKind
		subject  document.SubjectType
		want     string // value, "" for none
	}{
		{"two-digit code", "12", document.RuleLegalRep, document.SubjectEnterprise, "required"},
		{"six-digit code", "110000", document.RuleLegalRep, document.SubjectEnterprise, "allowed"},
		{"district code", "510104", document.RuleLegalRep, document.SubjectEnterprise, "authorisation"},
		{"unit rule skips individuals", "12", document.RuleLegalRep, document.SubjectIndividual, ""},
		{"individual rule", "50", document.RuleNonLocalIndividual, document.SubjectIndividual, "refused"},
		{"individual rule skips units", "50", document.RuleNonLocalIndividual, document.SubjectEnterprise, ""},
		{"scoped by subject", "12", document.RuleEmergencyContact, document.SubjectIndividual, "remark"},
		{"scoped by subject, unit", "12", document.RuleEmergencyContact, document.SubjectEnterprise, "third_person"},
		{"unknown province", "99", document.RuleLegalRep, document.SubjectEnterprise, ""},
		{"Hong Kong", "81", document.RuleLegalRep, document.SubjectEnterprise, ""},
		{"empty", "", document.RuleLegalRep, document.SubjectEnterprise, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := rs.Lookup(tc.province, tc.kind, tc.subject)
			if ok != (tc.want != "") || r.Value != tc.want {
				t.Fatalf("Lookup = %+v, %v; want %q", r, ok, tc.want)
			}
		})
	}
	if got := rs.For("99"); got != nil {
		t.Errorf("For(unknown) = %v", got)
	}
	if got := rs.For("65"); len(got) == 0 {
		t.Error("For(65) is empty")
	}
	var nilRules *document.ProvinceRules
	if nilRules.Len() != 0 || nilRules.For("11") != nil || nilRules.All() != nil || nilRules.Version() != "" {
		t.Error("a nil table is not empty")
	}
	if _, ok := nilRules.Lookup("11", document.RuleLegalRep, document.SubjectEnterprise); ok {
		t.Error("a nil table has a rule")
	}
	all := rs.All()
	all[0].Value = "changed"
	if rs.All()[0].Value == "changed" {
		t.Error("All shares its backing array")
	}
}

func TestLoadProvinceRulesErrors(t *testing.T) {
	const ok = `"source":"s","as_of":"2026-01-01"`
	tests := []struct {
		name  string
		data  string
		entry int
		want  string
	}{
		{"not JSON", `{`, -1, "not a rules table"},
		{"not an object", `[]`, -1, "not a rules table"},
		{"no rules", `{"version":"x"}`, -1, `no "rules"`},
		{"unknown member", `{"rules":[],"extra":1}`, -1, "not a rules table"},
		{"trailing data", `{"rules":[]} {}`, -1, "data after"},
		{"entry not an object", `{"rules":[1]}`, 0, "not a rule object"},
		{"unknown entry member", `{"rules":[{"province":"11","rule":"legal_rep","value":"allowed",` + ok + `,"x":1}]}`, 0, "not a rule object"},
		{"six-digit province", `{"rules":[{"province":"110000","rule":"legal_rep","value":"allowed",` + ok + `}]}`, 0, "two-digit"},
		{"not a province", `{"rules":[{"province":"99","rule":"legal_rep","value":"allowed",` + ok + `}]}`, 0, "not a mainland"},
		{"Hong Kong", `{"rules":[{"province":"81","rule":"legal_rep","value":"allowed",` + ok + `}]}`, 0, "not a mainland"},
		{"unknown rule", `{"rules":[{"province":"11","rule":"age","value":"allowed",` + ok + `}]}`, 0, "unknown rule"},
		{"empty rule", `{"rules":[{"province":"11","rule":"","value":"allowed",` + ok + `}]}`, 0, "unknown rule"},
		{"bad value", `{"rules":[{"province":"11","rule":"legal_rep","value":"maybe",` + ok + `}]}`, 0, "value"},
		{"bad document", `{"rules":[{"province":"11","rule":"extra_document","value":"letter",` + ok + `}]}`, 0, "value"},
		{"bad scope", `{"rules":[{"province":"11","rule":"legal_rep","value":"allowed","applies_to":"all",` + ok + `}]}`, 0, "applies_to"},
		{"no source", `{"rules":[{"province":"11","rule":"legal_rep","value":"allowed","source":" ","as_of":"2026-01-01"}]}`, 0, "source"},
		{"bad day", `{"rules":[{"province":"11","rule":"legal_rep","value":"allowed","source":"s","as_of":"20260101"}]}`, 0, "as_of"},
		{"second entry bad", `{"rules":[{"province":"11","rule":"legal_rep","value":"allowed",` + ok + `},{"province":"12","rule":"legal_rep","value":"x",` + ok + `}]}`, 1, "value"},
		{"phone number as province", `{"rules":[{"province":"13800138000","rule":"legal_rep","value":"allowed",` + ok + `}]}`, 0, "two-digit"},
		{"e-mail as rule", `{"rules":[{"province":"11","rule":"zhang@example.com","value":"allowed",` + ok + `}]}`, 0, "unknown rule"},
		{"duplicate", `{"rules":[{"province":"11","rule":"legal_rep","value":"allowed",` + ok + `},{"province":"11","rule":"legal_rep","value":"required",` + ok + `}]}`, 1, "repeats the rule of entry 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := document.LoadProvinceRules([]byte(tc.data))
			if err == nil || rs != nil {
				t.Fatalf("LoadProvinceRules = %v, %v; want an error", rs, err)
			}
			if !errors.Is(err, document.ErrProvinceRules) {
				t.Errorf("%v does not match ErrProvinceRules", err)
			}
			var re *document.ProvinceRulesError
			if !errors.As(err, &re) || re.Entry != tc.entry {
				t.Fatalf("error %v: entry %d, want %d", err, re.Entry, tc.entry)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "13800138000") || strings.Contains(err.Error(), "zhang@example.com") {
				t.Errorf("error %q shows personal data", err)
			}
			if tc.entry >= 0 && !strings.Contains(err.Error(), "entry ") {
				t.Errorf("error %q does not name the entry", err)
			}
		})
	}
}

func TestLoadProvinceRulesScopes(t *testing.T) {
	rs, err := document.LoadProvinceRules([]byte(`{"version":"v2","rules":[
		{"province":"12","rule":"emergency_contact","value":"third_person","applies_to":"unit","source":"a","as_of":"2026-01-01"},
		{"province":"12","rule":"emergency_contact","value":"remark","applies_to":"individual","source":"b","as_of":"2026-01-02","note":"n"},
		{"province":"65","rule":"extra_document","value":"commitment_letter","source":"c","as_of":"2026-01-03"},
		{"province":"65","rule":"extra_document","value":"party_building_confirmation_letter","source":"c","as_of":"2026-01-03"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if rs.Version() != "v2" || rs.Len() != 4 || len(rs.For("65")) != 2 {
		t.Fatalf("table: %q, %d rules", rs.Version(), rs.Len())
	}
	r, _ := rs.Lookup("12", document.RuleEmergencyContact, document.SubjectIndividual)
	if r.Value != "remark" || r.Note != "n" || r.AsOf.String() != "2026-01-02" || r.Applies != document.AppliesIndividual {
		t.Errorf("rule %+v", r)
	}
	// A rule for every subject listed first does not hide a scoped one.
	rs, err = document.LoadProvinceRules([]byte(`{"rules":[
		{"province":"44","rule":"legal_rep","value":"allowed","source":"a","as_of":"2026-01-01"},
		{"province":"44","rule":"legal_rep","value":"required","applies_to":"unit","source":"b","as_of":"2026-01-01"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		subject document.SubjectType
		want    string
	}{{document.SubjectEnterprise, "required"}, {document.SubjectIndividual, "allowed"}} {
		if r, ok := rs.Lookup("44", document.RuleLegalRep, tc.subject); !ok || r.Value != tc.want {
			t.Errorf("Lookup(%v) = %+v, %v; want %q", tc.subject, r, ok, tc.want)
		}
	}
}

func TestRuleKindText(t *testing.T) {
	for k := document.RuleLegalRep; k.String() != ""; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back document.RuleKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%s: round trip gives %v, %v", b, back, err)
		}
	}
	var k document.RuleKind = document.RuleMinors
	if err := k.UnmarshalText([]byte("nope")); err == nil || k != document.RuleMinors {
		t.Errorf("unknown id: %v, %v", err, k)
	}
	if _, err := document.RuleKind(200).MarshalText(); !isFormatError(err) {
		t.Errorf("an out-of-range kind marshals: %v", err)
	}
	if err := k.UnmarshalText([]byte("13800138000")); !isFormatError(err) || strings.Contains(err.Error(), "13800138000") {
		t.Errorf("unknown id: %v", err)
	}
	if b, _ := document.RuleUnknown.MarshalText(); len(b) != 0 {
		t.Errorf("RuleUnknown marshals to %q", b)
	}
}

func TestRecordStageText(t *testing.T) {
	for _, s := range []document.RecordStage{document.RecordUnknown, document.RecordDraft, document.RecordInReview, document.RecordFiled, document.RecordClosed} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back document.RecordStage
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%q: round trip gives %v, %v", b, back, err)
		}
	}
	s := document.RecordFiled
	if err := s.UnmarshalText([]byte("done")); err == nil || s != document.RecordFiled {
		t.Errorf("unknown id: %v, %v", err, s)
	}
	if _, err := document.RecordStage(99).MarshalText(); !isFormatError(err) || document.RecordStage(99).String() != "" {
		t.Errorf("an out-of-range stage marshals: %v", err)
	}
	if err := s.UnmarshalText([]byte("done")); !isFormatError(err) {
		t.Errorf("unknown id: %v", err)
	}
}

// isFormatError reports whether err is an *Error of KindFormat.
func isFormatError(err error) bool {
	var de *document.Error
	return errors.As(err, &de) && de.Kind == document.KindFormat && errors.Is(err, document.ErrFormat)
}

func FuzzLoadProvinceRules(f *testing.F) {
	data, err := os.ReadFile("data/province_rules.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"rules":[]}`))
	f.Add([]byte(`{"rules":[{"province":"11","rule":"legal_rep","value":"allowed","source":"s","as_of":"2026-01-01"}]}`))
	f.Add([]byte(`{"rules":[{"province":"11","rule":"extra_document","value":"commitment_letter","source":"s","as_of":"2026-02-29"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := document.LoadProvinceRules(data)
		if err != nil {
			var re *document.ProvinceRulesError
			if rs != nil || !errors.As(err, &re) || !errors.Is(err, document.ErrProvinceRules) {
				t.Fatalf("error %v (%T) with table %v", err, err, rs)
			}
			return
		}
		for _, r := range rs.All() {
			if r.Kind == document.RuleUnknown || r.Source == "" || r.AsOf.IsZero() || len(r.Province) != 2 {
				t.Fatalf("accepted rule %+v", r)
			}
			if got, ok := rs.Lookup(r.Province, r.Kind, document.SubjectEnterprise); r.Applies != document.AppliesIndividual && r.Kind != document.RuleExtraDocument && (!ok || got.Kind != r.Kind) {
				t.Fatalf("rule %+v not found again: %+v, %v", r, got, ok)
			}
		}
	})
}

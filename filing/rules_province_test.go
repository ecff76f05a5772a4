package filing

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestDefaultProvinceRules(t *testing.T) {
	rs := DefaultProvinceRules()
	require.Same(t, rs, DefaultProvinceRules(), "the default table is parsed once")
	require.NotEmpty(t, rs.Version())
	require.Greater(t, len(rs.All()), 50)
	for _, r := range rs.All() {
		assert.NotEmpty(t, r.Source, "%+v", r)
		assert.Contains(t, r.Source, "https://", "every rule names a public page: %+v", r)
		assert.NotContains(t, r.Source, ".md §", "no notes of this project: %+v", r)
		assert.False(t, r.AsOf.IsZero(), "%+v", r)
		assert.NotEqual(t, ruleUnknown, r.kind, "%+v", r)
		assert.Equal(t, r.Rule, r.kind.String())
	}
	// The legal-representative rule covers every mainland province.
	for _, p := range document.Provinces() {
		if p.Mainland {
			_, ok := rs.lookup(p.Code, ruleLegalRep, document.SubjectEnterprise)
			assert.True(t, ok, "%s: no legal_rep rule", p.Name)
		}
	}
	// The file on disk is the embedded one and loads the same.
	data, err := os.ReadFile("data/province_rules.json")
	require.NoError(t, err)
	again, err := LoadProvinceRules(data)
	require.NoError(t, err)
	assert.Equal(t, rs.All(), again.All())
}

func TestProvinceRulesLookup(t *testing.T) {
	rs := DefaultProvinceRules()
	tests := []struct {
		name     string
		province string
		kind     ruleKind
		subject  document.SubjectType
		want     string // value, "" for none
	}{
		{"two-digit code", "12", ruleLegalRep, document.SubjectEnterprise, "required"},
		{"six-digit code", "110000", ruleLegalRep, document.SubjectEnterprise, "allowed"},
		{"district code", "510104", ruleLegalRep, document.SubjectEnterprise, "authorisation"},
		{"unit rule skips individuals", "12", ruleLegalRep, document.SubjectIndividual, ""},
		{"individual rule", "50", ruleNonLocalIndividual, document.SubjectIndividual, "refused"},
		{"individual rule skips units", "50", ruleNonLocalIndividual, document.SubjectEnterprise, ""},
		{"scoped by subject", "12", ruleEmergencyContact, document.SubjectIndividual, "remark"},
		{"scoped by subject, unit", "12", ruleEmergencyContact, document.SubjectEnterprise, "third_person"},
		{"unknown province", "99", ruleLegalRep, document.SubjectEnterprise, ""},
		{"Hong Kong", "81", ruleLegalRep, document.SubjectEnterprise, ""},
		{"empty", "", ruleLegalRep, document.SubjectEnterprise, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := rs.lookup(tc.province, tc.kind, tc.subject)
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, r.Value)
		})
	}
	assert.Nil(t, rs.For("99"))
	assert.NotEmpty(t, rs.For("65"))
	var nilRules *ProvinceRules
	assert.Nil(t, nilRules.For("11"))
	assert.Nil(t, nilRules.All())
	assert.Empty(t, nilRules.Version())
	_, ok := nilRules.lookup("11", ruleLegalRep, document.SubjectEnterprise)
	assert.False(t, ok)
	all := rs.All()
	all[0].Value = "changed"
	assert.NotEqual(t, "changed", rs.All()[0].Value, "All returns a copy")
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
			rs, err := LoadProvinceRules([]byte(tc.data))
			require.Error(t, err)
			assert.Nil(t, rs)
			assert.ErrorIs(t, err, ErrProvinceRules)
			var re *ProvinceRulesError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tc.entry, re.Entry)
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "13800138000")
			assert.NotContains(t, err.Error(), "zhang@example.com")
			if tc.entry >= 0 {
				assert.Contains(t, err.Error(), "entry ")
			}
		})
	}
}

func TestLoadProvinceRulesScopes(t *testing.T) {
	rs, err := LoadProvinceRules([]byte(`{"version":"v2","rules":[
		{"province":"12","rule":"emergency_contact","value":"third_person","applies_to":"unit","source":"a","as_of":"2026-01-01"},
		{"province":"12","rule":"emergency_contact","value":"remark","applies_to":"individual","source":"b","as_of":"2026-01-02","note":"n"},
		{"province":"65","rule":"extra_document","value":"commitment_letter","source":"c","as_of":"2026-01-03"},
		{"province":"65","rule":"extra_document","value":"party_building_confirmation_letter","source":"c","as_of":"2026-01-03"}]}`))
	require.NoError(t, err)
	assert.Equal(t, "v2", rs.Version())
	assert.Len(t, rs.All(), 4)
	assert.Len(t, rs.For("65"), 2)
	r, _ := rs.lookup("12", ruleEmergencyContact, document.SubjectIndividual)
	assert.Equal(t, "remark", r.Value)
	assert.Equal(t, "n", r.Note)
	assert.Equal(t, "2026-01-02", r.AsOf.String())
	assert.Equal(t, "individual", r.Applies)
	// A rule for every subject listed first does not hide a scoped one.
	rs, err = LoadProvinceRules([]byte(`{"rules":[
		{"province":"44","rule":"legal_rep","value":"allowed","source":"a","as_of":"2026-01-01"},
		{"province":"44","rule":"legal_rep","value":"required","applies_to":"unit","source":"b","as_of":"2026-01-01"}]}`))
	require.NoError(t, err)
	for subject, want := range map[document.SubjectType]string{document.SubjectEnterprise: "required", document.SubjectIndividual: "allowed"} {
		r, ok := rs.lookup("44", ruleLegalRep, subject)
		assert.True(t, ok)
		assert.Equal(t, want, r.Value, "%v", subject)
	}
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
		rs, err := LoadProvinceRules(data)
		if err != nil {
			var re *ProvinceRulesError
			require.Nil(t, rs)
			require.ErrorAs(t, err, &re)
			require.ErrorIs(t, err, ErrProvinceRules)
			return
		}
		for _, r := range rs.All() {
			require.NotEqual(t, ruleUnknown, r.kind)
			require.NotEmpty(t, r.Source)
			require.False(t, r.AsOf.IsZero())
			require.Len(t, r.Province, 2)
			if r.Applies != "individual" && r.kind != ruleExtraDocument {
				got, ok := rs.lookup(r.Province, r.kind, document.SubjectEnterprise)
				require.True(t, ok)
				require.Equal(t, r.Rule, got.Rule)
			}
		}
	})
}

var sinkRules *ProvinceRules

func BenchmarkLoadProvinceRules(b *testing.B) {
	data, err := os.ReadFile("data/province_rules.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkRules, _ = LoadProvinceRules(data)
	}
}

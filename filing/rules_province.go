package filing

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
	"github.com/beian-go/beian/workday"
)

// ruleKind is what a province rule is about; its ids are the "rule"
// members of the JSON table (see LoadProvinceRules).
type ruleKind uint8

// The rule kinds.
const (
	ruleUnknown ruleKind = iota
	ruleLegalRep
	ruleSamePrincipal
	ruleMinors
	ruleNonLocalIndividual
	ruleForeignPrincipal
	ruleHMTPrincipal
	ruleLocalMobile
	ruleEmergencyContact
	ruleSameCityAddress
	ruleExtraDocument
	numRuleKinds
)

var ruleKindNames = enum.Names{Noun: "rule", IDs: []string{
	"", "legal_rep", "same_principal", "minors", "non_local_individual", "foreign_principal",
	"hmt_principal", "local_mobile", "emergency_contact", "same_city_address", "extra_document",
}}

// ruleValues lists the values each kind accepts; extra documents take the
// icp_materials members (materialMembers).
var ruleValues = [numRuleKinds][]string{
	ruleLegalRep:           {"required", "authorisation", "allowed"},
	ruleSamePrincipal:      {"required"},
	ruleMinors:             {"employment_proof"},
	ruleNonLocalIndividual: {"refused", "residence_permit", "proof_of_residence"},
	ruleForeignPrincipal:   {"refused", "authorise_mainland"},
	ruleHMTPrincipal:       {"refused", "authorise_mainland"},
	ruleLocalMobile:        {"required"},
	ruleEmergencyContact:   {"third_person", "remark"},
	ruleSameCityAddress:    {"required"},
}

func (k ruleKind) String() string { return ruleKindNames.String(int(k)) }

// appliesTo reports whether a rule whose applies_to is a concerns a
// subject of type t: "unit", "individual", or "" for every subject.
func appliesTo(a string, t document.SubjectType) bool {
	switch a {
	case "unit":
		return t.IsUnit()
	case "individual":
		return t == document.SubjectIndividual
	}
	return true
}

// ProvinceRule is one rule of one provincial bureau, an entry of the JSON
// table LoadProvinceRules reads, with the same members. It is a plain
// value, safe to copy. The zero ProvinceRule is no rule.
type ProvinceRule struct {
	Province string       `json:"province"`             // two-digit GB/T 2260 code of a mainland province
	Rule     string       `json:"rule"`                 // what the rule is about ("legal_rep")
	Value    string       `json:"value"`                // its setting ("required")
	Applies  string       `json:"applies_to,omitempty"` // "unit", "individual", or "" for all
	Source   string       `json:"source"`               // the page the rule was found on
	AsOf     workday.Date `json:"as_of"`                // when it was last checked against its source
	Note     string       `json:"note,omitempty"`       // conflicts between sources, caveats

	kind ruleKind
}

// ProvinceRules is a table of province rules, as loaded by
// [LoadProvinceRules] or built in ([DefaultProvinceRules]). Every rule is a
// warning of [Request.Check]: the rules come from cloud providers' notes,
// which disagree and change. It is immutable and safe for concurrent use.
// The zero ProvinceRules holds no rules; a nil *ProvinceRules in
// CheckOptions stands for the built-in table.
type ProvinceRules struct {
	version string
	rules   []ProvinceRule            // sorted by province, then kind
	byProv  map[string][]ProvinceRule // sub-slices of rules, by province code
}

// ErrProvinceRules: a province rules table is malformed. The detail is a
// *ProvinceRulesError.
var ErrProvinceRules = errors.New("filing: invalid province rules")

// ProvinceRulesError is the detail of a malformed table (errors.As
// target; errors.Is matches ErrProvinceRules): the index of the offending
// entry of "rules" (-1 for the table as a whole), what the entry says
// where it has an id's shape, and what is wrong. It is not modified once
// returned.
type ProvinceRulesError struct {
	Entry          int
	Province, Rule string
	Reason         string
}

func (e *ProvinceRulesError) Error() string {
	subject := "province rules"
	if e.Entry >= 0 {
		subject += " entry " + strconv.Itoa(e.Entry)
	}
	return xerr.Message("filing", subject, strings.TrimSpace(e.Province+" "+e.Rule), e.Reason, nil)
}

func (e *ProvinceRulesError) Is(target error) bool { return xerr.Is(target, ErrProvinceRules) }

// provinceRulesFile is the JSON form of a table.
type provinceRulesFile struct {
	Version string            `json:"version"`
	Rules   []json.RawMessage `json:"rules"`
}

// ruleEntry is the JSON form of one rule, read strictly.
type ruleEntry struct {
	Province string `json:"province"`
	Rule     string `json:"rule"`
	Value    string `json:"value"`
	Applies  string `json:"applies_to"`
	Source   string `json:"source"`
	AsOf     string `json:"as_of"`
	Note     string `json:"note"`
}

// LoadProvinceRules reads a province rules table from JSON, {"version":
// "…", "rules": [entry, …]}, each entry a ProvinceRule. The rules and their
// values:
//
//	legal_rep             a unit's subject principal must be its legal representative
//	                      ("required"), may be another with an authorisation letter
//	                      ("authorisation") or anyone ("allowed")
//	same_principal        "required": a subject principal who is not the legal
//	                      representative is also the mini program's principal
//	minors                "employment_proof": principals of 16 or 17 with a proof of employment
//	non_local_individual  individuals from another province: "refused",
//	                      "residence_permit" or "proof_of_residence"
//	foreign_principal     passport or foreigner's permanent residence ID: "refused" or
//	                      "authorise_mainland" (a mainland ID holder must be authorised)
//	hmt_principal         Hong Kong, Macao or Taiwan permits: as foreign_principal
//	local_mobile          "required": numbers registered in the province
//	emergency_contact     "third_person" (neither principal) or "remark" (named in the remark)
//	same_city_address     "required": the certificate address in the address's city
//	extra_document        a document the bureau asks for: its icp_materials member
//
// Every entry needs all of its members but applies_to and note, and no
// other; the same province, rule and scope may appear once (extra
// documents once per value). A malformed table gives an error matching
// ErrProvinceRules, with a *ProvinceRulesError naming the entry. The table
// is copied: data may be reused.
func LoadProvinceRules(data []byte) (*ProvinceRules, error) {
	var f provinceRulesFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, &ProvinceRulesError{Entry: -1, Reason: "not a rules table: " + jsonReason(err)}
	}
	if dec.More() {
		return nil, &ProvinceRulesError{Entry: -1, Reason: "data after the table"}
	}
	if f.Rules == nil {
		return nil, &ProvinceRulesError{Entry: -1, Reason: `no "rules" member`}
	}
	rs := &ProvinceRules{version: f.Version, rules: make([]ProvinceRule, 0, len(f.Rules))}
	seen := make(map[string]string, len(f.Rules))
	for i, raw := range f.Rules {
		r, err := parseRuleEntry(i, raw)
		if err != nil {
			return nil, err
		}
		key := r.Province + "|" + r.Rule + "|" + r.Applies
		if r.kind == ruleExtraDocument {
			key += "|" + r.Value
		}
		if prev, ok := seen[key]; ok {
			return nil, &ProvinceRulesError{Entry: i, Province: r.Province, Rule: r.Rule,
				Reason: "repeats the rule of entry " + prev}
		}
		seen[key] = strconv.Itoa(i)
		rs.rules = append(rs.rules, r)
	}
	sort.SliceStable(rs.rules, func(i, j int) bool {
		a, b := rs.rules[i], rs.rules[j]
		if a.Province != b.Province {
			return a.Province < b.Province
		}
		return a.kind < b.kind
	})
	rs.byProv = make(map[string][]ProvinceRule)
	for i := 0; i < len(rs.rules); {
		j := i
		for j < len(rs.rules) && rs.rules[j].Province == rs.rules[i].Province {
			j++
		}
		rs.byProv[rs.rules[i].Province] = rs.rules[i:j:j]
		i = j
	}
	return rs, nil
}

// jsonReason says why encoding/json refused a table or an entry without
// its text, which quotes what it read: a value or a member name can be
// anything, a name or a phone number included.
func jsonReason(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return "invalid JSON at byte " + strconv.FormatInt(se.Offset, 10)
	case errors.As(err, &te):
		what, _, _ := strings.Cut(te.Value, " ") // "number 13800138000"
		want := "a string"
		switch te.Type.Kind() {
		case reflect.Struct:
			want = "an object"
		case reflect.Slice:
			want = "an array"
		}
		return strings.TrimSpace(te.Field+" is a JSON "+what) + ", want " + want
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the input ends early"
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name, _ = strconv.Unquote(name)
		return "unknown member " + xerr.QuoteToken(name)
	}
	return "not valid JSON"
}

// parseRuleEntry reads and checks entry i.
func parseRuleEntry(i int, raw json.RawMessage) (ProvinceRule, error) {
	var e ruleEntry
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return ProvinceRule{}, &ProvinceRulesError{Entry: i, Reason: "not a rule object: " + jsonReason(err)}
	}
	bad := func(reason string) (ProvinceRule, error) {
		return ProvinceRule{}, &ProvinceRulesError{Entry: i, Province: xerr.Token(e.Province), Rule: xerr.Token(e.Rule), Reason: reason}
	}
	if len(e.Province) != 2 {
		return bad("province must be a two-digit code")
	}
	if p, ok := document.ProvinceByCode(e.Province); !ok || !p.Mainland {
		return bad("province is not a mainland province")
	}
	k, ok := ruleKindNames.Parse(e.Rule)
	if !ok || k == int(ruleUnknown) {
		return bad("unknown rule")
	}
	if !validRuleValue(ruleKind(k), e.Value) {
		return bad("value not accepted by this rule")
	}
	if a := e.Applies; a != "" && a != "unit" && a != "individual" {
		return bad(`applies_to must be "", "unit" or "individual"`)
	}
	if strings.TrimSpace(e.Source) == "" {
		return bad("source missing")
	}
	asOf, err := workday.ParseDate(e.AsOf)
	if err != nil {
		return bad("as_of must be a day, YYYY-MM-DD")
	}
	return ProvinceRule{Province: e.Province, Rule: e.Rule, Value: e.Value, Applies: e.Applies, Source: e.Source,
		AsOf: asOf, Note: e.Note, kind: ruleKind(k)}, nil
}

func validRuleValue(k ruleKind, v string) bool {
	vals := ruleValues[k]
	if k == ruleExtraDocument {
		vals = materialMembers[:]
	}
	for _, x := range vals {
		if x == v {
			return true
		}
	}
	return false
}

//go:embed data/province_rules.json
var provinceRulesJSON []byte

// defaultRules parses the embedded table once.
var defaultRules = sync.OnceValue(func() *ProvinceRules {
	rs, err := LoadProvinceRules(provinceRulesJSON)
	if err != nil {
		// The embedded table is checked by the tests.
		panic("filing: embedded province rules are invalid: " + err.Error())
	}
	return rs
})

// DefaultProvinceRules returns the built-in table (data/province_rules.json,
// listed in CHECKS.md), compiled from cloud providers' notes for website
// filings (Tencent Cloud, JD Cloud, Huawei Cloud, Baidu Cloud, FinClip);
// each rule carries its page, as-of day and caveats. It is shared.
func DefaultProvinceRules() *ProvinceRules { return defaultRules() }

// Version returns the table's version, "" for a nil or zero table.
func (rs *ProvinceRules) Version() string {
	if rs == nil {
		return ""
	}
	return rs.version
}

// All returns every rule, sorted by province and rule, in a fresh slice.
func (rs *ProvinceRules) All() []ProvinceRule {
	if rs == nil {
		return nil
	}
	return append([]ProvinceRule(nil), rs.rules...)
}

// For returns the rules of a province ("31" or "310000") in a fresh
// slice; nil when it has none.
func (rs *ProvinceRules) For(province string) []ProvinceRule {
	if rs == nil {
		return nil
	}
	own := rs.byProv[provinceCode(province)]
	if len(own) == 0 {
		return nil
	}
	return append([]ProvinceRule(nil), own...)
}

// of returns the rules of a province without copying them.
func (rs *ProvinceRules) of(province string) []ProvinceRule {
	if rs == nil {
		return nil
	}
	return rs.byProv[provinceCode(province)]
}

// lookup returns the rule of the given kind that applies to a subject of
// type t in the province, and whether there is one. A rule for units or
// for individuals takes precedence over one for every subject, whatever
// their order in the table. For RuleExtraDocument, which may have several
// rules, it returns the first.
func (rs *ProvinceRules) lookup(province string, kind ruleKind, t document.SubjectType) (ProvinceRule, bool) {
	var general ProvinceRule
	found := false
	for _, r := range rs.of(province) {
		if r.kind != kind || !appliesTo(r.Applies, t) {
			continue
		}
		if r.Applies != "" {
			return r, true
		}
		if !found {
			general, found = r, true
		}
	}
	return general, found
}

// provinceCode returns the two-digit code of a two- or six-digit province
// code, or "" when it names no mainland province.
func provinceCode(s string) string {
	p, ok := document.ProvinceByCode(s)
	if !ok || !p.Mainland {
		return ""
	}
	return p.Code
}

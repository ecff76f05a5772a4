package document

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/beian-go/beian/workday"
)

// RuleKind is the kind of a province rule: what a provincial bureau asks
// beyond WeChat's own checks. Its text ids are stable lower-case strings,
// used as the "rule" member of the JSON table. The zero value, RuleUnknown,
// names no rule. It is a plain value, safe for concurrent use.
type RuleKind uint8

// The rule kinds, each with the values its "value" member may take.
const (
	RuleUnknown RuleKind = iota
	// RuleLegalRep ("legal_rep"): may a unit's subject principal be
	// someone other than the legal representative? "required" (must be
	// the legal representative), "authorisation" (another person with the
	// legal representative's authorisation letter) or "allowed".
	RuleLegalRep
	// RuleSamePrincipal ("same_principal"): "required" when a subject
	// principal who is not the legal representative must also be the mini
	// program's principal.
	RuleSamePrincipal
	// RuleMinors ("minors"): "employment_proof" when principals aged 16 or
	// 17 are accepted with a proof of employment (就业证明). Without such a
	// rule the minimum age is 18.
	RuleMinors
	// RuleNonLocalIndividual ("non_local_individual"): individuals whose
	// resident ID was issued in another province. "refused", or
	// "residence_permit" (a local residence permit) or "proof_of_residence"
	// (a permit or another local proof).
	RuleNonLocalIndividual
	// RuleForeignPrincipal ("foreign_principal"): principals with a
	// passport or a foreigner's permanent residence ID. "refused" or
	// "authorise_mainland" (a mainland ID holder must be authorised).
	RuleForeignPrincipal
	// RuleHMTPrincipal ("hmt_principal"): principals with a Hong Kong,
	// Macao or Taiwan travel or residence permit; values as for
	// RuleForeignPrincipal.
	RuleHMTPrincipal
	// RuleLocalMobile ("local_mobile"): "required" when the mobile numbers
	// must be registered in the filing province (本省号段).
	RuleLocalMobile
	// RuleEmergencyContact ("emergency_contact"): "third_person" (neither
	// principal) or "remark" (the subject's remark names the contact).
	RuleEmergencyContact
	// RuleSameCityAddress ("same_city_address"): "required" when the
	// certificate address must lie in the city of the communication address.
	RuleSameCityAddress
	// RuleExtraDocument ("extra_document"): a document the bureau asks for;
	// the value is the icp_materials member that carries it, e.g.
	// "party_building_confirmation_letter". RequiredMaterials lists
	// "commitment_letter" as required and "party_building_confirmation_letter"
	// as recommended where such a rule applies; CheckRejections warns
	// about the others when they are missing.
	RuleExtraDocument
	numRuleKinds
)

var ruleKindIDs = [numRuleKinds]string{
	"", "legal_rep", "same_principal", "minors", "non_local_individual", "foreign_principal",
	"hmt_principal", "local_mobile", "emergency_contact", "same_city_address", "extra_document",
}

// ruleValues lists the values each kind accepts; nil means the icp_materials
// member names (RuleExtraDocument).
var ruleValues = [numRuleKinds][]string{
	RuleLegalRep:           {"required", "authorisation", "allowed"},
	RuleSamePrincipal:      {"required"},
	RuleMinors:             {"employment_proof"},
	RuleNonLocalIndividual: {"refused", "residence_permit", "proof_of_residence"},
	RuleForeignPrincipal:   {"refused", "authorise_mainland"},
	RuleHMTPrincipal:       {"refused", "authorise_mainland"},
	RuleLocalMobile:        {"required"},
	RuleEmergencyContact:   {"third_person", "remark"},
	RuleSameCityAddress:    {"required"},
}

// materialMembers are the members of icp_materials, the values of
// RuleExtraDocument.
var materialMembers = []string{
	"commitment_letter", "business_name_change_letter", "party_building_confirmation_letter",
	"promise_video", "authenticity_responsibility_letter", "authenticity_commitment_letter",
	"website_construction_proposal", "subject_other_materials", "applets_other_materials",
	"holding_certificate_photo",
}

// String returns the stable id ("legal_rep"), or "" for RuleUnknown and
// values out of range.
func (k RuleKind) String() string {
	if k < numRuleKinds {
		return ruleKindIDs[k]
	}
	return ""
}

// MarshalText writes the stable id; RuleUnknown writes as "". A value out
// of range is an *Error of KindFormat.
func (k RuleKind) MarshalText() ([]byte, error) {
	return marshalID("rule_kind", ruleKindIDs[:], int(k))
}

// UnmarshalText reads a stable id; "" gives RuleUnknown. An unknown id is
// an *Error of KindFormat and leaves k unchanged.
func (k *RuleKind) UnmarshalText(b []byte) error {
	i, err := unmarshalID("rule_kind", ruleKindIDs[:], b)
	if err != nil {
		return err
	}
	*k = RuleKind(i)
	return nil
}

// Applies says which subjects a province rule concerns: units,
// individuals, or every subject. Its values are the stable ids of the JSON
// table's "applies_to" member. The zero value, AppliesAll, means every
// subject. It is a plain value, safe for concurrent use.
type Applies string

// The scopes of a rule. The empty value means every subject.
const (
	AppliesAll        Applies = ""
	AppliesUnit       Applies = "unit"
	AppliesIndividual Applies = "individual"
)

// matches reports whether a rule of scope a concerns a subject of type t.
func (a Applies) matches(t SubjectType) bool {
	switch a {
	case AppliesUnit:
		return t.IsUnit()
	case AppliesIndividual:
		return t == SubjectIndividual
	}
	return true
}

// ProvinceRule is one rule of one provincial bureau, with where it comes
// from. It is a plain value, safe to copy. The zero ProvinceRule is no rule.
type ProvinceRule struct {
	// Province is the two-digit GB/T 2260 code of a mainland province.
	Province string `json:"province"`
	// Kind is what the rule is about; Value its setting (see RuleKind).
	Kind  RuleKind `json:"rule"`
	Value string   `json:"value"`
	// Applies limits the rule to units or individuals; empty for all.
	Applies Applies `json:"applies_to,omitempty"`
	// Source names where the rule was found (provider page, notice).
	Source string `json:"source"`
	// AsOf is the day the rule was last checked against its source.
	AsOf workday.Date `json:"as_of"`
	// Note records conflicts between sources or other caveats.
	Note string `json:"note,omitempty"`
}

// ProvinceRules is a table of province rules, as loaded by
// [LoadProvinceRules] or built into the package ([DefaultProvinceRules]). It is
// immutable once built and safe for concurrent use. The zero ProvinceRules,
// like a nil *ProvinceRules, holds no rules: every province then has none.
type ProvinceRules struct {
	version string
	rules   []ProvinceRule            // sorted by province, then kind
	byProv  map[string][]ProvinceRule // sub-slices of rules, by province code
}

// ErrProvinceRules: a province rules table is malformed. The detail is a
// *ProvinceRulesError.
var ErrProvinceRules = errors.New("document: invalid province rules")

// ProvinceRulesError is the detail of a malformed province rules table.
// Use a *ProvinceRulesError as the errors.As target; errors.Is matches it
// against ErrProvinceRules. Entry is the zero-based index of the offending
// entry in "rules", or -1 when the table as a whole is wrong. Province and
// Rule repeat what the entry says, clipped; they are not personal data.
// LoadProvinceRules always fills Entry, so the zero value (entry 0, no
// reason) does not occur. It is not modified after it is returned.
type ProvinceRulesError struct {
	Entry    int
	Province string // the entry's province, as written (clipped)
	Rule     string // the entry's rule id, as written (clipped)
	Reason   string
}

func (e *ProvinceRulesError) Error() string {
	var b strings.Builder
	b.WriteString("document: province rules: ")
	if e.Entry >= 0 {
		b.WriteString("entry ")
		b.WriteString(strconv.Itoa(e.Entry))
		if e.Province != "" || e.Rule != "" {
			b.WriteString(" (")
			b.WriteString(strconv.Quote(e.Province))
			b.WriteString(" ")
			b.WriteString(strconv.Quote(e.Rule))
			b.WriteString(")")
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Is reports whether target is ErrProvinceRules.
func (e *ProvinceRulesError) Is(target error) bool { return target == ErrProvinceRules }

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

// LoadProvinceRules reads a province rules table from JSON:
//
//	{"version": "2026-11-27",
//	 "rules": [{"province": "12", "rule": "legal_rep", "value": "required",
//	            "applies_to": "unit", "source": "…", "as_of": "2026-11-27",
//	            "note": "…"}, …]}
//
// Every entry needs a mainland province code of two digits, a known rule
// id, a value that rule accepts, a scope of "", "unit" or "individual",
// a source and an as-of day (YYYY-MM-DD); unknown members are refused, and
// so is a second entry with the same province, rule, scope and value, or
// with the same province, rule and scope but another value (except for
// extra documents, which may be several). A malformed table gives an error
// matching ErrProvinceRules whose *ProvinceRulesError names the entry;
// nothing of it is kept. The table is copied: data may be reused.
func LoadProvinceRules(data []byte) (*ProvinceRules, error) {
	var f provinceRulesFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, &ProvinceRulesError{Entry: -1, Reason: "not a rules table: " + clipText(err.Error())}
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
		key := r.Province + "|" + r.Kind.String() + "|" + string(r.Applies)
		if r.Kind == RuleExtraDocument {
			key += "|" + r.Value
		}
		if prev, ok := seen[key]; ok {
			return nil, &ProvinceRulesError{Entry: i, Province: r.Province, Rule: r.Kind.String(),
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
		return a.Kind < b.Kind
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

// parseRuleEntry reads and checks entry i.
func parseRuleEntry(i int, raw json.RawMessage) (ProvinceRule, error) {
	var e ruleEntry
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return ProvinceRule{}, &ProvinceRulesError{Entry: i, Reason: "not a rule object: " + clipText(err.Error())}
	}
	bad := func(reason string) (ProvinceRule, error) {
		return ProvinceRule{}, &ProvinceRulesError{Entry: i, Province: clipText(e.Province), Rule: clipText(e.Rule), Reason: reason}
	}
	if len(e.Province) != 2 {
		return bad("province must be a two-digit code")
	}
	if p, ok := ProvinceByCode(e.Province); !ok || !p.Mainland {
		return bad("province is not a mainland province")
	}
	var k RuleKind
	if err := k.UnmarshalText([]byte(e.Rule)); err != nil || k == RuleUnknown {
		return bad("unknown rule")
	}
	if !validRuleValue(k, e.Value) {
		return bad("value not accepted by this rule")
	}
	a := Applies(e.Applies)
	if a != AppliesAll && a != AppliesUnit && a != AppliesIndividual {
		return bad(`applies_to must be "", "unit" or "individual"`)
	}
	if strings.TrimSpace(e.Source) == "" {
		return bad("source missing")
	}
	asOf, err := workday.ParseDate(e.AsOf)
	if err != nil {
		return bad("as_of must be a day, YYYY-MM-DD")
	}
	return ProvinceRule{Province: e.Province, Kind: k, Value: e.Value, Applies: a, Source: e.Source, AsOf: asOf, Note: e.Note}, nil
}

func validRuleValue(k RuleKind, v string) bool {
	vals := ruleValues[k]
	if k == RuleExtraDocument {
		vals = materialMembers
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
		panic("document: embedded province rules are invalid: " + err.Error())
	}
	return rs
})

// DefaultProvinceRules returns the table built into the package
// (data/province_rules.json), compiled from cloud providers' notes on the
// provincial bureaus (reference rejections.md §2). Provincial rules change
// often and providers disagree; each rule carries its source, its as-of day
// and any conflict in its note. The table is parsed once; the returned
// value is shared and immutable.
func DefaultProvinceRules() *ProvinceRules { return defaultRules() }

// Version returns the table's version string, or "" for a nil or zero
// table.
func (rs *ProvinceRules) Version() string {
	if rs == nil {
		return ""
	}
	return rs.version
}

// Len returns the number of rules.
func (rs *ProvinceRules) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.rules)
}

// All returns every rule, sorted by province and kind. The slice is a
// fresh copy.
func (rs *ProvinceRules) All() []ProvinceRule {
	if rs == nil {
		return nil
	}
	return append([]ProvinceRule(nil), rs.rules...)
}

// For returns the rules of a province, given as a two- or six-digit code
// ("31", "310000"), sorted by kind. An unknown province, or one without
// rules, gives nil: no province rules, not an error. The slice is a fresh
// copy.
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

// Lookup returns the rule of the given kind that applies to a subject of
// type t in the province, and whether there is one. A rule for units or
// for individuals takes precedence over one for every subject, whatever
// their order in the table. For RuleExtraDocument, which may have several
// rules, it returns the first; use For to see all.
func (rs *ProvinceRules) Lookup(province string, kind RuleKind, t SubjectType) (ProvinceRule, bool) {
	var general ProvinceRule
	found := false
	for _, r := range rs.of(province) {
		if r.Kind != kind || !r.Applies.matches(t) {
			continue
		}
		if r.Applies != AppliesAll {
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
	p, ok := ProvinceByCode(s)
	if !ok || !p.Mainland {
		return ""
	}
	return p.Code
}

package document_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

// materialKeys lists "field required" per material.
func materialKeys(ms []document.Material) []string {
	var out []string
	for _, m := range ms {
		s := m.Field
		if !m.Required {
			s += " (recommended)"
		}
		out = append(out, s)
	}
	return out
}

const (
	mCert       = "icp_subject.organize_info.certificate_photo"
	mSubFront   = "icp_subject.principal_info.certificate_photo_front"
	mSubBack    = "icp_subject.principal_info.certificate_photo_back"
	mSubAuth    = "icp_subject.principal_info.authorization_letter"
	mLegal      = "icp_subject.legal_person_info"
	mResidence  = "icp_subject.personal_info.residence_permit"
	mAppFront   = "icp_applets.principal_info.certificate_photo_front"
	mAppBack    = "icp_applets.principal_info.certificate_photo_back"
	mAppAuth    = "icp_applets.principal_info.authorization_letter"
	mVerify     = "icp_applets.principal_info.verify_task_id"
	mCommitReq  = "icp_materials.commitment_letter"
	mCommitRec  = "icp_materials.commitment_letter (recommended)"
	mRename     = "icp_materials.business_name_change_letter"
	mPartyBuild = "icp_materials.party_building_confirmation_letter (recommended)"
)

func TestRequiredMaterials(t *testing.T) {
	none := []document.PreApproval{{Type: 24}}
	tests := []struct {
		name string
		in   document.MaterialsInput
		want []string
	}{
		{"enterprise, both principals legal rep",
			document.MaterialsInput{Subject: document.SubjectEnterprise, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true, PreApprovals: none},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"enterprise, subject principal not legal rep",
			document.MaterialsInput{Subject: document.SubjectEnterprise, AppletPrincipalIsLegalRep: true},
			[]string{mCert, mSubFront, mSubBack, mSubAuth, mLegal, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"enterprise, mini program principal not legal rep",
			document.MaterialsInput{Subject: document.SubjectEnterprise, SubjectPrincipalIsLegalRep: true},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mAppAuth, mVerify, mCommitRec}},
		{"government body, neither principal legal rep",
			document.MaterialsInput{Subject: document.SubjectGovernment},
			[]string{mCert, mSubFront, mSubBack, mSubAuth, mLegal, mAppFront, mAppBack, mAppAuth, mVerify, mCommitRec}},
		{"public institution",
			document.MaterialsInput{Subject: document.SubjectPublicInstitution, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"social organisation",
			document.MaterialsInput{Subject: document.SubjectSocialOrganisation, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"code unknown to this package is a unit",
			document.MaterialsInput{Subject: 40, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"individual at home, legal-rep flags ignored",
			document.MaterialsInput{Subject: document.SubjectIndividual},
			[]string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"individual outside home province",
			document.MaterialsInput{Subject: document.SubjectIndividual, OutsideHomeProvince: true},
			[]string{mSubFront, mSubBack, mResidence, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"unit outside home province: flag ignored",
			document.MaterialsInput{Subject: document.SubjectEnterprise, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true, OutsideHomeProvince: true},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"pre-approval items",
			document.MaterialsInput{Subject: document.SubjectIndividual, PreApprovals: []document.PreApproval{{Type: 1}, {Type: 0}, {Type: 9}}},
			[]string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify,
				"icp_applets.base_info.nrlx_details[0].media", "icp_applets.base_info.nrlx_details[2].media", mCommitRec}},
		{"caller's none-of-the-above code",
			document.MaterialsInput{Subject: document.SubjectIndividual, PreApprovals: []document.PreApproval{{Type: 30}}, NoPreApprovalType: 30},
			[]string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
		{"Shanghai requires the commitment letter",
			document.MaterialsInput{Subject: document.SubjectIndividual, Province: "310000"},
			[]string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitReq}},
		{"Guangdong by two-digit code",
			document.MaterialsInput{Subject: document.SubjectIndividual, Province: "44"},
			[]string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitReq}},
		{"Xinjiang party-building letter",
			document.MaterialsInput{Subject: document.SubjectEnterprise, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true, Province: "650000"},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec, mPartyBuild}},
		{"renamed unit",
			document.MaterialsInput{Subject: document.SubjectEnterprise, SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true, Renamed: true},
			[]string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec, mRename}},
		{"renamed individual: flag ignored",
			document.MaterialsInput{Subject: document.SubjectIndividual, Renamed: true},
			[]string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitRec}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := document.RequiredMaterials(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := materialKeys(ms); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("materials:\n got  %q\n want %q", got, tc.want)
			}
			for _, m := range ms {
				if !m.Kind.Known() || m.Why == "" || m.WhyEnglish == "" || m.Kind.Label() == "" {
					t.Errorf("incomplete material %+v", m)
				}
				if m.Media == (m.Kind == document.MaterialLegalPersonInfo || m.Kind == document.MaterialFaceVerification) {
					t.Errorf("%s: Media = %v", m.Kind, m.Media)
				}
			}
		})
	}
}

func TestRequiredMaterialsUnknownSubject(t *testing.T) {
	ms, err := document.RequiredMaterials(document.MaterialsInput{})
	var de *document.Error
	if ms != nil || !errors.As(err, &de) || !errors.Is(err, document.ErrMissing) || de.Code() != "subject_type.missing" {
		t.Fatalf("got %v, %v", ms, err)
	}
	if ms, err := document.RequiredMaterials(document.MaterialsInput{Subject: -4}); ms != nil || !errors.Is(err, document.ErrMissing) {
		t.Errorf("negative subject type: got %v, %v", ms, err)
	}
	if p := document.ProblemOf("icp_subject.base_info.type", err); p.Message != "未选择主体性质" {
		t.Errorf("problem %+v", p)
	}
}

func TestCheckMaterials(t *testing.T) {
	ms, err := document.RequiredMaterials(document.MaterialsInput{Subject: document.SubjectEnterprise, AppletPrincipalIsLegalRep: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		have []string
		want []string
	}{
		{"all provided", []string{mCert, mSubFront, mSubBack, mSubAuth, mLegal, mAppFront, mAppBack, mVerify}, nil},
		{"missing authorisation and certificate", []string{mSubFront, mSubBack, mLegal, mAppFront, mAppBack, mVerify},
			[]string{mCert + " materials.missing", mSubAuth + " materials.missing"}},
		{"recommended items never reported", []string{mCert, mSubFront, mSubBack, mSubAuth, mLegal, mAppFront, mAppBack, mVerify, "other"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			has := func(f string) bool {
				for _, h := range tc.have {
					if h == f {
						return true
					}
				}
				return false
			}
			ps := document.CheckMaterials(ms, has)
			checkKeys(t, ps, tc.want)
			for _, p := range ps {
				if !strings.Contains(p.Message, "：") || !strings.Contains(p.English, ": ") {
					t.Errorf("message does not name the material: %+v", p)
				}
			}
		})
	}
	t.Run("nil has reports every required material", func(t *testing.T) {
		if ps := document.CheckMaterials(ms, nil); len(ps) != 8 {
			t.Errorf("%d problems", len(ps))
		}
	})
}

func TestMaterialKindText(t *testing.T) {
	seen := map[string]bool{}
	for k := document.MaterialUnknown; k <= document.MaterialPartyBuildingLetter; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", k, err)
		}
		if k != document.MaterialUnknown && (len(b) == 0 || strings.ToLower(string(b)) != string(b) || seen[string(b)]) {
			t.Errorf("%d: id %q not a unique lower-case id", k, b)
		}
		seen[string(b)] = true
		var back document.MaterialKind = 77
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip %q: %v %v", b, back, err)
		}
	}
	m := document.Material{Kind: document.MaterialResidencePermit, Field: mResidence, Media: true, Required: true, Why: "x"}
	j, err := json.Marshal(m)
	if err != nil || !strings.Contains(string(j), `"kind":"residence_permit"`) {
		t.Errorf("JSON %s, %v", j, err)
	}
	var k document.MaterialKind
	if err := k.UnmarshalText([]byte("licence")); !errors.Is(err, document.ErrFormat) || k != document.MaterialUnknown {
		t.Errorf("unknown id: %v, %v", k, err)
	}
	if _, err := document.MaterialKind(200).MarshalText(); err == nil {
		t.Error("out of range marshalled")
	}
	if k := document.MaterialKind(200); k.String() != "" || k.English() != "" || k.Label() != "" {
		t.Error("unknown kind names")
	}
	if k := document.MaterialResidencePermit; k.String() != "residence_permit" || !strings.HasPrefix(k.English(), "proof of residence") {
		t.Errorf("names %q %q", k.String(), k.English())
	}
}

func TestOutsideHomeProvince(t *testing.T) {
	tests := []struct {
		name, id, province string
		outside, known     bool
	}{
		{"Beijing ID in Beijing", "11010519491231002X", "110000", false, true},
		{"Beijing ID in Shanghai", "11010519491231002X", "310000", true, true},
		{"two-digit province", "440305200002290010", "44", false, true},
		{"invalid ID", "11010519491231002Y", "110000", false, false},
		{"empty ID", "", "110000", false, false},
		{"Hong Kong is not a filing province", "11010519491231002X", "810000", false, false},
		{"unknown province", "11010519491231002X", "990000", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			outside, known := document.OutsideHomeProvince(tc.id, tc.province)
			if outside != tc.outside || known != tc.known {
				t.Errorf("got %v, %v", outside, known)
			}
		})
	}
}

// TestRequiredMaterialsRules checks that the extra documents of the rules
// table, not a list in the code, decide the commitment and party-building
// letters, and that CheckRejections reads the same table alike.
func TestRequiredMaterialsRules(t *testing.T) {
	loaded, err := document.LoadProvinceRules([]byte(`{"version":"test","rules":[
		{"province":"61","rule":"extra_document","value":"commitment_letter","source":"s","as_of":"2027-01-04"},
		{"province":"54","rule":"extra_document","value":"party_building_confirmation_letter","source":"s","as_of":"2027-01-04"},
		{"province":"42","rule":"extra_document","value":"commitment_letter","applies_to":"unit","source":"s","as_of":"2027-01-04"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	person := []string{mSubFront, mSubBack, mAppFront, mAppBack, mVerify}
	with := func(more ...string) []string { return append(append([]string(nil), person...), more...) }
	tests := []struct {
		name     string
		rules    *document.ProvinceRules
		subject  document.SubjectType
		province string
		want     []string
	}{
		{"default table: Shanghai", nil, document.SubjectIndividual, "310000", with(mCommitReq)},
		{"default table given explicitly", document.DefaultProvinceRules(), document.SubjectIndividual, "310000", with(mCommitReq)},
		{"default table: Shaanxi", nil, document.SubjectIndividual, "610000", with(mCommitRec)},
		{"loaded table: Shaanxi asks", loaded, document.SubjectIndividual, "610000", with(mCommitReq)},
		{"loaded table: Shanghai no longer asks", loaded, document.SubjectIndividual, "310000", with(mCommitRec)},
		{"loaded table: Tibet party-building letter", loaded, document.SubjectIndividual, "540000", with(mCommitRec, mPartyBuild)},
		{"loaded table: Xinjiang no longer asks", loaded, document.SubjectIndividual, "650000", with(mCommitRec)},
		{"loaded table: Hubei rule for units skips individuals", loaded, document.SubjectIndividual, "42", with(mCommitRec)},
		{"empty table: no province asks", &document.ProvinceRules{}, document.SubjectIndividual, "440000", with(mCommitRec)},
		{"empty table: Xinjiang", &document.ProvinceRules{}, document.SubjectIndividual, "650000", with(mCommitRec)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := document.RequiredMaterials(document.MaterialsInput{Subject: tc.subject, Province: tc.province, Rules: tc.rules})
			if err != nil {
				t.Fatal(err)
			}
			if got := materialKeys(ms); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("materials:\n got  %q\n want %q", got, tc.want)
			}
			for _, m := range ms {
				if m.Kind == document.MaterialPartyBuildingLetter && (!strings.Contains(m.Why, "西藏") || !strings.Contains(m.WhyEnglish, "Tibet")) {
					t.Errorf("party-building letter does not name the province: %q, %q", m.Why, m.WhyEnglish)
				}
			}
		})
	}
	t.Run("loaded table: Hubei rule for units", func(t *testing.T) {
		ms, err := document.RequiredMaterials(document.MaterialsInput{Subject: document.SubjectEnterprise,
			SubjectPrincipalIsLegalRep: true, AppletPrincipalIsLegalRep: true, Province: "420000", Rules: loaded})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := materialKeys(ms), []string{mCert, mSubFront, mSubBack, mAppFront, mAppBack, mVerify, mCommitReq}; !reflect.DeepEqual(got, want) {
			t.Errorf("materials:\n got  %q\n want %q", got, want)
		}
	})
	t.Run("nil and the default table agree in every province", func(t *testing.T) {
		for _, p := range document.Provinces() {
			for _, s := range []document.SubjectType{document.SubjectIndividual, document.SubjectEnterprise} {
				a, _ := document.RequiredMaterials(document.MaterialsInput{Subject: s, Province: p.Code})
				b, _ := document.RequiredMaterials(document.MaterialsInput{Subject: s, Province: p.Code, Rules: document.DefaultProvinceRules()})
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%s, %v: nil gives %q, the default table %q", p.Code, s, materialKeys(a), materialKeys(b))
				}
			}
		}
	})
	t.Run("CheckRejections reads the loaded table alike", func(t *testing.T) {
		// The party-building letter, recommended by RequiredMaterials, is
		// a province.extra_document warning; the commitment letter,
		// required, is left to CheckMaterials.
		codes := func(province string) []string {
			var out []string
			ps := document.CheckRejections(document.RejectionInput{Subject: document.SubjectIndividual,
				Region: document.Region{Province: province}}, document.RejectionOptions{Rules: loaded})
			for _, p := range ps {
				out = append(out, p.Field+" "+string(p.Code))
			}
			return out
		}
		if got, want := codes("540000"), []string{"icp_materials.party_building_confirmation_letter province.extra_document"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Tibet: %q, want %q", got, want)
		}
		if got := codes("650000"); got != nil {
			t.Errorf("Xinjiang with the loaded table: %q", got)
		}
		if got := codes("610000"); got != nil {
			t.Errorf("Shaanxi: %q", got)
		}
		ms, _ := document.RequiredMaterials(document.MaterialsInput{Subject: document.SubjectIndividual, Province: "610000", Rules: loaded})
		ps := document.CheckMaterials(ms, func(f string) bool { return f != mCommitReq })
		checkKeys(t, ps, []string{mCommitReq + " materials.missing"})
	})
}

// TestDefaultCommitmentProvinces checks that the built-in table carries
// the commitment letter rules with their sources.
func TestDefaultCommitmentProvinces(t *testing.T) {
	var got []string
	for _, r := range document.DefaultProvinceRules().All() {
		if r.Kind == document.RuleExtraDocument && r.Value == "commitment_letter" {
			got = append(got, r.Province)
			if !strings.Contains(r.Source, "§2.6") || r.AsOf.IsZero() || !strings.Contains(r.Note, "UNCONFIRMED") {
				t.Errorf("rule %+v lacks its source, as-of day or caveat", r)
			}
		}
	}
	if want := []string{"11", "31", "32", "33", "44"}; !reflect.DeepEqual(got, want) {
		t.Errorf("commitment letter provinces %q, want %q", got, want)
	}
}

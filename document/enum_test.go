package document_test

import (
	"testing"

	"github.com/beian-go/beian/document"
)

func TestSubjectType(t *testing.T) {
	tests := []struct {
		name        string
		t           document.SubjectType
		known, unit bool
		label, en   string
		str         string
	}{
		{"unknown", document.SubjectUnknown, false, false, "", "", "subject type 0"},
		{"enterprise", document.SubjectEnterprise, true, true, "企业", "enterprise", "enterprise"},
		{"individual", document.SubjectIndividual, true, false, "个人", "individual", "individual"},
		{"notary", document.SubjectNotary, true, true, "公证机构", "notary institution", "notary institution"},
		{"unlisted", document.SubjectType(17), false, true, "", "", "subject type 17"},
		{"negative", document.SubjectType(-1), false, true, "", "", "subject type -1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.t.Known() != tc.known || tc.t.IsUnit() != tc.unit || tc.t.Label() != tc.label || tc.t.English() != tc.en || tc.t.String() != tc.str {
				t.Errorf("got known %v unit %v label %q english %q string %q", tc.t.Known(), tc.t.IsUnit(), tc.t.Label(), tc.t.English(), tc.t.String())
			}
		})
	}
}

func TestCertificateType(t *testing.T) {
	personal := map[document.CertificateType]bool{2: true, 7: true, 11: true, 14: true, 30: true, 41: true, 42: true}
	for c := document.CertificateType(0); c <= 50; c++ {
		if c.Personal() != personal[c] {
			t.Errorf("%d: Personal() = %v", c, c.Personal())
		}
		if c.Known() != (c.Label() != "") || c.Known() != (c.English() != "") {
			t.Errorf("%d: Known() = %v but Label() = %q, English() = %q", c, c.Known(), c.Label(), c.English())
		}
		if c.Known() && c.String() != c.English() {
			t.Errorf("%d: String() = %q, English() = %q", c, c.String(), c.English())
		}
	}
	if document.CertResidentID.String() != "resident ID card" || document.CertResidentID.English() != "resident ID card" || document.CertResidentID.Label() != "居民身份证" {
		t.Error("resident ID labels")
	}
	if document.CertificateType(99).String() != "certificate type 99" {
		t.Error("unlisted type string")
	}
}

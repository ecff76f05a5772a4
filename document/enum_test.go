package document_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
			assert.Equal(t, tc.known, tc.t.Known())
			assert.Equal(t, tc.unit, tc.t.IsUnit())
			assert.Equal(t, tc.label, tc.t.Label())
			assert.Equal(t, tc.en, tc.t.English())
			assert.Equal(t, tc.str, tc.t.String())
		})
	}
}

func TestCertificateType(t *testing.T) {
	personal := map[document.CertificateType]bool{2: true, 7: true, 11: true, 14: true, 30: true, 41: true, 42: true}
	for c := document.CertificateType(-1); c <= 50; c++ {
		assert.Equal(t, personal[c], c.Subject() == document.SubjectIndividual, "%d", c)
		assert.Equal(t, c.Known(), c.Label() != "", "%d", c)
		assert.Equal(t, c.Known(), c.English() != "", "%d", c)
		assert.Equal(t, c.Known(), c.Subject() != document.SubjectUnknown, "%d: every listed type has a subject", c)
		if c.Known() {
			assert.Equal(t, c.English(), c.String())
		}
	}
	assert.Equal(t, "resident ID card", document.CertResidentID.String())
	assert.Equal(t, "居民身份证", document.CertResidentID.Label())
	assert.Equal(t, document.SubjectEnterprise, document.CertBusinessLicence.Subject())
	assert.Equal(t, document.SubjectGovernment, document.CertUSCCGovernment.Subject())
	assert.Equal(t, "certificate type 99", document.CertificateType(99).String())
}

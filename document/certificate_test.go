package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestValidateCertificate(t *testing.T) {
	tests := []struct {
		name   string
		typ    document.CertificateType
		number string
		want   string // the error's code, "" when valid
	}{
		{"unset type", document.CertificateUnknown, "11010519491231002X", "certificate.no_type"},

		{"resident ID", document.CertResidentID, "11010519491231002X", ""},
		{"resident ID bad check", document.CertResidentID, "110105194912310021", "resident_id.checksum"},

		{"passport mainland E+8", document.CertPassport, "E12345678", ""},
		{"passport mainland E+letter+7", document.CertPassport, "EA1234567", ""},
		{"passport foreign long", document.CertPassport, "X1234567890", ""},
		{"passport empty", document.CertPassport, "", "passport.missing"},
		{"passport lower case", document.CertPassport, "e12345678", "passport.lower_case"},
		{"passport space", document.CertPassport, "E 12345678", "passport.format"},
		{"passport too short", document.CertPassport, "E123", "passport.length"},
		{"passport too long", document.CertPassport, "E123456789012345678901", "passport.length"},
		{"passport letters only", document.CertPassport, "ABCDEFGH", "passport.format"},

		{"HK permit card", document.CertHKMacaoTravelPermit, "H12345678", ""},
		{"Macao permit booklet", document.CertHKMacaoTravelPermit, "M1234567890", ""},
		{"HK permit empty", document.CertHKMacaoTravelPermit, "", "hk_macao_permit.missing"},
		{"HK permit lower case", document.CertHKMacaoTravelPermit, "h12345678", "hk_macao_permit.lower_case"},
		{"HK permit wrong letter", document.CertHKMacaoTravelPermit, "K12345678", "hk_macao_permit.format"},
		{"HK permit letter inside", document.CertHKMacaoTravelPermit, "H1234567A", "hk_macao_permit.format"},
		{"HK permit 9 digits", document.CertHKMacaoTravelPermit, "H123456789", "hk_macao_permit.length"},

		{"Taiwan permit card", document.CertTaiwanTravelPermit, "12345678", ""},
		{"Taiwan permit booklet", document.CertTaiwanTravelPermit, "1234567890", ""},
		{"Taiwan permit empty", document.CertTaiwanTravelPermit, "", "taiwan_permit.missing"},
		{"Taiwan permit bracket", document.CertTaiwanTravelPermit, "1234567890(B)", "taiwan_permit.format"},
		{"Taiwan permit 9 digits", document.CertTaiwanTravelPermit, "123456789", "taiwan_permit.length"},

		{"HK residence permit", document.CertHKMacaoResidencePermit, "810000199001010019", ""},
		{"Macao residence permit", document.CertHKMacaoResidencePermit, "820000198512310029", ""},
		{"Taiwan residence permit", document.CertTaiwanResidencePermit, "830000200002290031", ""},
		{"Taiwan code on HK-Macao permit", document.CertHKMacaoResidencePermit, "830000200002290031", "residence_permit.component"},
		{"HK code on Taiwan permit", document.CertTaiwanResidencePermit, "810000199001010019", "residence_permit.component"},
		{"residence permit with resident ID", document.CertHKMacaoResidencePermit, "11010519491231002X", "residence_permit.component"},
		{"residence permit bad check", document.CertHKMacaoResidencePermit, "810000199001010010", "residence_permit.checksum"},
		{"residence permit bad date", document.CertHKMacaoResidencePermit, "810000199002300019", "residence_permit.component"},
		{"residence permit short", document.CertHKMacaoResidencePermit, "81000019900101001", "residence_permit.length"},
		{"residence permit letter", document.CertHKMacaoResidencePermit, "8100001990010100A9", "residence_permit.format"},
		{"residence permit empty", document.CertTaiwanResidencePermit, "", "residence_permit.missing"},

		{"foreign permanent 2023", document.CertForeignPermanentResidence, "911840198001010013", ""},
		{"foreign permanent 2023 Shanghai", document.CertForeignPermanentResidence, "931156200106150027", ""},
		{"foreign permanent old", document.CertForeignPermanentResidence, "USA110080010123", ""},
		{"foreign permanent old lower case", document.CertForeignPermanentResidence, "usa110080010123", "foreign_permanent_id.lower_case"},
		{"foreign permanent old digit first", document.CertForeignPermanentResidence, "1SA110080010123", "foreign_permanent_id.format"},
		{"foreign permanent old letter late", document.CertForeignPermanentResidence, "USA11008001012A", "foreign_permanent_id.format"},
		{"foreign permanent not 9", document.CertForeignPermanentResidence, "11010519491231002X", "foreign_permanent_id.component"},
		{"foreign permanent bad province", document.CertForeignPermanentResidence, "999840198001010013", "foreign_permanent_id.component"},
		{"foreign permanent bad check", document.CertForeignPermanentResidence, "911840198001010012", "foreign_permanent_id.checksum"},
		{"foreign permanent 16 chars", document.CertForeignPermanentResidence, "9118401980010100", "foreign_permanent_id.length"},
		{"foreign permanent empty", document.CertForeignPermanentResidence, "", "foreign_permanent_id.missing"},

		{"business licence", document.CertBusinessLicence, "91440300708461136T", ""},
		{"business licence old registration number", document.CertBusinessLicence, "440301103097413", "uscc.length"},
		{"government USCC", document.CertUSCCGovernment, "11100000000013127X", "uscc.checksum"},
		{"public institution USCC", document.CertUSCCPublicInstitution, "12100000470095016Q", ""},
		{"org code certificate with USCC", document.CertOrgCodeEnterprise, "91440300708461136T", ""},
		{"org code certificate with org code", document.CertOrgCodeEnterprise, "70846113-6", ""},
		{"org code certificate bad org code", document.CertOrgCodeGovernment, "708461137", "org_code.checksum"},
		{"social organisation with USCC", document.CertSocialOrganisation, "51310110501144395U", ""},
		{"social organisation bad USCC", document.CertSocialOrganisation, "51310110501144395A", "uscc.checksum"},
		{"public institution certificate old number", document.CertPublicInstitutionLegalPerson, "事证第110000001234号", ""},

		{"military unit code", document.CertMilitaryUnitCode, "12345", ""},
		{"private school licence", document.CertPrivateSchoolLicence, "教民144030070000123号", ""},
		{"unknown type", document.CertificateType(99), "ABC-123", ""},
		{"generic empty", document.CertMedicalInstitutionLicence, "", "certificate.missing"},
		{"generic space", document.CertMedicalInstitutionLicence, "PDY 12345", "certificate.format"},
		{"generic control", document.CertMedicalInstitutionLicence, "PDY\x0012345", "certificate.format"},
		{"generic invalid utf-8", document.CertMedicalInstitutionLicence, "PDY\xff", "certificate.format"},
		{"generic too long", document.CertMedicalInstitutionLicence, strings.Repeat("1", 65), "certificate.length"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := document.ValidateCertificate(tc.typ, tc.number)
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			var de *document.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.want, de.Code())
			assert.ErrorIs(t, err, sentinelOf(de.Kind))
			if len(tc.number) >= 9 {
				assert.NotContains(t, err.Error(), tc.number)
			}
		})
	}
}

// Every personal certificate type accepts the right numbers and nothing
// panics on arbitrary input.
func FuzzValidateCertificate(f *testing.F) {
	f.Add(2, "11010519491231002X")
	f.Add(7, "E12345678")
	f.Add(14, "H12345678")
	f.Add(11, "12345678")
	f.Add(41, "810000199001010019")
	f.Add(30, "911840198001010013")
	f.Add(1, "91440300708461136T")
	f.Add(12, "70846113-6")
	f.Add(38, "abc")
	f.Fuzz(func(t *testing.T, typ int, s string) {
		err := document.ValidateCertificate(document.CertificateType(typ), s)
		if err == nil {
			return
		}
		typed(t, err)
		noEcho(t, err, s)
	})
}

func ExampleValidateCertificate() {
	fmt.Println(document.ValidateCertificate(document.CertHKMacaoTravelPermit, "H12345678"))
	err := document.ValidateCertificate(document.CertTaiwanResidencePermit, "810000199001010019")
	var de *document.Error
	if errors.As(err, &de) {
		fmt.Println(de.Code())
	}
	// Output:
	// <nil>
	// residence_permit.component
}

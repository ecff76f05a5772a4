package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

func TestValidateCertificate(t *testing.T) {
	tests := []struct {
		name    string
		typ     document.CertificateType
		number  string
		subject string // "" when valid
		kind    document.Kind
	}{
		{"unset type", document.CertificateUnknown, "11010519491231002X", "certificate", document.KindMissing},

		{"resident ID", document.CertResidentID, "11010519491231002X", "", 0},
		{"resident ID bad check", document.CertResidentID, "110105194912310021", "resident_id", document.KindChecksum},

		{"passport mainland E+8", document.CertPassport, "E12345678", "", 0},
		{"passport mainland E+letter+7", document.CertPassport, "EA1234567", "", 0},
		{"passport foreign long", document.CertPassport, "X1234567890", "", 0},
		{"passport empty", document.CertPassport, "", "passport", document.KindMissing},
		{"passport lower case", document.CertPassport, "e12345678", "passport", document.KindFormat},
		{"passport space", document.CertPassport, "E 12345678", "passport", document.KindFormat},
		{"passport too short", document.CertPassport, "E123", "passport", document.KindLength},
		{"passport too long", document.CertPassport, "E123456789012345678901", "passport", document.KindLength},
		{"passport letters only", document.CertPassport, "ABCDEFGH", "passport", document.KindFormat},

		{"HK permit card", document.CertHKMacaoTravelPermit, "H12345678", "", 0},
		{"Macao permit booklet", document.CertHKMacaoTravelPermit, "M1234567890", "", 0},
		{"HK permit empty", document.CertHKMacaoTravelPermit, "", "hk_macao_permit", document.KindMissing},
		{"HK permit lower case", document.CertHKMacaoTravelPermit, "h12345678", "hk_macao_permit", document.KindFormat},
		{"HK permit wrong letter", document.CertHKMacaoTravelPermit, "K12345678", "hk_macao_permit", document.KindFormat},
		{"HK permit letter inside", document.CertHKMacaoTravelPermit, "H1234567A", "hk_macao_permit", document.KindFormat},
		{"HK permit 9 digits", document.CertHKMacaoTravelPermit, "H123456789", "hk_macao_permit", document.KindLength},

		{"Taiwan permit card", document.CertTaiwanTravelPermit, "12345678", "", 0},
		{"Taiwan permit booklet", document.CertTaiwanTravelPermit, "1234567890", "", 0},
		{"Taiwan permit empty", document.CertTaiwanTravelPermit, "", "taiwan_permit", document.KindMissing},
		{"Taiwan permit bracket", document.CertTaiwanTravelPermit, "1234567890(B)", "taiwan_permit", document.KindFormat},
		{"Taiwan permit 9 digits", document.CertTaiwanTravelPermit, "123456789", "taiwan_permit", document.KindLength},

		{"HK residence permit", document.CertHKMacaoResidencePermit, "810000199001010019", "", 0},
		{"Macao residence permit", document.CertHKMacaoResidencePermit, "820000198512310029", "", 0},
		{"Taiwan residence permit", document.CertTaiwanResidencePermit, "830000200002290031", "", 0},
		{"Taiwan code on HK-Macao permit", document.CertHKMacaoResidencePermit, "830000200002290031", "residence_permit", document.KindComponent},
		{"HK code on Taiwan permit", document.CertTaiwanResidencePermit, "810000199001010019", "residence_permit", document.KindComponent},
		{"residence permit with resident ID", document.CertHKMacaoResidencePermit, "11010519491231002X", "residence_permit", document.KindComponent},
		{"residence permit bad check", document.CertHKMacaoResidencePermit, "810000199001010010", "residence_permit", document.KindChecksum},
		{"residence permit bad date", document.CertHKMacaoResidencePermit, "810000199002300019", "residence_permit", document.KindComponent},
		{"residence permit short", document.CertHKMacaoResidencePermit, "81000019900101001", "residence_permit", document.KindLength},
		{"residence permit letter", document.CertHKMacaoResidencePermit, "8100001990010100A9", "residence_permit", document.KindFormat},
		{"residence permit empty", document.CertTaiwanResidencePermit, "", "residence_permit", document.KindMissing},

		{"foreign permanent 2023", document.CertForeignPermanentResidence, "911840198001010013", "", 0},
		{"foreign permanent 2023 Shanghai", document.CertForeignPermanentResidence, "931156200106150027", "", 0},
		{"foreign permanent old", document.CertForeignPermanentResidence, "USA110080010123", "", 0},
		{"foreign permanent old lower case", document.CertForeignPermanentResidence, "usa110080010123", "foreign_permanent_id", document.KindFormat},
		{"foreign permanent old digit first", document.CertForeignPermanentResidence, "1SA110080010123", "foreign_permanent_id", document.KindFormat},
		{"foreign permanent old letter late", document.CertForeignPermanentResidence, "USA11008001012A", "foreign_permanent_id", document.KindFormat},
		{"foreign permanent not 9", document.CertForeignPermanentResidence, "11010519491231002X", "foreign_permanent_id", document.KindComponent},
		{"foreign permanent bad province", document.CertForeignPermanentResidence, "999840198001010013", "foreign_permanent_id", document.KindComponent},
		{"foreign permanent bad check", document.CertForeignPermanentResidence, "911840198001010012", "foreign_permanent_id", document.KindChecksum},
		{"foreign permanent 16 chars", document.CertForeignPermanentResidence, "9118401980010100", "foreign_permanent_id", document.KindLength},
		{"foreign permanent empty", document.CertForeignPermanentResidence, "", "foreign_permanent_id", document.KindMissing},

		{"business licence", document.CertBusinessLicence, "91440300708461136T", "", 0},
		{"business licence old registration number", document.CertBusinessLicence, "440301103097413", "uscc", document.KindLength},
		{"government USCC", document.CertUSCCGovernment, "11100000000013127X", "uscc", document.KindChecksum},
		{"public institution USCC", document.CertUSCCPublicInstitution, "12100000470095016Q", "", 0},
		{"org code certificate with USCC", document.CertOrgCodeEnterprise, "91440300708461136T", "", 0},
		{"org code certificate with org code", document.CertOrgCodeEnterprise, "70846113-6", "", 0},
		{"org code certificate bad org code", document.CertOrgCodeGovernment, "708461137", "org_code", document.KindChecksum},
		{"social organisation with USCC", document.CertSocialOrganisation, "51310110501144395U", "", 0},
		{"social organisation bad USCC", document.CertSocialOrganisation, "51310110501144395A", "uscc", document.KindChecksum},
		{"public institution certificate old number", document.CertPublicInstitutionLegalPerson, "事证第110000001234号", "", 0},

		{"military unit code", document.CertMilitaryUnitCode, "12345", "", 0},
		{"private school licence", document.CertPrivateSchoolLicence, "教民144030070000123号", "", 0},
		{"unknown type", document.CertificateType(99), "ABC-123", "", 0},
		{"generic empty", document.CertMedicalInstitutionLicence, "", "certificate", document.KindMissing},
		{"generic space", document.CertMedicalInstitutionLicence, "PDY 12345", "certificate", document.KindFormat},
		{"generic control", document.CertMedicalInstitutionLicence, "PDY\x0012345", "certificate", document.KindFormat},
		{"generic invalid utf-8", document.CertMedicalInstitutionLicence, "PDY\xff", "certificate", document.KindFormat},
		{"generic too long", document.CertMedicalInstitutionLicence, strings.Repeat("1", 65), "certificate", document.KindLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := document.ValidateCertificate(tc.typ, tc.number)
			if tc.subject == "" {
				if err != nil {
					t.Fatalf("ValidateCertificate(%d, %q) = %v", tc.typ, tc.number, err)
				}
				return
			}
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("ValidateCertificate(%d, %q) = %v, want *Error", tc.typ, tc.number, err)
			}
			if de.Subject != tc.subject || de.Kind != tc.kind {
				t.Errorf("got %s (%v), want %s.%s", de.Code(), err, tc.subject, tc.kind)
			}
			if len(tc.number) >= 9 && strings.Contains(err.Error(), tc.number) {
				t.Errorf("error %q shows the full number", err)
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
		var de *document.Error
		if !errors.As(err, &de) || de.Kind == document.KindUnknown || de.Subject == "" {
			t.Fatalf("error %v is not a typed *Error", err)
		}
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

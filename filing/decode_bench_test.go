package filing

import (
	"encoding/json"
	"testing"
)

// Plain structs of the Request's shape, for encoding/json to decode and
// encode as a yardstick: same members, json tags, no Extra. Codes are
// int32, the range the codec accepts.
type (
	stdRequest struct {
		ICPSubject   stdSubject   `json:"icp_subject"`
		ICPApplets   stdApplets   `json:"icp_applets"`
		ICPMaterials stdMaterials `json:"icp_materials"`
	}
	stdSubject struct {
		BaseInfo        stdSubjectBaseInfo  `json:"base_info"`
		PersonalInfo    *stdPersonalInfo    `json:"personal_info,omitempty"`
		OrganizeInfo    stdOrganizeInfo     `json:"organize_info"`
		PrincipalInfo   stdPrincipalInfo    `json:"principal_info"`
		LegalPersonInfo *stdLegalPersonInfo `json:"legal_person_info,omitempty"`
	}
	stdSubjectBaseInfo struct {
		Type         int32  `json:"type,omitempty"`
		Name         string `json:"name,omitempty"`
		Province     string `json:"province,omitempty"`
		City         string `json:"city,omitempty"`
		District     string `json:"district,omitempty"`
		Address      string `json:"address,omitempty"`
		Comment      string `json:"comment,omitempty"`
		RecordNumber string `json:"record_number,omitempty"`
	}
	stdPersonalInfo struct {
		ResidencePermit string `json:"residence_permit,omitempty"`
	}
	stdOrganizeInfo struct {
		CertificateType    int32  `json:"certificate_type,omitempty"`
		CertificateNumber  string `json:"certificate_number,omitempty"`
		CertificateAddress string `json:"certificate_address,omitempty"`
		CertificatePhoto   string `json:"certificate_photo,omitempty"`
	}
	stdPrincipalInfo struct {
		Name                         string `json:"name,omitempty"`
		Mobile                       string `json:"mobile,omitempty"`
		Email                        string `json:"email,omitempty"`
		EmergencyContact             string `json:"emergency_contact,omitempty"`
		CertificateType              int32  `json:"certificate_type,omitempty"`
		CertificateNumber            string `json:"certificate_number,omitempty"`
		CertificateValidityDateStart string `json:"certificate_validity_date_start,omitempty"`
		CertificateValidityDateEnd   string `json:"certificate_validity_date_end,omitempty"`
		CertificatePhotoFront        string `json:"certificate_photo_front,omitempty"`
		CertificatePhotoBack         string `json:"certificate_photo_back,omitempty"`
		AuthorizationLetter          string `json:"authorization_letter,omitempty"`
		VerifyTaskID                 string `json:"verify_task_id,omitempty"`
	}
	stdLegalPersonInfo struct {
		Name              string `json:"name,omitempty"`
		CertificateNumber string `json:"certificate_number,omitempty"`
	}
	stdApplets struct {
		BaseInfo      stdAppletBaseInfo `json:"base_info"`
		PrincipalInfo stdPrincipalInfo  `json:"principal_info"`
	}
	stdAppletBaseInfo struct {
		AppID               string          `json:"appid,omitempty"`
		Name                string          `json:"name,omitempty"`
		ServiceContentTypes []int32         `json:"service_content_types,omitempty"`
		NrlxDetails         []stdNrlxDetail `json:"nrlx_details,omitempty"`
		Comment             string          `json:"comment,omitempty"`
		RecordNumber        string          `json:"record_number,omitempty"`
	}
	stdNrlxDetail struct {
		Type  int32  `json:"type"`
		Code  string `json:"code,omitempty"`
		Media string `json:"media,omitempty"`
	}
	stdMaterials struct {
		CommitmentLetter                 []string `json:"commitment_letter,omitempty"`
		BusinessNameChangeLetter         []string `json:"business_name_change_letter,omitempty"`
		PartyBuildingConfirmationLetter  []string `json:"party_building_confirmation_letter,omitempty"`
		PromiseVideo                     []string `json:"promise_video,omitempty"`
		AuthenticityResponsibilityLetter []string `json:"authenticity_responsibility_letter,omitempty"`
		AuthenticityCommitmentLetter     []string `json:"authenticity_commitment_letter,omitempty"`
		WebsiteConstructionProposal      []string `json:"website_construction_proposal,omitempty"`
		SubjectOtherMaterials            []string `json:"subject_other_materials,omitempty"`
		AppletsOtherMaterials            []string `json:"applets_other_materials,omitempty"`
		HoldingCertificatePhoto          []string `json:"holding_certificate_photo,omitempty"`
	}
)

var sinkBytes []byte

// BenchmarkRequestCodec decodes and encodes the enterprise sample with the
// codec and, side by side, with encoding/json on plain structs of the same
// shape (and, for scale, into a map). "ours" calls the methods directly;
// "ours-via-encoding-json" goes through json.Unmarshal / json.Marshal,
// which check the JSON themselves before and after calling them.
func BenchmarkRequestCodec(b *testing.B) {
	data := readSample(b, "enterprise.json")
	b.Run("decode/ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var r Request
			sinkErr = r.UnmarshalJSON(data)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("decode/ours-via-encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var r Request
			sinkErr = json.Unmarshal(data, &r)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("decode/encoding-json-structs", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var r stdRequest
			sinkErr = json.Unmarshal(data, &r)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("decode/encoding-json-map", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var m map[string]any
			sinkErr = json.Unmarshal(data, &m)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})

	var req Request
	if err := req.UnmarshalJSON(data); err != nil {
		b.Fatal(err)
	}
	var std stdRequest
	if err := json.Unmarshal(data, &std); err != nil {
		b.Fatal(err)
	}
	b.Run("encode/ours", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkBytes, sinkErr = req.MarshalJSON()
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("encode/ours-via-encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkBytes, sinkErr = json.Marshal(req)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("encode/encoding-json-structs", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkBytes, sinkErr = json.Marshal(std)
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
	b.Run("encodable", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkErr = req.Encodable()
		}
		if sinkErr != nil {
			b.Fatal(sinkErr)
		}
	})
}

// BenchmarkHostilePayload measures refusing payloads of a few megabytes
// (and of tens of kilobytes, under the payload limit, whose lists, texts
// or nesting cross their own limits), beside encoding/json reading the
// same into plain structs.
func BenchmarkHostilePayload(b *testing.B) {
	for _, h := range hostilePayloads() {
		b.Run(h.name+"/ours", func(b *testing.B) {
			b.SetBytes(int64(len(h.data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var r Request
				sinkErr = r.UnmarshalJSON(h.data)
			}
			if sinkErr == nil {
				b.Fatal("accepted")
			}
		})
		b.Run(h.name+"/ours-via-encoding-json", func(b *testing.B) {
			b.SetBytes(int64(len(h.data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var r Request
				sinkErr = json.Unmarshal(h.data, &r)
			}
			if sinkErr == nil {
				b.Fatal("accepted")
			}
		})
		b.Run(h.name+"/encoding-json-structs", func(b *testing.B) {
			b.SetBytes(int64(len(h.data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var r stdRequest
				sinkErr = json.Unmarshal(h.data, &r)
			}
		})
	}
}

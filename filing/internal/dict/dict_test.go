package dict

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/beian-go/beian/document"
)

func TestUpload(t *testing.T) {
	for _, tc := range []struct {
		name, field string
		want        document.MaterialKind
		media       string
	}{
		{"certificate photo", "icp_subject.organize_info.certificate_photo", document.MaterialSubjectCertificate, "image"},
		{"pre-approval list", "icp_applets.base_info.nrlx_details", document.MaterialPreApproval, "image"},
		{"the one video", "icp_materials.promise_video", document.MaterialPromiseVideo, "video"},
		{"last material", "icp_materials.holding_certificate_photo", document.MaterialHoldingCertificatePhoto, "image"},
		{"data, not a file", "icp_applets.principal_info.verify_task_id", document.MaterialUnknown, ""},
		{"a list item", "icp_applets.base_info.nrlx_details[0].media", document.MaterialUnknown, ""},
		{"empty", "", document.MaterialUnknown, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, ok := Upload(tc.field)
			assert.Equal(t, tc.want != document.MaterialUnknown, ok)
			assert.Equal(t, tc.want, k)
			assert.Equal(t, tc.media, k.Media())
		})
	}
	assert.Len(t, uploads, 19, "every file field of apply_icp_filing")
}

package document_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestMaterialKinds(t *testing.T) {
	ids, fields := map[string]bool{}, map[string]bool{}
	for k := document.MaterialUnknown + 1; k <= document.MaterialHoldingCertificatePhoto; k++ {
		t.Run(k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, strings.ToLower(string(b)), string(b))
			assert.False(t, ids[string(b)], "id %s twice", b)
			ids[string(b)] = true
			var back document.MaterialKind = 77
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, k, back)

			assert.NotEmpty(t, k.Label())
			assert.NotEmpty(t, k.English())
			f := k.Field()
			assert.True(t, strings.HasPrefix(f, "icp_subject.") || strings.HasPrefix(f, "icp_applets.") || strings.HasPrefix(f, "icp_materials."), f)
			assert.False(t, fields[f], "field %s twice", f)
			fields[f] = true
			switch k.Media() {
			case "":
				assert.Zero(t, k.Max(), "a data material takes no media")
			case "image", "video":
				assert.Contains(t, []int{1, 10}, k.Max())
			default:
				t.Errorf("media %q", k.Media())
			}
		})
	}
	assert.Equal(t, "video", document.MaterialPromiseVideo.Media())
	assert.Equal(t, 10, document.MaterialAppletOther.Max())
	assert.Equal(t, "icp_subject.personal_info.residence_permit", document.MaterialResidencePermit.Field())

	var k document.MaterialKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("licence")), document.ErrFormat)
	assert.Equal(t, document.MaterialUnknown, k)
	_, err := document.MaterialKind(200).MarshalText()
	assert.Error(t, err)
	for _, k := range []document.MaterialKind{document.MaterialUnknown, 200} {
		assert.Empty(t, k.Label())
		assert.Empty(t, k.English())
		assert.Empty(t, k.Field())
		assert.Zero(t, k.Max())
		assert.Empty(t, k.Media())
	}
}

func ExampleMaterialKind() {
	for _, k := range []document.MaterialKind{document.MaterialSubjectCertificate, document.MaterialAppletOther, document.MaterialPromiseVideo} {
		fmt.Println(k, k.Field(), k.Max(), k.Media())
	}
	// Output:
	// subject_certificate icp_subject.organize_info.certificate_photo 1 image
	// applets_other_materials icp_materials.applets_other_materials 10 image
	// promise_video icp_materials.promise_video 1 video
}

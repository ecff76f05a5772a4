package document

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jpegParts builds a JPEG-shaped byte string: SOI, an APP1 segment whose
// payload embeds a complete thumbnail (with its own SOS and EOI), a SOS
// with entropy data holding stuffed bytes, a restart marker and fill
// bytes, then EOI.
func jpegParts() []byte {
	thumb := []byte{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x11, 0xFF, 0xD9}
	app1 := append([]byte{0xFF, 0xE1, 0x00, byte(2 + len(thumb))}, thumb...)
	b := []byte{0xFF, 0xD8}
	b = append(b, app1...)
	b = append(b, 0xFF, 0xDA, 0x00, 0x03, 0x01)             // SOS header
	b = append(b, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56) // data, stuffed FF, RST0
	b = append(b, 0xFF, 0xFF)                               // fill before the next marker
	b = append(b, 0xFF, 0xDA, 0x00, 0x02, 0x77)             // second scan (progressive)
	return append(b, 0xFF, 0xD9)
}

func TestJPEGComplete(t *testing.T) {
	full := jpegParts()
	require.True(t, jpegComplete(full), "complete file refused")
	for n := 0; n < len(full)-1; n++ {
		assert.False(t, jpegComplete(full[:n]), "file cut to %d of %d bytes accepted", n, len(full))
	}
	bad := append([]byte(nil), full...)
	bad[2+4+9] = 0x00 // no marker where the SOS must start
	assert.False(t, jpegComplete(bad), "missing marker accepted")
}

func TestPNGComplete(t *testing.T) {
	tests := []struct{ name, data string }{
		{"signature only", "\x89PNG\r\n\x1a\n"},
		{"wrong signature", "GIF89a"},
		{"chunk claiming 2^31 bytes", "\x89PNG\r\n\x1a\n\x80\x00\x00\x00IDAT\x00\x00\x00\x00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.False(t, pngComplete([]byte(tc.data)))
		})
	}
}

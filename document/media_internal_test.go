package document

import "testing"

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
	if !jpegComplete(full) {
		t.Fatal("complete file refused")
	}
	for n := 0; n < len(full)-1; n++ {
		if jpegComplete(full[:n]) {
			t.Errorf("file cut to %d of %d bytes accepted", n, len(full))
		}
	}
	bad := append([]byte(nil), full...)
	bad[2+4+9] = 0x00 // no marker where the SOS must start
	if jpegComplete(bad) {
		t.Error("missing marker accepted")
	}
}

func TestPNGComplete(t *testing.T) {
	if pngComplete([]byte("\x89PNG\r\n\x1a\n")) {
		t.Error("signature only accepted")
	}
	if pngComplete([]byte("GIF89a")) {
		t.Error("wrong signature accepted")
	}
	// A chunk claiming 2^31 bytes.
	if pngComplete([]byte("\x89PNG\r\n\x1a\n\x80\x00\x00\x00IDAT\x00\x00\x00\x00")) {
		t.Error("oversized chunk accepted")
	}
}

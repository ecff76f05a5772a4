package document_test

import (
	"bytes"
	"errors"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

// testImage draws a w×h image with a little structure, so that encoders
// produce real entropy-coded data.
func testImage(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride:]
		for x := 0; x < w; x++ {
			copy(row[4*x:], []byte{uint8(x), uint8(y), uint8(x ^ y), 255})
		}
	}
	return img
}

func pngBytes(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, testImage(w, h)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func jpegBytes(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, testImage(w, h), &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gifBytes(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gif.Encode(&b, testImage(w, h), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheckImage(t *testing.T) {
	pngOK := pngBytes(t, 720, 1280)
	jpegOK := jpegBytes(t, 720, 1280)
	jpegLandscape := jpegBytes(t, 1280, 720)
	jpegNarrow := jpegBytes(t, 719, 1280)
	pngSmall := pngBytes(t, 64, 48)
	corruptCRC := append([]byte(nil), pngOK...)
	corruptCRC[40] ^= 0xFF // inside IHDR or the first IDAT: CRC no longer matches
	padded := append(append([]byte(nil), pngOK...), make([]byte, document.DefaultMaxImageBytes)...)
	jpegTrailing := append(append([]byte(nil), jpegOK...), 0, 0, 0)

	tests := []struct {
		name     string
		data     []byte
		declared string
		limits   document.ImageLimits
		reason   document.ImageReason // ImageUnknown: accepted
		format   string
		w, h     int
	}{
		{"PNG 720x1280", pngOK, "", document.ImageLimits{}, 0, "png", 720, 1280},
		{"JPEG 720x1280", jpegOK, "", document.ImageLimits{}, 0, "jpeg", 720, 1280},
		{"rotated 1280x720 accepted by default", jpegLandscape, "", document.ImageLimits{}, 0, "jpeg", 1280, 720},
		{"declared MIME type", pngOK, "image/png", document.ImageLimits{}, 0, "png", 720, 1280},
		{"declared file name, upper case", jpegOK, "营业执照.JPG", document.ImageLimits{}, 0, "jpeg", 720, 1280},
		{"declared extension jpeg", jpegOK, ".jpeg", document.ImageLimits{}, 0, "jpeg", 720, 1280},
		{"declared MIME with parameter", jpegOK, "image/jpeg; q=1", document.ImageLimits{}, 0, "jpeg", 720, 1280},
		{"bytes after JPEG end", jpegTrailing, "", document.ImageLimits{}, 0, "jpeg", 720, 1280},
		{"small image with no minimum", pngSmall, "", document.ImageLimits{MinWidth: -1, MinHeight: -1}, 0, "png", 64, 48},

		{"nil", nil, "", document.ImageLimits{}, document.ImageEmpty, "", 0, 0},
		{"empty", []byte{}, "image/png", document.ImageLimits{}, document.ImageEmpty, "", 0, 0},
		{"text", []byte("not an image at all"), "", document.ImageLimits{}, document.ImageFormat, "", 0, 0},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "", document.ImageLimits{}, document.ImageFormat, "", 0, 0},
		{"GIF is not accepted", gifBytes(t, 16, 16), "", document.ImageLimits{}, document.ImageFormat, "gif", 16, 16},
		{"JPEG when only PNG allowed", jpegOK, "", document.ImageLimits{Formats: []string{"png"}}, document.ImageFormat, "jpeg", 720, 1280},
		{"empty format list means the defaults", jpegOK, "", document.ImageLimits{Formats: []string{}}, document.ImageUnknown, "jpeg", 720, 1280},
		{"JPEG declared as PNG", jpegOK, "image/png", document.ImageLimits{}, document.ImageMismatch, "jpeg", 720, 1280},
		{"PNG named .jpg", pngOK, "scan.jpg", document.ImageLimits{}, document.ImageMismatch, "png", 720, 1280},
		{"declared nonsense", pngOK, "application/octet-stream", document.ImageLimits{}, document.ImageMismatch, "png", 720, 1280},
		{"JPEG cut in half", jpegOK[:len(jpegOK)/2], "", document.ImageLimits{}, document.ImageTruncated, "jpeg", 720, 1280},
		{"JPEG without end marker", jpegOK[:len(jpegOK)-2], "", document.ImageLimits{}, document.ImageTruncated, "jpeg", 720, 1280},
		{"PNG without IEND", pngOK[:len(pngOK)-12], "", document.ImageLimits{}, document.ImageTruncated, "png", 720, 1280},
		{"PNG cut in half", pngOK[:len(pngOK)/2], "", document.ImageLimits{}, document.ImageTruncated, "png", 720, 1280},
		{"PNG header only", pngOK[:20], "", document.ImageLimits{}, document.ImageTruncated, "png", 0, 0},
		{"JPEG signature only", []byte{0xFF, 0xD8, 0xFF}, "", document.ImageLimits{}, document.ImageTruncated, "jpeg", 0, 0},
		{"PNG with bad CRC", corruptCRC, "", document.ImageLimits{}, document.ImageTruncated, "png", 720, 1280},
		{"over 2 MB", padded, "", document.ImageLimits{}, document.ImageTooLarge, "png", 720, 1280},
		{"over a custom limit", pngOK, "", document.ImageLimits{MaxBytes: 100}, document.ImageTooLarge, "png", 720, 1280},
		{"719 pixels wide", jpegNarrow, "", document.ImageLimits{}, document.ImageTooSmall, "jpeg", 719, 1280},
		{"tiny", pngSmall, "", document.ImageLimits{}, document.ImageTooSmall, "png", 64, 48},
		{"rotated refused with exact orientation", jpegLandscape, "", document.ImageLimits{ExactOrientation: true}, document.ImageTooSmall, "jpeg", 1280, 720},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info, err := document.CheckImage(tc.data, tc.declared, tc.limits)
			assert.Equal(t, document.ImageInfo{Format: tc.format, Width: tc.w, Height: tc.h, Bytes: len(tc.data)}, info)
			if tc.reason == document.ImageUnknown {
				require.NoError(t, err)
				return
			}
			var ie *document.ImageError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tc.reason, ie.Reason)
			assert.Equal(t, "media."+tc.reason.String(), ie.Code())
			_, _, ok := document.Message(ie.Code())
			assert.True(t, ok, "no message for %s", ie.Code())
			if len(tc.data) > 0 {
				assert.NotContains(t, err.Error(), string(tc.data))
			}
		})
	}
}

func TestImageErrorIs(t *testing.T) {
	tests := []struct {
		reason document.ImageReason
		want   error
	}{
		{document.ImageEmpty, document.ErrMissing},
		{document.ImageFormat, document.ErrFormat},
		{document.ImageMismatch, document.ErrFormat},
		{document.ImageTruncated, document.ErrFormat},
		{document.ImageTooLarge, document.ErrRange},
		{document.ImageTooSmall, document.ErrRange},
	}
	all := []error{document.ErrFormat, document.ErrLength, document.ErrChecksum, document.ErrComponent, document.ErrRange, document.ErrMissing}
	for _, tc := range tests {
		t.Run(tc.reason.String(), func(t *testing.T) {
			err := error(&document.ImageError{Reason: tc.reason})
			for _, s := range all {
				assert.Equal(t, s == tc.want, errors.Is(err, s), "%v", s)
			}
			assert.NotEmpty(t, err.Error())
		})
	}
	assert.NotErrorIs(t, &document.ImageError{}, document.ErrFormat)
}

func TestImageReasonText(t *testing.T) {
	for r := document.ImageUnknown; r <= document.ImageTooSmall; r++ {
		t.Run("reason "+r.String(), func(t *testing.T) {
			b, err := r.MarshalText()
			require.NoError(t, err)
			var back document.ImageReason = 99
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, r, back)
		})
	}
	r := document.ImageTooLarge
	assert.ErrorIs(t, r.UnmarshalText([]byte("huge")), document.ErrFormat)
	assert.Equal(t, document.ImageTooLarge, r)
	_, err := document.ImageReason(200).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "image_reason(200)", document.ImageReason(200).String())
}

func FuzzCheckImage(f *testing.F) {
	p := pngBytes(f, 8, 6)
	j := jpegBytes(f, 8, 6)
	f.Add(p, "")
	f.Add(j, "image/jpeg")
	f.Add(p[:len(p)-5], "x.png")
	f.Add(j[:len(j)/2], "")
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF}, "")
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x00IEND"), "")
	f.Fuzz(func(t *testing.T, data []byte, declared string) {
		limits := document.ImageLimits{MinWidth: -1, MinHeight: -1, MaxBytes: -1}
		info, err := document.CheckImage(data, declared, limits)
		require.Equal(t, len(data), info.Bytes)
		if err != nil {
			var ie *document.ImageError
			require.ErrorAs(t, err, &ie)
			require.NotContains(t, []document.ImageReason{document.ImageUnknown, document.ImageTooLarge, document.ImageTooSmall}, ie.Reason)
			return
		}
		cfg, format, derr := image.DecodeConfig(bytes.NewReader(data))
		require.NoError(t, derr)
		require.Equal(t, info, document.ImageInfo{Format: format, Width: cfg.Width, Height: cfg.Height, Bytes: len(data)})
		require.Contains(t, []string{"png", "jpeg"}, format)
	})
}

func BenchmarkCheckImageJPEG(b *testing.B) {
	data := jpegBytes(b, 720, 1280)
	b.ReportAllocs()
	b.ResetTimer()
	var sink document.ImageInfo
	for i := 0; i < b.N; i++ {
		info, err := document.CheckImage(data, "image/jpeg", document.ImageLimits{})
		if err != nil {
			b.Fatal(err)
		}
		sink = info
	}
	_ = sink
}

func BenchmarkCheckImagePNG(b *testing.B) {
	data := pngBytes(b, 720, 1280)
	b.ReportAllocs()
	b.ResetTimer()
	var sink document.ImageInfo
	for i := 0; i < b.N; i++ {
		info, err := document.CheckImage(data, "", document.ImageLimits{})
		if err != nil {
			b.Fatal(err)
		}
		sink = info
	}
	_ = sink
}

func TestImageErrorDoesNotEchoFileName(t *testing.T) {
	name := "张三110105194912310021.png"
	_, err := document.CheckImage(jpegBytes(t, 16, 16), name, document.ImageLimits{})
	var ie *document.ImageError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, document.ImageMismatch, ie.Reason)
	assert.NotContains(t, err.Error(), "1949")
	assert.NotContains(t, ie.Declared, "1949")
	assert.Equal(t, "png", ie.DeclaredFormat)
	assert.Contains(t, err.Error(), `"png"`)
}

package document

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	_ "image/jpeg" // registers the JPEG decoder with image.DecodeConfig
	_ "image/png"  // registers the PNG decoder with image.DecodeConfig
	"strings"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
)

// Default limits of an uploaded image. Source: WeChat's own tutorial for
// the filing console: every material at most 2 MB, at least 720×1280
// pixels, JPG/JPEG/PNG only ("手把手教你备案微信小程序",
// https://developers.weixin.qq.com/community/develop/article/doc/000aca82d841f035b351e114f6b013;
// the console's rules, likely the same for upload_icp_media, whose own
// limits are not published). "2 MB" is read as 2 MiB (2 097 152 bytes);
// WeChat does not say which.
const (
	DefaultMaxImageBytes  = 2 << 20
	DefaultMinImageWidth  = 720
	DefaultMinImageHeight = 1280
)

// ImageLimits are the limits CheckImage applies; a zero field means
// WeChat's default (the constants above; JPEG and PNG), a negative size or
// dimension no limit. Formats are named as image.DecodeConfig names them.
// A rotated image (1280×720) passes unless ExactOrientation is set:
// WeChat states a resolution, and certificates are photographed landscape.
// It is a plain value.
type ImageLimits struct {
	MaxBytes            int
	MinWidth, MinHeight int
	Formats             []string
	ExactOrientation    bool
}

// withDefaults fills the zero fields.
func (l ImageLimits) withDefaults() ImageLimits {
	if l.MaxBytes == 0 {
		l.MaxBytes = DefaultMaxImageBytes
	}
	if l.MinWidth == 0 {
		l.MinWidth = DefaultMinImageWidth
	}
	if l.MinHeight == 0 {
		l.MinHeight = DefaultMinImageHeight
	}
	if len(l.Formats) == 0 {
		l.Formats = []string{"jpeg", "png"}
	}
	return l
}

// ImageInfo is what CheckImage learnt about a file: its format as
// image.DecodeConfig names it ("jpeg", "png"; "" when unrecognised), its
// dimensions in pixels (0 when unknown) and its size in bytes. The zero
// ImageInfo describes nothing. It is a plain value, safe to copy and to
// share.
type ImageInfo struct {
	Format string `json:"format,omitempty"`
	Width  int    `json:"width,omitempty"`
	Height int    `json:"height,omitempty"`
	Bytes  int    `json:"bytes"`
}

// ImageReason is why CheckImage refused a file. Its text ids are stable and
// make up the problem code "media.<id>". The zero value, ImageUnknown, is
// not used by CheckImage. It is a plain value, safe for concurrent use.
type ImageReason uint8

// The reasons, in the order CheckImage looks for them.
const (
	ImageUnknown   ImageReason = iota
	ImageEmpty                 // no bytes at all: "empty"
	ImageFormat                // not an accepted image format: "format"
	ImageMismatch              // the bytes are not the declared format: "mismatch"
	ImageTruncated             // the file ends early or its structure is damaged: "truncated"
	ImageTooLarge              // more bytes than allowed: "too_large"
	ImageTooSmall              // fewer pixels than required: "too_small"
)

var imageReasonNames = enum.Names{Noun: "image_reason", IDs: []string{"", "empty", "format", "mismatch", "truncated", "too_large", "too_small"}}

func (r ImageReason) String() string { return imageReasonNames.String(int(r)) }

func (r ImageReason) MarshalText() ([]byte, error) { return marshalEnum(&imageReasonNames, int(r)) }

func (r *ImageReason) UnmarshalText(b []byte) error { return unmarshalEnum(&imageReasonNames, b, r) }

// ImageError is the detail of a file CheckImage refused. Use a *ImageError
// as the errors.As target. errors.Is matches it against ErrMissing (empty),
// ErrFormat (format, mismatch, truncated) or ErrRange (too large, too
// small). It holds no file content and is not modified after CheckImage
// returns it, so it is safe to share. The zero ImageError has
// ImageUnknown and matches no sentinel.
type ImageError struct {
	Reason   ImageReason
	Info     ImageInfo // what was found, as far as it could be read
	Declared string    // the declared type as given, masked (it may be a file name); "" if none
	// DeclaredFormat is the format the declared type names, as
	// image.DecodeConfig would ("jpeg" for "photo.JPG"), masked like
	// Declared unless it has an id's shape; "" if none.
	DeclaredFormat string
	Limits         ImageLimits // the limits applied, defaults filled in
}

// Code returns the problem code, "media.<reason>".
func (e *ImageError) Code() string { return "media." + e.Reason.String() }

func (e *ImageError) Error() string {
	i, l := e.Info, e.Limits
	subject, input, reason := "image", "", "refused"
	switch e.Reason {
	case ImageEmpty:
		reason = "file is empty"
	case ImageFormat:
		reason = "not a recognised image format"
		if i.Format != "" {
			reason = "format " + i.Format + " is not accepted (want " + strings.Join(l.Formats, " or ") + ")"
		}
	case ImageMismatch:
		subject, input, reason = "image declared as", e.DeclaredFormat, "the content is "+i.Format
	case ImageTruncated:
		reason = fmt.Sprintf("%s file of %d bytes is incomplete or damaged", i.Format, i.Bytes)
	case ImageTooLarge:
		reason = fmt.Sprintf("%d bytes exceeds the limit of %d", i.Bytes, l.MaxBytes)
	case ImageTooSmall:
		reason = fmt.Sprintf("%d×%d pixels is below the minimum of %d×%d", i.Width, i.Height, l.MinWidth, l.MinHeight)
	}
	return xerr.Message("document", subject, input, reason, nil)
}

func (e *ImageError) Is(target error) bool { return xerr.Is(target, e.Reason.sentinel()) }

// sentinel returns the sentinel error of r, nil for ImageUnknown.
func (r ImageReason) sentinel() error {
	switch r {
	case ImageEmpty:
		return ErrMissing
	case ImageFormat, ImageMismatch, ImageTruncated:
		return ErrFormat
	case ImageTooLarge, ImageTooSmall:
		return ErrRange
	}
	return nil
}

// CheckImage checks an image file for upload_icp_media from its bytes,
// never from a file name; declared is the type the caller claims (a MIME
// type, an extension or a file name; "" for none). It stops at the first
// failure, in this order: empty (ImageEmpty), not an accepted format
// (ImageFormat), not the declared type (ImageMismatch), incomplete: a
// JPEG's segments not reaching its end marker, a PNG's chunks not reaching
// IEND or a CRC wrong (ImageTruncated), too large (ImageTooLarge), too
// small (ImageTooSmall). The pixels are never decoded. It returns what it
// learnt and, on failure, an *ImageError; it does not modify data.
func CheckImage(data []byte, declared string, limits ImageLimits) (ImageInfo, error) {
	l := limits.withDefaults()
	info := ImageInfo{Bytes: len(data)}
	fail := func(r ImageReason) (ImageInfo, error) {
		e := &ImageError{Reason: r, Info: info, Limits: l}
		if declared != "" {
			e.Declared, e.DeclaredFormat = xerr.Identifier(declared), xerr.Token(declaredFormat(declared))
			if e.DeclaredFormat == "" {
				e.DeclaredFormat = xerr.Identifier(declaredFormat(declared))
			}
		}
		return info, e
	}
	if len(data) == 0 {
		return fail(ImageEmpty)
	}
	magic := sniffImage(data)
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		if magic == "" {
			return fail(ImageFormat)
		}
		// A known signature whose header cannot be read: cut short or
		// damaged.
		info.Format = magic
		if !allowed(l.Formats, magic) {
			return fail(ImageFormat)
		}
		return fail(ImageTruncated)
	}
	info.Format, info.Width, info.Height = format, cfg.Width, cfg.Height
	if !allowed(l.Formats, format) {
		return fail(ImageFormat)
	}
	if declared != "" && declaredFormat(declared) != format {
		return fail(ImageMismatch)
	}
	if !imageComplete(format, data) {
		return fail(ImageTruncated)
	}
	if l.MaxBytes > 0 && len(data) > l.MaxBytes {
		return fail(ImageTooLarge)
	}
	if !bigEnough(cfg.Width, cfg.Height, l) {
		return fail(ImageTooSmall)
	}
	return info, nil
}

// bigEnough applies the minimum dimensions of l.
func bigEnough(w, h int, l ImageLimits) bool {
	minW, minH := l.MinWidth, l.MinHeight
	if minW < 0 {
		minW = 0
	}
	if minH < 0 {
		minH = 0
	}
	if w >= minW && h >= minH {
		return true
	}
	return !l.ExactOrientation && h >= minW && w >= minH
}

func allowed(formats []string, f string) bool {
	for _, a := range formats {
		if a == f {
			return true
		}
	}
	return false
}

// declaredFormat turns a MIME type, extension or file name into the format
// name image.DecodeConfig uses.
func declaredFormat(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	if i := strings.LastIndexAny(s, "/."); i >= 0 {
		s = s[i+1:]
	}
	switch s {
	case "jpg", "jpeg", "jpe", "jfif", "pjpeg":
		return "jpeg"
	case "png", "x-png":
		return "png"
	}
	return s
}

// Signatures of the accepted formats.
var (
	pngSignature  = []byte("\x89PNG\r\n\x1a\n")
	jpegSignature = []byte{0xFF, 0xD8, 0xFF}
)

// sniffImage names the format of data's signature, "" if unknown.
func sniffImage(data []byte) string {
	switch {
	case bytes.HasPrefix(data, pngSignature):
		return "png"
	case bytes.HasPrefix(data, jpegSignature):
		return "jpeg"
	}
	return ""
}

// imageComplete reports whether a file of a known format is structurally
// complete; formats it cannot walk are taken as complete.
func imageComplete(format string, data []byte) bool {
	switch format {
	case "jpeg":
		return jpegComplete(data)
	case "png":
		return pngComplete(data)
	}
	return true
}

// jpegComplete walks a JPEG's marker segments (ITU-T T.81 Annex B) from SOI
// to EOI, skipping entropy-coded data after each SOS. It reports false when
// the data ends before EOI or a marker is missing where one must be.
func jpegComplete(b []byte) bool {
	if len(b) < 2 || b[0] != 0xFF || b[1] != 0xD8 {
		return false
	}
	i := 2
	for {
		if i >= len(b) || b[i] != 0xFF {
			return false
		}
		for i < len(b) && b[i] == 0xFF { // fill bytes
			i++
		}
		if i >= len(b) {
			return false
		}
		m := b[i]
		i++
		switch {
		case m == 0xD9: // EOI
			return true
		case m == 0x01 || (m >= 0xD0 && m <= 0xD7): // TEM, RSTn: no length
			continue
		case m == 0x00 || m == 0xD8: // not a marker here
			return false
		}
		if i+2 > len(b) {
			return false
		}
		n := int(b[i])<<8 | int(b[i+1])
		if n < 2 || i+n > len(b) {
			return false
		}
		i += n
		if m != 0xDA { // not SOS
			continue
		}
		// Entropy-coded data: 0xFF appears only stuffed (FF 00), as a
		// restart marker, as fill, or as the next marker.
		for {
			j := bytes.IndexByte(b[i:], 0xFF)
			if j < 0 || i+j+1 >= len(b) {
				return false
			}
			i += j
			next := b[i+1]
			if next == 0x00 || (next >= 0xD0 && next <= 0xD7) {
				i += 2
				continue
			}
			if next == 0xFF {
				i++
				continue
			}
			break // i is at the next marker
		}
	}
}

// pngComplete walks a PNG's chunks (ISO/IEC 15948 §5.3) up to IEND,
// checking each chunk's CRC. It reports false when the data ends before
// IEND or a chunk is damaged.
func pngComplete(b []byte) bool {
	if !bytes.HasPrefix(b, pngSignature) {
		return false
	}
	i := len(pngSignature)
	for {
		if len(b)-i < 12 {
			return false
		}
		n := binary.BigEndian.Uint32(b[i:])
		if n > 1<<31-1 || uint64(len(b)-i-12) < uint64(n) {
			return false
		}
		end := i + 8 + int(n)
		if crc32.ChecksumIEEE(b[i+4:end]) != binary.BigEndian.Uint32(b[end:]) {
			return false
		}
		if string(b[i+4:i+8]) == "IEND" {
			return true
		}
		i = end + 4
	}
}

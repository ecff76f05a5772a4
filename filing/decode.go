package filing

import (
	"errors"
	"math"
	"strconv"

	"github.com/beian-go/beian/internal/jsonwire"
	"github.com/beian-go/beian/internal/xerr"
)

// Size limits of a payload, enforced when decoding (UnmarshalJSON) and by
// Request.Encodable. WeChat documents few limits of its own (the mini
// program's comment: 20 to 200 characters; at most five service content
// types; one item per material list, ten for the two "other" lists; see
// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling).
// A real payload is 2 to 4 KB: the limits leave at least ten times that
// room, so that no genuine filing meets them and the checks of
// Request.Check, not the decoder, report what is merely too long for
// WeChat; they exist so that hostile input costs little.
const (
	// maxPayload bounds the JSON of a whole object: its input to
	// UnmarshalJSON, whitespace included, and its output from
	// MarshalJSON for Encodable.
	maxPayload = 64 << 10
	// maxText bounds a member of free text (names, addresses, remarks
	// and comments), in bytes of UTF-8: about 1,360 Chinese characters,
	// against WeChat's 200 for the longest text it documents.
	maxText = 4096
	// maxID bounds every other string: certificate numbers, region
	// codes, validity dates, contacts (an e-mail address fits the
	// 256-octet path of RFC 5321, section 4.5.3.1.3), approval numbers,
	// filing numbers, media ids and task ids.
	maxID = 512
	// maxList bounds every list: twenty times WeChat's five service
	// content types, ten times its ten "other" materials.
	maxList = 100
	// maxExtraDepth bounds the nesting of a member kept in Extra; no
	// object of the payload nests more than four levels.
	maxExtraDepth = 64
)

// WeChat's numeric codes (subject, certificate, service content and
// pre-approval types) must fit in 32 bits, on every platform.
const (
	codeMin = math.MinInt32
	codeMax = math.MaxInt32
)

var (
	// ErrDecode: a payload does not decode, or a Request would not decode
	// back (Request.Encodable). The detail is a *DecodeError.
	ErrDecode = errors.New("filing: payload does not decode")
	// ErrTooLarge: a size limit of DecodeError is exceeded.
	ErrTooLarge = errors.New("filing: payload over a size limit")
)

// DecodeError is the detail of a payload that does not decode: where, in
// WeChat's field path, what was found and what would fit, never the value
// itself. It matches ErrDecode, and ErrTooLarge for a limit; the
// errors.As target is a *DecodeError. Its zero value is an unspecified
// problem of the whole payload; it is safe for concurrent use.
//
// The limits, ten times what a real payload needs: 64 KiB in all; 4,096
// bytes for a text (names, addresses, remarks), 512 for other strings
// (codes, contacts, media ids); 100 list items; Extra members nested 64
// levels; codes in 32 bits.
type DecodeError struct {
	// Path is "icp_materials.commitment_letter[0]": "" for the whole
	// payload, relative for an object decoded alone.
	Path        string
	Found, Want string // "a JSON string", "text of 5000 bytes"; "a whole number"
	Offset      int64  // in the input; -1 from Encodable, except within an Extra value

	kind jsonwire.ErrorKind
}

// Error returns "filing: icp_subject.base_info.type: is a JSON string,
// want a whole number", or "filing: payload: invalid JSON at byte 17:
// found …".
func (e *DecodeError) Error() string {
	where := e.Path
	if where == "" {
		where = "payload"
	}
	return xerr.Message("filing", where, "", jsonwire.Reason(e.kind, e.Offset, e.Found, e.Want), nil)
}

func (e *DecodeError) Is(target error) bool {
	if e.kind == jsonwire.Limit {
		return xerr.Is(target, ErrDecode, ErrTooLarge)
	}
	return xerr.Is(target, ErrDecode)
}

// decodeError turns the reader's or writer's error into a *DecodeError.
func decodeError(err error) *DecodeError {
	e, ok := err.(*jsonwire.Error)
	if !ok {
		return &DecodeError{Found: "an unreadable payload", Want: "JSON", kind: jsonwire.Syntax}
	}
	return &DecodeError{Path: e.Path, Found: e.Found, Want: e.Want, Offset: e.Offset, kind: e.Kind}
}

// tooLarge is the error for a whole payload of n bytes.
func tooLarge(n int, offset int64) *DecodeError {
	return &DecodeError{
		Found:  strconv.Itoa(n) + " bytes",
		Want:   "at most " + strconv.Itoa(maxPayload) + " bytes",
		Offset: offset,
		kind:   jsonwire.Limit,
	}
}

// unmarshal decodes data, one JSON object, into *v with decode, replacing
// *v only when all of it decodes. JSON null leaves *v unchanged.
func unmarshal[T any](data []byte, v *T, decode func(*decoder, *T)) error {
	if len(data) > maxPayload {
		return tooLarge(len(data), maxPayload)
	}
	d := new(decoder)
	d.r.Reset(data)
	if d.r.Null() {
		d.r.End()
		if err := d.r.Err(); err != nil {
			return decodeError(err)
		}
		return nil
	}
	// Decode in place, keeping the old value to put back on error.
	old := *v
	var zero T
	*v = zero
	decode(d, v)
	d.r.End()
	if err := d.r.Err(); err != nil {
		*v = old
		return decodeError(err)
	}
	return nil
}

package wechat

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/internal/xerr"
)

// Sentinel errors, for errors.Is. An errcode matches ErrAPI and, for the
// codes below, its own sentinel (WeChat's endpoint documentation; 40004,
// 47001, 86202 and 45009 from WeChat's developer community).
var (
	// ErrAPI: WeChat answered with a non-zero errcode.
	ErrAPI = errors.New("wechat: error response")

	ErrBusy            = errors.New("wechat: system busy")                          // -1, transient
	ErrTaskExpired     = errors.New("wechat: verification task expired or unknown") // 1, query_icp_verifytask
	ErrMediaType       = errors.New("wechat: invalid media type")                   // 40004, upload_icp_media
	ErrInvalidArgs     = errors.New("wechat: invalid arguments")                    // 40097, e.g. a wrong icp_order_field
	ErrDataFormat      = errors.New("wechat: data format error")                    // 47001, a malformed body
	ErrApply           = errors.New("wechat: filing refused, see the hints")        // 86202
	ErrMediaID         = errors.New("wechat: invalid media_id")                     // 86205
	ErrUnderReview     = errors.New("wechat: deregistration already under review")  // 86324
	ErrNotFound        = errors.New("wechat: resource not found")                   // 86328
	ErrNotWithdrawable = errors.New("wechat: filing not in a withdrawable state")   // 86330
	ErrNotFiled        = errors.New("wechat: mini program not filed")               // 86353
	ErrNoOrder         = errors.New("wechat: no filing to withdraw")                // 86368
	ErrQuota           = errors.New("wechat: daily quota exceeded")                 // 45009

	// ErrResponse: the answer is not usable JSON (an HTML page, an empty,
	// truncated or oversized body, an unexpected shape).
	ErrResponse = errors.New("wechat: unusable response")
	// ErrUpload: Upload refused a file before sending it; the cause (a
	// *document.ImageError for an image) is wrapped too.
	ErrUpload = errors.New("wechat: upload refused before sending")
	// ErrSignature: a push's msg_signature does not match. ErrMessage: a
	// push is not an envelope, not for the platform's appid, or no event.
	ErrSignature = errors.New("wechat: push signature mismatch")
	ErrMessage   = errors.New("wechat: unreadable push message")
)

var codeSentinels = map[int]error{
	-1: ErrBusy, 1: ErrTaskExpired, 40004: ErrMediaType, 40097: ErrInvalidArgs,
	47001: ErrDataFormat, 86202: ErrApply, 86205: ErrMediaID, 86324: ErrUnderReview,
	86328: ErrNotFound, 86330: ErrNotWithdrawable, 86353: ErrNotFiled,
	86368: ErrNoOrder, 45009: ErrQuota,
}

// Error is the detail of a failed call (errors.As target *Error): the
// endpoint's Path (no query, so never the token); WeChat's errcode (0 when
// none came) and errmsg, masked; the Hints of a refused filing (86202) as
// problems at WeChat's field paths, in the checks' form (code
// "wechat.<errcode>", SeverityError; errors.As with *filing.Problems finds
// them); the HTTP Status of an unusable answer; how many Attempts were
// sent; and Err, the network's, the context's or an ErrResponse error. It
// is safe for concurrent use once returned; the zero Error describes
// nothing.
type Error struct {
	Path     string
	Code     int
	Message  string
	Hints    filing.Problems
	Status   int
	Attempts int
	Err      error

	text  string // Err's text with the access token removed
	local bool   // nothing was sent
}

func (e *Error) Error() string {
	var b strings.Builder
	sep := ""
	part := func(s string) {
		b.WriteString(sep)
		b.WriteString(s)
		sep = ": "
	}
	if e.Code != 0 {
		part("errcode " + strconv.Itoa(e.Code))
	}
	if e.Message != "" {
		part(e.Message)
	}
	if e.text != "" {
		part(e.text)
	} else if e.Err != nil {
		part(e.Err.Error())
	}
	if len(e.Hints) > 0 {
		b.WriteString(" (" + strconv.Itoa(len(e.Hints)) + " hints)")
	}
	if e.Attempts > 1 {
		b.WriteString(" after " + strconv.Itoa(e.Attempts) + " attempts")
	}
	return xerr.Message("wechat", e.Path, "", strings.TrimSpace(b.String()), nil)
}

// Is matches ErrAPI and the sentinel of e's errcode.
func (e *Error) Is(target error) bool {
	return e.Code != 0 && xerr.Is(target, ErrAPI, codeSentinels[e.Code])
}

// Unwrap returns Err and the Hints.
func (e *Error) Unwrap() []error {
	var errs []error
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	if len(e.Hints) > 0 {
		errs = append(errs, e.Hints)
	}
	return errs
}

// maxMessageRunes bounds how much of WeChat's errmsg an Error keeps.
const maxMessageRunes = 200

// cleanMessage masks personal data in a message from WeChat, removes the
// access token should it be quoted, and bounds its length.
func cleanMessage(s, token string) string {
	if token != "" {
		s = strings.ReplaceAll(s, token, "***")
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) > maxMessageRunes {
		s = string([]rune(s)[:maxMessageRunes]) + "…"
	}
	return mask.Text(s)
}

// hint is one item of WeChat's hints[].
type hint struct {
	Code    int    `json:"errcode"`
	Message string `json:"errmsg"`
	Field   string `json:"err_field"`
}

// problemsOf turns WeChat's hints into problems at WeChat's field paths,
// in the form of the package's checks: a numeric path segment becomes an
// index ("nrlx_details.0.media" reads "nrlx_details[0].media").
func problemsOf(hints []hint, token string) filing.Problems {
	if len(hints) == 0 {
		return nil
	}
	ps := make(filing.Problems, 0, len(hints))
	for _, h := range hints {
		msg := cleanMessage(h.Message, token)
		ps = append(ps, filing.Problem{
			Field:    fieldPath(cleanMessage(h.Field, token)),
			Code:     filing.Code("wechat." + strconv.Itoa(h.Code)),
			Severity: filing.SeverityError,
			Message:  "微信拒绝: " + msg,
			English:  "refused by WeChat: " + msg,
		})
	}
	return ps
}

// fieldPath writes numeric segments of a dotted path as indexes.
func fieldPath(p string) string {
	if p == "" || !strings.ContainsAny(p, "0123456789") {
		return p
	}
	segs := strings.Split(p, ".")
	var b strings.Builder
	for i, s := range segs {
		if _, err := strconv.Atoi(s); err == nil && i > 0 {
			b.WriteString("[" + s + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s)
	}
	return b.String()
}

// missing is the error of an answer without a member the call needs.
func missing(path, what string) error { return unusable(path, errors.New(what)) }

// unusable is the error of an answer that decoded but cannot be used.
func unusable(path string, reason error) error {
	err := fmt.Errorf("%w: %w", ErrResponse, reason)
	return &Error{Path: path, Err: err, text: err.Error()}
}

package document

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
)

// Sentinel errors name the category of a failed check, for errors.Is. Every
// error returned by a validator in this package wraps exactly one of them,
// through an *Error (an *ImageError for files).
var (
	// ErrFormat: the input has characters or a layout the identifier never has.
	ErrFormat = errors.New("document: bad format")
	// ErrLength: the input has the wrong number of characters.
	ErrLength = errors.New("document: wrong length")
	// ErrChecksum: the layout is right but a check character does not match.
	ErrChecksum = errors.New("document: check character mismatch")
	// ErrComponent: a part of the identifier (region, date, category code,
	// province abbreviation, …) names nothing real.
	ErrComponent = errors.New("document: invalid component")
	// ErrRange: a value lies outside its allowed range (a date in the
	// future, a certificate that has expired, a file that is too large).
	ErrRange = errors.New("document: out of range")
	// ErrMissing: a required value is empty.
	ErrMissing = errors.New("document: missing value")

	// ErrOldResidentID: a 15-digit resident ID number of the first
	// generation (issued before 1999 and no longer accepted). The *Error
	// that matches it has Kind KindLength, so it matches ErrLength too.
	ErrOldResidentID = errors.New("document: old 15-digit resident ID")
)

// Kind is the category of an [*Error], one per sentinel error. String
// returns its stable lower-case id ("checksum"), which MarshalText writes.
// The zero value, KindUnknown, is not used by this package's validators.
// It is a plain value, safe for concurrent use.
type Kind uint8

// The kinds of *Error, one per sentinel.
const (
	KindUnknown Kind = iota
	KindFormat
	KindLength
	KindChecksum
	KindComponent
	KindRange
	KindMissing
)

var kindNames = enum.Names{Noun: "kind", IDs: []string{"", "format", "length", "checksum", "component", "range", "missing"}}

func (k Kind) String() string { return kindNames.String(int(k)) }

func (k Kind) MarshalText() ([]byte, error) { return marshalEnum(&kindNames, int(k)) }

func (k *Kind) UnmarshalText(b []byte) error { return unmarshalEnum(&kindNames, b, k) }

// sentinel returns the package-level error for k.
func (k Kind) sentinel() error {
	switch k {
	case KindFormat:
		return ErrFormat
	case KindLength:
		return ErrLength
	case KindChecksum:
		return ErrChecksum
	case KindComponent:
		return ErrComponent
	case KindRange:
		return ErrRange
	case KindMissing:
		return ErrMissing
	}
	return nil
}

// Error is the detail of a failed check (errors.As target: *Error);
// errors.Is matches it against the sentinel of its Kind. Subject names
// what was checked ("uscc", "resident_id", "mobile", …, the first half of
// its Code), Value the input masked and clipped (see [Mask]), Reason what
// is wrong, in English. The zero Error matches no sentinel. An *Error is
// not modified once returned.
type Error struct {
	Subject string
	Kind    Kind
	Value   string
	Reason  string

	detail string // the narrower second half of the code, or "" for Kind's id
	also   error  // a second, narrower sentinel the error matches, or nil
}

func (e *Error) Error() string { return xerr.Message("document", e.Subject, e.Value, e.Reason, nil) }

func (e *Error) Is(target error) bool { return xerr.Is(target, e.Kind.sentinel(), e.also) }

// Code returns the stable code of the failure, "<subject>.<what>": the
// kind's id ("uscc.checksum") or, where the validator knows more, a
// narrower id ("mobile.country_code", "validity.expired"). [Codes] lists
// every code a validator returns and [Message] its text.
func (e *Error) Code() string {
	d := e.detail
	if d == "" {
		d = e.Kind.String()
	}
	return e.Subject + "." + d
}

// newError builds an *Error with the value masked as an identifier.
func newError(subject string, kind Kind, value, reason string) *Error {
	return &Error{Subject: subject, Kind: kind, Value: xerr.Identifier(value), Reason: reason}
}

// detailed builds an *Error with a narrower code than its kind's.
func detailed(subject string, kind Kind, detail, value, reason string) *Error {
	e := newError(subject, kind, value, reason)
	e.detail = detail
	return e
}

// lengthError reports that value, an identifier of want ASCII characters,
// has another length. When it has the right number of characters but some
// are not ASCII (full-width digits or letters, typed with a Chinese input
// method), the error is the format error "full_width" instead, since
// counting bytes would give a confusing "want 18, got 18".
func lengthError(subject, value string, want int) *Error {
	n := utf8.RuneCountInString(value)
	if n == want || hasFullWidth(value) {
		return fullWidth(subject, value)
	}
	return newError(subject, KindLength, value, "want "+strconv.Itoa(want)+" characters, got "+strconv.Itoa(n))
}

// fullWidth reports full-width digits or letters.
func fullWidth(subject, value string) *Error {
	return detailed(subject, KindFormat, "full_width", value, "full-width characters; type ASCII digits and letters")
}

// hasFullWidth reports whether s holds a full-width digit, letter or space
// (U+FF10–U+FF5A, U+3000), as a Chinese input method types them.
func hasFullWidth(s string) bool {
	for _, r := range s {
		if r >= '０' && r <= 'ｚ' || r == '\u3000' {
			return true
		}
	}
	return false
}

// marshalEnum returns the text id of value v of an enum of this package.
// A value out of range is an *Error of KindFormat whose Subject is the
// enum's noun.
func marshalEnum(n *enum.Names, v int) ([]byte, error) {
	b, ok := n.Marshal(v)
	if !ok {
		return nil, &Error{Subject: n.Noun, Kind: KindFormat, Reason: "invalid " + strings.ReplaceAll(n.Noun, "_", " ") + " " + strconv.Itoa(v)}
	}
	return b, nil
}

// unmarshalEnum sets *v to the value of n whose text id is b. An unknown
// id is an *Error of KindFormat, its Value the input when it has an id's
// shape (xerr.Token), else "", and leaves *v unchanged.
func unmarshalEnum[T ~uint8](n *enum.Names, b []byte, v *T) error {
	i, ok := n.Parse(string(b))
	if !ok {
		e := &Error{Subject: n.Noun, Kind: KindFormat, Value: xerr.Token(string(b)), Reason: "unknown " + strings.ReplaceAll(n.Noun, "_", " ")}
		if e.Value == "" {
			e.Reason += ", not an id"
		}
		return e
	}
	*v = T(i)
	return nil
}

// nouns name the subjects of this package's errors, in Chinese and English.
var nouns = map[string][2]string{
	"uscc":                 {"统一社会信用代码", "unified social credit code"},
	"org_code":             {"组织机构代码", "organisation code"},
	"resident_id":          {"居民身份证号码", "resident ID number"},
	"passport":             {"护照号码", "passport number"},
	"hk_macao_permit":      {"港澳居民来往内地通行证号码", "mainland travel permit number for Hong Kong and Macao residents"},
	"taiwan_permit":        {"台湾居民来往大陆通行证号码", "mainland travel permit number for Taiwan residents"},
	"residence_permit":     {"港澳台居民居住证号码", "residence permit number for Hong Kong, Macao and Taiwan residents"},
	"foreign_permanent_id": {"外国人永久居留身份证号码", "foreigner permanent residence ID number"},
	"certificate":          {"证件号码", "certificate number"},
	"mobile":               {"手机号码", "mobile number"},
	"email":                {"电子邮箱", "e-mail address"},
	"emergency_contact":    {"应急联系方式", "emergency contact"},
	"validity":             {"证件有效期", "certificate validity"},
	"filing_number":        {"备案号", "filing number"},
}

// phrases complete a noun into a message, per kind id or narrower detail.
var phrases = map[string][2]string{
	"missing":      {"未填写", "missing"},
	"length":       {"位数错误", "wrong number of characters"},
	"format":       {"格式错误", "invalid characters or layout"},
	"checksum":     {"校验位错误，请核对号码", "check character does not match; check the number for a typo"},
	"component":    {"含有无效的组成部分", "a part of it names nothing real"},
	"range":        {"超出允许范围", "out of the allowed range"},
	"full_width":   {"含有全角字符，请输入半角数字和字母", "contains full-width characters; type ASCII digits and letters"},
	"lower_case":   {"含有小写字母，请使用大写字母", "contains lower-case letters; use upper case"},
	"country_code": {"请填写11位手机号码，不要加+86", "use the 11-digit number without +86"},
}

// codes lists, per subject, the second halves of the codes its validators
// return, each with its message unless the noun and phrase compose it.
// Messages never echo the input.
var codes = []struct {
	subject string
	parts   []string
	own     map[string][2]string
}{
	{"uscc", []string{"missing", "length", "format", "full_width", "lower_case", "component", "checksum"}, map[string][2]string{
		"component": {"统一社会信用代码的登记管理部门、机构类别或地区码无效", "unified social credit code: the registration authority, organisation category or region code is not valid"},
	}},
	{"org_code", []string{"missing", "length", "format", "full_width", "checksum"}, nil},
	{"resident_id", []string{"missing", "length", "old", "format", "full_width", "component", "checksum", "range"}, map[string][2]string{
		"length":    {"居民身份证号码应为18位", "resident ID number: must have 18 characters"},
		"old":       {"居民身份证号码为15位旧号码，请填写18位号码", "resident ID number: an old 15-digit number; use the 18-digit number"},
		"component": {"居民身份证号码中的地区码或出生日期无效", "resident ID number: the region code or the birth date is not valid"},
		"range":     {"居民身份证号码中的出生日期晚于提交日", "resident ID number: the birth date lies after the day of submission"},
	}},
	{"passport", []string{"missing", "length", "format", "lower_case"}, nil},
	{"hk_macao_permit", []string{"missing", "length", "format", "lower_case"}, nil},
	{"taiwan_permit", []string{"missing", "length", "format"}, nil},
	{"residence_permit", []string{"missing", "length", "format", "full_width", "component", "checksum"}, map[string][2]string{
		"component": {"港澳台居民居住证号码的地区码或出生日期无效", "residence permit number for Hong Kong, Macao and Taiwan residents: the region code or the birth date is not valid"},
	}},
	{"foreign_permanent_id", []string{"missing", "length", "format", "full_width", "lower_case", "component", "checksum"}, map[string][2]string{
		"component": {"外国人永久居留身份证号码的开头或签发地无效", "foreigner permanent residence ID number: the leading digit or the place of issue is not valid"},
	}},
	{"certificate", []string{"missing", "length", "format", "no_type"}, map[string][2]string{
		"no_type": {"未选择证件类型，无法检查证件号码", "certificate number: no certificate type chosen to check it against"},
	}},
	{"mobile", []string{"missing", "length", "format", "full_width", "country_code", "component"}, map[string][2]string{
		"component": {"手机号码不是中国大陆手机号段（13x至19x）", "mobile number: not a mainland mobile number (13x to 19x)"},
	}},
	{"email", []string{"missing", "length", "format", "full_width", "component"}, map[string][2]string{
		"length":    {"电子邮箱过长", "e-mail address: too long"},
		"component": {"电子邮箱的域名无效", "e-mail address: the domain is not valid"},
	}},
	{"emergency_contact", []string{"missing", "length", "format", "full_width", "country_code", "same_as_mobile"}, map[string][2]string{
		"format":         {"应急联系方式须为中国大陆手机号码", "emergency contact: must be a mainland mobile number"},
		"same_as_mobile": {"应急联系方式不能与负责人本人的手机号码相同", "emergency contact: must differ from the principal's own mobile number"},
	}},
	{"validity", []string{"missing", "length", "format", "full_width", "component", "end_before_start", "not_yet_valid", "expired", "under_one_month"}, map[string][2]string{
		"length":           {"证件有效期日期应为8位数字（YYYYMMDD）", "certificate validity: a date must have 8 digits (YYYYMMDD)"},
		"format":           {"证件有效期应为YYYYMMDD格式的日期，结束日期也可为“长期”", "certificate validity: dates must be YYYYMMDD; the end may also be 长期"},
		"component":        {"证件有效期中的日期不存在", "certificate validity: a date does not exist"},
		"end_before_start": {"证件有效期的结束日期须晚于开始日期", "certificate validity: the end date must follow the start date"},
		"not_yet_valid":    {"证件在提交日尚未生效", "certificate validity: not yet valid on the day of submission"},
		"expired":          {"证件已过期，请更换证件后再提交", "certificate validity: expired; renew the certificate before submitting"},
		"under_one_month":  {"证件剩余有效期不足一个月，请更换证件后再提交", "certificate validity: one month or less left; renew the certificate before submitting"},
	}},
	{"filing_number", []string{"missing", "length", "format", "component"}, map[string][2]string{
		"component": {"备案号的省份简称无效", "filing number: the province abbreviation is not valid"},
	}},
	{"media", []string{"empty", "format", "mismatch", "truncated", "too_large", "too_small"}, map[string][2]string{
		"empty":     {"文件为空", "file: empty"},
		"format":    {"文件格式不支持，仅支持JPG、JPEG或PNG图片", "file: unsupported format; only JPG, JPEG or PNG images are accepted"},
		"mismatch":  {"文件内容与声明的格式不一致", "file: the content does not match the declared format"},
		"truncated": {"文件不完整或已损坏", "file: incomplete or damaged"},
		"too_large": {"文件过大，不能超过2MB", "file: too large; at most 2 MB"},
		"too_small": {"图片分辨率过低，至少为720×1280像素", "image: resolution too low; at least 720×1280 pixels"},
	}},
}

// messages maps every code to its Chinese and English message. Built once,
// never modified.
var messages = func() map[string][2]string {
	m := make(map[string][2]string)
	for _, s := range codes {
		n := nouns[s.subject]
		for _, p := range s.parts {
			msg, ok := s.own[p]
			if !ok {
				ph := phrases[p]
				msg = [2]string{n[0] + ph[0], n[1] + ": " + ph[1]}
			}
			m[s.subject+"."+p] = msg
		}
	}
	return m
}()

// Codes returns every code the validators of this package return
// ([Error.Code], [ImageError.Code]), sorted, for documentation and for
// user interfaces that translate codes themselves. The slice is a fresh
// copy.
func Codes() []string {
	out := make([]string, 0, len(messages))
	for c := range messages {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Message returns the Chinese and English message of a code listed by
// [Codes]: a sentence for the merchant that never repeats the input. ok is
// false for any other code.
func Message(code string) (zh, en string, ok bool) {
	m, ok := messages[code]
	return m[0], m[1], ok
}

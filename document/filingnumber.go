package document

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/beian-go/beian/internal/enum"
)

// FilingKind says what an ICP filing number identifies: the subject (the
// main number) or one of its services, by the suffix of the service number.
// The zero value, FilingKindUnknown, means unset. It is a plain value, safe
// for concurrent use.
type FilingKind uint8

// The filing kinds. Source: observed numbers and WeChat's record_number
// example 粤B2-20090059-1626X (getOnlineIcpOrder, https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_getonlineicporder.html).
const (
	FilingKindUnknown FilingKind = iota
	// FilingKindSubject: the subject's main number, with no service part
	// (京ICP备16020626号).
	FilingKindSubject
	// FilingKindWebsite: a website, no suffix (京ICP备16020626号-8).
	FilingKindWebsite
	// FilingKindApp: an app, suffix A (陕ICP备2024026116号-1A).
	FilingKindApp
	// FilingKindMiniProgram: a mini program, suffix X (苏ICP备2026036865号-1X).
	FilingKindMiniProgram
	// FilingKindQuickApp: a quick app, suffix K. The suffix is reported by
	// third parties and is UNCONFIRMED by MIIT or WeChat.
	FilingKindQuickApp
)

var filingKindNames = enum.Names{Noun: "filing_kind", IDs: []string{"", "subject", "website", "app", "mini_program", "quick_app"}}

// filingSuffix is the suffix letter of each kind's service numbers.
var filingSuffix = [...]string{"", "", "", "A", "X", "K"}

func (k FilingKind) String() string { return filingKindNames.String(int(k)) }

func (k FilingKind) MarshalText() ([]byte, error) { return marshalEnum(&filingKindNames, int(k)) }

func (k *FilingKind) UnmarshalText(b []byte) error { return unmarshalEnum(&filingKindNames, b, k) }

// FilingNumber is a parsed ICP filing number (ICP备案号), either the usual
// form 粤ICP备2023123456号 or the form built on a value-added telecom
// licence, 粤B2-20090059, each optionally followed by a service part
// "-<index><suffix>" (粤ICP备2023123456号-1X, 粤B2-20090059-1626X). It is a
// small comparable value, immutable and safe for concurrent use.
//
// The zero FilingNumber means "absent": IsZero reports true, String
// returns "" and MarshalText writes an empty string.
type FilingNumber struct {
	abbr    string // province abbreviation as written (粤, or an alternative such as 川)
	licence string // "B1" or "B2" for the licence form, "" for the ICP备 form
	serial  string // the digits of the main number
	index   int    // service index, 0 for a subject number
	kind    FilingKind
}

// ParseFilingNumber parses an ICP filing number:
//
//	<abbr>ICP备<8 or 10 digits>号[-<index>[A|X|K]]
//	<abbr>B2-<8 digits>[-<index>[A|X|K]]        (also B1)
//
// where <abbr> is a province abbreviation known to ProvinceByAbbr
// (canonical, or one of the alternatives 川, 贵, 云, 甘, which
// [FilingNumber.Canonical] tells apart) and <index> is a positive number
// without leading zeros. The digit counts (8 older, 10 year-prefixed newer)
// are observed, not specified. Nothing around the number is trimmed:
// spaces, full-width hyphens and the 京ICP证 licence display form are
// format errors. The codes of its errors: filing_number.missing,
// filing_number.component (unknown province abbreviation),
// filing_number.length (wrong digit count) and filing_number.format
// (anything else). They quote the input masked as [Mask] masks it, so that
// a name, a phone or an ID number typed here, in any notation, stays
// hidden.
func ParseFilingNumber(s string) (FilingNumber, error) {
	const subject = "filing_number"
	fail := func(kind Kind, reason string) (FilingNumber, error) {
		return FilingNumber{}, newError(subject, kind, s, reason)
	}
	if s == "" {
		return fail(KindMissing, "empty")
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || r < 0x80 {
		return fail(KindFormat, "must start with a province abbreviation such as 粤")
	}
	abbr := s[:size]
	if _, ok := provinceByAbbr(abbr); !ok {
		return fail(KindComponent, "unknown province abbreviation")
	}
	rest := s[size:]
	var f FilingNumber
	f.abbr = abbr
	switch {
	case strings.HasPrefix(rest, "ICP备"):
		rest = rest[len("ICP备"):]
		n := digitPrefix(rest)
		if n == 0 {
			return fail(KindFormat, "digits must follow ICP备")
		}
		if !strings.HasPrefix(rest[n:], "号") {
			return fail(KindFormat, "the number must end with 号")
		}
		if n != 8 && n != 10 {
			return fail(KindLength, "want 8 or 10 digits after ICP备, got "+strconv.Itoa(n))
		}
		f.serial = rest[:n]
		rest = rest[n+len("号"):]
	case strings.HasPrefix(rest, "B2-") || strings.HasPrefix(rest, "B1-"):
		f.licence = rest[:2]
		rest = rest[3:]
		n := digitPrefix(rest)
		if n == 0 {
			return fail(KindFormat, "digits must follow "+f.licence+"-")
		}
		if n != 8 {
			return fail(KindLength, "want 8 digits after "+f.licence+"-, got "+strconv.Itoa(n))
		}
		f.serial = rest[:n]
		rest = rest[n:]
	case strings.HasPrefix(rest, "ICP证"):
		return fail(KindFormat, "an ICP licence number (ICP证) is not a filing number")
	default:
		return fail(KindFormat, "want <abbr>ICP备<digits>号 or <abbr>B2-<digits>")
	}
	if rest == "" {
		f.kind = FilingKindSubject
		return f, nil
	}
	if rest[0] != '-' {
		return fail(KindFormat, "unexpected text after the main number")
	}
	rest = rest[1:]
	n := digitPrefix(rest)
	if n == 0 {
		return fail(KindFormat, "a service index must follow -")
	}
	if rest[0] == '0' {
		return fail(KindFormat, "service index has a leading zero")
	}
	if n > 6 {
		return fail(KindLength, "service index longer than 6 digits")
	}
	f.index = digits(rest[:n])
	switch rest[n:] {
	case "":
		f.kind = FilingKindWebsite
	case "A":
		f.kind = FilingKindApp
	case "X":
		f.kind = FilingKindMiniProgram
	case "K":
		f.kind = FilingKindQuickApp
	case "a", "x", "k":
		return fail(KindFormat, "lower-case suffix; use upper case")
	default:
		return fail(KindFormat, "unknown suffix after the service index (want A, X, K or none)")
	}
	return f, nil
}

// digitPrefix returns the number of leading ASCII digits of s.
func digitPrefix(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func (f FilingNumber) IsZero() bool { return f.kind == FilingKindUnknown }

// String returns the number as it was parsed, or "" for the zero value.
func (f FilingNumber) String() string {
	if f.IsZero() {
		return ""
	}
	var b strings.Builder
	b.Grow(32)
	b.WriteString(f.abbr)
	if f.licence != "" {
		b.WriteString(f.licence)
		b.WriteByte('-')
		b.WriteString(f.serial)
	} else {
		b.WriteString("ICP备")
		b.WriteString(f.serial)
		b.WriteString("号")
	}
	if f.index > 0 {
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(f.index))
		b.WriteString(filingSuffix[f.kind])
	}
	return b.String()
}

// Kind returns what the number identifies, or FilingKindUnknown for the
// zero value.
func (f FilingNumber) Kind() FilingKind { return f.kind }

// Province returns the province of the abbreviation; false for the zero
// value.
func (f FilingNumber) Province() (Province, bool) { return ProvinceByAbbr(f.abbr) }

// Canonical reports whether the abbreviation is the province's canonical
// one (蜀, not 川); false for the zero value. A non-canonical abbreviation
// is probably a typo, but the library cannot ask MIIT.
func (f FilingNumber) Canonical() bool {
	p, ok := provinceByAbbr(f.abbr)
	return ok && p.Abbr == f.abbr
}

func (f FilingNumber) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText parses a number with ParseFilingNumber; "" gives the zero
// value. On error f is left unchanged.
func (f *FilingNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = FilingNumber{}
		return nil
	}
	v, err := ParseFilingNumber(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

package document

import (
	"strconv"

	"github.com/beian-go/beian/internal/checkdigit"
)

// The unified social credit code (统一社会信用代码, GB 32100-2015) has 18
// characters from a 31-character alphabet (digits and upper-case letters
// without I, O, Z, S and V):
//
//	position 1      registration authority (登记管理部门码)
//	position 2      organisation category within that authority (机构类别码)
//	positions 3–8   region code of the registering office (GB/T 2260)
//	positions 9–17  organisation code (组织机构代码, GB 11714), whose last
//	                character is its own check character
//	position 18     check character over positions 1–17, modulo 31

// usccCategories lists, for each registration-authority code of GB 32100-2015
// table 1 (with the later additions A and N), the organisation-category
// codes it may issue and their Chinese names. Source: GB 32100-2015 表 1 as
// republished by the national credit-code centre; A (军队) and N (农业) were
// added by the 2018–2019 amendments.
var usccCategories = [...]struct {
	authority byte
	name      string
	category  [6]byte
	catNames  [6]string
}{
	{'1', "机构编制", [6]byte{'1', '2', '3', '9'}, [6]string{"机关", "事业单位", "中央编办直接管理机构编制的群众团体", "其他"}},
	{'2', "外交", [6]byte{'1', '9'}, [6]string{"外国常驻新闻机构", "其他"}},
	{'3', "司法行政", [6]byte{'1', '2', '3', '4', '5', '9'}, [6]string{"律师执业机构", "公证处", "基层法律服务所", "司法鉴定机构", "仲裁委员会", "其他"}},
	{'4', "文化", [6]byte{'1', '9'}, [6]string{"外国在华文化中心", "其他"}},
	{'5', "民政", [6]byte{'1', '2', '3', '9'}, [6]string{"社会团体", "民办非企业单位", "基金会", "其他"}},
	{'6', "旅游", [6]byte{'1', '2', '9'}, [6]string{"外国旅游部门常驻代表机构", "港澳台地区旅游部门常驻内地（大陆）代表机构", "其他"}},
	{'7', "宗教", [6]byte{'1', '2', '9'}, [6]string{"宗教活动场所", "宗教院校", "其他"}},
	{'8', "工会", [6]byte{'1', '9'}, [6]string{"基层工会", "其他"}},
	{'9', "工商", [6]byte{'1', '2', '3'}, [6]string{"企业", "个体工商户", "农民专业合作社"}},
	{'A', "中央军委改革和编制办公室", [6]byte{'1', '9'}, [6]string{"军队事业单位", "其他"}},
	{'N', "农业", [6]byte{'1', '2', '3', '9'}, [6]string{"组级集体经济组织", "村级集体经济组织", "乡镇级集体经济组织", "其他"}},
	{'Y', "其他", [6]byte{'1'}, [6]string{"其他"}},
}

// categoryOf returns the index of the authority in usccCategories and the
// index of the category within it; ok is false when either is unknown.
func categoryOf(authority, category byte) (ai, ci int, authOK, catOK bool) {
	for i := range usccCategories {
		a := &usccCategories[i]
		if a.authority != authority {
			continue
		}
		for j, c := range a.category {
			if c != 0 && c == category {
				return i, j, true, true
			}
		}
		return i, 0, true, false
	}
	return 0, 0, false, false
}

// USCC is a valid unified social credit code (统一社会信用代码). It is a
// small comparable value, immutable and safe for concurrent use; two USCCs
// are equal when their codes are.
//
// The zero USCC means "absent": IsZero reports true, String returns "" and
// MarshalText writes an empty string.
type USCC struct {
	s string
}

// ParseUSCC checks an 18-character unified social credit code against
// GB 32100-2015 and returns it. It accepts only the canonical form:
// upper-case letters, no spaces or separators (WeChat expects exactly what
// is printed on the licence). The checks, in order, and the kind of error
// each returns (subject "uscc"):
//
//   - empty: KindMissing;
//   - not 18 characters: KindLength;
//   - a character outside 0–9 and A–Z without I, O, Z, S, V: KindFormat
//     (lower-case letters and full-width characters included);
//   - unknown registration authority or category (GB 32100 table 1: 1 机构编制,
//     2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管,
//     A 军队, N 农业, Y 其他), a region code that is not six digits or whose
//     first two digits are not a province (10 for national bodies is
//     accepted): KindComponent;
//   - the organisation code's own GB 11714 check character or the final
//     mod-31 check character is wrong: KindChecksum.
//
// The district part of the region code is not checked against a district
// list: registering offices of abolished districts keep their codes.
func ParseUSCC(code string) (USCC, error) {
	if code == "" {
		return USCC{}, newError("uscc", KindMissing, "", "empty")
	}
	if len(code) != 18 {
		return USCC{}, lengthError("uscc", code, 18)
	}
	for i := 0; i < 18; i++ {
		if !checkdigit.InUSCCAlphabet(code[i]) {
			return USCC{}, usccCharError(code, i)
		}
	}
	if _, _, authOK, catOK := categoryOf(code[0], code[1]); !authOK {
		return USCC{}, newError("uscc", KindComponent, code, "unknown registration authority code")
	} else if !catOK {
		return USCC{}, newError("uscc", KindComponent, code, "organisation category not issued by this registration authority")
	}
	for i := 2; i < 8; i++ {
		if code[i] < '0' || code[i] > '9' {
			return USCC{}, newError("uscc", KindComponent, code, "region code is not six digits")
		}
	}
	if !(code[2] == '1' && code[3] == '0') {
		if _, ok := provinceAt(code[2], code[3]); !ok {
			return USCC{}, newError("uscc", KindComponent, code, "region code names no province")
		}
	}
	if checkdigit.MOD11(code[8:16]) != code[16] {
		return USCC{}, newError("uscc", KindChecksum, code, "organisation code check character does not match")
	}
	if checkdigit.MOD31(code[:17]) != code[17] {
		return USCC{}, newError("uscc", KindChecksum, code, "check character does not match")
	}
	return USCC{s: code}, nil
}

// ValidateUSCC reports whether code is a valid unified social credit code;
// see ParseUSCC for the checks and the errors. It allocates nothing for a
// valid code.
func ValidateUSCC(code string) error {
	_, err := ParseUSCC(code)
	return err
}

// MustParseUSCC is like ParseUSCC but panics on an invalid code. Use it only
// for constants in tests and examples.
func MustParseUSCC(code string) USCC {
	u, err := ParseUSCC(code)
	if err != nil {
		panic(err)
	}
	return u
}

func usccCharError(code string, i int) *Error {
	c := code[i]
	switch {
	case c >= 'a' && c <= 'z':
		return newError("uscc", KindFormat, code, "lower-case letter at position "+strconv.Itoa(i+1)+"; use upper case")
	case c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V':
		return newError("uscc", KindFormat, code, "letter "+string(rune(c))+" at position "+strconv.Itoa(i+1)+" is never used")
	}
	return newError("uscc", KindFormat, code, "invalid character at position "+strconv.Itoa(i+1))
}

// ValidateOrgCode checks a 9-character organisation code (组织机构代码,
// GB 11714-1997), as printed on old organisation code certificates and
// embedded in every unified social credit code. The form with a hyphen
// before the check character ("70846113-6") is accepted as well. Errors have
// subject "org_code": KindMissing, KindLength, KindFormat (a character other
// than a digit or an upper-case letter, or a check character other than a
// digit or X) and KindChecksum.
func ValidateOrgCode(code string) error {
	if code == "" {
		return newError("org_code", KindMissing, "", "empty")
	}
	body := code
	if len(code) == 10 && code[8] == '-' {
		body = code[:8] + code[9:]
	}
	if len(body) != 9 {
		return lengthError("org_code", code, 9)
	}
	for i := 0; i < 8; i++ {
		if checkdigit.MOD11Value(body[i]) < 0 {
			return newError("org_code", KindFormat, code, "invalid character at position "+strconv.Itoa(i+1))
		}
	}
	if c := body[8]; !(c >= '0' && c <= '9') && c != 'X' {
		return newError("org_code", KindFormat, code, "check character must be a digit or X")
	}
	if checkdigit.MOD11(body[:8]) != body[8] {
		return newError("org_code", KindChecksum, code, "check character does not match")
	}
	return nil
}

// IsZero reports whether u is the zero (absent) USCC.
func (u USCC) IsZero() bool { return u.s == "" }

// String returns the 18-character code, or "" for the zero USCC.
func (u USCC) String() string { return u.s }

// Masked returns the code with its middle hidden (see Mask), for logs.
func (u USCC) Masked() string { return Mask(u.s) }

// RegistrationAuthority returns the registration-authority code (position
// 1), e.g. '9' for market regulation (工商), or 0 for the zero USCC.
func (u USCC) RegistrationAuthority() byte {
	if u.s == "" {
		return 0
	}
	return u.s[0]
}

// Category returns the organisation-category code (position 2), e.g. '1'
// for an enterprise registered by market regulation, or 0 for the zero USCC.
func (u USCC) Category() byte {
	if u.s == "" {
		return 0
	}
	return u.s[1]
}

// AuthorityName returns the Chinese name of the registration authority
// (工商, 民政, …), or "" for the zero USCC.
func (u USCC) AuthorityName() string {
	if u.s == "" {
		return ""
	}
	ai, _, ok, _ := categoryOf(u.s[0], u.s[1])
	if !ok {
		return ""
	}
	return usccCategories[ai].name
}

// CategoryName returns the Chinese name of the organisation category
// (企业, 事业单位, 社会团体, …), or "" for the zero USCC.
func (u USCC) CategoryName() string {
	if u.s == "" {
		return ""
	}
	ai, ci, ok, _ := categoryOf(u.s[0], u.s[1])
	if !ok {
		return ""
	}
	return usccCategories[ai].catNames[ci]
}

// Region returns the six-digit GB/T 2260 region code of the registering
// office (positions 3–8), e.g. "440300", or "" for the zero USCC. National
// bodies have "100000".
func (u USCC) Region() string {
	if u.s == "" {
		return ""
	}
	return u.s[2:8]
}

// Province returns the province of the registering office, and false for
// national bodies (region 100000) and the zero USCC.
func (u USCC) Province() (Province, bool) {
	if u.s == "" {
		return Province{}, false
	}
	return ProvinceByCode(u.s[2:4])
}

// OrgCode returns the embedded 9-character organisation code (positions
// 9–17, check character included), or "" for the zero USCC.
func (u USCC) OrgCode() string {
	if u.s == "" {
		return ""
	}
	return u.s[8:17]
}

// MarshalText writes the code; the zero USCC writes as "".
func (u USCC) MarshalText() ([]byte, error) { return []byte(u.s), nil }

// UnmarshalText parses a code with ParseUSCC; "" gives the zero USCC. On
// error u is left unchanged.
func (u *USCC) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*u = USCC{}
		return nil
	}
	v, err := ParseUSCC(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

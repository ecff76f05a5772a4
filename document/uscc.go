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
// codes it may issue. Source: GB 32100-2015 表 1 as republished by the
// national credit-code centre; A (军队) and N (农业) were added by the
// 2018–2019 amendments.
var usccCategories = [...]struct {
	authority  byte
	categories string
}{
	{'1', "1239"},   // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
	{'2', "19"},     // 外交: 外国常驻新闻机构, 其他
	{'3', "123459"}, // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
	{'4', "19"},     // 文化: 外国在华文化中心, 其他
	{'5', "1239"},   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
	{'6', "129"},    // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
	{'7', "129"},    // 宗教: 宗教活动场所, 宗教院校, 其他
	{'8', "19"},     // 工会: 基层工会, 其他
	{'9', "123"},    // 工商: 企业, 个体工商户, 农民专业合作社
	{'A', "19"},     // 中央军委改革和编制办公室: 军队事业单位, 其他
	{'N', "1239"},   // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
	{'Y', "1"},      // 其他
}

// categoryKnown reports whether the authority is known, and whether it
// issues the category.
func categoryKnown(authority, category byte) (authOK, catOK bool) {
	for _, a := range usccCategories {
		if a.authority != authority {
			continue
		}
		for i := 0; i < len(a.categories); i++ {
			if a.categories[i] == category {
				return true, true
			}
		}
		return true, false
	}
	return false, false
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
// GB 32100-2015, in its printed form (upper case, no separators). Its
// errors, in the order checked: uscc.missing; uscc.length
// (uscc.full_width); uscc.lower_case, uscc.format (a character outside its
// alphabet); uscc.component (a registration authority or category outside
// GB 32100 table 1 with the later A and N, or a region that is not a
// province or 10, national); uscc.checksum (the embedded organisation
// code's or the final check character). Districts are not looked up:
// abolished ones keep their codes. It allocates nothing for a valid code.
func ParseUSCC(code string) (USCC, error) {
	const subject = "uscc"
	if code == "" {
		return USCC{}, newError(subject, KindMissing, "", "empty")
	}
	if len(code) != 18 {
		return USCC{}, lengthError(subject, code, 18)
	}
	// One pass over the body: MOD31 is 0 when a character is outside the
	// alphabet, which is then looked for only to name it.
	want := checkdigit.MOD31(code[:17])
	if want == 0 || !checkdigit.InUSCCAlphabet(code[17]) {
		i := 0
		for checkdigit.InUSCCAlphabet(code[i]) {
			i++
		}
		return USCC{}, usccCharError(code, i)
	}
	if authOK, catOK := categoryKnown(code[0], code[1]); !authOK {
		return USCC{}, newError(subject, KindComponent, code, "unknown registration authority code")
	} else if !catOK {
		return USCC{}, newError(subject, KindComponent, code, "organisation category not issued by this registration authority")
	}
	for i := 2; i < 8; i++ {
		if code[i] < '0' || code[i] > '9' {
			return USCC{}, newError(subject, KindComponent, code, "region code is not six digits")
		}
	}
	if !(code[2] == '1' && code[3] == '0') {
		if _, ok := provinceAt(code[2], code[3]); !ok {
			return USCC{}, newError(subject, KindComponent, code, "region code names no province")
		}
	}
	if checkdigit.MOD11(code[8:16]) != code[16] {
		return USCC{}, newError(subject, KindChecksum, code, "organisation code check character does not match")
	}
	if want != code[17] {
		return USCC{}, newError(subject, KindChecksum, code, "check character does not match")
	}
	return USCC{s: code}, nil
}

func usccCharError(code string, i int) *Error {
	c := code[i]
	switch {
	case c >= 'a' && c <= 'z':
		return detailed("uscc", KindFormat, "lower_case", code, "lower-case letter at position "+strconv.Itoa(i+1)+"; use upper case")
	case c == 'I' || c == 'O' || c == 'Z' || c == 'S' || c == 'V':
		return newError("uscc", KindFormat, code, "letter "+string(rune(c))+" at position "+strconv.Itoa(i+1)+" is never used")
	}
	return newError("uscc", KindFormat, code, "invalid character at position "+strconv.Itoa(i+1))
}

// ValidateOrgCode checks a 9-character organisation code (组织机构代码,
// GB 11714-1997), as printed on old organisation code certificates and
// embedded in every unified social credit code. The form with a hyphen
// before the check character ("70846113-6") is accepted as well. Errors
// have the codes org_code.missing, org_code.length (org_code.full_width),
// org_code.format (a character other than a digit or an upper-case
// letter, or a check character other than a digit or X) and
// org_code.checksum.
func ValidateOrgCode(code string) error {
	const subject = "org_code"
	if code == "" {
		return newError(subject, KindMissing, "", "empty")
	}
	body := code
	if len(code) == 10 && code[8] == '-' {
		body = code[:8] + code[9:]
	}
	if len(body) != 9 {
		return lengthError(subject, code, 9)
	}
	for i := 0; i < 8; i++ {
		if checkdigit.MOD11Value(body[i]) < 0 {
			return newError(subject, KindFormat, code, "invalid character at position "+strconv.Itoa(i+1))
		}
	}
	if c := body[8]; !(c >= '0' && c <= '9') && c != 'X' {
		return newError(subject, KindFormat, code, "check character must be a digit or X")
	}
	if checkdigit.MOD11(body[:8]) != body[8] {
		return newError(subject, KindChecksum, code, "check character does not match")
	}
	return nil
}

func (u USCC) IsZero() bool { return u.s == "" }

// String returns the 18-character code, or "" for the zero USCC.
func (u USCC) String() string { return u.s }

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

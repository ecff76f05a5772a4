package filing

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Identity says which filing a record is, set at its creation for good; a
// store keys its rows on it. It is a comparable value, safe for concurrent
// use. The zero Identity is not valid (ErrIdentity).
type Identity struct {
	// ID is the caller's own id for the record (an order number, a UUID):
	// 1 to 128 bytes of printable UTF-8, no space at either end. It is
	// printed and logged as it is: keep personal data out of it.
	ID string `json:"id"`
	// AppID is the mini program's appid ("wx" and 16 hexadecimal digits):
	// 1 to 32 ASCII letters and digits.
	AppID string `json:"appid"`
	// Combined says verification (认证) and filing go together
	// (submit_auth_and_icp,
	// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/wxverifyicp/api_submitauthandicp.html):
	// the face task is then valid 1 day instead of 3.
	Combined bool `json:"combined"`
}

// Identity limits: an id of up to 128 bytes holds any UUID, URN or order
// number a service is likely to use, and keeps a store's key short;
// WeChat's appids have 18 characters.
const (
	maxIdentityID    = 128
	maxIdentityAppID = 32
)

// check returns an error matching ErrIdentity when id is not a valid
// Identity. The message names the member and the rule, never the value.
func (id Identity) check() error {
	if err := checkRecordID(id.ID); err != nil {
		return fmt.Errorf("%w: id %s", ErrIdentity, err)
	}
	if err := checkAppID(id.AppID); err != nil {
		return fmt.Errorf("%w: appid %s", ErrIdentity, err)
	}
	return nil
}

// identityRule is why an identity member is refused; it reads after the
// member's name.
type identityRule string

func (r identityRule) Error() string { return string(r) }

const (
	ruleEmpty     identityRule = "is empty"
	ruleLong      identityRule = "is too long"
	ruleUTF8      identityRule = "is not valid UTF-8"
	ruleControl   identityRule = "has a control, format or other unprintable character"
	ruleSpace     identityRule = "starts or ends with white space"
	ruleAlnumOnly identityRule = "has a character other than an ASCII letter or digit"
)

func checkRecordID(s string) error {
	switch {
	case s == "":
		return ruleEmpty
	case len(s) > maxIdentityID:
		return ruleLong
	case !utf8.ValidString(s):
		return ruleUTF8
	}
	for _, r := range s {
		if !unicode.IsGraphic(r) {
			return ruleControl
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return ruleSpace
	}
	return nil
}

func checkAppID(s string) error {
	switch {
	case s == "":
		return ruleEmpty
	case len(s) > maxIdentityAppID:
		return ruleLong
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return ruleAlnumOnly
		}
	}
	return nil
}

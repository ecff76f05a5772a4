package filing

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Identity says which filing a record is: the caller's own id for it, the
// mini program it files, and whether the mini program's verification
// (认证) goes with it. It is set when the record is created and never
// changes; a store keys its rows on it.
//
// Identity is a small comparable value, safe for concurrent use. The zero
// Identity is not a valid one: NewApplication and Restore refuse it with
// an error matching ErrIdentity.
type Identity struct {
	// ID is the caller's own id for the record, unique among its records
	// (an order number, a UUID, …): 1 to 128 bytes of printable UTF-8
	// (letters, marks, digits, punctuation, symbols and spaces), without
	// white space at either end.
	ID string `json:"id"`
	// AppID is the appid of the mini program being filed. WeChat's appids
	// are "wx" and 16 hexadecimal digits; only 1 to 32 ASCII letters and
	// digits are required here.
	AppID string `json:"appid"`
	// Combined says the mini program's verification (认证) and its filing
	// go together, through WeChat's submit_auth_and_icp
	// (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/wxverifyicp/api_submitauthandicp.html).
	// Its face-verification task is then valid 1 day instead of 3
	// (deadline.FaceTaskValidityCombined).
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

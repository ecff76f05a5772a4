package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/beian-go/beian/filing"
)

// A payload that does not decode names the member at fault in WeChat's
// terms, and never quotes its value; limits have their own sentinel.
func ExampleDecodeError() {
	for _, in := range []string{
		`{"icp_subject": {"base_info": {"type": "4"}}}`,
		`{"icp_applets": {"base_info": {"service_content_types": [3, 4.5]}}}`,
		`{"icp_subject": {"principal_info": {"mobile": 13912345678}}}`,
		`{"icp_subject": {"base_info": {"name": "示例"}`,
		`{"icp_applets": {"base_info": {"comment": "` + strings.Repeat("长", 2000) + `"}}}`,
	} {
		var req filing.Request
		err := req.UnmarshalJSON([]byte(in))
		var de *filing.DecodeError
		if errors.As(err, &de) {
			fmt.Println(errors.Is(err, filing.ErrTooLarge), err)
		}
	}
	// Output:
	// false filing: icp_subject.base_info.type: is a JSON string, want a whole number
	// false filing: icp_applets.base_info.service_content_types[1]: is a number with a fraction or exponent, want a whole number
	// false filing: icp_subject.principal_info.mobile: is a JSON number, want a string
	// false filing: icp_subject: invalid JSON at byte 48: found the end of the input, want ',' or '}'
	// true filing: icp_applets.base_info.comment: is text of 6000 bytes, want at most 4096 bytes
}

// A request built by hand is checked before it is kept: an unknown member
// must hold valid JSON, or the record could not be stored.
func ExampleRequest_Encodable() {
	req := filing.Request{Extra: filing.Extra{"note": json.RawMessage(`{"a":}`)}}
	fmt.Println(req.Encodable())

	req.Extra["note"] = json.RawMessage(`{"a": 1}`)
	fmt.Println(req.Encodable())
	// Output:
	// filing: note: invalid JSON at byte 5: found the character '}', want a value
	// <nil>
}

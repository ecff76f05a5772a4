package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

type kindCase struct {
	name, in string
	kind     document.Kind // KindUnknown when valid
}

func checkKinds(t *testing.T, subject string, tests []kindCase, f func(string) error) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := f(tc.in)
			if tc.kind == document.KindUnknown {
				if err != nil {
					t.Fatalf("%q: %v", tc.in, err)
				}
				return
			}
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("%q: got %v, want *Error", tc.in, err)
			}
			if de.Subject != subject || de.Kind != tc.kind {
				t.Errorf("%q: got %s (%v), want %s.%s", tc.in, de.Code(), err, subject, tc.kind)
			}
			if len(tc.in) >= 8 && strings.Contains(err.Error(), tc.in) {
				t.Errorf("error %q shows the full value", err)
			}
		})
	}
}

func TestValidateMobile(t *testing.T) {
	checkKinds(t, "mobile", []kindCase{
		{"china mobile 138", "13812345678", document.KindUnknown},
		{"china unicom 130", "13012344321", document.KindUnknown},
		{"segment 177", "17743211234", document.KindUnknown},
		{"segment 199", "19912345678", document.KindUnknown},
		{"segment 145", "14512345678", document.KindUnknown},
		{"empty", "", document.KindMissing},
		{"plus 86", "+8613812345678", document.KindFormat},
		{"86 prefix", "8613812345678", document.KindFormat},
		{"spaces", "138 1234 5678", document.KindFormat},
		{"hyphens", "138-1234-5678", document.KindFormat},
		{"full-width digits", "１３８12345678", document.KindFormat},
		{"landline with area code", "075512345678", document.KindLength},
		{"10 digits", "1381234567", document.KindLength},
		{"12 digits", "138123456789", document.KindLength},
		{"segment 12x", "12812345678", document.KindComponent},
		{"segment 10x", "10012345678", document.KindComponent},
		{"starts with 2", "23812345678", document.KindComponent},
	}, document.ValidateMobile)
}

func TestValidateEmergencyContact(t *testing.T) {
	const own = "13812345678"
	checkKinds(t, "emergency_contact", []kindCase{
		{"different number", "17743211234", document.KindUnknown},
		{"same as own", own, document.KindComponent},
		{"empty", "", document.KindMissing},
		{"not digits", "1774321123a", document.KindFormat},
		{"short", "1774321", document.KindLength},
		{"bad segment is a format error", "12812345678", document.KindFormat},
	}, func(s string) error { return document.ValidateEmergencyContact(own, s) })
}

func TestValidateEmail(t *testing.T) {
	long := strings.Repeat("a", 64)
	checkKinds(t, "email", []kindCase{
		{"simple", "zhang@example.com", document.KindUnknown},
		{"qq", "12345678@qq.com", document.KindUnknown},
		{"dots and plus", "li.si+beian@mail.example.com.cn", document.KindUnknown},
		{"upper case", "Wang@Example.COM", document.KindUnknown},
		{"hyphen in domain", "a@my-company.cn", document.KindUnknown},
		{"special atext", "a!#$%&'*+-/=?^_`{|}~b@example.com", document.KindUnknown},
		{"64-character local part", long + "@example.com", document.KindUnknown},
		{"empty", "", document.KindMissing},
		{"too long", long + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 63) + ".com", document.KindLength},
		{"65-character local part", long + "a@example.com", document.KindLength},
		{"no at", "zhang.example.com", document.KindFormat},
		{"two ats", "zhang@wang@example.com", document.KindFormat},
		{"empty local", "@example.com", document.KindFormat},
		{"leading dot", ".zhang@example.com", document.KindFormat},
		{"trailing dot", "zhang.@example.com", document.KindFormat},
		{"double dot", "zh..ang@example.com", document.KindFormat},
		{"space", "zhang san@example.com", document.KindFormat},
		{"quoted", "\"zhang\"@example.com", document.KindFormat},
		{"chinese local part", "张三@example.com", document.KindFormat},
		{"no domain", "zhang@", document.KindComponent},
		{"single label", "zhang@localhost", document.KindComponent},
		{"ip literal", "zhang@[127.0.0.1]", document.KindComponent},
		{"numeric tld", "zhang@127.0.0.1", document.KindComponent},
		{"leading hyphen label", "zhang@-example.com", document.KindComponent},
		{"trailing hyphen label", "zhang@example-.com", document.KindComponent},
		{"empty label", "zhang@example..com", document.KindComponent},
		{"trailing dot domain", "zhang@example.com.", document.KindComponent},
		{"one-letter tld", "zhang@example.c", document.KindComponent},
		{"underscore in domain", "zhang@ex_ample.com", document.KindComponent},
		{"chinese domain", "zhang@例子.中国", document.KindComponent},
		{"long label", "zhang@" + strings.Repeat("a", 64) + ".com", document.KindComponent},
	}, document.ValidateEmail)
}

func FuzzValidateEmail(f *testing.F) {
	f.Add("zhang@example.com")
	f.Add("a@b")
	f.Add("@")
	f.Fuzz(func(t *testing.T, s string) {
		err := document.ValidateEmail(s)
		if err == nil {
			if strings.Count(s, "@") != 1 || len(s) > 254 {
				t.Fatalf("accepted %q", s)
			}
			return
		}
		var de *document.Error
		if !errors.As(err, &de) || de.Subject != "email" || de.Kind == document.KindUnknown {
			t.Fatalf("error %v is not a typed *Error", err)
		}
		noEcho(t, err, s)
	})
}

func FuzzValidateMobile(f *testing.F) {
	f.Add("13812345678")
	f.Add("+8613812345678")
	f.Fuzz(func(t *testing.T, s string) {
		err := document.ValidateMobile(s)
		if err == nil && (len(s) != 11 || s[0] != '1') {
			t.Fatalf("accepted %q", s)
		}
		var de *document.Error
		if err != nil && (!errors.As(err, &de) || de.Subject != "mobile") {
			t.Fatalf("error %v is not a typed *Error", err)
		}
		if err != nil && len(s) > 2 && !strings.Contains(s, "*") && de.Value == s {
			t.Fatalf("error %q shows the input", err)
		}
	})
}

func ExampleValidateEmergencyContact() {
	err := document.ValidateEmergencyContact("13812345678", "13812345678")
	var de *document.Error
	if errors.As(err, &de) {
		fmt.Println(de.Code())
		fmt.Println(err)
	}
	// Output:
	// emergency_contact.component
	// document: emergency_contact "138******78": same as the principal's own mobile number
}

func ExampleValidateEmail() {
	fmt.Println(document.ValidateEmail("zhang@example.com"))
	fmt.Println(document.ValidateEmail("zhang@example"))
	// Output:
	// <nil>
	// document: email "z***@example": domain has no top-level part
}

func ExampleValidateMobile() {
	for _, m := range []string{"13812345678", "+8613812345678", "1381234567", "12812345678"} {
		err := document.ValidateMobile(m)
		var de *document.Error
		if errors.As(err, &de) {
			fmt.Println(de.Code(), document.ProblemOf("icp_subject.principal_info.mobile", err).Message)
			continue
		}
		fmt.Println(err)
	}
	// Output:
	// <nil>
	// mobile.format 手机号码格式错误
	// mobile.length 手机号码位数错误
	// mobile.component 手机号码不是中国大陆手机号段
}

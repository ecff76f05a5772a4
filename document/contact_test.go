package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

type codeCase struct {
	name, in string
	want     string // the error's code, "" when valid
}

func checkCodes(t *testing.T, tests []codeCase, f func(string) error) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := f(tc.in)
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			var de *document.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.want, de.Code())
			assert.ErrorIs(t, err, sentinelOf(de.Kind))
			noEcho(t, err, tc.in)
		})
	}
}

func TestValidateMobile(t *testing.T) {
	checkCodes(t, []codeCase{
		{"china mobile 138", "13812345678", ""},
		{"china unicom 130", "13012344321", ""},
		{"segment 177", "17743211234", ""},
		{"segment 199", "19912345678", ""},
		{"segment 145", "14512345678", ""},
		{"empty", "", "mobile.missing"},
		{"plus 86", "+8613812345678", "mobile.country_code"},
		{"86 prefix", "8613812345678", "mobile.country_code"},
		{"plus 86 and a space", "+86 13500000001", "mobile.country_code"},
		{"spaces", "138 1234 5678", "mobile.format"},
		{"hyphens", "138-1234-5678", "mobile.format"},
		{"full-width digits", "１３８12345678", "mobile.full_width"},
		{"landline with area code", "075512345678", "mobile.length"},
		{"10 digits", "1381234567", "mobile.length"},
		{"12 digits", "138123456789", "mobile.length"},
		{"segment 12x", "12812345678", "mobile.component"},
		{"segment 10x", "10012345678", "mobile.component"},
		{"starts with 2", "23812345678", "mobile.component"},
	}, document.ValidateMobile)
}

func TestValidateEmergencyContact(t *testing.T) {
	const own = "13812345678"
	checkCodes(t, []codeCase{
		{"different number", "17743211234", ""},
		{"same as own", own, "emergency_contact.same_as_mobile"},
		{"same as own written with +86", "13812345678", "emergency_contact.same_as_mobile"},
		{"empty", "", "emergency_contact.missing"},
		{"not digits", "1774321123a", "emergency_contact.format"},
		{"short", "1774321", "emergency_contact.length"},
		{"bad segment is a format error", "12812345678", "emergency_contact.format"},
	}, func(s string) error { return document.ValidateEmergencyContact(own, s) })
	assert.Error(t, document.ValidateEmergencyContact("+86 138-1234-5678", own), "the principal's mobile as people write it")
}

func TestValidateEmail(t *testing.T) {
	long := strings.Repeat("a", 64)
	checkCodes(t, []codeCase{
		{"simple", "zhang@example.com", ""},
		{"qq", "12345678@qq.com", ""},
		{"dots and plus", "li.si+beian@mail.example.com.cn", ""},
		{"upper case", "Wang@Example.COM", ""},
		{"hyphen in domain", "a@my-company.cn", ""},
		{"special atext", "a!#$%&'*+-/=?^_`{|}~b@example.com", ""},
		{"64-character local part", long + "@example.com", ""},
		{"empty", "", "email.missing"},
		{"too long", long + "@" + strings.Repeat("b", 63) + "." + strings.Repeat("c", 63) + "." + strings.Repeat("d", 63) + ".com", "email.length"},
		{"65-character local part", long + "a@example.com", "email.length"},
		{"no at", "zhang.example.com", "email.format"},
		{"two ats", "zhang@wang@example.com", "email.format"},
		{"empty local", "@example.com", "email.format"},
		{"leading dot", ".zhang@example.com", "email.format"},
		{"trailing dot", "zhang.@example.com", "email.format"},
		{"double dot", "zh..ang@example.com", "email.format"},
		{"space", "zhang san@example.com", "email.format"},
		{"quoted", "\"zhang\"@example.com", "email.format"},
		{"chinese local part", "张三@example.com", "email.format"},
		{"no domain", "zhang@", "email.component"},
		{"single label", "zhang@localhost", "email.component"},
		{"ip literal", "zhang@[127.0.0.1]", "email.component"},
		{"numeric tld", "zhang@127.0.0.1", "email.component"},
		{"leading hyphen label", "zhang@-example.com", "email.component"},
		{"trailing hyphen label", "zhang@example-.com", "email.component"},
		{"empty label", "zhang@example..com", "email.component"},
		{"trailing dot domain", "zhang@example.com.", "email.component"},
		{"one-letter tld", "zhang@example.c", "email.component"},
		{"underscore in domain", "zhang@ex_ample.com", "email.component"},
		{"chinese domain", "zhang@例子.中国", "email.component"},
		{"long label", "zhang@" + strings.Repeat("a", 64) + ".com", "email.component"},
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
		typed(t, err)
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
		if err != nil {
			typed(t, err)
			noEcho(t, err, s)
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
	// emergency_contact.same_as_mobile
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
			zh, _, _ := document.Message(de.Code())
			fmt.Println(de.Code(), zh)
			continue
		}
		fmt.Println(err)
	}
	// Output:
	// <nil>
	// mobile.country_code 手机号码请填写11位手机号码，不要加+86
	// mobile.length 手机号码位数错误
	// mobile.component 手机号码不是中国大陆手机号段（13x至19x）
}

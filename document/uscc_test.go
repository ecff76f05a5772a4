package document_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

// Codes published by the organisations themselves (licence pages, invoices,
// annual reports).
var publishedUSCCs = []struct{ name, code string }{
	{"Tencent computer systems, enterprise", "91440300708461136T"},
	{"Tencent technology, X in org code", "9144030071526726XG"},
	{"Huawei technologies", "914403001922038216"},
	{"Alibaba China", "91330100799655058B"},
	{"Xiaomi communications", "91110108558521630L"},
	{"Baidu netcom", "91110000802100433B"},
	{"ByteDance technology, check 0", "911101085923662400"},
	{"Zhejiang University, public institution", "12100000470095016Q"},
	{"Fudan University, national region", "12100000425006117P"},
	{"Shanghai University of Engineering Science", "12310000425022547M"},
	{"Shanghai social organisation", "51310110501144395U"},
	{"national foundation", "53100000500019795A"},
}

func TestParseUSCCPublished(t *testing.T) {
	for _, tc := range publishedUSCCs {
		t.Run(tc.name, func(t *testing.T) {
			u, err := document.ParseUSCC(tc.code)
			if err != nil {
				t.Fatalf("ParseUSCC(%s): %v", tc.code, err)
			}
			if u.String() != tc.code {
				t.Errorf("String() = %q", u.String())
			}
			if document.ValidateUSCC(tc.code) != nil {
				t.Error("ValidateUSCC disagrees with ParseUSCC")
			}
			if err := document.ValidateOrgCode(u.OrgCode()); err != nil {
				t.Errorf("embedded org code: %v", err)
			}
		})
	}
}

func TestUSCCParts(t *testing.T) {
	tests := []struct {
		name, code, region, org, authority, category string
		province                                     string
	}{
		{"enterprise", "91440300708461136T", "440300", "708461136", "工商", "企业", "广东省"},
		{"public institution", "12310000425022547M", "310000", "425022547", "机构编制", "事业单位", "上海市"},
		{"national body", "12100000470095016Q", "100000", "470095016", "机构编制", "事业单位", ""},
		{"foundation", "53100000500019795A", "100000", "500019795", "民政", "基金会", ""},
		{"social organisation", "51310110501144395U", "310110", "501144395", "民政", "社会团体", "上海市"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := document.MustParseUSCC(tc.code)
			if u.Region() != tc.region || u.OrgCode() != tc.org || u.AuthorityName() != tc.authority || u.CategoryName() != tc.category {
				t.Errorf("got region %s org %s authority %s category %s", u.Region(), u.OrgCode(), u.AuthorityName(), u.CategoryName())
			}
			if u.RegistrationAuthority() != tc.code[0] || u.Category() != tc.code[1] {
				t.Errorf("codes %c %c", u.RegistrationAuthority(), u.Category())
			}
			p, ok := u.Province()
			if p.Name != tc.province || ok != (tc.province != "") {
				t.Errorf("Province() = %q, %v", p.Name, ok)
			}
			if strings.Contains(u.Masked(), tc.code[3:16]) {
				t.Errorf("Masked() = %q shows the middle", u.Masked())
			}
		})
	}
}

func TestUSCCZero(t *testing.T) {
	var u document.USCC
	if !u.IsZero() || u.String() != "" || u.Region() != "" || u.OrgCode() != "" || u.AuthorityName() != "" ||
		u.CategoryName() != "" || u.RegistrationAuthority() != 0 || u.Category() != 0 {
		t.Error("zero USCC is not empty")
	}
	if _, ok := u.Province(); ok {
		t.Error("zero USCC has a province")
	}
	b, err := u.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
}

func TestUSCCText(t *testing.T) {
	u := document.MustParseUSCC("91440300708461136T")
	b, _ := u.MarshalText()
	var v document.USCC
	if err := v.UnmarshalText(b); err != nil || v != u {
		t.Fatalf("round trip: %v, %v", v, err)
	}
	if err := v.UnmarshalText([]byte("91440300708461136A")); err == nil || v != u {
		t.Errorf("bad code: err %v, value changed to %v", err, v)
	}
	if err := v.UnmarshalText(nil); err != nil || !v.IsZero() {
		t.Errorf("empty: %v, %v", v, err)
	}
}

func TestParseUSCCErrors(t *testing.T) {
	tests := []struct {
		name, code string
		kind       document.Kind
		sentinel   error
	}{
		{"empty", "", document.KindMissing, document.ErrMissing},
		{"too short", "9144030070846113", document.KindLength, document.ErrLength},
		{"too long", "91440300708461136TT", document.KindLength, document.ErrLength},
		{"spaces", "91440300 708461136T", document.KindLength, document.ErrLength},
		{"lower case", "91440300708461136t", document.KindFormat, document.ErrFormat},
		{"letter I", "9144030070846113IT", document.KindFormat, document.ErrFormat},
		{"letter O", "914403007O8461136T", document.KindFormat, document.ErrFormat},
		{"letter Z", "Z1440300708461136T", document.KindFormat, document.ErrFormat},
		{"letter S", "91440300708461136S", document.KindFormat, document.ErrFormat},
		{"letter V", "91440300708461136V", document.KindFormat, document.ErrFormat},
		{"punctuation", "91440300-08461136T", document.KindFormat, document.ErrFormat},
		{"full-width digits, 18 characters", "９１440300708461136T", document.KindFormat, document.ErrFormat},
		{"full-width digits, 19 characters", "９１440300708461136TT", document.KindLength, document.ErrLength},
		{"unknown authority B", "B1440300708461136T", document.KindComponent, document.ErrComponent},
		{"unknown authority 0", "01440300708461136T", document.KindComponent, document.ErrComponent},
		{"market regulation category 9", "99440300708461136T", document.KindComponent, document.ErrComponent},
		{"civil affairs category 4", "54440300708461136T", document.KindComponent, document.ErrComponent},
		{"other authority category 2", "Y2440300708461136T", document.KindComponent, document.ErrComponent},
		{"region with letter", "9144A300708461136T", document.KindComponent, document.ErrComponent},
		{"region unknown province", "91990300708461136T", document.KindComponent, document.ErrComponent},
		{"region province 00", "91000000708461136T", document.KindComponent, document.ErrComponent},
		{"org code check", "91440300708461137T", document.KindChecksum, document.ErrChecksum},
		{"final check", "91440300708461136U", document.KindChecksum, document.ErrChecksum},
		{"transposed digits", "91440300078461136T", document.KindChecksum, document.ErrChecksum},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := document.ValidateUSCC(tc.code)
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("ValidateUSCC(%q) = %v, want *Error", tc.code, err)
			}
			if de.Subject != "uscc" || de.Kind != tc.kind || !errors.Is(err, tc.sentinel) {
				t.Errorf("got %s (%v), want kind %s", de.Code(), err, tc.kind)
			}
			if len(tc.code) > 10 && strings.Contains(err.Error(), tc.code) {
				t.Errorf("error %q shows the full code", err)
			}
		})
	}
}

func TestValidateOrgCode(t *testing.T) {
	tests := []struct {
		name, code string
		kind       document.Kind
	}{
		{"valid", "708461136", document.KindUnknown},
		{"valid with hyphen", "70846113-6", document.KindUnknown},
		{"check X", "71526726X", document.KindUnknown},
		{"check 0 from 11", "592366240", document.KindUnknown},
		{"letters in body", "MA5D8W1K9", document.KindUnknown},
		{"empty", "", document.KindMissing},
		{"short", "70846113", document.KindLength},
		{"full-width digit, 9 characters", "７08461136", document.KindFormat},
		{"hyphen elsewhere", "7084611-36", document.KindLength},
		{"lower case", "ma5d8w1k0", document.KindFormat},
		{"check letter", "70846113A", document.KindFormat},
		{"wrong check", "708461137", document.KindChecksum},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := document.ValidateOrgCode(tc.code)
			if tc.kind == document.KindUnknown {
				if err != nil {
					t.Fatalf("ValidateOrgCode(%q) = %v", tc.code, err)
				}
				return
			}
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "org_code" || de.Kind != tc.kind {
				t.Errorf("ValidateOrgCode(%q) = %v, want kind %s", tc.code, err, tc.kind)
			}
		})
	}
}

// Every single-character change of a valid code, to any character of the
// code alphabet or any other printable ASCII character, is rejected.
func TestUSCCSingleCharacterChanges(t *testing.T) {
	for _, tc := range publishedUSCCs {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte(tc.code)
			for i := range b {
				orig := b[i]
				for c := byte(0x20); c < 0x7f; c++ {
					if c == orig {
						continue
					}
					b[i] = c
					if err := document.ValidateUSCC(string(b)); err == nil {
						t.Errorf("accepted %s (position %d changed to %q)", b, i+1, c)
					}
				}
				b[i] = orig
			}
		})
	}
}

func FuzzParseUSCC(f *testing.F) {
	for _, tc := range publishedUSCCs {
		f.Add(tc.code)
	}
	f.Add("")
	f.Add("91440300708461136t")
	f.Fuzz(func(t *testing.T, s string) {
		u, err := document.ParseUSCC(s)
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) || de.Kind == document.KindUnknown {
				t.Fatalf("error %v is not a typed *Error", err)
			}
			noEcho(t, err, s)
			if !u.IsZero() {
				t.Fatal("non-zero USCC with an error")
			}
			return
		}
		if u.String() != s {
			t.Fatalf("String() = %q, input %q", u.String(), s)
		}
		v, err := document.ParseUSCC(u.String())
		if err != nil || v != u {
			t.Fatalf("round trip: %v, %v", v, err)
		}
	})
}

func FuzzValidateOrgCode(f *testing.F) {
	for _, c := range []string{"708461136", "70846113-6", "71526726X", "MA5D8W1K9", "", "7084611-36", "７08461136"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := document.ValidateOrgCode(s)
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) || de.Subject != "org_code" || de.Kind == document.KindUnknown {
				t.Fatalf("error %v is not a typed *Error", err)
			}
			return
		}
		// An accepted code is valid in the other form too.
		other := s[:8] + "-" + s[8:]
		if len(s) == 10 {
			other = s[:8] + s[9:]
		}
		if err := document.ValidateOrgCode(other); err != nil {
			t.Fatalf("%q accepted but %q refused: %v", s, other, err)
		}
	})
}

var sinkErr error

func BenchmarkValidateUSCC(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkErr = document.ValidateUSCC("91440300708461136T")
	}
}

func BenchmarkParseUSCC(b *testing.B) {
	b.ReportAllocs()
	var u document.USCC
	for i := 0; i < b.N; i++ {
		u, sinkErr = document.ParseUSCC("12310000425022547M")
	}
	_ = u
}

func ExampleParseUSCC() {
	u, err := document.ParseUSCC("91440300708461136T")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.AuthorityName(), u.CategoryName(), u.Region(), u.OrgCode())
	// Output: 工商 企业 440300 708461136
}

func ExampleValidateUSCC() {
	err := document.ValidateUSCC("91440300708461136A")
	var de *document.Error
	if errors.As(err, &de) {
		fmt.Println(de.Code(), errors.Is(err, document.ErrChecksum))
		fmt.Println(err)
	}
	// Output:
	// uscc.checksum true
	// document: uscc "914*************6A": check character does not match
}

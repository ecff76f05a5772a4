package document_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
			require.NoError(t, err)
			assert.Equal(t, tc.code, u.String())
			assert.False(t, u.IsZero())
			assert.NoError(t, document.ValidateOrgCode(tc.code[8:17]), "embedded organisation code")
		})
	}
}

func TestUSCCZeroAndText(t *testing.T) {
	var zero document.USCC
	assert.True(t, zero.IsZero())
	assert.Empty(t, zero.String())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)

	u := mustUSCC(t, "91440300708461136T")
	b, err = u.MarshalText()
	require.NoError(t, err)
	var v document.USCC
	require.NoError(t, v.UnmarshalText(b))
	assert.Equal(t, u, v)
	assert.Error(t, v.UnmarshalText([]byte("91440300708461136A")))
	assert.Equal(t, u, v, "a refused code leaves the value")
	require.NoError(t, v.UnmarshalText(nil))
	assert.True(t, v.IsZero())
}

func TestParseUSCCErrors(t *testing.T) {
	tests := []struct {
		name, code, want string
		sentinel         error
	}{
		{"empty", "", "uscc.missing", document.ErrMissing},
		{"too short", "9144030070846113", "uscc.length", document.ErrLength},
		{"too long", "91440300708461136TT", "uscc.length", document.ErrLength},
		{"spaces", "91440300 708461136T", "uscc.length", document.ErrLength},
		{"lower case", "91440300708461136t", "uscc.lower_case", document.ErrFormat},
		{"letter I", "9144030070846113IT", "uscc.format", document.ErrFormat},
		{"letter O", "914403007O8461136T", "uscc.format", document.ErrFormat},
		{"letter Z", "Z1440300708461136T", "uscc.format", document.ErrFormat},
		{"letter S", "91440300708461136S", "uscc.format", document.ErrFormat},
		{"letter V", "91440300708461136V", "uscc.format", document.ErrFormat},
		{"punctuation", "91440300-08461136T", "uscc.format", document.ErrFormat},
		{"full-width digits, 18 characters", "９１440300708461136T", "uscc.full_width", document.ErrFormat},
		{"full-width digits, 19 characters", "９１440300708461136TT", "uscc.full_width", document.ErrFormat},
		{"unknown authority B", "B1440300708461136T", "uscc.component", document.ErrComponent},
		{"unknown authority 0", "01440300708461136T", "uscc.component", document.ErrComponent},
		{"market regulation category 9", "99440300708461136T", "uscc.component", document.ErrComponent},
		{"civil affairs category 4", "54440300708461136T", "uscc.component", document.ErrComponent},
		{"other authority category 2", "Y2440300708461136T", "uscc.component", document.ErrComponent},
		{"region with letter", "9144A300708461136T", "uscc.component", document.ErrComponent},
		{"region unknown province", "91990300708461136T", "uscc.component", document.ErrComponent},
		{"region province 00", "91000000708461136T", "uscc.component", document.ErrComponent},
		{"org code check", "91440300708461137T", "uscc.checksum", document.ErrChecksum},
		{"final check", "91440300708461136U", "uscc.checksum", document.ErrChecksum},
		{"transposed digits", "91440300078461136T", "uscc.checksum", document.ErrChecksum},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := document.ParseUSCC(tc.code)
			assertCode(t, err, tc.want, tc.sentinel, tc.code)
			assert.True(t, u.IsZero())
		})
	}
}

func TestValidateOrgCode(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"valid", "708461136", ""},
		{"valid with hyphen", "70846113-6", ""},
		{"check X", "71526726X", ""},
		{"check 0 from 11", "592366240", ""},
		{"letters in body", "MA5D8W1K9", ""},
		{"empty", "", "org_code.missing"},
		{"short", "70846113", "org_code.length"},
		{"full-width digit, 9 characters", "７08461136", "org_code.full_width"},
		{"hyphen elsewhere", "7084611-36", "org_code.length"},
		{"lower case", "ma5d8w1k0", "org_code.format"},
		{"check letter", "70846113A", "org_code.format"},
		{"wrong check", "708461137", "org_code.checksum"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := document.ValidateOrgCode(tc.code)
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			var de *document.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tc.want, de.Code())
		})
	}
}

// Every single-character change of a valid code, to any character of the
// code alphabet or any other printable ASCII character, is refused.
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
					_, err := document.ParseUSCC(string(b))
					assert.Error(t, err, "accepted %s (position %d changed to %q)", b, i+1, c)
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
			typed(t, err)
			noEcho(t, err, s)
			require.True(t, u.IsZero())
			return
		}
		require.Equal(t, s, u.String())
		v, err := document.ParseUSCC(u.String())
		require.NoError(t, err)
		require.Equal(t, u, v)
	})
}

func FuzzValidateOrgCode(f *testing.F) {
	for _, c := range []string{"708461136", "70846113-6", "71526726X", "MA5D8W1K9", "", "7084611-36", "７08461136"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := document.ValidateOrgCode(s)
		if err != nil {
			typed(t, err)
			return
		}
		// An accepted code is valid in the other form too.
		other := s[:8] + "-" + s[8:]
		if len(s) == 10 {
			other = s[:8] + s[9:]
		}
		require.NoError(t, document.ValidateOrgCode(other), "%q accepted but %q refused", s, other)
	})
}

var sinkErr error

func BenchmarkParseUSCC(b *testing.B) {
	b.ReportAllocs()
	var u document.USCC
	for i := 0; i < b.N; i++ {
		u, sinkErr = document.ParseUSCC("12310000425022547M")
	}
	_ = u
}

func ExampleParseUSCC() {
	_, err := document.ParseUSCC("91440300708461136A")
	var de *document.Error
	if errors.As(err, &de) {
		fmt.Println(de.Code(), errors.Is(err, document.ErrChecksum))
		fmt.Println(err)
	}
	// Output:
	// uscc.checksum true
	// document: uscc "914*************6A": check character does not match
}

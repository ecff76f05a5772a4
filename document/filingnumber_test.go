package document_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

func TestParseFilingNumber(t *testing.T) {
	tests := []struct {
		name, in  string
		kind      document.FilingKind
		province  string
		canonical bool
	}{
		{"subject 8 digits", "京ICP备16020626号", document.FilingKindSubject, "北京市", true},
		{"subject 10 digits", "苏ICP备2026036865号", document.FilingKindSubject, "江苏省", true},
		{"website", "京ICP备16020626号-8", document.FilingKindWebsite, "北京市", true},
		{"app", "陕ICP备2024026116号-1A", document.FilingKindApp, "陕西省", true},
		{"mini program", "粤ICP备2023123456号-1X", document.FilingKindMiniProgram, "广东省", true},
		{"quick app", "沪ICP备2023123456号-12K", document.FilingKindQuickApp, "上海市", true},
		{"licence subject", "粤B2-20090059", document.FilingKindSubject, "广东省", true},
		{"licence mini program", "粤B2-20090059-1626X", document.FilingKindMiniProgram, "广东省", true},
		{"licence B1", "京B1-20181234-3", document.FilingKindWebsite, "北京市", true},
		{"sichuan canonical", "蜀ICP备19026949号-1", document.FilingKindWebsite, "四川省", true},
		{"guizhou canonical", "黔ICP备17003900号-1", document.FilingKindWebsite, "贵州省", true},
		{"yunnan canonical", "滇ICP备12006807号-1", document.FilingKindWebsite, "云南省", true},
		{"gansu canonical", "陇ICP备2023000001号-2X", document.FilingKindMiniProgram, "甘肃省", true},
		{"gansu alternative", "甘ICP备16003251号-1", document.FilingKindWebsite, "甘肃省", false},
		{"sichuan alternative", "川ICP备2023123456号-1X", document.FilingKindMiniProgram, "四川省", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := document.ParseFilingNumber(tc.in)
			require.NoError(t, err)
			p, ok := f.Province()
			assert.True(t, ok)
			assert.Equal(t, tc.province, p.Name)
			assert.Equal(t, tc.kind, f.Kind())
			assert.Equal(t, tc.canonical, f.Canonical())
			assert.Equal(t, tc.in, f.String())
			b, err := f.MarshalText()
			require.NoError(t, err)
			var g document.FilingNumber
			require.NoError(t, g.UnmarshalText(b))
			assert.Equal(t, f, g)
		})
	}
}

func TestParseFilingNumberErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     document.Kind
	}{
		{"personal data, full-width digits", "粤ICP备１３５０００００００１号", document.KindFormat},
		{"personal data with separators", "粤ICP备135/0000.(0001)号", document.KindFormat},
		{"empty", "", document.KindMissing},
		{"no abbreviation", "ICP备2023123456号", document.KindFormat},
		{"hong kong", "港ICP备2023123456号", document.KindComponent},
		{"unknown han", "中ICP备2023123456号", document.KindComponent},
		{"ICP证", "京ICP证000001号", document.KindFormat},
		{"lower case icp", "粤icp备2023123456号", document.KindFormat},
		{"space", "粤ICP备 2023123456号", document.KindFormat},
		{"no 号", "粤ICP备2023123456-1X", document.KindFormat},
		{"no digits", "粤ICP备号", document.KindFormat},
		{"9 digits", "粤ICP备202312345号", document.KindLength},
		{"7 digits", "粤ICP备2023123号", document.KindLength},
		{"11 digits", "粤ICP备20231234567号", document.KindLength},
		{"licence 7 digits", "粤B2-2009005", document.KindLength},
		{"licence no digits", "粤B2-X", document.KindFormat},
		{"licence class A", "粤A2-20090059", document.KindFormat},
		{"full-width hyphen", "粤ICP备2023123456号－1X", document.KindFormat},
		{"trailing space", "粤ICP备2023123456号-1X ", document.KindFormat},
		{"dash no index", "粤ICP备2023123456号-", document.KindFormat},
		{"dash letter", "粤ICP备2023123456号-X", document.KindFormat},
		{"leading zero", "粤ICP备2023123456号-01X", document.KindFormat},
		{"zero index", "粤ICP备2023123456号-0", document.KindFormat},
		{"huge index", "粤ICP备2023123456号-1234567X", document.KindLength},
		{"lower-case x", "粤ICP备2023123456号-1x", document.KindFormat},
		{"unknown suffix", "粤ICP备2023123456号-1B", document.KindFormat},
		{"two suffixes", "粤ICP备2023123456号-1XA", document.KindFormat},
		{"text after", "粤ICP备2023123456号X", document.KindFormat},
		{"invalid utf-8", "\xff", document.KindFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := document.ParseFilingNumber(tc.in)
			assertCode(t, err, "filing_number."+tc.kind.String(), sentinelOf(tc.kind), tc.in)
			assert.True(t, f.IsZero())
		})
	}
}

func TestFilingNumberZero(t *testing.T) {
	var f document.FilingNumber
	assert.True(t, f.IsZero())
	assert.Empty(t, f.String())
	assert.Equal(t, document.FilingKindUnknown, f.Kind())
	assert.False(t, f.Canonical())
	_, ok := f.Province()
	assert.False(t, ok)
	require.NoError(t, f.UnmarshalText(nil))
	assert.True(t, f.IsZero())
	g := mustFilingNumber(t, "粤B2-20090059-1626X")
	assert.Error(t, g.UnmarshalText([]byte("bad")))
	assert.Equal(t, "粤B2-20090059-1626X", g.String())
}

func TestFilingKindText(t *testing.T) {
	for k := document.FilingKindUnknown; k <= document.FilingKindQuickApp; k++ {
		t.Run(k.String(), func(t *testing.T) {
			b, err := k.MarshalText()
			require.NoError(t, err)
			var got document.FilingKind
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, k, got)
		})
	}
	k := document.FilingKindApp
	assert.Error(t, k.UnmarshalText([]byte("miniprogram")))
	assert.Equal(t, document.FilingKindApp, k)
	_, err := document.FilingKind(42).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "filing_kind(42)", document.FilingKind(42).String())
}

func FuzzParseFilingNumber(f *testing.F) {
	f.Add("粤ICP备2023123456号-1X")
	f.Add("粤B2-20090059-1626X")
	f.Add("京ICP备16020626号")
	f.Add("川ICP备2023123456号-1A")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := document.ParseFilingNumber(s)
		if err != nil {
			typed(t, err)
			noEcho(t, err, s)
			return
		}
		require.Equal(t, s, n.String())
		m, err := document.ParseFilingNumber(n.String())
		require.NoError(t, err)
		require.Equal(t, n, m)
	})
}

var sinkFiling document.FilingNumber

func BenchmarkParseFilingNumber(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkFiling, sinkErr = document.ParseFilingNumber("粤ICP备2023123456号-1X")
	}
}

func ExampleParseFilingNumber() {
	for _, s := range []string{"粤B2-20090059-1626X", "川ICP备2023123456号-1A"} {
		f, err := document.ParseFilingNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		p, _ := f.Province()
		fmt.Println(p.Short, f.Kind(), f.Canonical())
	}
	// Output:
	// 广东 mini_program true
	// 四川 app false
}

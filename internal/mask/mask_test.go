package mask

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// personal is every kind of personal data in the notations people type,
// with the run of characters that must never appear in masked output.
var personal = []struct {
	name, in, secret string
}{
	{"mobile", "13812345678", "12345"},
	{"mobile +86", "+86 13812345678", "12345"},
	{"mobile 86 no plus", "8613812345678", "12345"},
	{"mobile spaced", "138 1234 5678", "1234 5"},
	{"mobile hyphens", "138-1234-5678", "1234-5"},
	{"mobile dots", "138.1234.5678", "1234.5"},
	{"mobile slashes", "138/1234/5678", "1234/5"},
	{"mobile brackets", "(+86)138-1234-5678", "1234-5"},
	{"mobile full-width", "１３８１２３４５６７８", "１２３４５"},
	{"mobile full-width separators", "１３８－１２３４－５６７８", "１２３４"},
	{"mobile ideographic space", "138\u30001234\u30005678", "1234"},
	{"landline", "010-62345678", "234567"},
	{"resident ID", "11010519491231002X", "0519491231"},
	{"resident ID lower x", "11010519491231002x", "0519491231"},
	{"resident ID spaced", "110105 19491231 002X", "19491231"},
	{"resident ID full-width", "１１０１０５１９４９１２３１００２Ｘ", "１９４９１２３１"},
	{"email", "zhangsan@example.com", "hangsan"},
	{"email full-width at", "zhangsan＠example.com", "hangsan"},
	{"email chinese local part", "张三丰@example.com", "三丰"},
	{"email phone local part", "13812345678@qq.com", "3812345678"},
}

func TestTextHidesPersonalData(t *testing.T) {
	for _, tc := range personal {
		for _, wrap := range []string{"%s", "联系人电话%s，请核实", "phone: %s.", "(%s)"} {
			in := strings.Replace(wrap, "%s", tc.in, 1)
			got := Text(in)
			assert.NotContains(t, got, tc.secret, "%s: Text(%q) = %q", tc.name, in, got)
			assert.NotContains(t, Echo(in), tc.secret, "%s: Echo(%q)", tc.name, in)
		}
	}
}

func TestTextKeepsOrdinaryText(t *testing.T) {
	for _, s := range []string{
		"",
		"证件住所与营业执照不一致",
		"wrong code 5 of 5",
		"2026-09-28",
		"expired on 2026/09/28 at 10:00",
		"2026-09-28T10:00:00+08:00",
		"粤ICP备20231号",
		"room 1201",
	} {
		assert.Equal(t, s, Text(s))
	}
}

func TestTextShape(t *testing.T) {
	assert.Equal(t, "138******78", Text("13812345678"))
	assert.Equal(t, "138-****-**78", Text("138-1234-5678"))
	assert.Equal(t, "110*************2X", Text("11010519491231002X"))
	assert.Equal(t, "z*******@example.com", Text("zhangsan@example.com"))
	assert.Equal(t, "tel 861********78 now", Text("tel 8613812345678 now"))
}

func TestEcho(t *testing.T) {
	assert.Equal(t, "abc", Echo("abc"))
	// A name or an address typed into the wrong field: each run of
	// Chinese characters keeps its first.
	assert.Equal(t, "张**", Echo("张三丰"))
	assert.Equal(t, "next tuesday", Echo("next tuesday"))
	assert.Equal(t, "广*****1号", Echo("广东省深圳市1号"))
	// Only the head of a long input is read, and the cut is marked.
	huge := strings.Repeat("a", 1<<20)
	assert.Equal(t, strings.Repeat("a", EchoRunes)+"…", Echo(huge))
	assert.Equal(t, strings.Repeat("a", 4*EchoRunes-1)[:EchoRunes]+"…", Echo(strings.Repeat("a", 4*EchoRunes-1)+"13812345678"))
	long := strings.Repeat("长", 40)
	got := Echo(long)
	assert.Equal(t, EchoRunes+1, utf8.RuneCountInString(got))
	assert.True(t, strings.HasSuffix(got, "…"))
	// Masking happens before the cut: the visible head of a number that
	// straddles the cut is still masked.
	assert.NotContains(t, Echo(strings.Repeat("x", 28)+"13812345678"), "1381")
}

func TestID(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"one rune", "a", "*"},
		{"two runes", "ab", "**"},
		{"three runes", "abc", "a*c"},
		{"eight runes", "E1234567", "E******7"},
		{"mobile", "13812345678", "138******78"},
		{"resident ID", "11010519491231002X", "110*************2X"},
		{"chinese", "粤ICP备2023123456号", "粤IC***********6号"},
		{"email", "zhang@example.com", "z***@example.com"},
		{"email with chinese local part", "张三@example.com", "张***@example.com"},
		{"invalid utf-8 email", "\xffab@example.com", "\xff***@example.com"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ID(tc.in))
		})
	}
}

func TestName(t *testing.T) {
	assert.Equal(t, "", Name(""))
	assert.Equal(t, "张**", Name("张三"))
	assert.Equal(t, "欧**", Name("欧阳娜娜"))
	assert.Equal(t, "J**", Name("John Smith"))
	assert.Equal(t, "**", Name("\xff"))
}

func TestAddress(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"广东省深圳市南山区科技南路1号", "广东省深圳市***"},
		{"北京市海淀区中关村大街27号", "北京市***"},
		{"新疆维吾尔自治区乌鲁木齐市天山区1号", "新疆维吾尔自治区乌鲁木齐市***"},
		{"内蒙古自治区锡林郭勒盟锡林浩特市", "内蒙古自治区锡林郭勒盟***"},
		{"西藏自治区阿里地区噶尔县", "西藏自治区阿里地区***"},
		{"延边朝鲜族自治州延吉市", "延边朝鲜族自治州***"},
		{"浙江省", "浙江省"},
		{"高碑店路181号1栋12345室", "高碑***"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Address(tc.in), tc.in)
	}
	require.NotContains(t, Address("广东省深圳市13812345678号"), "12345")
}

func FuzzText(f *testing.F) {
	for _, tc := range personal {
		f.Add(tc.in)
	}
	f.Add("2026-09-28")
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		if utf8.ValidString(s) {
			require.Equal(t, utf8.RuneCountInString(s), utf8.RuneCountInString(got), "Text(%q) = %q changes the length", s, got)
		}
		// No run of seven ASCII digits survives outside a date.
		run := 0
		for _, r := range got {
			if r >= '0' && r <= '9' {
				run++
				require.Less(t, run, 7+3, "Text(%q) = %q", s, got)
			} else {
				run = 0
			}
		}
		e := Echo(s)
		require.LessOrEqual(t, utf8.RuneCountInString(e), EchoRunes+1)
		_ = Name(s)
		_ = Address(s)
		_ = ID(s)
	})
}

var sink string

// BenchmarkText measures masking a remark with a phone number in it; the
// cost is linear in the text's length.
func BenchmarkText(b *testing.B) {
	for _, n := range []int{1, 16, 256} {
		s := strings.Repeat("应急联系人为其配偶，电话13812345678。", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sink = Text(s)
			}
		})
	}
}

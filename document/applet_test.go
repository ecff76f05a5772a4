package document_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/document"
)

// testCatalog mimics query_icp_service_content_types: 500 生活服务 with
// children 1 and 2 (WeChat's examples), 600 with child 3.
var testCatalog = document.NewServiceCatalog([]document.ServiceType{
	{Type: 500, ParentType: 0, Name: "生活服务"},
	{Type: 1, ParentType: 500, Name: "生活缴费", Remark: "水费、电费、燃气费、话费"},
	{Type: 2, ParentType: 500, Name: "招聘"},
	{Type: 600, ParentType: 0, Name: "工具"},
	{Type: 3, ParentType: 600, Name: "计算器"},
	{Type: 4, ParentType: 600, Name: "天气"},
	{Type: 5, ParentType: 600, Name: "翻译"},
	{Type: 6, ParentType: 600, Name: "日历"},
	{Type: 7, ParentType: 999, Name: "孤儿"},
})

const fTypes = "icp_applets.base_info.service_content_types"

func TestServiceCatalog(t *testing.T) {
	tests := []struct {
		name  string
		typ   int
		label string
		ok    bool
	}{
		{"second level with parent", 1, "生活服务-生活缴费", true},
		{"first level", 500, "生活服务", true},
		{"parent missing from catalogue", 7, "孤儿", true},
		{"not in catalogue", 42, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := testCatalog.Label(tc.typ); got != tc.label {
				t.Errorf("Label(%d) = %q, want %q", tc.typ, got, tc.label)
			}
			if _, ok := testCatalog.Lookup(tc.typ); ok != tc.ok {
				t.Errorf("Lookup(%d) ok = %v", tc.typ, ok)
			}
		})
	}
	if n := testCatalog.Len(); n != 9 {
		t.Errorf("Len = %d", n)
	}
	var zero document.ServiceCatalog
	if zero.Len() != 0 || zero.Label(1) != "" {
		t.Error("zero catalogue not empty")
	}
}

func TestNewServiceCatalogLastWins(t *testing.T) {
	c := document.NewServiceCatalog([]document.ServiceType{{Type: 1, Name: "a"}, {Type: 1, ParentType: 5, Name: "b"}})
	if it, _ := c.Lookup(1); it.Name != "b" {
		t.Errorf("got %+v", it)
	}
}

func TestCheckServiceTypes(t *testing.T) {
	tests := []struct {
		name    string
		types   []int
		catalog document.ServiceCatalog
		want    []string
	}{
		{"one", []int{1}, testCatalog, nil},
		{"five, the maximum", []int{1, 2, 3, 4, 5}, testCatalog, nil},
		{"none", nil, testCatalog, []string{fTypes + " applet.service_types.count"}},
		{"six", []int{1, 2, 3, 4, 5, 6}, testCatalog, []string{fTypes + " applet.service_types.count"}},
		{"first level (community request [3, 500])", []int{3, 500}, testCatalog, []string{fTypes + "[1] applet.service_types.first_level"}},
		{"duplicate", []int{1, 2, 1}, testCatalog, []string{fTypes + "[2] applet.service_types.duplicate"}},
		{"unknown", []int{1, 42}, testCatalog, []string{fTypes + "[1] applet.service_types.unknown"}},
		{"zero catalogue checks count and duplicates only", []int{500, 500}, document.ServiceCatalog{}, []string{fTypes + "[1] applet.service_types.duplicate"}},
		{"zero and negative types are unknown even without a catalogue", []int{0, -3, 7}, document.ServiceCatalog{}, []string{
			fTypes + "[0] applet.service_types.unknown",
			fTypes + "[1] applet.service_types.unknown",
		}},
		{"all at once", []int{500, 42, 500, 1, 2, 3}, testCatalog, []string{
			fTypes + " applet.service_types.count",
			fTypes + "[0] applet.service_types.first_level",
			fTypes + "[1] applet.service_types.unknown",
			fTypes + "[2] applet.service_types.duplicate",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, document.CheckServiceTypes(tc.types, tc.catalog), tc.want)
		})
	}
}

const fNrlx = "icp_applets.base_info.nrlx_details"

func TestCheckPreApprovals(t *testing.T) {
	none := document.PreApproval{Type: 24}
	news := document.PreApproval{Type: 1, Code: "粤-12345号", Media: "media-1"}
	edu := document.PreApproval{Type: 3, Code: "教-1号", Media: "media-2"}
	tests := []struct {
		name  string
		items []document.PreApproval
		none  int
		want  []string
	}{
		{"none of the above alone, default code", []document.PreApproval{none}, 0, nil},
		{"none of the above with caller's code", []document.PreApproval{{Type: 30}}, 30, nil},
		{"two real items", []document.PreApproval{news, edu}, 0, nil},
		{"empty list", nil, 0, []string{fNrlx + " applet.nrlx.missing"}},
		{"duplicate type", []document.PreApproval{news, edu, news}, 0, []string{fNrlx + "[2].type applet.nrlx.duplicate"}},
		{"missing code", []document.PreApproval{{Type: 1, Media: "m"}}, 0, []string{fNrlx + "[0].code applet.nrlx.missing_code"}},
		{"blank code", []document.PreApproval{{Type: 1, Code: "  ", Media: "m"}}, 0, []string{fNrlx + "[0].code applet.nrlx.missing_code"}},
		{"missing media", []document.PreApproval{{Type: 1, Code: "c"}}, 0, []string{fNrlx + "[0].media applet.nrlx.missing_media"}},
		{"missing both", []document.PreApproval{edu, {Type: 5}}, 0, []string{
			fNrlx + "[1].code applet.nrlx.missing_code", fNrlx + "[1].media applet.nrlx.missing_media"}},
		{"none of the above with others", []document.PreApproval{news, none}, 0, []string{fNrlx + "[1].type applet.nrlx.none_not_alone"}},
		{"zero type", []document.PreApproval{{}}, 0, []string{fNrlx + "[0].type applet.nrlx.invalid_type"}},
		{"negative type", []document.PreApproval{{Type: -1}}, 0, []string{fNrlx + "[0].type applet.nrlx.invalid_type"}},
		{"24 is an ordinary type when none is another code", []document.PreApproval{{Type: 24}}, 30, []string{
			fNrlx + "[0].code applet.nrlx.missing_code", fNrlx + "[0].media applet.nrlx.missing_media"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, document.CheckPreApprovals(tc.items, tc.none), tc.want)
		})
	}
}

func TestCheckDescription(t *testing.T) {
	const f = "icp_applets.base_info.comment"
	length := []string{f + " applet.description.length"}
	tests := []struct {
		name    string
		comment string
		want    []string
	}{
		{"20 Chinese characters (60 bytes)", strings.Repeat("查", 20), nil},
		{"200 Chinese characters", strings.Repeat("查", 200), nil},
		{"typical", "本小程序为本公司门店提供在线预约、会员积分查询和到店核销服务，不涉及支付。", nil},
		{"ASCII 20", strings.Repeat("a", 20), nil},
		{"19 characters", strings.Repeat("查", 19), length},
		{"201 characters", strings.Repeat("查", 201), length},
		{"19 characters padded with spaces", "  " + strings.Repeat("查", 19) + "  ", length},
		{"200 characters plus a trailing space", strings.Repeat("查", 200) + " ", length},
		{"empty", "", []string{f + " applet.description.missing"}},
		{"blank", " \n\t　", []string{f + " applet.description.missing"}},
		{"invalid UTF-8 counts per byte", strings.Repeat("\xff", 20), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, document.CheckDescription(tc.comment), tc.want)
		})
	}
}

func FuzzCheckDescription(f *testing.F) {
	f.Add("本小程序为本公司门店提供在线预约服务。")
	f.Add("")
	f.Add(strings.Repeat("查", 200))
	f.Fuzz(func(t *testing.T, s string) {
		ps := document.CheckDescription(s)
		trimmed := strings.TrimSpace(s)
		var want document.Code
		switch {
		case trimmed == "":
			want = "applet.description.missing"
		case utf8.RuneCountInString(trimmed) < 20 || utf8.RuneCountInString(s) > 200:
			want = "applet.description.length"
		}
		if want == "" && ps != nil || want != "" && (len(ps) != 1 || ps[0].Code != want) {
			t.Fatalf("CheckDescription(%q) = %v, want %q", s, ps, want)
		}
	})
}

package document_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/beian-go/beian/document"
)

// problemKeys lists "field code" for each problem, for compact comparison.
func problemKeys(ps document.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Field+" "+string(p.Code))
	}
	return out
}

func checkKeys(t *testing.T, got document.Problems, want []string) {
	t.Helper()
	if g := problemKeys(got); !reflect.DeepEqual(g, want) {
		t.Errorf("problems:\n got  %q\n want %q", g, want)
	}
	for _, p := range got {
		if p.Severity != document.SeverityError || p.Message == "" || p.English == "" {
			t.Errorf("problem %+v: want SeverityError and both messages", p)
		}
	}
}

const (
	fProv = "icp_subject.base_info.province"
	fCity = "icp_subject.base_info.city"
	fDist = "icp_subject.base_info.district"
	fAddr = "icp_subject.base_info.address"
)

func TestCheckRegion(t *testing.T) {
	tests := []struct {
		name string
		r    document.Region
		want []string
	}{
		{"Shenzhen Nanshan", document.Region{Province: "440000", City: "440300", District: "440305"}, nil},
		{"Beijing Chaoyang, municipality city 110100", document.Region{Province: "110000", City: "110100", District: "110105"}, nil},
		{"Chongqing county city 500200", document.Region{Province: "500000", City: "500200", District: "500229"}, nil},
		{"Hainan directly administered county", document.Region{Province: "460000", City: "469000", District: "469001"}, nil},
		{"Dongguan without districts", document.Region{Province: "440000", City: "441900", District: "441900"}, nil},
		{"district equal to ordinary city", document.Region{Province: "440000", City: "440300", District: "440300"},
			[]string{fDist + " region.district_level"}},
		{"all missing", document.Region{},
			[]string{fProv + " region.missing", fCity + " region.missing", fDist + " region.missing"}},
		{"five digits", document.Region{Province: "44000", City: "440300", District: "440305"},
			[]string{fProv + " region.format"}},
		{"letters", document.Region{Province: "440000", City: "44O300", District: "440305"},
			[]string{fCity + " region.format"}},
		{"full-width digits", document.Region{Province: "440000", City: "440300", District: "４40305"},
			[]string{fDist + " region.format"}},
		{"unknown province 99", document.Region{Province: "990000", City: "990100", District: "990101"},
			[]string{fProv + " region.province_unknown"}},
		{"Hong Kong cannot file", document.Region{Province: "810000", City: "810100", District: "810101"},
			[]string{fProv + " region.province_unknown"}},
		{"province not at province level", document.Region{Province: "440300", City: "440300", District: "440305"},
			[]string{fProv + " region.province_level"}},
		{"city at province level", document.Region{Province: "440000", City: "440000", District: "440305"},
			[]string{fCity + " region.city_level"}},
		{"city at district level", document.Region{Province: "440000", City: "440305", District: "440305"},
			[]string{fCity + " region.city_level"}},
		{"city of another province", document.Region{Province: "440000", City: "110100", District: "110105"},
			[]string{fCity + " region.city_mismatch"}},
		{"district at city level", document.Region{Province: "440000", City: "440300", District: "440100"},
			[]string{fDist + " region.district_level"}},
		{"district of another city", document.Region{Province: "440000", City: "440300", District: "440106"},
			[]string{fDist + " region.district_mismatch"}},
		{"everything wrong at once", document.Region{Province: "810000", City: "440000", District: "x"},
			[]string{fDist + " region.format", fProv + " region.province_unknown", fCity + " region.city_level"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, document.CheckRegion(tc.r), tc.want)
		})
	}
}

func TestCheckAddress(t *testing.T) {
	sz := document.Region{Province: "440000", City: "440300", District: "440305", CityName: "深圳市", DistrictName: "南山区"}
	bj := document.Region{Province: "110000", City: "110100", District: "110105", CityName: "市辖区", DistrictName: "朝阳区"}
	gz := document.Region{Province: "440000", City: "440100", District: "440104", CityName: "广州市", DistrictName: "越秀区"}
	nm := document.Region{Province: "150000", City: "150100", District: "150102", CityName: "呼和浩特市", DistrictName: "新城区"}
	repeats := []string{fAddr + " address.repeats_region"}
	tests := []struct {
		name    string
		r       document.Region
		address string
		want    []string
	}{
		{"street only", sz, "科技园科苑路15号1栋101室", nil},
		{"WeChat's example", bj, "高碑店路181号1栋12345室", nil},
		{"street named after district", bj, "朝阳路8号2单元301室", nil},
		{"street named after city", gz, "广州大道中289号", nil},
		{"street named after province", sz, "广东路1号", nil},
		{"empty", sz, "", []string{fAddr + " address.missing"}},
		{"blank", sz, " \t　", []string{fAddr + " address.missing"}},
		{"full province", sz, "广东省深圳市南山区科苑路15号", repeats},
		{"full city", sz, "深圳市南山区科苑路15号", repeats},
		{"full district", sz, "南山区科苑路15号", repeats},
		{"province from code, no names", document.Region{Province: "440000"}, "广东省深圳市科苑路15号", repeats},
		{"leading China", sz, "中国广东省深圳市南山区科苑路15号", repeats},
		{"leading space", sz, "  深圳市南山区科苑路15号", repeats},
		{"short province then city", sz, "广东深圳南山科苑路15号", repeats},
		{"short city then district", sz, "深圳南山区科苑路15号", repeats},
		{"municipality short then district", bj, "北京朝阳区高碑店路181号", repeats},
		{"municipality full", bj, "北京市朝阳区高碑店路181号", repeats},
		{"autonomous region short", nm, "内蒙古呼和浩特市新城区新华大街1号", repeats},
		{"placeholder city name ignored", bj, "市辖区高碑店路181号", nil},
		{"explicit short province name", document.Region{Province: "440000", ProvinceName: "广东"}, "广东省深圳市科苑路15号", repeats},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, document.CheckAddress(tc.r, tc.address), tc.want)
		})
	}
}

func FuzzCheckRegionAndAddress(f *testing.F) {
	f.Add("440000", "440300", "440305", "深圳市", "南山区", "科苑路15号")
	f.Add("110000", "110100", "110105", "市辖区", "朝阳区", "北京朝阳区高碑店路181号")
	f.Add("", "4403", "x", "", "区", "中国")
	f.Fuzz(func(t *testing.T, p, c, d, cn, dn, addr string) {
		r := document.Region{Province: p, City: c, District: d, CityName: cn, DistrictName: dn}
		ps := document.CheckRegion(r)
		if len(ps) > 3 {
			t.Fatalf("%d region problems for three codes", len(ps))
		}
		for _, pr := range ps {
			if _, ok := document.LookupCode(pr.Code); !ok || !strings.HasPrefix(pr.Field, "icp_subject.base_info.") {
				t.Fatalf("bad problem %+v", pr)
			}
		}
		if len(ps) == 0 && (len(p) != 6 || len(c) != 6 || len(d) != 6 || c[:2] != p[:2] || d[:4] != c[:4]) {
			t.Fatalf("accepted %q %q %q", p, c, d)
		}
		as := document.CheckAddress(r, addr)
		if len(as) > 1 || (strings.TrimSpace(addr) == "") != as.Has("address.missing") {
			t.Fatalf("CheckAddress(%q) = %v", addr, as)
		}
	})
}

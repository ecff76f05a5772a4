package document

import "strings"

// Payload paths of the subject's region and address.
const (
	fieldProvince = "icp_subject.base_info.province"
	fieldCity     = "icp_subject.base_info.city"
	fieldDistrict = "icp_subject.base_info.district"
	fieldAddress  = "icp_subject.base_info.address"
)

// Region is the filing subject's province, city and district, as WeChat's
// icp_subject.base_info sends them: six-digit GB/T 2260 codes in strings
// ("440000", "440300", "440305"), from query_icp_district_code. The names
// are optional and come from the same catalogue; they are used only to
// check the address. It is a plain value, safe to copy and to share.
//
// The zero Region has no codes; CheckRegion reports each as missing.
type Region struct {
	Province string // province code, "440000"
	City     string // city code, "440300"
	District string // district code, "440305"

	// Names as in WeChat's district catalogue, e.g. "广东省", "深圳市",
	// "南山区". An empty ProvinceName is taken from ProvinceByCode; empty
	// city or district names are not checked in the address.
	ProvinceName string
	CityName     string
	DistrictName string
}

// citiesWithoutDistricts are prefecture-level cities with no county-level
// division under them in GB/T 2260 (东莞 441900, 中山 442000, 儋州 460400,
// 嘉峪关 620200). For them the district code may equal the city code: how
// WeChat's catalogue codes their districts is UNCONFIRMED, so the check is
// permissive there.
var citiesWithoutDistricts = [...]string{"441900", "442000", "460400", "620200"}

// CheckRegion checks the GB/T 2260 structure of the subject's region codes,
// without a district catalogue (WeChat's is fetched at run time):
//
//   - each code is six ASCII digits (region.missing, region.format);
//   - the province is a mainland province, code ending in 0000
//     (region.province_unknown, region.province_level); Hong Kong, Macao
//     and Taiwan cannot file (wechat-icp.md §2.5);
//   - the city ends in 00 but not 0000 (region.city_level) and starts with
//     the province's two digits (region.city_mismatch); municipalities
//     use city codes such as 110100 or 500200;
//   - the district does not end in 00 (region.district_level) and starts
//     with the city's four digits (region.district_mismatch); for the few
//     cities without districts the district may repeat the city code.
//
// It returns every problem found, with the payload paths
// icp_subject.base_info.province, .city and .district, or nil.
func CheckRegion(r Region) Problems {
	var ps Problems
	p := checkRegionCode(&ps, fieldProvince, r.Province)
	c := checkRegionCode(&ps, fieldCity, r.City)
	d := checkRegionCode(&ps, fieldDistrict, r.District)
	if p {
		if pr, ok := ProvinceByCode(r.Province); !ok || !pr.Mainland {
			ps.AddCode(fieldProvince, "region.province_unknown")
			p = false
		} else if r.Province[2:] != "0000" {
			ps.AddCode(fieldProvince, "region.province_level")
			p = false
		}
	}
	if c {
		if r.City[4:] != "00" || r.City[2:] == "0000" {
			ps.AddCode(fieldCity, "region.city_level")
			c = false
		} else if p && r.City[:2] != r.Province[:2] {
			ps.AddCode(fieldCity, "region.city_mismatch")
		}
	}
	if d {
		switch {
		case r.District == r.City && cityWithoutDistricts(r.City):
			// Permitted: see citiesWithoutDistricts.
		case r.District[4:] == "00":
			ps.AddCode(fieldDistrict, "region.district_level")
		case c && r.District[:4] != r.City[:4]:
			ps.AddCode(fieldDistrict, "region.district_mismatch")
		}
	}
	return ps
}

// checkRegionCode reports a missing or malformed code and says whether the
// code is six digits.
func checkRegionCode(ps *Problems, field, code string) bool {
	if code == "" {
		ps.AddCode(field, "region.missing")
		return false
	}
	if len(code) != 6 {
		ps.AddCode(field, "region.format")
		return false
	}
	for i := 0; i < 6; i++ {
		if code[i] < '0' || code[i] > '9' {
			ps.AddCode(field, "region.format")
			return false
		}
	}
	return true
}

func cityWithoutDistricts(code string) bool {
	for _, c := range citiesWithoutDistricts {
		if c == code {
			return true
		}
	}
	return false
}

// CheckAddress checks the subject's communication address (通讯地址,
// icp_subject.base_info.address) against its region. WeChat wants the
// address without the leading province, city and district: "北京市朝阳区
// 高碑店路181号" is entered as "高碑店路181号" (wechat-icp.md §1.2,
// getOnlineIcpOrder documentation; rejections.md #25).
//
// It reports address.missing for an empty or blank address, and
// address.repeats_region when the address, after any leading "中国",
// starts with
//
//   - the full name of the province, city or district ("广东省", "深圳市",
//     "南山区"), or
//   - a short name ("广东", "深圳", "南山": the full name without its
//     administrative suffix, at least two characters) directly followed
//     by another region name, full or short ("广东深圳市…", "北京朝阳区…").
//
// A short name alone is allowed, because streets are often named after
// their city or district ("广州大道", "朝阳路"). The province names come
// from r.ProvinceName or else from ProvinceByCode; city and district names
// only from r. CheckAddress does not check the region codes themselves
// (see CheckRegion). It returns the problems found, or nil.
func CheckAddress(r Region, address string) Problems {
	a := strings.TrimSpace(address)
	if a == "" {
		return Problems{NewProblem(fieldAddress, "address.missing")}
	}
	a = strings.TrimPrefix(a, "中国")
	var names []regionName
	pname := r.ProvinceName
	if pname == "" {
		if pr, ok := ProvinceByCode(r.Province); ok {
			pname = pr.Name
		}
	}
	for _, n := range [...]string{pname, r.CityName, r.DistrictName} {
		if n = strings.TrimSpace(n); n != "" && !placeholderName(n) {
			names = append(names, regionName{full: n, short: shortRegionName(n)})
		}
	}
	if repeatsRegion(a, names) {
		return Problems{NewProblem(fieldAddress, "address.repeats_region")}
	}
	return nil
}

// regionName is one region's full and short name.
type regionName struct{ full, short string }

// repeatsRegion reports whether a starts with a full region name, or with
// a short one followed by another name.
func repeatsRegion(a string, names []regionName) bool {
	for _, n := range names {
		if strings.HasPrefix(a, n.full) {
			return true
		}
	}
	for _, n := range names {
		if n.short == "" || !strings.HasPrefix(a, n.short) {
			continue
		}
		rest := a[len(n.short):]
		for _, m := range names {
			if m == n {
				continue
			}
			if strings.HasPrefix(rest, m.full) || (m.short != "" && strings.HasPrefix(rest, m.short)) {
				return true
			}
		}
	}
	return false
}

// placeholderName reports names that GB/T 2260 uses for groupings rather
// than places (市辖区, 县, 省直辖县级行政区划, …): they never start an
// address.
func placeholderName(n string) bool {
	switch n {
	case "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划":
		return true
	}
	return false
}

// regionSuffixes are administrative suffixes, longest first, stripped to
// get a short name.
var regionSuffixes = [...]string{
	"特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "自治州", "自治县", "自治旗",
	"地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟",
}

// shortRegionName strips an administrative suffix from a full name; it
// returns "" when the rest would be shorter than two characters (矿区,
// 郊区), which is too generic to look for.
func shortRegionName(full string) string {
	for _, s := range regionSuffixes {
		if strings.HasSuffix(full, s) {
			short := strings.TrimSuffix(full, s)
			if len([]rune(short)) < 2 {
				return ""
			}
			return short
		}
	}
	return ""
}

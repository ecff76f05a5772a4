package document

// Province is a provincial-level division of China (省级行政区) as coded in
// GB/T 2260, with the abbreviation that prefixes its ICP filing numbers
// (none for Hong Kong, Macao and Taiwan, which do not file: Mainland is
// false). Alt is an abbreviation seen on filing numbers but probably
// mistyped (川, 贵, 云, 甘 for 蜀, 黔, 滇, 陇). It is a plain, comparable
// value; the zero Province means "no province".
type Province struct {
	Code     string // two digits, "44"; the province's region code is Code + "0000"
	Name     string // "广东省", "广西壮族自治区"
	Short    string // "广东", "内蒙古"
	Abbr     string // "粤"
	Alt      string // "川" for Sichuan, else ""
	English  string // "Guangdong"
	Mainland bool
}

func (p Province) IsZero() bool { return p.Code == "" }

// String returns the full Chinese name, or "" for the zero Province.
func (p Province) String() string { return p.Name }

// provinces lists every province in code order. Sources: GB/T 2260 for the
// codes and names; the ICP prefixes are the commonly used set, each
// non-obvious one confirmed by real filing numbers on public sites
// (蜀ICP备19026949号-1, 黔ICP备17003900号-1, 滇ICP备12006807号-1,
// 陇ICP备05000593号); MIIT publishes no official list. The table is never
// modified; Provinces returns a copy.
var provinces = [...]Province{
	{"11", "北京市", "北京", "京", "", "Beijing", true},
	{"12", "天津市", "天津", "津", "", "Tianjin", true},
	{"13", "河北省", "河北", "冀", "", "Hebei", true},
	{"14", "山西省", "山西", "晋", "", "Shanxi", true},
	{"15", "内蒙古自治区", "内蒙古", "蒙", "", "Inner Mongolia", true},
	{"21", "辽宁省", "辽宁", "辽", "", "Liaoning", true},
	{"22", "吉林省", "吉林", "吉", "", "Jilin", true},
	{"23", "黑龙江省", "黑龙江", "黑", "", "Heilongjiang", true},
	{"31", "上海市", "上海", "沪", "", "Shanghai", true},
	{"32", "江苏省", "江苏", "苏", "", "Jiangsu", true},
	{"33", "浙江省", "浙江", "浙", "", "Zhejiang", true},
	{"34", "安徽省", "安徽", "皖", "", "Anhui", true},
	{"35", "福建省", "福建", "闽", "", "Fujian", true},
	{"36", "江西省", "江西", "赣", "", "Jiangxi", true},
	{"37", "山东省", "山东", "鲁", "", "Shandong", true},
	{"41", "河南省", "河南", "豫", "", "Henan", true},
	{"42", "湖北省", "湖北", "鄂", "", "Hubei", true},
	{"43", "湖南省", "湖南", "湘", "", "Hunan", true},
	{"44", "广东省", "广东", "粤", "", "Guangdong", true},
	{"45", "广西壮族自治区", "广西", "桂", "", "Guangxi", true},
	{"46", "海南省", "海南", "琼", "", "Hainan", true},
	{"50", "重庆市", "重庆", "渝", "", "Chongqing", true},
	{"51", "四川省", "四川", "蜀", "川", "Sichuan", true},
	{"52", "贵州省", "贵州", "黔", "贵", "Guizhou", true},
	{"53", "云南省", "云南", "滇", "云", "Yunnan", true},
	{"54", "西藏自治区", "西藏", "藏", "", "Tibet", true},
	{"61", "陕西省", "陕西", "陕", "", "Shaanxi", true},
	{"62", "甘肃省", "甘肃", "陇", "甘", "Gansu", true},
	{"63", "青海省", "青海", "青", "", "Qinghai", true},
	{"64", "宁夏回族自治区", "宁夏", "宁", "", "Ningxia", true},
	{"65", "新疆维吾尔自治区", "新疆", "新", "", "Xinjiang", true},
	{"71", "台湾省", "台湾", "", "", "Taiwan", false},
	{"81", "香港特别行政区", "香港", "", "", "Hong Kong", false},
	{"82", "澳门特别行政区", "澳门", "", "", "Macao", false},
}

// provinceIndex maps a two-digit code (as a number 0–99) to 1 + its index in
// provinces, or 0 when the code names no province. It lets identifier
// parsers check a region's province without allocating.
var provinceIndex = func() (idx [100]uint8) {
	for i, p := range provinces {
		n := int(p.Code[0]-'0')*10 + int(p.Code[1]-'0')
		idx[n] = uint8(i + 1)
	}
	return idx
}()

// provinceAt returns the province whose code is the two ASCII digits a, b,
// and whether there is one. Non-digits give false.
func provinceAt(a, b byte) (*Province, bool) {
	if a < '0' || a > '9' || b < '0' || b > '9' {
		return nil, false
	}
	i := provinceIndex[int(a-'0')*10+int(b-'0')]
	if i == 0 {
		return nil, false
	}
	return &provinces[i-1], true
}

// Provinces returns every province in GB/T 2260 code order: the 31 mainland
// divisions (11 Beijing … 65 Xinjiang), then Taiwan (71), Hong Kong (81) and
// Macao (82). The slice is a fresh copy the caller may modify.
func Provinces() []Province {
	out := make([]Province, len(provinces))
	copy(out, provinces[:])
	return out
}

// ProvinceByCode returns the province of a two-digit province code ("44") or
// of a six-digit GB/T 2260 region code ("440305", whose first two digits
// name the province). Only the province part of a six-digit code is looked
// at; the rest must be digits but is not checked against any district list.
// Any other input gives the zero Province and false.
func ProvinceByCode(code string) (Province, bool) {
	switch len(code) {
	case 2:
	case 6:
		for i := 2; i < 6; i++ {
			if code[i] < '0' || code[i] > '9' {
				return Province{}, false
			}
		}
	default:
		return Province{}, false
	}
	p, ok := provinceAt(code[0], code[1])
	if !ok {
		return Province{}, false
	}
	return *p, true
}

// abbrIndex maps each filing-number prefix, canonical or alternative, to
// 1 + the index of its province in provinces, for ParseFilingNumber, which
// looks one up for every number.
var abbrIndex = func() map[string]uint8 {
	m := make(map[string]uint8)
	for i, p := range provinces {
		for _, a := range [...]string{p.Abbr, p.Alt} {
			if a != "" {
				m[a] = uint8(i + 1)
			}
		}
	}
	return m
}()

// provinceByAbbr returns the province whose filing prefix is abbr, and
// whether there is one.
func provinceByAbbr(abbr string) (*Province, bool) {
	i := abbrIndex[abbr]
	if i == 0 {
		return nil, false
	}
	return &provinces[i-1], true
}

// ProvinceByAbbr returns the mainland province whose ICP filing prefix is
// abbr: a canonical abbreviation (粤, 蜀, 黔, 滇, 陇, …) or one of the
// alternatives 川, 贵, 云, 甘 seen on real but probably mistyped numbers.
// To tell the two apart compare abbr with the result's Abbr. Anything else, including 港, 澳 and 台, gives the zero
// Province and false.
func ProvinceByAbbr(abbr string) (Province, bool) {
	p, ok := provinceByAbbr(abbr)
	if !ok {
		return Province{}, false
	}
	return *p, true
}

package document

// Province is a provincial-level division of China (省级行政区) as coded in
// GB/T 2260, with the one-character abbreviation that prefixes ICP filing
// numbers. It is a plain, comparable value, safe to copy and to share.
//
// The zero Province has every field empty and means "no province": lookups
// that fail return it, and IsZero reports it.
type Province struct {
	// Code is the two-digit GB/T 2260 province code, e.g. "44". The
	// six-digit region code of the province itself is Code + "0000".
	Code string
	// Name is the full Chinese name, e.g. "广东省", "广西壮族自治区".
	Name string
	// Short is the common short Chinese name, e.g. "广东", "内蒙古".
	Short string
	// Abbr is the canonical one-character abbreviation used as the prefix
	// of ICP filing numbers, e.g. "粤"; for Sichuan, Guizhou, Yunnan and
	// Gansu it is 蜀, 黔, 滇 and 陇. It is empty for Hong Kong, Macao and
	// Taiwan, which have no ICP filing prefix.
	Abbr string
	// Alt is a second abbreviation seen in the wild on filing numbers but
	// probably a mistake or an old form (川, 贵, 云, 甘); empty for the
	// other provinces. ProvinceByAbbr accepts it.
	Alt string
	// English is the English name, e.g. "Guangdong", "Inner Mongolia".
	English string
	// Mainland is true for the 31 provincial-level divisions of the
	// mainland, which can file with MIIT; false for Hong Kong, Macao and
	// Taiwan.
	Mainland bool
}

// IsZero reports whether p is the zero Province.
func (p Province) IsZero() bool { return p.Code == "" }

// String returns the full Chinese name, or "" for the zero Province.
func (p Province) String() string { return p.Name }

// provinces lists every province in code order. Sources: GB/T 2260 for the
// codes and names; the ICP prefixes are the commonly used set, each
// non-obvious one (蜀 黔 滇 陇) confirmed by real filing numbers
// (reference rejections.md §3); MIIT publishes no official list. The table
// is never modified; Provinces returns a copy.
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

// ProvinceByAbbr returns the mainland province whose ICP filing prefix is
// abbr: a canonical abbreviation (粤, 蜀, 黔, 滇, 陇, …) or one of the
// alternatives 川, 贵, 云, 甘 seen on real but probably mistyped numbers.
// To tell the two apart compare abbr with the result's Abbr, or use
// [Province.IsAlt]. Anything else, including 港, 澳 and 台, gives the zero
// Province and false.
func ProvinceByAbbr(abbr string) (Province, bool) {
	if abbr == "" {
		return Province{}, false
	}
	for _, p := range provinces {
		if p.Abbr == abbr || p.Alt == abbr {
			return p, true
		}
	}
	return Province{}, false
}

// IsAlt reports whether abbr is p's alternative, non-canonical filing
// prefix (川 for Sichuan, …). It is false for the canonical abbreviation and
// for anything else.
func (p Province) IsAlt(abbr string) bool { return p.Alt != "" && abbr == p.Alt }

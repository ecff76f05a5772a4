package document

import (
	"strings"
	"unicode/utf8"
)

// houseMarkers end the number of a house, building, floor or room: "181号"
// (and "3号院"), "3栋", "B座", "1单元", "502室". Source: bureau guidance
// quoted by providers (reference rejections.md §1.4 #26).
var houseMarkers = [...]string{"号", "栋", "幢", "座", "楼", "层", "室", "单元", "弄"}

// ruralMarkers are the units a rural address may end at instead: village,
// village group, hamlet.
var ruralMarkers = [...]string{"村", "组", "屯", "嘎查"}

// poBoxMarkers name a post-office box, which the bureaus refuse as an
// address (rejections.md #26). They are in lower case: containsFold
// compares with the address in lower case.
var poBoxMarkers = [...]string{"信箱", "邮政专用箱", "po box", "p.o. box", "p.o.box", "pobox"}

// addresses checks the communication address and the certificate
// address (rejections.md #3, #26, #27, §2.7).
func (c *rejectionCheck) addresses(ps *Problems) {
	const field = pathSubjectBase + ".address"
	if a := strings.TrimSpace(c.in.Address); a != "" {
		switch {
		case containsFold(a, poBoxMarkers[:]):
			ps.AddCode(field, "address.po_box")
		case hasShorthandNumber(a):
			ps.AddCode(field, "address.shorthand")
		case !hasHouseNumber(a):
			ps.AddCode(field, "address.no_house_number")
		}
	}

	ca := strings.TrimSpace(c.in.CertificateAddress)
	home := provinceCode(c.province)
	if ca == "" || home == "" {
		return
	}
	const caField = pathSubjectOrganize + ".certificate_address"
	if c.in.Subject.IsUnit() {
		if p, ok := leadingProvince(ca); ok && p.Code != home {
			ps.AddCode(caField, "address.certificate_other_province")
			return
		}
	}
	if r, ok := c.rule(RuleSameCityAddress); ok && r.Value == "required" && !isMunicipality(home) {
		if city := cityWord(c.in.Region.CityName); city != "" && !strings.Contains(ca, city) {
			ps.AddCode(caField, "province.same_city_address")
		}
	}
}

// containsFold reports whether s contains one of the words, which are in
// lower case, ignoring case.
func containsFold(s string, words []string) bool {
	ls := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// hasHouseNumber reports whether the address has a number (digits, a
// Chinese numeral or a letter) before a house marker, or ends at a village.
func hasHouseNumber(a string) bool {
	for _, m := range ruralMarkers {
		if strings.Contains(a, m) {
			return true
		}
	}
	for _, m := range houseMarkers {
		rest := a
		for {
			i := strings.Index(rest, m)
			if i < 0 {
				break
			}
			if r, _ := utf8.DecodeLastRuneInString(rest[:i]); isNumberRune(r) {
				return true
			}
			rest = rest[i+len(m):]
		}
	}
	return false
}

// isNumberRune reports whether r can end a house or room number.
func isNumberRune(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９',
		r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= 'Ａ' && r <= 'Ｚ':
		return true
	}
	return strings.ContainsRune("一二三四五六七八九十百千零〇两", r)
}

// hasShorthandNumber reports numbers written as "42-2-1": three groups of
// digits joined by hyphens, with no marker after them saying what they
// number.
func hasShorthandNumber(a string) bool {
	groups, inDigits := 0, false
	for i, r := range a {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			if !inDigits {
				groups++
				inDigits = true
			}
		case (r == '-' || r == '－' || r == '—') && inDigits:
			inDigits = false
		default:
			if groups >= 3 && inDigits {
				// A marker right after the last group explains it.
				rest := a[i:]
				for _, m := range houseMarkers {
					if strings.HasPrefix(rest, m) {
						return false
					}
				}
				return true
			}
			groups, inDigits = 0, false
		}
	}
	return groups >= 3 && inDigits
}

// leadingProvince returns the province an address starts with, after an
// optional "中国": its full name ("四川省"), or the short name of a
// municipality ("北京"), which addresses often use without 市, unless a
// street named after it follows ("北京路", "上海中路", "天津大道": many
// cities have them).
func leadingProvince(a string) (Province, bool) {
	a = strings.TrimPrefix(a, "中国")
	for _, p := range provinces {
		if !p.Mainland {
			continue
		}
		if strings.HasPrefix(a, p.Name) {
			return p, true
		}
		if isMunicipality(p.Code) && strings.HasPrefix(a, p.Short) && !startsStreet(a[len(p.Short):]) {
			return p, true
		}
	}
	return Province{}, false
}

// startsStreet reports whether one of the first two runes of s ends a
// street name: 路, 街, 道 or 巷 ("路88号", "中路1号", "大道8号").
func startsStreet(s string) bool {
	for i := 0; i < 2 && s != ""; i++ {
		r, size := utf8.DecodeRuneInString(s)
		if strings.ContainsRune("路街道巷", r) {
			return true
		}
		s = s[size:]
	}
	return false
}

// isMunicipality reports whether the two-digit code is one of the four
// municipalities, where province and city coincide.
func isMunicipality(code string) bool {
	return code == "11" || code == "12" || code == "31" || code == "50"
}

// cityWord is the part of a city name an address is expected to contain:
// the name without its administrative suffix, or the whole name when it
// has none; "" for names too short to look for.
func cityWord(name string) string {
	name = strings.TrimSpace(name)
	if short := shortRegionName(name); short != "" {
		return short
	}
	if utf8.RuneCountInString(name) < 2 {
		return ""
	}
	return name
}

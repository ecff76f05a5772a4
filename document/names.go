package document

import "strings"

// reservedNameWords may not start the name of a unit that is not a
// national body, and are better avoided anywhere in it. Source: QingCloud's
// naming policy, Tencent Cloud and Huawei Cloud rejection lists
// (reference rejections.md §1.5 #28).
var reservedNameWords = [...]string{"中国", "中华", "中央", "全国", "国家", "人民", "人大"}

// personalNameKeywords suggest a company, an industry, a public service
// or a sensitive subject, none of which an individual may file. Source:
// QingCloud's naming policy and Tencent Cloud's rejection list
// (rejections.md §1.5 #29, §1.1 #7); the list is not exhaustive.
var personalNameKeywords = [...]string{
	"博客", "论坛", "社区", "在线", "交流", "平台", "工作室", "导航", "资讯", "网络",
	"服务", "热线", "爱好者", "个人空间", "企业", "公司", "官方", "集团", "商城", "商店",
	"店铺", "反腐", "纪检", "监察", "信访", "维权", "投诉",
}

// names checks the mini program's name (rejections.md #28–#30). The name
// comes from the WeChat account; a bad one must be changed there first.
func (c *rejectionCheck) names(ps *Problems) {
	const field = pathAppletBase + ".name"
	name := strings.TrimSpace(c.in.AppletName)
	if name == "" {
		return
	}
	// Full-width Latin letters and digits ("１２３０６") count as their
	// ASCII forms.
	ascii := foldWidth(name)
	switch {
	case isDomainName(ascii):
		ps.AddCode(field, "name.domain")
	case onlyASCIIDigits(ascii):
		ps.AddCode(field, "name.digits_only")
	case onlyLatin(ascii):
		ps.AddCode(field, "name.latin_only")
	case containsDomainName(ascii):
		ps.AddCode(field, "name.contains_domain")
	}

	if !c.o.NationalBody && c.in.Subject != SubjectDefence {
		c.reservedWords(ps, field, name)
	}

	if c.in.Subject == SubjectIndividual {
		for _, w := range personalNameKeywords {
			if strings.Contains(name, w) {
				ps.AddCode(field, "name.personal_keyword")
				break
			}
		}
	}
}

// reservedWords reports the first reserved word that starts the name
// (an error) or stands in it (a warning). A word the subject's registered
// name carries in the same place is accepted: a company registered as
// 人民优选 may call its mini program 人民优选商城, and 深圳市人民医院 may
// name its own 人民医院挂号 service with the word inside.
func (c *rejectionCheck) reservedWords(ps *Problems, field, name string) {
	subject := strings.TrimSpace(c.in.SubjectName)
	for _, w := range reservedNameWords {
		switch {
		case strings.HasPrefix(name, w):
			if strings.HasPrefix(subject, w) {
				continue
			}
			ps.AddCode(field, "name.reserved_prefix")
			return
		case strings.Contains(name, w):
			if strings.Contains(subject, w) {
				continue
			}
			ps.AddCode(field, "name.reserved_word")
			return
		}
	}
}

// foldWidth returns s with full-width ASCII forms (U+FF01–U+FF5E) and the
// ideographic space replaced by their ASCII counterparts; s itself when
// it has none.
func foldWidth(s string) string {
	if !strings.ContainsFunc(s, isFullWidthASCII) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u3000':
			return ' '
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFF01 + '!'
		}
		return r
	}, s)
}

func isFullWidthASCII(r rune) bool { return r == '\u3000' || r >= 0xFF01 && r <= 0xFF5E }

// onlyASCIIDigits reports whether s has digits and nothing but digits and
// spaces.
func onlyASCIIDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == ' ':
		default:
			return false
		}
	}
	return n > 0
}

// onlyLatin reports whether s has Latin letters and nothing but ASCII
// letters, digits, spaces and hyphens: no Chinese at all.
func onlyLatin(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == ' ', c == '-':
		default:
			return false
		}
	}
	return letters > 0
}

// isDomainName reports whether s, apart from surrounding space, is a
// domain name: labels of ASCII letters, digits and hyphens joined by dots,
// the last of at least two letters ("abc.com", "www.example.cn").
func isDomainName(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	if !strings.Contains(s, ".") {
		return false
	}
	labels := strings.Split(s, ".")
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			if !isASCIIAlnum(l[i]) && l[i] != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if !isASCIILetter(tld[i]) {
			return false
		}
	}
	return true
}

// containsDomainName reports whether s contains something shaped like a
// domain name: an ASCII letter or digit, a dot, then at least two ASCII
// letters ending the label ("小程序abc.top"). It also matches names such
// as "Vue.js教程", hence only a warning.
func containsDomainName(s string) bool {
	for i := 1; i < len(s)-2; i++ {
		if s[i] != '.' || !isASCIIAlnum(s[i-1]) {
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if j-i-1 >= 2 && (j == len(s) || !isASCIIAlnum(s[j])) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || c >= '0' && c <= '9' }

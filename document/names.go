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
	switch {
	case isDomainName(name):
		ps.AddCode(field, "name.domain")
	case onlyASCIIDigits(name):
		ps.AddCode(field, "name.digits_only")
	case onlyLatin(name):
		ps.AddCode(field, "name.latin_only")
	}

	if !c.o.NationalBody && c.in.Subject != SubjectDefence {
		subject := strings.TrimSpace(c.in.SubjectName)
		for _, w := range reservedNameWords {
			if strings.HasPrefix(subject, w) {
				continue // the registered name itself carries the word
			}
			if strings.HasPrefix(name, w) {
				ps.AddCode(field, "name.reserved_prefix")
				break
			}
			if strings.Contains(name, w) {
				ps.AddCode(field, "name.reserved_word")
				break
			}
		}
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

// isDomainName reports whether s contains something shaped like a domain
// name: ASCII letters or digits, a dot, then at least two ASCII letters
// ending the label ("abc.com", "www.example.cn", "小程序abc.top").
func isDomainName(s string) bool {
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

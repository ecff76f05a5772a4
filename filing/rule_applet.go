package filing

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/document"
)

// Limits of the mini program's information (apply_icp_filing): one to five
// second-level service content types; a description of 20 to 200
// characters.
const (
	maxServiceTypes     = 5
	minDescriptionRunes = 20
	maxDescriptionRunes = 200
)

// minDescriptionContent is how many letters or digits a description must
// have besides the names of the mini program and the subject; fewer means
// it only repeats the name. This package's threshold.
const minDescriptionContent = 5

// appletRules check icp_applets.base_info: the name (as warnings: WeChat
// approved it already), the description, the service types and the
// pre-approval items.
func (c *check) appletRules() {
	c.nameRules()
	c.descriptionRules()
	c.serviceTypeRules()
	c.preApprovalRules()
	c.preApprovalHints()
}

// reservedNameWords may not start the name of a unit that is not a
// national body without an explanation, and are better avoided anywhere.
var reservedNameWords = [...]string{"中国", "中华", "中央", "全国", "国家", "人民", "人大"}

// personalNameKeywords suggest a company, an industry, a public service
// or a sensitive subject, none of which an individual may file; the list
// is not exhaustive.
var personalNameKeywords = [...]string{
	"博客", "论坛", "社区", "在线", "交流", "平台", "工作室", "导航", "资讯", "网络",
	"服务", "热线", "爱好者", "个人空间", "企业", "公司", "官方", "集团", "商城", "商店",
	"店铺", "反腐", "纪检", "监察", "信访", "维权", "投诉",
}

// nameRules check the mini program's name. The name is the account's
// nickname, which WeChat has approved; the filing cannot change it, so
// every rule is a warning.
func (c *check) nameRules() {
	name := c.appletName
	if name == "" {
		return
	}
	// Full-width Latin letters and digits ("１２３０６") count as ASCII.
	ascii := foldWidth(name)
	switch {
	case isDomainName(ascii):
		c.add(pathAppletName, codeNameDomain)
	case onlyASCIIDigits(ascii):
		c.add(pathAppletName, codeNameDigits)
	case onlyLatin(ascii):
		c.add(pathAppletName, codeNameLatin)
	case containsDomainName(ascii):
		c.add(pathAppletName, codeNameContainsDomain)
	case strings.ContainsFunc(name, specialSymbol):
		c.add(pathAppletName, codeNameSymbols)
	}
	if !c.o.NationalBody && c.subject != document.SubjectDefence {
		c.reservedWords(name)
	}
	if c.subject == document.SubjectIndividual {
		for _, w := range personalNameKeywords {
			if strings.Contains(name, w) {
				c.add(pathAppletName, codeNamePersonalKeyword)
				break
			}
		}
	}
}

// reservedWords warns about the first reserved word that starts the name
// or stands in it. A word the subject's registered name carries in the
// same place is accepted: a company registered as 人民优选 may call its
// mini program 人民优选商城.
func (c *check) reservedWords(name string) {
	subject := strings.TrimSpace(c.r.ICPSubject.BaseInfo.Name)
	for _, w := range reservedNameWords {
		switch {
		case strings.HasPrefix(name, w):
			if strings.HasPrefix(subject, w) {
				continue
			}
			c.add(pathAppletName, codeNameReservedPrefix)
			return
		case strings.Contains(name, w):
			if strings.Contains(subject, w) {
				continue
			}
			c.add(pathAppletName, codeNameReservedWord)
			return
		}
	}
}

// specialSymbol reports symbols a name should not carry: pictographs and
// emoji (★ ♥ ☆ 😀), their modifiers and joiners, and private-use
// characters.
func specialSymbol(r rune) bool {
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Sk, r) && r > 0xFF ||
		r == '\u200d' || r >= 0xFE00 && r <= 0xFE0F
}

// foldWidth returns s with full-width ASCII forms (U+FF01–U+FF5E) and the
// ideographic space replaced by their ASCII counterparts.
func foldWidth(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == '\u3000' || r >= 0xFF01 && r <= 0xFF5E }) {
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
		case isLetter(c):
			letters++
		case c >= '0' && c <= '9', c == ' ', c == '-':
		default:
			return false
		}
	}
	return letters > 0
}

// isDomainName reports whether s, apart from surrounding space and a
// scheme, is a domain name: labels of ASCII letters, digits and hyphens
// joined by dots, the last of at least two letters ("abc.com").
func isDomainName(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	if !strings.Contains(s, ".") {
		return false
	}
	last := ""
	for _, label := range strings.Split(s, ".") {
		if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			if !isAlnum(label[i]) && label[i] != '-' {
				return false
			}
		}
		last = label
	}
	if len(last) < 2 {
		return false
	}
	for i := 0; i < len(last); i++ {
		if !isLetter(last[i]) {
			return false
		}
	}
	return true
}

// containsDomainName reports whether s contains something shaped like a
// domain name: an ASCII letter or digit, a dot, then at least two ASCII
// letters ending the label ("小程序abc.top"). It also matches names such
// as "Vue.js教程", hence a warning.
func containsDomainName(s string) bool {
	for i := 1; i < len(s)-2; i++ {
		if s[i] != '.' || !isAlnum(s[i-1]) {
			continue
		}
		j := i + 1
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if j-i-1 >= 2 && (j == len(s) || !isAlnum(s[j])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool  { return isLetter(c) || c >= '0' && c <= '9' }

// companyWords suggest that a description speaks of a company's business,
// which an individual may not file: this package's list, built from the
// providers' rule that individuals file no company, product or commercial
// content.
var companyWords = [...]string{
	"本公司", "我公司", "公司简介", "企业介绍", "企业简介", "企业官网", "集团", "经销商", "加盟",
	"招商", "代理商", "批发", "有限公司", "工厂直销",
}

// descriptionRules check the mini program's description: present, 20 to
// 200 characters (counted as Unicode code points: the lower bound on the
// text without surrounding space, the upper on the text as sent), and
// saying something: not only punctuation, not one piece repeated, not
// only the name; an individual's not reading as a company's business.
func (c *check) descriptionRules() {
	d := c.r.ICPApplets.BaseInfo.Comment
	trimmed := strings.TrimSpace(d)
	switch {
	case trimmed == "":
		c.add(pathDescription, codeDescriptionMissing)
		return
	case len(d) > maxDescriptionRunes*utf8.UTFMax || utf8.RuneCountInString(d) > maxDescriptionRunes ||
		utf8.RuneCountInString(trimmed) < minDescriptionRunes:
		c.add(pathDescription, codeDescriptionLength)
		return
	}
	var buf [maxDescriptionRunes]rune
	content := contentRunes(buf[:0], trimmed)
	switch {
	case len(content) == 0:
		c.add(pathDescription, codeDescriptionPunct)
		return
	case repetitive(content):
		c.add(pathDescription, codeDescriptionRepeated)
		return
	case c.onlyNames(content):
		c.add(pathDescription, codeDescriptionIsName)
		return
	}
	if c.subject == document.SubjectIndividual {
		for _, w := range companyWords {
			if i := strings.Index(trimmed, w); i >= 0 && !negatedBefore(trimmed[:i]) {
				c.add(pathDescription, codeDescriptionCompany)
				return
			}
		}
	}
}

// onlyNames reports whether the description's letters and digits, once
// the mini program's and the subject's names are taken out, leave fewer
// than minDescriptionContent. A name of fewer than two letters is not
// taken out: it would remove that letter everywhere. content is changed.
func (c *check) onlyNames(content []rune) bool {
	removed := false
	for _, n := range [...]string{c.appletName, c.r.ICPSubject.BaseInfo.Name} {
		if len(n) > maxDescriptionRunes*utf8.UTFMax {
			continue // longer than any description
		}
		var buf [maxDescriptionRunes]rune
		name := contentRunes(buf[:0], n)
		if len(name) < 2 || len(name) > len(content) {
			continue
		}
		var cut bool
		content, cut = removeAll(content, name)
		removed = removed || cut
	}
	return removed && len(content) < minDescriptionContent
}

// removeAll removes every occurrence of pat from s, in place, and reports
// whether there was one. s and pat hold at most maxDescriptionRunes runes.
func removeAll(s, pat []rune) ([]rune, bool) {
	out, found := s[:0], false
	for i := 0; i < len(s); {
		if i+len(pat) <= len(s) && slices.Equal(s[i:i+len(pat)], pat) {
			i += len(pat)
			found = true
			continue
		}
		out = append(out, s[i])
		i++
	}
	return out, found
}

// contentRunes appends the letters and digits of s to dst, as far as dst's
// capacity allows.
func contentRunes(dst []rune, s string) []rune {
	for _, r := range s {
		if len(dst) == cap(dst) {
			break
		}
		if isContent(r) {
			dst = append(dst, r)
		}
	}
	return dst
}

// isContent reports whether r is a letter or a digit, with quick answers
// for ASCII and the common Chinese characters.
func isContent(r rune) bool {
	switch {
	case r < 0x80:
		return isAlnum(byte(r))
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// repetitive reports whether rs (at most maxDescriptionRunes runes) is
// made of at most two distinct characters, or of one piece repeated at
// least three times ("测试测试测试"). The piece is found with the prefix
// function of the Knuth–Morris–Pratt algorithm, in time linear in len(rs).
func repetitive(rs []rune) bool {
	n := len(rs)
	if n < 3 || n > maxDescriptionRunes {
		return false
	}
	first, second := rs[0], rune(-1)
	few := true
	for _, r := range rs[1:] {
		if r == first || r == second {
			continue
		}
		if second >= 0 {
			few = false
			break
		}
		second = r
	}
	if few {
		return true
	}
	// pi[i] is the length of the longest proper border of rs[:i+1].
	var pi [maxDescriptionRunes]int
	for i := 1; i < n; i++ {
		k := pi[i-1]
		for k > 0 && rs[i] != rs[k] {
			k = pi[k-1]
		}
		if rs[i] == rs[k] {
			k++
		}
		pi[i] = k
	}
	p := n - pi[n-1] // the shortest period
	return n%p == 0 && n/p >= 3
}

// serviceTypeRules check the service content types: one to five, each
// once, each a second-level type of the catalogue. A list longer than five
// is reported once and not read.
func (c *check) serviceTypeRules() {
	types := c.r.ICPApplets.BaseInfo.ServiceContentTypes
	if len(types) == 0 || len(types) > maxServiceTypes {
		c.add(pathServiceTypes, codeServiceCount)
		return
	}
	var keys [maxServiceTypes]int
	var dup [maxServiceTypes]bool
	for i, t := range types {
		keys[i] = int(t)
	}
	markDuplicates(keys[:len(types)], dup[:])
	for i, t := range types {
		parent, listed := c.cat.services[int(t)]
		switch {
		case dup[i]:
			c.add(indexed(pathServiceTypes, i), codeServiceDuplicate)
		case t <= 0:
			c.catalogueProblem(indexed(pathServiceTypes, i), notListed, int(t), "服务内容类型", "service content type")
		case listed && parent == 0:
			c.add(indexed(pathServiceTypes, i), codeServiceFirstLevel)
		default:
			if l := c.cat.answer(listed, len(c.cat.services) == 0); l != found {
				c.catalogueProblem(indexed(pathServiceTypes, i), l, int(t), "服务内容类型", "service content type")
			}
		}
	}
}

// markDuplicates sets dup[i] for every key an earlier one repeats. It
// sorts (key, index) pairs, in time n log n and without allocating for at
// most maxNrlx keys.
func markDuplicates(keys []int, dup []bool) {
	var buf [maxNrlx][2]int
	pairs := buf[:len(keys)]
	for i, k := range keys {
		pairs[i] = [2]int{k, i}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(a[1], b[1])
	})
	for i := 1; i < len(pairs); i++ {
		if pairs[i][0] == pairs[i-1][0] {
			dup[pairs[i][1]] = true
		}
	}
}

// preApprovalRules check the pre-approval items: at least one ("none of
// the above" when nothing applies), each type once, each listed in the
// catalogue, and every item other than "none of the above" with its
// approval number and document. A type the catalogue does not know gives
// one problem and nothing else: it may be "none of the above".
func (c *check) preApprovalRules() {
	items := c.r.ICPApplets.BaseInfo.NrlxDetails
	switch {
	case len(items) == 0:
		c.add(pathNrlx, codeNrlxMissing)
		return
	case len(items) > maxNrlx:
		c.add(pathNrlx, codeNrlxTooMany)
		return
	}
	var keys [maxNrlx]int
	var dup [maxNrlx]bool
	for i, it := range items {
		keys[i] = int(it.Type)
	}
	markDuplicates(keys[:len(items)], dup[:])
	field := func(i int, member string) string { return indexed(pathNrlx, i) + member }
	for i, it := range items {
		t := int(it.Type)
		switch {
		case dup[i]:
			c.add(field(i, ".type"), codeNrlxDuplicate)
			continue
		case t <= 0:
			c.catalogueProblem(field(i, ".type"), notListed, t, "前置审批类型", "pre-approval type")
			continue
		case c.cat.none != 0 && t == c.cat.none:
			if len(items) > 1 {
				c.add(field(i, ".type"), codeNrlxNoneNotAlone)
			}
			continue
		}
		if l := c.cat.answer(c.cat.nrlx[t], len(c.cat.nrlx) == 0); l != found {
			c.catalogueProblem(field(i, ".type"), l, t, "前置审批类型", "pre-approval type")
			continue
		}
		if !present(it.Code) {
			c.add(field(i, ".code"), codeNrlxMissingCode)
		}
		if !present(it.Media) {
			c.add(field(i, ".media"), codeNrlxMissingMedia)
		}
	}
}

// preApprovalCategory is a regulated category that needs a pre-approval,
// with the words that suggest it, its code and messages. The words are
// this package's own selection; the categories are WeChat's pre-approval
// types and the providers' pre-approval checkers'.
type preApprovalCategory struct {
	code   Code
	words  []string
	zh, en string
}

var preApprovalCategories = [...]preApprovalCategory{
	{"prehint.news", []string{"新闻", "时政", "头条", "快讯", "资讯"},
		"名称、备注或经营范围涉及新闻信息服务，但前置审批选择了“以上都不涉及”：需要新闻信息服务许可，或在其他附件中上传不涉及新闻业务的承诺书",
		"pre-approval: the name, description or business scope suggests news services but \"none of the above\" is chosen; a news licence or a commitment letter (no news services) in the other attachments is usually required"},
	{"prehint.publishing", []string{"出版", "电子书", "网络文学", "小说", "期刊", "杂志", "有声书"},
		"名称、备注或经营范围涉及网络出版，但前置审批选择了“以上都不涉及”：需要出版许可，或在其他附件中上传不涉及网络出版的承诺书",
		"pre-approval: the name, description or business scope suggests online publishing but \"none of the above\" is chosen; a publishing licence or a commitment letter (no publishing) is usually required"},
	{"prehint.education", []string{"教育", "培训", "辅导", "补习", "家教", "网课", "课程", "早教", "题库", "学科"},
		"名称、备注或经营范围涉及教育或校外培训，但前置审批选择了“以上都不涉及”：通常需在其他附件中上传不涉及校外培训的承诺书",
		"pre-approval: the name, description or business scope suggests education or off-campus tutoring but \"none of the above\" is chosen; a commitment letter (no off-campus tutoring) in the other attachments is usually required"},
	{"prehint.healthcare", []string{"医疗", "医院", "诊所", "问诊", "挂号", "诊疗", "医生", "体检", "康复"},
		"名称、备注或经营范围涉及医疗保健，但前置审批选择了“以上都不涉及”：需要卫生健康部门的审批，或在其他附件中上传不涉及医疗服务的承诺书",
		"pre-approval: the name, description or business scope suggests healthcare but \"none of the above\" is chosen; a health authority approval or a commitment letter (no medical services) is usually required"},
	{"prehint.drugs", []string{"药品", "药店", "药房", "医药", "医疗器械", "处方", "保健品"},
		"名称、备注或经营范围涉及药品或医疗器械，但前置审批选择了“以上都不涉及”：需要药品信息服务资格证书，或在其他附件中上传不涉及药品和医疗器械的情况说明",
		"pre-approval: the name, description or business scope suggests drugs or medical devices but \"none of the above\" is chosen; a drug information licence or a statement (no drugs or devices) is usually required"},
	{"prehint.culture", []string{"游戏", "动漫", "演出", "演艺", "艺术品", "文化娱乐", "电竞"},
		"名称、备注或经营范围涉及网络文化或游戏，但前置审批选择了“以上都不涉及”：需要文化部门的审批，或在其他附件中上传不涉及网络文化经营的承诺书",
		"pre-approval: the name, description or business scope suggests online culture or games but \"none of the above\" is chosen; a culture authority approval or a commitment letter is usually required"},
	{"prehint.audio_video", []string{"视频", "直播", "影视", "电影", "点播", "音频", "电台", "网络剧"},
		"名称、备注或经营范围涉及网络视听，但前置审批选择了“以上都不涉及”：需要信息网络传播视听节目许可，或在其他附件中上传不涉及视听节目服务的承诺书",
		"pre-approval: the name, description or business scope suggests audio-video services but \"none of the above\" is chosen; an audio-video licence or a commitment letter is usually required"},
	{"prehint.bulletin_board", []string{"论坛", "社区", "贴吧", "留言板", "聊天室", "发帖", "社交"},
		"名称、备注或经营范围涉及论坛、社区等电子公告服务，但前置审批选择了“以上都不涉及”：通常需在其他附件中上传不涉及电子公告服务的承诺书",
		"pre-approval: the name, description or business scope suggests a forum or bulletin board but \"none of the above\" is chosen; a commitment letter (no bulletin board services) is usually required"},
	{"prehint.ride_hailing", []string{"网约车", "打车", "叫车", "专车", "顺风车", "拼车", "代驾"},
		"名称、备注或经营范围涉及网约车，但前置审批选择了“以上都不涉及”：需要网络预约出租汽车经营许可，或在其他附件中上传不涉及网约车业务的承诺书",
		"pre-approval: the name, description or business scope suggests ride-hailing but \"none of the above\" is chosen; a ride-hailing licence or a commitment letter is usually required"},
	{"prehint.finance", []string{"金融", "理财", "贷款", "借贷", "信贷", "投资", "保险", "证券", "基金", "期货", "外汇", "众筹", "股票"},
		"名称、备注或经营范围涉及金融，但前置审批选择了“以上都不涉及”：需要金融监管部门的审批，或在其他附件中上传不涉及金融业务的承诺书",
		"pre-approval: the name, description or business scope suggests financial services but \"none of the above\" is chosen; a regulator's approval or a commitment letter (no financial business) is usually required"},
	{"prehint.religion", []string{"宗教", "佛教", "道教", "基督", "天主教", "伊斯兰", "寺庙", "寺院", "教堂", "清真", "礼佛"},
		"名称、备注或经营范围涉及宗教，但前置审批选择了“以上都不涉及”：需要宗教事务部门的许可，或在其他附件中上传不涉及宗教信息服务的承诺书",
		"pre-approval: the name, description or business scope suggests religious content but \"none of the above\" is chosen; a religious affairs licence or a commitment letter is usually required"},
}

// negations before a word say the text excludes the category:
// "不涉及金融", "不提供直播".
var negations = [...]string{"不涉及", "不提供", "不包含", "不含", "不从事", "不开展", "没有"}

// preApprovalHints warn when the name, description or business scope
// touches a regulated category while the pre-approval list says only "none
// of the above" and no other attachment (where the commitment letter goes)
// is uploaded. The first category found is reported.
func (c *check) preApprovalHints() {
	if !c.nrlx.onlyNone || listPresent(c.r.ICPMaterials.AppletsOtherMaterials) {
		return
	}
	var found uint32
	for _, t := range [...]string{c.appletName, c.r.ICPApplets.BaseInfo.Comment, c.o.BusinessScope} {
		found |= mentionedCategories(t)
	}
	for i := range preApprovalCategories {
		if found&(1<<i) != 0 {
			c.add(pathNrlx, preApprovalCategories[i].code)
			return
		}
	}
}

// hintWord is a word of the category with index cat.
type hintWord struct {
	word string
	cat  int
}

// hintWords indexes the categories' words by their first rune, so that a
// text is read once whatever the number of words. Built once, never
// modified.
var hintWords = func() map[rune][]hintWord {
	m := make(map[rune][]hintWord)
	for i, cat := range preApprovalCategories {
		for _, w := range cat.words {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = append(m[r], hintWord{w, i})
		}
	}
	return m
}()

// hintStarts has bit r set for every rune r below 0x10000 that starts a
// hint word, so that most runes of a text cost no map lookup.
var hintStarts = func() (b [1 << 10]uint64) {
	for r := range hintWords {
		if r < 1<<16 {
			b[r>>6] |= 1 << (r & 63)
		}
	}
	return b
}()

// mentionedCategories returns the set of categories (bit i for
// preApprovalCategories[i]) whose words t mentions without a negation in
// the clause before.
func mentionedCategories(t string) uint32 {
	var found uint32
	for i, r := range t {
		if r < 1<<16 && hintStarts[r>>6]&(1<<(r&63)) == 0 {
			continue
		}
		for _, hw := range hintWords[r] {
			if found&(1<<hw.cat) == 0 && strings.HasPrefix(t[i:], hw.word) && !negatedBefore(t[:i]) {
				found |= 1 << hw.cat
			}
		}
	}
	return found
}

// negatedBefore reports whether a negation stands in the clause before the
// end of s, within sixteen characters: "不涉及任何金融", and through an
// enumeration, "不涉及新闻、出版、医疗". A comma, a full stop or 但 ("but")
// ends the clause: "不涉及金融但提供直播" mentions live streaming.
func negatedBefore(s string) bool {
	start := len(s)
	for n := 0; n < 16 && start > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if strings.ContainsRune("，。；！？,;!?\n但", r) {
			break
		}
		start -= size
	}
	tail := s[start:]
	for _, neg := range negations {
		if strings.Contains(tail, neg) {
			return true
		}
	}
	return false
}

// indexed returns field[i].
func indexed(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

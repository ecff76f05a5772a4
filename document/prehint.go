package document

import (
	"strings"
	"unicode/utf8"
)

// preApprovalCategory is a regulated category that needs a pre-approval
// (前置审批), with the words that suggest it and its problem code. The
// words are this package's own selection, not an official list: the
// categories are WeChat's nrlx types and the cloud providers' pre-approval
// checkers (reference rejections.md §1.6 #37, #40).
type preApprovalCategory struct {
	code  Code
	words []string
}

var preApprovalCategories = [...]preApprovalCategory{
	{code: "prehint.news", words: []string{"新闻", "时政", "头条", "快讯", "资讯"}},
	{code: "prehint.publishing", words: []string{"出版", "电子书", "网络文学", "小说", "期刊", "杂志", "有声书"}},
	{code: "prehint.education", words: []string{"教育", "培训", "辅导", "补习", "家教", "网课", "课程", "早教", "题库", "学科"}},
	{code: "prehint.healthcare", words: []string{"医疗", "医院", "诊所", "问诊", "挂号", "诊疗", "医生", "体检", "康复"}},
	{code: "prehint.drugs", words: []string{"药品", "药店", "药房", "医药", "医疗器械", "处方", "保健品"}},
	{code: "prehint.culture", words: []string{"游戏", "动漫", "演出", "演艺", "艺术品", "文化娱乐", "电竞"}},
	{code: "prehint.audio_video", words: []string{"视频", "直播", "影视", "电影", "点播", "音频", "电台", "网络剧"}},
	{code: "prehint.bulletin_board", words: []string{"论坛", "社区", "贴吧", "留言板", "聊天室", "发帖", "社交"}},
	{code: "prehint.ride_hailing", words: []string{"网约车", "打车", "叫车", "专车", "顺风车", "拼车", "代驾"}},
	{code: "prehint.finance", words: []string{"金融", "理财", "贷款", "借贷", "信贷", "投资", "保险", "证券", "基金", "期货", "外汇", "众筹", "股票"}},
	{code: "prehint.religion", words: []string{"宗教", "佛教", "道教", "基督", "天主教", "伊斯兰", "寺庙", "寺院", "教堂", "清真", "礼佛"}},
}

// negations before a word say the text excludes the category:
// "不涉及金融", "不提供直播".
var negations = [...]string{"不涉及", "不提供", "不包含", "不含", "不从事", "不开展", "没有"}

// preApprovalHints warns when the name, description or business scope
// touches a regulated category while the pre-approval list says "none of
// the above" and no other attachment (where the commitment letter goes)
// is uploaded (rejections.md #37).
func (c *rejectionCheck) preApprovalHints(ps *Problems) {
	if !c.onlyNoneOfTheAbove() || c.hasMaterial("applets_other_materials") {
		return
	}
	var found uint32
	for _, t := range [...]string{c.in.AppletName, c.in.Description, c.o.BusinessScope} {
		found |= mentionedCategories(t)
	}
	for i, cat := range preApprovalCategories {
		if found&(1<<i) != 0 {
			ps.AddCode(pathAppletBase+".nrlx_details", cat.code)
		}
	}
}

// hintWord is a word of category cat, an index into preApprovalCategories.
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

// mentionedCategories returns the set of categories (bit i for
// preApprovalCategories[i]) whose words t mentions without a negation in
// the few characters before.
func mentionedCategories(t string) uint32 {
	var found uint32
	for i, r := range t {
		for _, hw := range hintWords[r] {
			if found&(1<<hw.cat) == 0 && strings.HasPrefix(t[i:], hw.word) && !negatedBefore(t[:i]) {
				found |= 1 << hw.cat
			}
		}
	}
	return found
}

// onlyNoneOfTheAbove reports whether the pre-approval list holds nothing
// but "none of the above".
func (c *rejectionCheck) onlyNoneOfTheAbove() bool {
	none := c.in.NoPreApprovalType
	if none == 0 {
		none = DefaultNoPreApprovalType
	}
	for _, p := range c.in.PreApprovals {
		if p.Type != none {
			return false
		}
	}
	return len(c.in.PreApprovals) > 0
}

// negatedBefore reports whether a negation stands in the clause before
// the end of s, within sixteen characters: "不涉及任何金融", and through an
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

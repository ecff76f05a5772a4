package deadline

import (
	"time"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
)

// Clock names one of the time limits of a filing; "" is unknown, and every
// function rejects an unknown clock. Clock is a string, its id, so that a
// conversion from package filing's integer Stage gives a one-rune string
// that names no clock and is rejected with [ErrInvalid]: use the
// constants, or Clock(stage.String()) for the stages whose ids are clocks.
// String returns the id (an unknown value masked), Label the Chinese name
// and English the English one; MarshalText and UnmarshalText, like those
// of [State], refuse an unknown id. Clock is safe for concurrent use.
type Clock string

// The clocks, in the order a filing meets them.
const (
	ClockFaceTask         Clock = "face_task"          // 人脸核身 task: valid 72 hours from its creation
	ClockFaceTaskCombined Clock = "face_task_combined" // the same in the combined flow (along_with_auth): 24 hours
	ClockPlatformReview   Clock = "platform_review"    // 平台初审: typically 1–2 workdays from submission
	ClockSMS              Clock = "sms_verification"   // 工信部短信核验: valid 24 hours from when it was sent
	ClockBureauReview     Clock = "bureau_review"      // 通管局审核: 1–20 workdays from the SMS verification
)

// clocks lists the clocks by index: index 0 is the unknown clock. The
// tables below and Clock.index follow this order.
var clocks = [...]Clock{"", ClockFaceTask, ClockFaceTaskCombined, ClockPlatformReview, ClockSMS, ClockBureauReview}

const clockCount = len(clocks)

var clockNames = enum.Names{
	Noun: "clock",
	IDs: []string{"", string(ClockFaceTask), string(ClockFaceTaskCombined),
		string(ClockPlatformReview), string(ClockSMS), string(ClockBureauReview)},
	Labels: []string{"", "人脸核身", "人脸核身（认证与备案同步办理）", "平台初审", "工信部短信核验", "通管局审核"},
	En:     []string{"", "face verification", "face verification (combined flow)", "platform review", "MIIT SMS verification", "bureau review"},
}

// clockByLen maps the length of a clock's id to the clock's index. The ids
// have distinct lengths under 32 (a test checks it), so index is one table
// look-up and one comparison: a sweep meets clocks in no order, and a
// switch over the ids mispredicts a branch or two on most of them.
var clockByLen = func() (t [32]uint8) {
	for i, c := range clocks {
		t[len(c)] = uint8(i)
	}
	return t
}()

// index returns the position of c in clocks, 0 for an unknown clock.
func (c Clock) index() int {
	i := int(clockByLen[len(c)&31])
	if clocks[i] != c {
		return 0
	}
	return i
}

// IsValid reports whether c is one of the clocks.
func (c Clock) IsValid() bool { return c.index() != 0 }

func (c Clock) String() string { return clockNames.StringOf(string(c)) }

func (c Clock) GoString() string {
	// As in String, an unknown clock's text shows only if it looks like an id.
	q := `""`
	if c != "" {
		q = xerr.QuoteToken(string(c))
	}
	return "deadline.Clock(" + q + ")"
}

func (c Clock) Label() string { return clockNames.Label(c.index()) }

func (c Clock) English() string { return clockNames.English(c.index()) }

func (c Clock) MarshalText() ([]byte, error) {
	if c != "" && c.index() == 0 {
		return nil, errUnknown(&clockNames, string(c))
	}
	return []byte(c), nil
}

func (c *Clock) UnmarshalText(text []byte) error {
	i, err := parseEnum(&clockNames, text)
	if err == nil {
		*c = clocks[i]
	}
	return err
}

// Limit is how long a clock runs: Validity on the wall clock from its
// start, or, when Validity is zero, MinWorkdays to MaxWorkdays workdays
// after the day it starts. The zero Limit, of an unknown clock, limits
// nothing. Limit is a plain value, safe for concurrent use.
type Limit struct {
	Validity                 time.Duration
	MinWorkdays, MaxWorkdays int
}

// Limit returns the limit of c; the zero Limit for an unknown clock.
func (c Clock) Limit() Limit { return limits[c.index()] }

// isWorkdays reports whether l counts workdays rather than wall time.
func (l Limit) isWorkdays() bool { return l.MaxWorkdays > 0 }

// The time limits and their public sources. Workday limits count mainland
// workdays after the day the clock starts (see the package documentation).
const (
	// The MIIT SMS (from 12381) carries a code and a link valid 24 hours
	// from when it was sent; after that the filing is returned and must
	// be resubmitted. Sources: ISP help pages,
	// http://m.cntuanshan.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1383.html
	// and https://help.aliyun.com/wordpower/5571424-1.html.
	smsValidity = 24 * time.Hour

	// A face-verification task_id created for a filing alone is valid 3
	// days, taken as 72 hours on the wall clock from its creation; created
	// with along_with_auth (combined verification and filing) it is valid
	// 1 day. Source: WeChat createIcpVerifyTask,
	// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_createicpverifytask.html
	faceTaskValidity         = 72 * time.Hour
	faceTaskValidityCombined = 24 * time.Hour

	// WeChat's initial review typically takes 1–2 workdays. Source:
	// secondary pages, consistent with each other (not a WeChat
	// commitment), e.g. http://szthdz180.com.cn/icp/580.html.
	platformReviewMinWorkdays = 1
	platformReviewMaxWorkdays = 2

	// The provincial bureau decides in 1–20 workdays depending on the
	// province; 20 is the legal limit once the materials are complete.
	// Sources: MIIT notice 工信部信管〔2023〕105号,
	// https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html,
	// and https://help.aliyun.com/wordpower/5571424-1.html.
	bureauReviewMinWorkdays = 1
	bureauReviewMaxWorkdays = 20
)

// FilingMinWorkdays and FilingMaxWorkdays bound a completion estimate: a
// filing typically takes 3–20 workdays from submission to its number (not
// a commitment; source: http://szthdz180.com.cn/icp/580.html).
const (
	FilingMinWorkdays = 3
	FilingMaxWorkdays = 20
)

// limits is indexed like clocks and never modified.
var limits = [clockCount]Limit{
	{},
	{Validity: faceTaskValidity},
	{Validity: faceTaskValidityCombined},
	{MinWorkdays: platformReviewMinWorkdays, MaxWorkdays: platformReviewMaxWorkdays},
	{Validity: smsValidity},
	{MinWorkdays: bureauReviewMinWorkdays, MaxWorkdays: bureauReviewMaxWorkdays},
}

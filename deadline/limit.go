package deadline

import "time"

// The time limits of the filing process. Wall-clock limits are durations;
// workday limits are counts of mainland workdays after the day the clock
// starts (see the package documentation for the counting convention).
const (
	// SMSValidity: the MIIT SMS (from 12381) carries a code and a link
	// valid 24 hours from when it was sent; after that the filing is
	// returned and must be resubmitted. Source: ISP help pages quoted in
	// the project reference, e.g.
	// http://m.cntuanshan.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1383.html
	// and https://help.aliyun.com/wordpower/5571424-1.html.
	SMSValidity = 24 * time.Hour

	// FaceTaskValidity: a face-verification task_id created for a filing
	// alone is valid 3 days, taken here as 72 hours on the wall clock from
	// its creation. Source: WeChat createIcpVerifyTask,
	// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_createicpverifytask.html
	FaceTaskValidity = 72 * time.Hour

	// FaceTaskValidityCombined: the same task created with along_with_auth
	// (combined verification and filing) is valid 1 day (24 hours).
	// Source: as FaceTaskValidity.
	FaceTaskValidityCombined = 24 * time.Hour

	// PlatformReviewMinWorkdays and PlatformReviewMaxWorkdays: WeChat's
	// initial review typically takes 1–2 workdays. Source: secondary pages,
	// consistent with each other (not a WeChat commitment), e.g.
	// http://szthdz180.com.cn/icp/580.html.
	PlatformReviewMinWorkdays = 1
	PlatformReviewMaxWorkdays = 2

	// BureauReviewMinWorkdays and BureauReviewMaxWorkdays: the provincial
	// bureau decides in 1–20 workdays depending on the province; 20 is the
	// legal limit once the materials are complete. Source: MIIT notice
	// 工信部信管〔2023〕105号,
	// https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html,
	// and https://help.aliyun.com/wordpower/5571424-1.html.
	BureauReviewMinWorkdays = 1
	BureauReviewMaxWorkdays = 20

	// FilingMinWorkdays and FilingMaxWorkdays: the whole filing, from
	// submission to the filing number, typically takes 3–20 workdays.
	// These bound a completion estimate; the stage limits added up can
	// exceed them, as the bureau rarely uses its full 20 workdays.
	// Source: the same secondary pages as the platform review.
	FilingMinWorkdays = 3
	FilingMaxWorkdays = 20
)

// Limit is the time limit of one stage with its source. A wall-clock limit
// has Validity set and both workday counts zero; a workday limit has
// MaxWorkdays > 0 and Validity zero.
//
// The zero Limit belongs to StageUnknown and limits nothing. Limit is a
// plain value, safe for concurrent use.
type Limit struct {
	Stage Stage `json:"stage"`
	// Validity is how long a wall-clock rule runs from its start.
	Validity Period `json:"validity,omitempty"`
	// MinWorkdays is the earliest typical completion, in workdays after
	// the day the clock starts.
	MinWorkdays int `json:"min_workdays,omitempty"`
	// MaxWorkdays is the limit, in workdays after the day the clock starts.
	MaxWorkdays int `json:"max_workdays,omitempty"`
	// Source names the notice or page the limit comes from.
	Source string `json:"source"`
}

// IsWorkdays reports whether l counts mainland workdays (as opposed to
// running on the wall clock).
func (l Limit) IsWorkdays() bool { return l.MaxWorkdays > 0 }

const (
	srcFace     = "WeChat createIcpVerifyTask: https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_createicpverifytask.html"
	srcPlatform = "secondary pages, consistent (not a WeChat commitment): http://szthdz180.com.cn/icp/580.html"
	srcSMS      = "ISP help pages: http://m.cntuanshan.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1383.html; https://help.aliyun.com/wordpower/5571424-1.html"
	srcBureau   = "工信部信管〔2023〕105号: https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html; https://help.aliyun.com/wordpower/5571424-1.html"
)

// limits is indexed by Stage.
var limits = [stageCount]Limit{
	{},
	{Stage: StageFaceVerification, Validity: Period(FaceTaskValidity), Source: srcFace},
	{Stage: StageFaceVerificationCombined, Validity: Period(FaceTaskValidityCombined), Source: srcFace},
	{Stage: StagePlatformReview, MinWorkdays: PlatformReviewMinWorkdays, MaxWorkdays: PlatformReviewMaxWorkdays, Source: srcPlatform},
	{Stage: StageSMSVerification, Validity: Period(SMSValidity), Source: srcSMS},
	{Stage: StageBureauReview, MinWorkdays: BureauReviewMinWorkdays, MaxWorkdays: BureauReviewMaxWorkdays, Source: srcBureau},
}

// Limit returns the time limit of s; the zero Limit for StageUnknown and
// unknown values.
func (s Stage) Limit() Limit {
	if int(s) < stageCount {
		return limits[s]
	}
	return Limit{}
}

// Limits returns the limit of every known stage, in the order of Stages.
// The slice is new on each call.
func Limits() []Limit {
	out := make([]Limit, 0, stageCount-1)
	for _, s := range Stages() {
		out = append(out, limits[s])
	}
	return out
}

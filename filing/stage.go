package filing

import (
	"github.com/beian-go/beian/internal/enum"
)

// Stage is where a filing stands in the process. The zero value,
// StageUnknown, is what a zero Application reports and is never a stored
// stage. Stage is safe for concurrent use. String gives its stable id
// ("platform_review"; "" for StageUnknown, "stage(9)" out of range), which
// MarshalText writes and UnmarshalText reads (an unknown id is
// ErrUnknownStage); Label gives its Chinese name (平台初审), English its
// English one, as package deadline names the clock of the same id.
//
// Its underlying type is uint16, not uint8, on purpose: go vet (and so go
// test) reports a conversion from it to a string type such as
// deadline.Clock, which yields a one-rune string and not the clock of the
// same name, while a conversion from a byte-sized integer passes unseen.
// Use deadline.Clock(s.String()), or Application.Timer.
type Stage uint16

// The stages: those of WeChat's process as get_icp_entrance_info tells
// them apart (StageOf), and the end of a filing cancelled (注销) after it
// succeeded.
const (
	StageUnknown         Stage = iota
	StageDraft                 // 备案信息填写: being prepared, or sent back
	StagePlatformReview        // 平台初审: WeChat's initial review (status 2)
	StageSMSVerification       // 工信部短信核验: waiting for the MIIT SMS check (status 4, sms_verify_status 1)
	StageBureauReview          // 通管局审核: at the provincial bureau (status 4, sms_verify_status 2)
	StageFiled                 // 备案成功: filed, with a filing number (status 6)
	StageDeregistered          // 已注销: the filing was cancelled; terminal
)

// numStages is one past the last valid Stage.
const numStages = int(StageDeregistered) + 1

// stageNames holds each stage's stable id, Chinese and English name.
var stageNames = enum.Names{
	Noun:   "stage",
	IDs:    []string{"", "draft", "platform_review", "sms_verification", "bureau_review", "filed", "deregistered"},
	Labels: []string{"", "备案信息填写", "平台初审", "工信部短信核验", "通管局审核", "备案成功", "已注销"},
	En:     []string{"", "draft", "platform review", "MIIT SMS verification", "bureau review", "filed", "deregistered"},
}

func (s Stage) valid() bool { return s > StageUnknown && int(s) < numStages }

// terminal reports whether s is a valid stage that no event of the
// transition table leaves (StageDeregistered).
func (s Stage) terminal() bool {
	if !s.valid() {
		return false
	}
	for i := range table {
		for _, f := range table[i].from {
			if f == s && table[i].to != s {
				return false
			}
		}
	}
	return true
}

func (s Stage) String() string { return stageNames.String(int(s)) }

func (s Stage) Label() string { return stageNames.Label(int(s)) }

func (s Stage) English() string { return stageNames.English(int(s)) }

func (s Stage) MarshalText() ([]byte, error) { return marshalEnum(&stageNames, int(s)) }

func (s *Stage) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&stageNames, b, ErrUnknownStage)
	if err == nil {
		*s = Stage(v)
	}
	return err
}

// Event is something that happens to a filing: a command of the merchant
// or a decision of WeChat, MIIT or the bureau. The zero value,
// EventUnknown, is refused by every stage. Event is safe for concurrent
// use; its text methods are those of Stage ("approve_platform",
// 平台初审通过, "platform review passed"; ErrUnknownEvent). Event and stage
// ids never coincide.
type Event uint8

// The events, in the fixed order of the transition table and the diagram.
const (
	EventUnknown         Event = iota
	EventSubmit                // 提交备案: send the filing to WeChat
	EventApprovePlatform       // 平台初审通过: WeChat passed it on to MIIT, which sends the SMS
	EventRejectPlatform        // 平台初审驳回: WeChat sent it back with reasons
	EventWithdraw              // 撤回备案: the merchant withdrew it during the platform review
	EventResendSMS             // 重发核验短信: the SMS did not arrive and was sent again (once)
	EventWrongSMSCode          // 短信验证码错误: a wrong code was entered (first to fifth)
	EventFailSMS               // 短信核验失败: the sixth attempt after five wrong codes failed the check
	EventVerifySMS             // 短信核验通过: the SMS check passed within its window
	EventExpireSMS             // 短信核验超时: the window closed without a verification
	EventApproveBureau         // 管局审核通过: the bureau issued the filing number
	EventRejectBureau          // 管局审核驳回: the bureau sent it back with reasons
	EventDeregister            // 注销备案: the filed mini program was deregistered
)

// numEvents is one past the last valid Event.
const numEvents = int(EventDeregister) + 1

// eventNames holds each event's stable id, Chinese name and English
// phrase.
var eventNames = enum.Names{
	Noun: "event",
	IDs: []string{"", "submit", "approve_platform", "reject_platform", "withdraw", "resend_sms", "wrong_sms_code",
		"fail_sms", "verify_sms", "expire_sms", "approve_bureau", "reject_bureau", "deregister"},
	Labels: []string{"", "提交备案", "平台初审通过", "平台初审驳回", "撤回备案", "重发核验短信", "短信验证码错误",
		"短信核验失败", "短信核验通过", "短信核验超时", "管局审核通过", "管局审核驳回", "注销备案"},
	En: []string{"", "submit the filing", "platform review passed", "platform review rejected", "withdraw the filing",
		"verification SMS sent again", "wrong SMS code entered", "SMS verification failed", "SMS verification passed",
		"SMS verification timed out", "bureau review passed", "bureau review rejected", "deregister the filing"},
}

func (e Event) valid() bool { return e > EventUnknown && int(e) < numEvents }

func (e Event) String() string { return eventNames.String(int(e)) }

func (e Event) Label() string { return eventNames.Label(int(e)) }

func (e Event) English() string { return eventNames.English(int(e)) }

func (e Event) MarshalText() ([]byte, error) { return marshalEnum(&eventNames, int(e)) }

func (e *Event) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&eventNames, b, ErrUnknownEvent)
	if err == nil {
		*e = Event(v)
	}
	return err
}

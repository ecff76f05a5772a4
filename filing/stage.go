package filing

import (
	"fmt"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/mask"
)

// Stage is where a filing stands in the process. The zero value,
// StageUnknown, means "no stage": it is what a zero Application reports,
// and it is never a valid stored stage.
//
// Stage is a small comparable value, safe for concurrent use. It marshals
// to text (and so to JSON) as a stable lower-case id such as
// "platform_review"; the zero value marshals to "". String returns that
// id, Label the Chinese name shown to merchants (平台初审) and English the
// English name ("platform review"), in the same words as package
// deadline's stages of the same name.
type Stage uint8

// The stages. The first five are the stages of WeChat's filing process, as
// its get_icp_entrance_info statuses tell them apart (see StageOf);
// StageDeregistered is the terminal state of a filing that was cancelled
// (注销) after it succeeded.
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

// Stages returns every valid stage in process order, StageDraft first.
func Stages() []Stage {
	out := make([]Stage, 0, numStages-1)
	for s := StageDraft; int(s) < numStages; s++ {
		out = append(out, s)
	}
	return out
}

// IsValid reports whether s is one of the named stages (not StageUnknown).
func (s Stage) IsValid() bool { return s > StageUnknown && int(s) < numStages }

// Terminal reports whether s is a valid stage that no event of the
// transition table leaves (StageDeregistered).
func (s Stage) Terminal() bool {
	if !s.IsValid() {
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

// String returns the stable id ("bureau_review"), "" for StageUnknown, or
// "stage(N)" for a value outside the enum.
func (s Stage) String() string { return stageNames.String(int(s)) }

// Label returns the Chinese name shown to merchants (通管局审核), or "" for
// StageUnknown and values outside the enum.
func (s Stage) Label() string { return stageNames.Label(int(s)) }

// English returns the English name for user interfaces ("bureau
// review"), or "" for StageUnknown and values outside the enum.
func (s Stage) English() string { return stageNames.English(int(s)) }

// MarshalText writes the stable id; the zero value writes "". A value
// outside the enum is an error.
func (s Stage) MarshalText() ([]byte, error) {
	b, ok := stageNames.Marshal(int(s))
	if !ok {
		return nil, fmt.Errorf("filing: cannot marshal %s", s)
	}
	return b, nil
}

// UnmarshalText reads a stable id; "" gives StageUnknown. An unknown id
// returns an error wrapping ErrUnknownStage and leaves s unchanged.
func (s *Stage) UnmarshalText(b []byte) error {
	v, ok := parseStage(string(b))
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownStage, clipText(string(b)))
	}
	*s = v
	return nil
}

// ParseStage returns the stage with the given stable id. It rejects ""
// and unknown ids with an error wrapping ErrUnknownStage.
func ParseStage(id string) (Stage, error) {
	v, ok := parseStage(id)
	if !ok || v == StageUnknown {
		return StageUnknown, fmt.Errorf("%w: %q", ErrUnknownStage, clipText(id))
	}
	return v, nil
}

func parseStage(id string) (Stage, bool) {
	v, ok := stageNames.Parse(id)
	return Stage(v), ok
}

// Event is something that happens to a filing: a command of the merchant
// (submit, withdraw) or a decision reported by WeChat, MIIT or the bureau.
// The zero value, EventUnknown, names no event and is refused by every
// stage.
//
// Event is a small comparable value, safe for concurrent use. It marshals
// to text as a stable lower-case id such as "approve_platform"; the ids of
// events and of stages never coincide. String returns that id ("" for
// EventUnknown), Label the Chinese name (平台初审通过) and English an English
// phrase ("platform review passed").
type Event uint8

// The events, in the fixed order used by AvailableEvents and the diagram.
const (
	EventUnknown         Event = iota
	EventSubmit                // 提交备案: send the filing to WeChat
	EventApprovePlatform       // 平台初审通过: WeChat passed it on to MIIT, which sends the SMS
	EventRejectPlatform        // 平台初审驳回: WeChat sent it back with reasons
	EventWithdraw              // 撤回备案: the merchant withdrew it during the platform review
	EventResendSMS             // 重发核验短信: the SMS did not arrive and was sent again (once)
	EventWrongSMSCode          // 短信验证码错误: a wrong code was entered (first to fourth)
	EventFailSMS               // 短信核验失败: the fifth wrong code failed the check
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

// Events returns every valid event in their fixed order.
func Events() []Event {
	out := make([]Event, 0, numEvents-1)
	for e := EventSubmit; int(e) < numEvents; e++ {
		out = append(out, e)
	}
	return out
}

// IsValid reports whether e is one of the named events (not EventUnknown).
func (e Event) IsValid() bool { return e > EventUnknown && int(e) < numEvents }

// String returns the stable id ("verify_sms"), "" for EventUnknown, or
// "event(N)" for a value outside the enum.
func (e Event) String() string { return eventNames.String(int(e)) }

// Label returns the Chinese name (短信核验通过), or "" for EventUnknown and
// values outside the enum.
func (e Event) Label() string { return eventNames.Label(int(e)) }

// English returns the English phrase for user interfaces ("SMS
// verification passed"), or "" for EventUnknown and values outside the
// enum.
func (e Event) English() string { return eventNames.English(int(e)) }

// MarshalText writes the stable id; the zero value writes "". A value
// outside the enum is an error.
func (e Event) MarshalText() ([]byte, error) {
	b, ok := eventNames.Marshal(int(e))
	if !ok {
		return nil, fmt.Errorf("filing: cannot marshal %s", e)
	}
	return b, nil
}

// UnmarshalText reads a stable id; "" gives EventUnknown. An unknown id
// returns an error wrapping ErrUnknownEvent and leaves e unchanged.
func (e *Event) UnmarshalText(b []byte) error {
	v, ok := parseEvent(string(b))
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownEvent, clipText(string(b)))
	}
	*e = v
	return nil
}

// ParseEvent returns the event with the given stable id. It rejects "" and
// unknown ids with an error wrapping ErrUnknownEvent.
func ParseEvent(id string) (Event, error) {
	v, ok := parseEvent(id)
	if !ok || v == EventUnknown {
		return EventUnknown, fmt.Errorf("%w: %q", ErrUnknownEvent, clipText(id))
	}
	return v, nil
}

func parseEvent(id string) (Event, bool) {
	v, ok := eventNames.Parse(id)
	return Event(v), ok
}

// clipText prepares outside text for an error message (mask.Echo).
func clipText(s string) string { return mask.Echo(s) }

package filing

import (
	"fmt"
	"time"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/mask"
)

// Change is one transition an accepted command or poll made, with what the
// merchant must do next and by when: what a service tells the merchant,
// or writes to its outbox, without comparing records.
//
// The embedded Transition is the history entry the change recorded. Todo
// and Due describe the record right after it: for a poll that made
// several transitions, each Change's Todo was current only until the next
// one, and the last Change's Todo is the current one.
//
// Change is a comparable value, safe for concurrent use. It marshals to
// JSON as the Transition's members plus "todo" and "due". The zero Change
// is not one a command returns.
type Change struct {
	Transition
	// Todo is what the merchant must do now.
	Todo Todo `json:"todo"`
	// Due is when the merchant's deadline for Todo ends, in China Standard
	// Time, or zero when there is none: the SMS deadline for TodoVerifySMS
	// (see SMSState.Deadline), the end of the face verification's validity
	// for TodoResubmit.
	Due time.Time `json:"due"`
}

// Todo is what the merchant must do after a change: wait for a review,
// answer the MIIT SMS by its deadline, fix and resubmit, or nothing.
//
// Todo is a small comparable value, safe for concurrent use. It marshals
// to text as a stable lower-case id such as "verify_sms"; String returns
// that id, Label a Chinese instruction for merchants and English an English
// one. The zero value, TodoUnknown, is "" and is never the Todo of a
// Change.
type Todo uint8

// The things to do, one per stage, and two for a draft.
const (
	TodoUnknown Todo = iota
	// TodoNone: nothing; the filing is filed or deregistered.
	TodoNone
	// TodoWaitPlatformReview: wait for WeChat's review (1–2 workdays as a
	// rule; no deadline for the merchant).
	TodoWaitPlatformReview
	// TodoVerifySMS: complete the MIIT SMS check (the SMS comes from
	// 12381) before Due.
	TodoVerifySMS
	// TodoWaitBureauReview: wait for the provincial bureau's decision.
	TodoWaitBureauReview
	// TodoResubmit: the filing is back in draft; fix what was rejected and
	// submit it again, before Due, when the face verification expires.
	TodoResubmit
	// TodoVerifyFace: the filing is back in draft and its face
	// verification has expired or is missing: verify the mini-program
	// principal again, then submit.
	TodoVerifyFace
)

var todoNames = enum.Names{
	Noun: "todo",
	IDs:  []string{"", "none", "wait_platform_review", "verify_sms", "wait_bureau_review", "resubmit", "verify_face"},
	Labels: []string{"", "无需操作", "等待平台初审", "在截止时间前完成工信部短信核验", "等待通管局审核",
		"修改后重新提交备案", "重新完成人脸核验后提交备案"},
	En: []string{"", "nothing to do", "wait for WeChat's review", "complete the MIIT SMS check before the deadline",
		"wait for the bureau's review", "fix the filing and submit it again", "verify the principal's face again, then submit"},
}

// String returns the stable id ("verify_sms"), "" for TodoUnknown, or
// "todo(N)" for a value outside the enum.
func (t Todo) String() string { return todoNames.String(int(t)) }

// Label returns the Chinese instruction (在截止时间前完成工信部短信核验), or ""
// for TodoUnknown and values outside the enum.
func (t Todo) Label() string { return todoNames.Label(int(t)) }

// English returns the English instruction, or "" for TodoUnknown and
// values outside the enum.
func (t Todo) English() string { return todoNames.English(int(t)) }

// MarshalText writes the stable id; the zero value writes "". A value
// outside the enum is an error.
func (t Todo) MarshalText() ([]byte, error) {
	b, ok := todoNames.Marshal(int(t))
	if !ok {
		return nil, fmt.Errorf("filing: cannot marshal %s", t)
	}
	return b, nil
}

// UnmarshalText reads a stable id; "" gives TodoUnknown. An unknown id
// returns an error wrapping ErrUnknownTodo and leaves t unchanged.
func (t *Todo) UnmarshalText(b []byte) error {
	v, ok := todoNames.Parse(string(b))
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownTodo, mask.Echo(string(b)))
	}
	*t = Todo(v)
	return nil
}

// todo returns what the merchant must do in s at instant at, and by when.
func (s *Snapshot) todo(at time.Time) (Todo, time.Time) {
	switch s.Stage {
	case StageDraft:
		if until := s.Face.ValidUntil(s.Identity.Combined); !until.IsZero() && !at.After(until) {
			return TodoResubmit, until
		}
		return TodoVerifyFace, time.Time{}
	case StagePlatformReview:
		return TodoWaitPlatformReview, time.Time{}
	case StageSMSVerification:
		return TodoVerifySMS, s.SMS.Deadline()
	case StageBureauReview:
		return TodoWaitBureauReview, time.Time{}
	case StageFiled, StageDeregistered:
		return TodoNone, time.Time{}
	}
	return TodoUnknown, time.Time{}
}

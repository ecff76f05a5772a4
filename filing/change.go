package filing

import (
	"time"

	"github.com/beian-go/beian/internal/enum"
)

// Change is one transition a command or poll made, with what the merchant
// must do next and by when: what a service tells the merchant, or writes
// to its outbox. Todo and Due hold right after the transition (the last
// Change of a poll gives the current ones). It is a comparable value, safe
// for concurrent use; the zero Change is never returned.
type Change struct {
	Transition
	// Todo is what the merchant must do now.
	Todo Todo `json:"todo"`
	// Due is the deadline of Todo, or zero: the end of the SMS window for
	// TodoVerifySMS, of the face task's validity for TodoResubmit.
	Due time.Time `json:"due"`
}

// Todo is what the merchant must do after a change: wait for a review,
// answer the MIIT SMS by its deadline, fix and resubmit, or nothing. The
// zero value, TodoUnknown, is never the Todo of a Change. Todo is safe for
// concurrent use; its text methods are those of Stage ("verify_sms",
// a Chinese and an English instruction; ErrUnknownTodo).
type Todo uint8

// The things to do, one per stage, and two for a draft.
const (
	TodoUnknown            Todo = iota
	TodoNone                    // nothing: filed or deregistered
	TodoWaitPlatformReview      // wait for WeChat's review
	TodoVerifySMS               // complete the MIIT SMS check (from 12381) before Due
	TodoWaitBureauReview        // wait for the provincial bureau's decision
	TodoResubmit                // fix the draft and submit it before Due, when the face task expires
	TodoVerifyFace              // verify the principal's face again (expired or missing), then submit
)

var todoNames = enum.Names{
	Noun: "todo",
	IDs:  []string{"", "none", "wait_platform_review", "verify_sms", "wait_bureau_review", "resubmit", "verify_face"},
	Labels: []string{"", "无需操作", "等待平台初审", "在截止时间前完成工信部短信核验", "等待通管局审核",
		"修改后重新提交备案", "重新完成人脸核验后提交备案"},
	En: []string{"", "nothing to do", "wait for WeChat's review", "complete the MIIT SMS check before the deadline",
		"wait for the bureau's review", "fix the filing and submit it again", "verify the principal's face again, then submit"},
}

func (t Todo) String() string { return todoNames.String(int(t)) }

func (t Todo) Label() string { return todoNames.Label(int(t)) }

func (t Todo) English() string { return todoNames.English(int(t)) }

func (t Todo) MarshalText() ([]byte, error) { return marshalEnum(&todoNames, int(t)) }

func (t *Todo) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&todoNames, b, ErrUnknownTodo)
	if err == nil {
		*t = Todo(v)
	}
	return err
}

// todo returns what the merchant must do in s at instant at, and by when.
func (s *Snapshot) todo(at time.Time) (Todo, time.Time) {
	switch s.Stage {
	case StageDraft:
		if until := s.Face.validUntil(s.Identity.Combined); !until.IsZero() && !at.After(until) {
			return TodoResubmit, until
		}
		return TodoVerifyFace, time.Time{}
	case StagePlatformReview:
		return TodoWaitPlatformReview, time.Time{}
	case StageSMSVerification:
		return TodoVerifySMS, s.SMS.deadline()
	case StageBureauReview:
		return TodoWaitBureauReview, time.Time{}
	case StageFiled, StageDeregistered:
		return TodoNone, time.Time{}
	}
	return TodoUnknown, time.Time{}
}

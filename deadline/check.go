package deadline

import (
	"time"

	"github.com/beian-go/beian/workday"
)

// State says where a running stage stands against its window. The zero
// value, StateUnknown, means not evaluated. State is a small comparable
// value, safe for concurrent use; its text form is a stable lower-case id.
type State uint8

// The states of a stage clock.
const (
	StateUnknown State = iota
	// StatePending: before the window's Earliest day; no result is
	// expected yet. Only workday limits have this state.
	StatePending
	// StateInWindow: from Earliest up to and including Deadline; the stage
	// may end at any moment. A wall-clock limit is in this state for its
	// whole validity.
	StateInWindow
	// StateOverdue: Deadline has passed. See Advice for what to do.
	StateOverdue
	stateCount
)

var stateIDs = [stateCount]string{"", "pending", "in_window", "overdue"}

// String returns the state's stable id ("pending", "in_window",
// "overdue"), or "" for StateUnknown.
func (s State) String() string { return idText(stateIDs[:], int(s)) }

// MarshalText implements encoding.TextMarshaler with the id from String.
func (s State) MarshalText() ([]byte, error) {
	return marshalID("state", stateIDs[:], int(s))
}

// UnmarshalText implements encoding.TextUnmarshaler. "" gives
// StateUnknown; an unknown id is an error wrapping ErrInvalid and leaves s
// unchanged.
func (s *State) UnmarshalText(text []byte) error {
	i, err := parseID("state", stateIDs[:], text)
	if err == nil {
		*s = State(i)
	}
	return err
}

// Advice is what to do about an overdue stage. The zero value, AdviceNone,
// means nothing needs doing. Advice is a small comparable value, safe for
// concurrent use. String returns the stable lower-case id that MarshalText
// writes ("contact_bureau"); Label and English return the advice as a
// sentence a UI can show, in Chinese and in English. All three are "" for
// AdviceNone.
type Advice uint8

// The advice for each overdue stage.
const (
	AdviceNone Advice = iota
	// AdviceNewFaceTask: the face-verification task has expired; create a
	// new one (createIcpVerifyTask) before submitting.
	AdviceNewFaceTask
	// AdviceContactWeChat: WeChat's review has taken longer than its usual
	// 2 workdays; check the filing status and contact WeChat support.
	AdviceContactWeChat
	// AdviceResubmit: the MIIT SMS has expired, so the filing is returned;
	// resubmit it (it passes platform review again and a new SMS is sent).
	AdviceResubmit
	// AdviceContactBureau: the bureau has taken longer than 20 workdays;
	// contact the provincial communications administration (通信管理局).
	AdviceContactBureau
	adviceCount
)

var adviceIDs = [adviceCount]string{"", "new_face_task", "contact_wechat", "resubmit", "contact_bureau"}

var adviceTexts = [adviceCount][2]string{
	{"", ""},
	{"人脸核身任务已过期，请重新发起人脸核身", "the face-verification task has expired: create a new one"},
	{"平台初审已超过 2 个工作日，请查询备案状态并联系微信客服", "platform review has taken more than 2 workdays: check the filing status and contact WeChat support"},
	{"工信部短信核验已超时，备案已被退回，请重新提交备案", "the MIIT SMS has expired and the filing was returned: resubmit it"},
	{"通管局审核已超过 20 个工作日，建议联系省通信管理局", "bureau review has taken more than 20 workdays: contact the provincial communications administration"},
}

// adviceFor is the advice for an overdue stage, indexed by Stage.
var adviceFor = [stageCount]Advice{
	StageFaceVerification:         AdviceNewFaceTask,
	StageFaceVerificationCombined: AdviceNewFaceTask,
	StagePlatformReview:           AdviceContactWeChat,
	StageSMSVerification:          AdviceResubmit,
	StageBureauReview:             AdviceContactBureau,
}

// String returns the advice's stable id ("new_face_task",
// "contact_wechat", "resubmit", "contact_bureau"), or "" for AdviceNone.
func (a Advice) String() string { return idText(adviceIDs[:], int(a)) }

// Label returns the advice as a sentence in Chinese
// (通管局审核已超过 20 个工作日，建议联系省通信管理局), or "" for AdviceNone and
// unknown values.
func (a Advice) Label() string {
	if a >= adviceCount {
		return ""
	}
	return adviceTexts[a][0]
}

// English returns the advice as a sentence in English ("bureau review has
// taken more than 20 workdays: contact the provincial communications
// administration"), or "" for AdviceNone and unknown values.
func (a Advice) English() string {
	if a >= adviceCount {
		return ""
	}
	return adviceTexts[a][1]
}

// MarshalText implements encoding.TextMarshaler with the id from String.
func (a Advice) MarshalText() ([]byte, error) {
	return marshalID("advice", adviceIDs[:], int(a))
}

// UnmarshalText implements encoding.TextUnmarshaler. "" gives AdviceNone;
// an unknown id is an error wrapping ErrInvalid and leaves a unchanged.
func (a *Advice) UnmarshalText(text []byte) error {
	i, err := parseID("advice", adviceIDs[:], text)
	if err == nil {
		*a = Advice(i)
	}
	return err
}

// StageStatus is the state of one stage clock at a given moment.
//
// The zero StageStatus (State StateUnknown) means not evaluated. It is a
// plain value, safe for concurrent use.
type StageStatus struct {
	Window Window `json:"window"`
	State  State  `json:"state"`
	// WorkdaysLeft, for workday limits, counts the workdays after today
	// up to Window.Latest: 0 on the last day. Once overdue it is minus the
	// workdays from the day after Latest through today (0 when none of
	// them is a workday yet). Always 0 for wall-clock limits.
	WorkdaysLeft int `json:"workdays_left"`
	// Remaining is the time from now to Window.Deadline, negative once
	// overdue. Like [time.Time.Sub] it saturates at the range of a
	// time.Duration, about 292 years either way.
	Remaining Period `json:"remaining"`
	// Advice says what to do when State is StateOverdue; AdviceNone
	// otherwise.
	Advice Advice `json:"advice,omitempty"`
}

// Check evaluates the clock of stage s, started at entered, at now: which
// [State] it is in, how many workdays or how much time is left, and what
// to do if it is overdue ([Advice]). Workdays are counted with cal
// ([workday.China] for the mainland calendar, or any other [workday.Calendar]).
//
// It returns the errors of [StageWindow], an error wrapping [ErrMissing]
// for a zero now, one wrapping [ErrOrder] when now is before entered, and
// one wrapping [ErrInvalid] when now falls outside the years 1..9999.
//
// For many records at one moment, use a [Sweeper]: it gives the same
// answers from a table, more than ten times faster.
func Check(cal *workday.Calendar, s Stage, entered, now time.Time) (StageStatus, error) {
	w, err := StageWindow(cal, s, entered)
	if err != nil {
		return StageStatus{}, err
	}
	if now.IsZero() {
		return StageStatus{}, errorf("now", ErrMissing, "the moment of evaluation is unset")
	}
	if now.Before(entered) {
		return StageStatus{}, errorf("now", ErrOrder, "the moment of evaluation is before the %s clock started", s)
	}
	today := workday.DateOf(now)
	if !today.IsValid() {
		return StageStatus{}, errorf("now", ErrInvalid, "the moment of evaluation is outside the years 1..9999")
	}
	st := StageStatus{Window: w, Remaining: Period(w.Deadline.Sub(now))}
	st.State, st.WorkdaysLeft = evaluate(cal, w, today, now)
	if st.State == StateOverdue {
		st.Advice = adviceFor[s]
	}
	return st, nil
}

// evaluate places now, on day today, against w.
func evaluate(cal *workday.Calendar, w Window, today workday.Date, now time.Time) (State, int) {
	workdays := limits[w.Stage].IsWorkdays()
	left := 0
	if workdays {
		if today.After(w.Latest) {
			left = -cal.WorkdaysBetween(w.Latest, today)
		} else {
			left = cal.WorkdaysBetween(today, w.Latest)
		}
	}
	switch {
	case w.Past(now):
		return StateOverdue, left
	case workdays && today.Before(w.Earliest):
		return StatePending, left
	}
	return StateInWindow, left
}

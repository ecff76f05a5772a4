package deadline

import (
	"time"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/workday"
)

// State says where a running clock stands against its window. The zero
// value, StateUnknown, means not evaluated. Like every enum here, String
// returns the stable id MarshalText writes ("in_window"), Label the
// Chinese name and English the English one, all "" for the zero value;
// UnmarshalText reads the id back, and refuses an unknown one with an
// error wrapping [ErrInvalid], leaving the value unchanged. A State is
// safe for concurrent use.
type State uint8

// The states of a clock.
const (
	StateUnknown  State = iota
	StatePending        // before the window's Earliest day (workday limits only)
	StateInWindow       // from Earliest through Deadline
	StateOverdue        // after Deadline; see Advice
)

var stateNames = enum.Names{
	Noun:   "state",
	IDs:    []string{"", "pending", "in_window", "overdue"},
	Labels: []string{"", "未到期", "时限内", "已超时"},
	En:     []string{"", "pending", "in window", "overdue"},
}

func (s State) String() string                { return stateNames.String(int(s)) }
func (s State) Label() string                 { return stateNames.Label(int(s)) }
func (s State) English() string               { return stateNames.English(int(s)) }
func (s State) MarshalText() ([]byte, error)  { return marshalEnum(&stateNames, int(s)) }
func (s *State) UnmarshalText(b []byte) error { return unmarshalEnum(&stateNames, b, s) }

// Advice is what to do about an overdue clock. The zero value, AdviceNone,
// means nothing needs doing. Label and English give the advice as a
// sentence a UI can show; the text methods are those of [State].
type Advice uint8

// The advice for each overdue clock.
const (
	AdviceNone          Advice = iota
	AdviceNewFaceTask          // the task expired: create a new one (createIcpVerifyTask)
	AdviceContactWeChat        // review over 2 workdays: check the status, contact WeChat
	AdviceResubmit             // the SMS expired and the filing was returned: resubmit it
	AdviceContactBureau        // review over 20 workdays: contact the provincial bureau
)

var adviceNames = enum.Names{
	Noun: "advice",
	IDs:  []string{"", "new_face_task", "contact_wechat", "resubmit", "contact_bureau"},
	Labels: []string{"",
		"人脸核身任务已过期，请重新发起人脸核身",
		"平台初审已超过 2 个工作日，请查询备案状态并联系微信客服",
		"工信部短信核验已超时，备案已被退回，请重新提交备案",
		"通管局审核已超过 20 个工作日，建议联系省通信管理局"},
	En: []string{"",
		"the face-verification task has expired: create a new one",
		"platform review has taken more than 2 workdays: check the filing status and contact WeChat support",
		"the MIIT SMS has expired and the filing was returned: resubmit it",
		"bureau review has taken more than 20 workdays: contact the provincial communications administration"},
}

func (a Advice) String() string                { return adviceNames.String(int(a)) }
func (a Advice) Label() string                 { return adviceNames.Label(int(a)) }
func (a Advice) English() string               { return adviceNames.English(int(a)) }
func (a Advice) MarshalText() ([]byte, error)  { return marshalEnum(&adviceNames, int(a)) }
func (a *Advice) UnmarshalText(b []byte) error { return unmarshalEnum(&adviceNames, b, a) }

// adviceFor is the advice for an overdue clock, indexed like clocks.
var adviceFor = [clockCount]Advice{0, AdviceNewFaceTask, AdviceNewFaceTask, AdviceContactWeChat, AdviceResubmit, AdviceContactBureau}

// ClockStatus is the state of one clock at a given moment. WorkdaysLeft,
// for workday limits, counts the workdays after today through
// Window.Latest (0 on the last day, minus those after Latest once overdue).
// The zero ClockStatus means not evaluated; it is a plain value, safe for
// concurrent use.
type ClockStatus struct {
	Window       Window `json:"window"`
	State        State  `json:"state"`
	WorkdaysLeft int    `json:"workdays_left"`
	Advice       Advice `json:"advice,omitempty"` // set when State is StateOverdue
}

// Check evaluates clock c, started at started, at now: its [State], the
// workdays left, and the [Advice] when overdue. It returns the errors of
// [WindowOf], and errors wrapping [ErrMissing] for a zero now, [ErrOrder]
// for a now before started and [ErrInvalid] for one outside the years
// 1..9999. For many clocks at one moment, a [Sweeper] is faster.
func Check(cal *workday.Calendar, c Clock, started, now time.Time) (ClockStatus, error) {
	w, err := WindowOf(cal, c, started)
	if err != nil {
		return ClockStatus{}, err
	}
	if now.IsZero() {
		return ClockStatus{}, errorf("now", ErrMissing, "the moment of evaluation is unset")
	}
	if now.Before(started) {
		return ClockStatus{}, errorf("now", ErrOrder, "the moment of evaluation is before the %s clock started", c)
	}
	today := workday.DateOf(now)
	if !today.IsValid() {
		return ClockStatus{}, errorf("now", ErrInvalid, "the moment of evaluation is outside the years 1..9999")
	}
	st := ClockStatus{Window: w}
	st.State, st.WorkdaysLeft = evaluate(cal, w, today, now)
	if st.State == StateOverdue {
		st.Advice = adviceFor[c.index()]
	}
	return st, nil
}

// evaluate places now, on day today, against w.
func evaluate(cal *workday.Calendar, w Window, today workday.Date, now time.Time) (State, int) {
	workdays := limits[w.Clock.index()].isWorkdays()
	left := 0
	if workdays {
		if today.After(w.Latest) {
			left = -cal.WorkdaysBetween(w.Latest, today)
		} else {
			left = cal.WorkdaysBetween(today, w.Latest)
		}
	}
	switch {
	case w.past(now):
		return StateOverdue, left
	case workdays && today.Before(w.Earliest):
		return StatePending, left
	}
	return StateInWindow, left
}

package wechat

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
)

// The filing events' InfoType: a review's outcome (the new status) and a
// face verification's result (applyIcpFiling and createIcpVerifyTask
// documentation).
const (
	EventApplyResult  = "notify_apply_icpfiling_result"
	EventVerifyResult = "notify_icpfiling_verify_result"
)

// Event is one decrypted push: its InfoType, the mini program's appid
// (authorizer_appid, verify_appid), CreateTime in China Standard Time,
// EventApplyResult's beian_status, EventVerifyResult's task_id, result and
// along_with_auth_result, and the plaintext XML. Other events
// (component_verify_ticket, …) keep Type and Raw only; Raw may hold their
// secrets, so do not log it. It is a plain value, safe for concurrent
// reads; the zero Event is no event.
type Event struct {
	Type                string
	AppID               string
	At                  time.Time
	Status              filing.EntranceStatus
	TaskID              string
	FaceStatus          FaceStatus
	AlongWithAuthResult int
	Raw                 []byte
}

// ParseEvent reads a decrypted push (ErrMessage if it is not XML with an
// InfoType, or a filing event without its status or task).
func ParseEvent(msg []byte) (Event, error) {
	var x struct {
		CreateTime int64  `xml:"CreateTime"`
		InfoType   string `xml:"InfoType"`
		Event      string `xml:"Event"`
		AuthAppID  string `xml:"authorizer_appid"`
		Status     int    `xml:"beian_status"`
		TaskID     string `xml:"task_id"`
		VerifyApp  string `xml:"verify_appid"`
		Result     int    `xml:"result"`
		Along      int    `xml:"along_with_auth_result"`
	}
	if err := xml.Unmarshal(msg, &x); err != nil {
		return Event{}, fmt.Errorf("%w: not an XML message", ErrMessage)
	}
	ev := Event{Type: strings.TrimSpace(x.InfoType), At: unixCST(x.CreateTime), Raw: msg}
	if ev.Type == "" {
		ev.Type = strings.TrimSpace(x.Event)
	}
	switch ev.Type {
	case "":
		return Event{}, fmt.Errorf("%w: no InfoType", ErrMessage)
	case EventApplyResult:
		if x.Status <= 0 {
			return Event{}, fmt.Errorf("%w: %s without beian_status", ErrMessage, ev.Type)
		}
		ev.AppID, ev.Status = strings.TrimSpace(x.AuthAppID), filing.EntranceStatus(x.Status)
	case EventVerifyResult:
		if strings.TrimSpace(x.TaskID) == "" {
			return Event{}, fmt.Errorf("%w: %s without task_id", ErrMessage, ev.Type)
		}
		ev.AppID, ev.TaskID = strings.TrimSpace(x.VerifyApp), strings.TrimSpace(x.TaskID)
		ev.FaceStatus, ev.AlongWithAuthResult = FaceStatus(x.Result), x.Along
	}
	return ev, nil
}

// Poll returns the status an EventApplyResult reports, for
// Application.Sync (false for other events): the same transitions as a
// poll, and an event and a poll of one change apply once. It has no
// rejection reasons (3, 5) and no filing number (6): on those, Sync
// Client.Poll's answer instead. For status 4 the event's time is taken as
// the moment MIIT sent the SMS (Poll.SMSSentAt): WeChat pushes the event
// when it passes the filing on, so the SMS clock starts then rather than
// when a later poll would have seen it.
func (e Event) Poll() (filing.Poll, bool) {
	if e.Type != EventApplyResult || e.Status == 0 {
		return filing.Poll{}, false
	}
	p := filing.Poll{Status: e.Status}
	if e.Status == filing.StatusBureauReview {
		p.SMSSentAt = e.At
	}
	return p, true
}

package filing

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// EntranceStatus is get_icp_entrance_info's info.status, a number in
// JSON. The zero value means unset. It is safe for concurrent use.
type EntranceStatus int

// The statuses. Source: WeChat's get_icp_entrance_info documentation
// (2–6, 1024, 1025), https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpentranceinfo,
// and the Senparc SDK's copy of its field notes (1025–1027 in full),
// https://github.com/JeffreySu/WeiXinMPSDK (GetIcpEntranceInfoResultJson).
const (
	StatusPlatformReview                EntranceStatus = 2    // 平台审核中
	StatusPlatformRejected              EntranceStatus = 3    // 平台审核驳回
	StatusBureauReview                  EntranceStatus = 4    // 管局审核中 (includes the SMS check)
	StatusBureauRejected                EntranceStatus = 5    // 管局审核驳回
	StatusFiled                         EntranceStatus = 6    // 已备案
	StatusNotFiled                      EntranceStatus = 1024 // 未备案
	StatusNotFiledNoBasicInfo           EntranceStatus = 1025 // 未备案 && 小程序基本信息未填
	StatusNotFiledNoCategory            EntranceStatus = 1026 // 未备案 && 小程序类目未填
	StatusNotFiledNoBasicInfoNoCategory EntranceStatus = 1027 // 未备案 && 小程序基本信息未填 && 小程序类目未填
)

// notFiled reports whether s is one of the 1024–1027 "not filed" statuses.
func (s EntranceStatus) notFiled() bool {
	return s >= StatusNotFiled && s <= StatusNotFiledNoBasicInfoNoCategory
}

// SMSVerifyStatus is get_icp_entrance_info's info.sms_verify_status, the
// MIIT SMS check while the status is 4 (and 5 for a time-out). The zero
// value means none reported. It is safe for concurrent use.
type SMSVerifyStatus int

// The SMS verification states. Source: WeChat's get_icp_entrance_info
// documentation, https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpentranceinfo.
const (
	SMSWaiting  SMSVerifyStatus = 1 // 等待核验中
	SMSVerified SMSVerifyStatus = 2 // 核验完成
	SMSTimedOut SMSVerifyStatus = 3 // 核验超时
)

// StageOf maps a WeChat status and SMS state to the stage it means:
// 1024–1027 and the rejections 3 and 5 are StageDraft; 2 is
// StagePlatformReview; 4 is StageSMSVerification while the SMS waits (or
// no SMS state is given), StageBureauReview once it is verified and
// StageDraft when it timed out; 6 is StageFiled. An unknown status or SMS
// state gives an error matching ErrStatus.
func StageOf(status EntranceStatus, sms SMSVerifyStatus) (Stage, error) {
	if sms < 0 || sms > SMSTimedOut {
		return StageUnknown, &StatusError{Status: status, SMSStatus: sms, Reason: "unknown sms_verify_status"}
	}
	switch {
	case status.notFiled(), status == StatusPlatformRejected:
		return StageDraft, nil
	case status == StatusPlatformReview:
		return StagePlatformReview, nil
	case status == StatusBureauReview:
		switch sms {
		case SMSVerified:
			return StageBureauReview, nil
		case SMSTimedOut:
			return StageDraft, nil
		}
		return StageSMSVerification, nil
	case status == StatusBureauRejected:
		return StageDraft, nil
	case status == StatusFiled:
		return StageFiled, nil
	}
	return StageUnknown, &StatusError{Status: status, SMSStatus: sms, Reason: "unknown status"}
}

// Poll is what a poll of WeChat, or a push event, reports about a filing;
// get_icp_entrance_info's info object decodes into it. It is a plain value,
// safe for concurrent reads; Sync refuses the zero Poll.
type Poll struct {
	Status          EntranceStatus  `json:"status"`
	SMSVerifyStatus SMSVerifyStatus `json:"sms_verify_status,omitempty"`
	AuditData       []Rejection     `json:"audit_data,omitempty"` // reasons of status 3 and 5
	FilingNumber    string          `json:"-"`                    // needed for status 6: get_online_icp_order's record_number
	// SMSSentAt is when MIIT sent the SMS, if known (a push event's
	// CreateTime); read when the poll moves the record out of the platform
	// review.
	SMSSentAt time.Time `json:"-"`
}

// Sync applies a status polled from WeChat (or carried by a push event) at
// now: it records, in order, the events that lead from the record's stage
// to the one the status means (StageOf), as WeChat's facts (Synced: the
// merchant's preconditions are not checked), each with the reason "wechat
// status N", and returns their changes; Version grows by one. A status the
// record already reflects changes nothing and returns no changes. One it
// cannot reach (a filed record reported in review, an unknown code, status
// 6 without a valid filing number) is refused with ErrStatus or the
// failing check's error, and nothing is recorded.
//
// The SMS's 24 hours run from p.SMSSentAt (kept between the last change
// and now), at which the events up to the platform's approval are
// recorded. Without it, the poll's now stands in, and the deadline is late
// by the time between the SMS and the poll: poll every few minutes during
// the platform review, or apply push events with their CreateTime.
func (a *Application) Sync(p Poll, now time.Time) ([]Change, error) {
	now = normTime(now)
	if err := checkNow("now", now); err != nil {
		return nil, err
	}
	sent := normTime(p.SMSSentAt)
	if err := checkInstant("SMSSentAt", sent); err != nil {
		return nil, err
	}
	note := "wechat status " + strconv.Itoa(int(p.Status))
	if p.SMSVerifyStatus != 0 {
		note += "/" + strconv.Itoa(int(p.SMSVerifyStatus))
	}
	in := input{reasons: p.AuditData, number: strings.TrimSpace(p.FilingNumber), note: note, smsSentAt: now}
	in.prepare()
	a.mu.Lock()
	defer a.mu.Unlock()
	plan, err := a.s.plan(p)
	if err != nil || len(plan) == 0 {
		return nil, err
	}
	if err := a.s.checkTime("now", now); err != nil {
		return nil, err
	}
	if err := a.s.checkFull(); err != nil {
		return nil, err
	}
	work := a.s
	work.History = work.History[:len(work.History):len(work.History)] // appends copy, never write into a.s
	at := now
	if slices.Contains(plan, EventApprovePlatform) {
		if !sent.IsZero() {
			in.smsSentAt = clampTime(sent, work.UpdatedAt, now)
			at = in.smsSentAt
		}
	}
	changes := make([]Change, 0, len(plan))
	for _, ev := range plan {
		c, err := work.fire(ev, at, &in, true)
		if err != nil {
			return nil, err
		}
		changes = append(changes, c)
		if ev == EventApprovePlatform {
			at = now
		}
	}
	work.Version++
	a.s = work
	return changes, nil
}

// clampTime returns t kept within [lo, hi].
func clampTime(t, lo, hi time.Time) time.Time {
	switch {
	case t.Before(lo):
		return lo
	case t.After(hi):
		return hi
	}
	return t
}

// forwardPath is the way from a draft to the bureau's review; the stage
// before forwardPath[i] is the one whose forwardStep is i.
var forwardPath = [...]Event{EventSubmit, EventApprovePlatform, EventVerifySMS}

// forwardStep returns s's place on forwardPath, and false for a stage not
// on it.
func forwardStep(s Stage) (int, bool) {
	switch s {
	case StageDraft:
		return 0, true
	case StagePlatformReview:
		return 1, true
	case StageSMSVerification:
		return 2, true
	case StageBureauReview:
		return 3, true
	}
	return 0, false
}

// plan returns the events that bring s to what p reports, or nil when s
// already reflects it.
func (s *Snapshot) plan(p Poll) ([]Event, error) {
	want, err := StageOf(p.Status, p.SMSVerifyStatus)
	if err != nil {
		return nil, err
	}
	refuse := func(reason string) ([]Event, error) {
		return nil, &StatusError{Status: p.Status, SMSStatus: p.SMSVerifyStatus, Stage: s.Stage, Reason: reason}
	}
	cur := s.Stage
	switch cur {
	case StageUnknown:
		return refuse("the record has no stage")
	case StageDeregistered:
		if p.Status.notFiled() {
			return nil, nil
		}
		return refuse("the filing was deregistered")
	}
	if want == cur {
		return nil, nil
	}
	// Forward: the events from the current stage up to the one wanted.
	c, ok := forwardStep(cur)
	switch want {
	case StagePlatformReview, StageSMSVerification, StageBureauReview:
		w, _ := forwardStep(want)
		if !ok || w <= c {
			return refuse("the record is past that stage")
		}
		return forwardPath[c:w:w], nil
	case StageFiled:
		if !ok {
			return refuse("the record cannot be filed from its stage")
		}
		return append(append([]Event(nil), forwardPath[c:]...), EventApproveBureau), nil
	}
	// want is StageDraft: how the filing came back depends on the status.
	switch {
	case p.Status.notFiled():
		switch cur {
		case StagePlatformReview:
			return []Event{EventWithdraw}, nil
		case StageFiled:
			return []Event{EventDeregister}, nil
		}
		return refuse("a filing at the bureau cannot become unfiled")
	case p.Status == StatusPlatformRejected:
		if cur == StagePlatformReview {
			return []Event{EventRejectPlatform}, nil
		}
		return refuse("the platform review is over")
	case p.SMSVerifyStatus == SMSTimedOut:
		switch cur {
		case StagePlatformReview:
			return []Event{EventApprovePlatform, EventExpireSMS}, nil
		case StageSMSVerification:
			return []Event{EventExpireSMS}, nil
		}
		return refuse("the sms check is over")
	default: // status 5
		switch cur {
		case StagePlatformReview:
			return []Event{EventApprovePlatform, EventRejectBureau}, nil
		case StageSMSVerification, StageBureauReview:
			return []Event{EventRejectBureau}, nil
		}
		return refuse("the filing is not at the bureau")
	}
}

package filing

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// EntranceStatus is the filing status WeChat reports in
// get_icp_entrance_info's info.status. It goes to JSON as WeChat's number.
// The zero value is not a WeChat status and means unset. It is a
// comparable value, safe for concurrent use.
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
// state of the MIIT SMS check, meaningful while the status is 4 (and 5 for
// a time-out). The zero value means WeChat did not report one. It is a
// comparable value, safe for concurrent use.
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

// Poll is what a poll of WeChat, or a push event, reports about a filing.
// Its JSON member names are those of get_icp_entrance_info's info object,
// so that object can be decoded into a Poll directly. It is a plain value,
// safe for concurrent reads; the zero Poll has no status and is refused by
// Sync.
type Poll struct {
	Status          EntranceStatus  `json:"status"`
	SMSVerifyStatus SMSVerifyStatus `json:"sms_verify_status,omitempty"`
	// AuditData are the rejection reasons of status 3 and 5.
	AuditData []Rejection `json:"audit_data,omitempty"`
	// FilingNumber is the mini program's filing number, from
	// get_online_icp_order's icp_applets.base_info.record_number; it is
	// needed to apply status 6.
	FilingNumber string `json:"-"`
	// SMSSentAt is when MIIT sent the verification SMS, when known: a push
	// event's CreateTime for the platform's approval fills it. Zero means
	// unknown. It is read only when the poll moves the record out of the
	// platform review.
	SMSSentAt time.Time `json:"-"`
}

// Sync applies a polled WeChat status to the record at now: it fires, in
// order, the events that lead from the current stage to the stage the
// status means (see StageOf), as facts reported by WeChat, so the checks
// of the merchant's own commands (validation, face verification, SMS
// deadlines, reasons) are skipped. Each event is recorded in the history
// with the reason "wechat status N". Deregistration shows as status
// 1024–1027 on a filed record.
//
// It returns the changes it made, in order, and adds one to Version when
// it made any. Applying a status the record already reflects returns no
// changes and no error and leaves the record alone, Version included, so
// applying the same poll twice is harmless. A status the record cannot
// reach (a filed record reported under review, an unknown code, status 6
// without a valid filing number) is refused with an error matching
// ErrStatus or the failing check's error, as is a zero now or, when the
// record would change, a now before its last change (ErrInvalidTime); the
// record is then left unchanged: all of the events are recorded, or none.
//
// # The SMS clock
//
// The SMS's 24 hours run from when MIIT sent it. When the poll moves the
// record out of the platform review, the events up to the platform's
// approval are recorded at p.SMSSentAt, kept between the last recorded
// change and now, and the SMS deadline counts from it; later events are
// recorded at now. Without p.SMSSentAt, the poll's now stands in for the
// send time, so the deadline is an upper bound: late by the time between
// the SMS and the poll that saw it, at most the polling interval. Poll
// often while a filing is in the platform review (every few minutes), or
// apply WeChat's push events with their CreateTime, to keep the deadline
// close.
func (a *Application) Sync(p Poll, now time.Time) ([]Change, error) {
	now = normTime(now)
	if now.IsZero() {
		return nil, fmt.Errorf("%w: zero time", ErrInvalidTime)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	plan, err := a.s.plan(p)
	if err != nil || len(plan) == 0 {
		return nil, err
	}
	if err := a.s.checkTime(now); err != nil {
		return nil, err
	}
	work := a.s
	work.History = work.History[:len(work.History):len(work.History)] // appends copy, never write into a.s
	note := "wechat status " + strconv.Itoa(int(p.Status))
	if p.SMSVerifyStatus != 0 {
		note += "/" + strconv.Itoa(int(p.SMSVerifyStatus))
	}
	in := input{reasons: p.AuditData, number: p.FilingNumber, note: note, smsSentAt: now}
	at := now
	if slices.Contains(plan, EventApprovePlatform) {
		if sent := normTime(p.SMSSentAt); !sent.IsZero() {
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

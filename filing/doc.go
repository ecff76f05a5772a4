// Package filing holds the record of one mini program's ICP filing (备案)
// and drives it through the five stages of the process: 备案信息填写 (draft),
// 平台初审 (platform review), 工信部短信核验 (MIIT SMS verification),
// 通管局审核 (provincial bureau review) and 备案成功 (filed), plus 已注销
// (deregistered) once a filed mini program is cancelled.
//
// It is not a WeChat API client: it models the payload of WeChat's
// apply_icp_filing call ([Request]) and the statuses WeChat reports
// ([Poll]), and the caller moves data to and from WeChat. WeChat's
// catalogues, which it says to fetch at run time, are inputs ([Catalogue]).
//
// # The record
//
// An [Application] is the record a service keeps per filing: its
// [Identity] (the caller's id, the mini program's appid, and whether
// verification and filing go together), a [Application.Version] that
// counts accepted changes, its request, stage, attempt number,
// timestamps, face verification, SMS state, the latest rejection reasons,
// the issued filing number and an append-only history of every accepted
// event ([Transition]). Commands such as [Application.Submit] or
// [Application.ApproveBureau] either record an event and return the
// [Change] it made (the transition, what the merchant must now do and by
// when), or return an error and change nothing. [Application.Sync]
// applies a status polled from get_icp_entrance_info, or carried by a
// push event, and returns the changes it made; a repeated poll returns
// none. A command repeated after it took effect (a retry after a timeout)
// is refused with [ErrAlreadyDone], so retrying is safe.
//
// # The process
//
// One transition table is the single source of truth: [AvailableEvents],
// the state machine (built on github.com/looplab/fsm, which never appears
// in this package's API), the check of stored histories and the Mermaid
// [Diagram] embedded in the README are all derived from it. Guards add the
// rules that depend on data and time:
//
//   - submit: the request has no blocking problem in [Request.Check] on the
//     day of submission (the caller's other applications included, for the
//     checks that compare filings), and the mini-program principal's face
//     verification succeeded within its task's validity (3 days, or 1 day
//     when verification and filing go together);
//   - the MIIT SMS must be verified within 24 hours of being sent; it can be
//     resent once; the fifth wrong code, or 24 hours without verification,
//     returns the filing to draft;
//   - the bureau's approval needs a mini program's filing number (ending in
//     X); rejections need reasons;
//   - withdrawal is possible only during the platform review, and
//     deregistration of a filed mini program is final.
//
// # Errors
//
// A refused event returns a [*TransitionError] (matching
// [ErrTransitionNotAllowed]), [ErrAlreadyDone] for a repeat of the last
// command, or the refusing guard's own error: the request's [Problems]
// for a request with a blocking problem (warnings included, so a UI can
// show them all), or an error matching one of the package's sentinels
// ([ErrFaceVerification], [ErrSMSWindowClosed], …). A record created with
// an invalid identity fails with [ErrIdentity]; restoring an inconsistent
// record fails with a [*RecordError] ([ErrInvalidRecord]); an unusable
// WeChat status with a [*StatusError] ([ErrStatus]).
//
// # Checks
//
// [Request.Check] runs every rule of the filing over a request: the
// validators of package document for each value, and the rules on the
// payload as a whole, WeChat's catalogues ([Catalogue]), the provinces'
// rules ([ProvinceRules]) and the caller's other applications. Each
// [Problem] names WeChat's payload path, a stable [Code], Chinese and
// English messages and a [Severity]. CHECKS.md beside this package lists
// every rule with its severity and source.
//
// Severity follows one rule. A rule is an error, and refuses the
// submission, only where WeChat's documentation or API contract, or a
// decidable standard (check characters, dates, lengths, enumerations),
// says the filing is refused; each cites that document or standard.
// Everything learned from cloud providers' notes, written for website
// filings, or from the province table is a warning that names its source:
// shown, never blocking. A check that blocks a filing WeChat would accept
// is worse than no check.
//
// # Concurrency, persistence and privacy
//
// An Application is safe for concurrent use; racing commands are
// serialised, so of two conflicting events exactly one is accepted, and
// Submit checks the request without holding the record's lock. Across
// processes, a store compares [Application.Version]. An Application
// marshals to JSON losslessly and refuses, on the way back, a record whose
// identity is invalid, whose stage is unknown or whose history does not
// lead to it. fmt and log/slog output of requests and applications masks
// ID numbers, phone numbers and e-mail addresses; JSON is complete.
//
// # Assumptions and data coverage
//
// Time is always passed in by the caller; the package never reads the
// clock. Stored instants are kept in China Standard Time
// (workday.CST, UTC+8). The 24-hour SMS window and the face
// verification's 3 days (1 day combined) come from package deadline. The
// SMS window runs from when the SMS was sent; when only a poll saw it, from
// the poll, which makes the deadline an upper bound (see
// [Application.Sync]). The five-wrong-codes rule and the SMS resend come
// from ISP help pages
// (http://store.gzidc.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1380.html,
// https://help.aliyun.com/wordpower/5571424-1.html); the
// status codes 1024–1027 and 2–6 and sms_verify_status 1–3 from WeChat's
// get_icp_entrance_info documentation
// (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpentranceinfo).
// How often the SMS may be resent is not documented: this package allows
// one resend per check.
//
// # WeChat's payload
//
// A [Request] reads and writes WeChat's JSON in one pass. Member names are
// matched exactly as WeChat spells them; members WeChat may add in the
// future, or any other spelling, are kept in the object's [Extra] and
// written back. Empty strings and arrays are not written, as WeChat
// rejects them. A payload that does not decode or exceeds a size limit
// gives a [*DecodeError] naming the member's path, never quoting it.
package filing

// Package filing holds the record of one mini program's ICP filing (备案)
// and drives it through the five stages of the process: 备案信息填写 (draft),
// 平台初审 (platform review), 工信部短信核验 (MIIT SMS verification),
// 通管局审核 (provincial bureau review) and 备案成功 (filed), plus 已注销
// (deregistered) once a filed mini program is cancelled.
//
// It does no I/O: it models the payload of WeChat's apply_icp_filing call
// ([Request]) and the statuses WeChat reports ([Poll]); package
// filing/wechat moves them to and from WeChat, and package filing/store
// keeps records in a database. WeChat's catalogues, which it says to fetch
// at run time, are inputs ([Catalogue]).
//
// # The record
//
// An [Application] is the record a service keeps per filing: its
// [Identity], the request, the stage, the SMS and face-verification state
// and an append-only history ([Transition]). A command
// ([Application.Submit], …) or a poll ([Application.Sync]) returns the
// changes it made ([Change]: what the merchant must now do, and by when),
// or an error and changes nothing; [Application] lists the errors every
// command may return. [Application.Timing] answers the record's time
// questions. A record that cannot be restored gives a [*RecordError], a
// WeChat status that cannot be applied a [*StatusError].
//
// # The process
//
// One transition table decides which event each stage allows; the state
// machine (github.com/looplab/fsm, never part of this package's API), the
// check of stored records and the README's [Diagram] derive from it.
// Guards add the rules that depend on data and time:
//
//   - submit: no blocking problem in [Request.Check] on the day of
//     submission, and a face verification within its task's validity (3
//     days, 1 day when verification and filing go together);
//   - the MIIT SMS must be verified within 24 hours of being sent; it can be
//     resent once; the sixth attempt after five wrong codes, or 24 hours
//     without verification, returns the filing to draft;
//   - the bureau's approval needs a mini program's filing number (ending in
//     X); rejections need reasons; withdrawal is possible only in the
//     platform review; deregistration is final.
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
// submission, only where WeChat's documentation or API contract, MIIT's
// filing regulations, or a decidable standard (check characters, dates,
// lengths, enumerations) says the filing is refused; each cites that
// document, regulation or standard.
// Everything learned from cloud providers' notes, written for website
// filings, or from the province table is a warning that names its source:
// shown, never blocking. A check that blocks a filing WeChat would accept
// is worse than no check.
//
// # Concurrency, persistence and privacy
//
// An Application is safe for concurrent use; of two racing conflicting
// commands exactly one is accepted. Across processes, a store compares
// Version. JSON of a Request or an Application is complete; Restore and
// UnmarshalJSON accept only records the commands could have produced.
// Every other printed form (fmt, log/slog, JSON of the other types, error
// messages) masks personal data.
//
// # Assumptions and data coverage
//
// The package never reads the clock: every command takes the moment it
// happened, kept in China Standard Time (workday.CST), and refuses one
// outside the years 0000–9999. The time limits come from package deadline;
// the SMS window runs from when the SMS was sent, or from the poll that saw
// it, an upper bound (see [Application.Sync]). The SMS rules come from ISP
// help pages
// (http://store.gzidc.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1380.html,
// https://help.aliyun.com/wordpower/5571424-1.html), which do not say how
// often the SMS may be resent: this package allows once per check. The
// statuses come from WeChat's get_icp_entrance_info documentation
// (https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpentranceinfo).
package filing

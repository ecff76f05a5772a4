// Package filing holds the record of one mini program's ICP filing (备案)
// and drives it through the five stages of the process: 备案信息填写 (draft),
// 平台初审 (platform review), 工信部短信核验 (MIIT SMS verification),
// 通管局审核 (provincial bureau review) and 备案成功 (filed).
//
// It is not a WeChat API client: it models the payload of WeChat's
// apply_icp_filing call and the statuses WeChat reports, and the caller
// moves data to and from WeChat.
//
// # Assumptions
//
// Time is always passed in by the caller; instants are interpreted in China
// Standard Time (UTC+8).
package filing

// Package wechattest is a fake WeChat for tests, in the spirit of
// net/http/httptest: a stateful in-process server with the filing
// endpoints of package wechat, their response shapes and their documented
// error codes, so that a service using the client (and its push-event
// Handler) can be tested end to end without the network.
//
// Per mini program (one access token each, from Authorize) it keeps the
// filing's status and moves accepted submissions through WeChat's
// platform review, the MIIT SMS check, the bureau's review and success,
// with a filing number ending in X, on a clock only the test moves
// (Advance; the fake never reads the real time). Script decides how each
// submission's reviews go (Plan: durations, rejections with audit_data at
// any stage, an SMS never verified and so expired after 24 hours); Inject
// makes an endpoint fail (Fault: an errcode a number of times, a body that
// is not JSON, a delay). Review outcomes (statuses 3, 4, 5 and 6) and
// finished face tasks are pushed as WeChat pushes them, encrypted with the
// constants Token, EncodingAESKey and ComponentAppID, to the URL set with
// SetEventURL.
//
// apply_icp_filing and submit_auth_and_icp run the module's own checks
// (filing.Request.Check on the fake's day, with its catalogue) and refuse
// blocking problems with 86202 and hints at their field paths; they also
// refuse media ids this mini program did not upload (86205) and a face
// task that is unknown, unfinished or past its 3 days (1 day in the
// combined flow). A call without a token answers 41001, with an unknown
// one 40001.
//
// # What the fake does not imitate
//
//   - WeChat's own checks beyond the module's: image content, name
//     uniqueness across platforms, keywords, the daily quota (45009 only by
//     Inject), the entrance closing (available is always 1), the
//     prerequisites 1025–1027 (a fresh mini program is 1024);
//   - the exact texts of errmsg and of hints, and hint codes other than
//     86202, 86205, 40004, 86328 and 1;
//   - the MIIT side: the SMS itself, wrong codes and resending; the SMS is
//     verified, or expires, as the Plan says, and no event is pushed for
//     it (poll to see sms_verify_status 2);
//   - the deregistration's confirmation SMS: a deregistration completes 24
//     hours after it is asked for, without an event, and the filing reads
//     1024 again;
//   - face verification: every task succeeds 5 minutes after creation;
//   - the combined flow's payment and verification review: pay_type 2 gives
//     a pay_url that is never paid, the verification passes after 24 hours
//     (procedure_status 17, then the filing as 22–26, 29 once withdrawn);
//     refill and final failure (18, 20, 21) do not happen;
//   - media limits and lifetimes (any non-empty file is stored until the
//     server closes), and the content type of images is sniffed;
//   - the dictionaries: a small sample (see catalogue.json) of WeChat's
//     documented examples, not WeChat's lists;
//   - push retries: a push not answered "success" is reported by Advance,
//     not sent again.
package wechattest

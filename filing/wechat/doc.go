// Package wechat talks to WeChat for a mini program's ICP filing: a client
// for the filing endpoints of WeChat's third-party platform API, the
// verification and decryption of its push events (Crypto, Handler), and
// the live dictionaries the checks need (Catalogue). With package filing
// it closes the loop: check a Request, Upload its media, Apply it, and
// Sync the Application with what WeChat reports.
//
// It is the only package of the module, with its fake (wechattest), that
// uses the network. It does not run the component-token flow (a
// TokenSource supplies each authorizer_access_token), store anything,
// schedule polls or log. Requests and answers are the module's types:
//
//	Apply             POST apply_icp_filing (a filing.Request as it is)
//	Upload, Media     POST upload_icp_media, GET get_icp_media
//	Withdraw          POST cancel_apply_icp_filing
//	Deregister        POST cancel_icp_filing
//	Poll              GET  get_icp_entrance_info (+ get_online_icp_order)
//	OnlineOrder       GET  get_online_icp_order
//	CreateFaceTask    POST create_icp_verifytask
//	FaceTask          POST query_icp_verifytask
//	Catalogue         GET  query_icp_{subject,certificate,nrlx,service_content}_types,
//	                       query_icp_district_code
//	SubmitAuthAndICP  POST /wxa/sec/submit_auth_and_icp
//	QueryAuthAndICP   POST /wxa/sec/query_auth_and_icp
//
// (paths under /wxa/icp/ unless shown; WeChat's documentation of each is
// under https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/
// and .../wxverifyicp/).
//
// # Errors, retries and double submission
//
// Every call takes a context and honours its deadline. Failures are
// *Error values: WeChat's errcode (ErrBusy, ErrApply, …, ErrAPI), a
// refused filing's hints as filing.Problems at WeChat's field paths, an
// unusable answer (ErrResponse; answers are read up to a size limit), or
// the network's or context's error as Err. Errors never hold the access
// token or unmasked personal data (WeChat's messages are masked).
//
// Only reads are retried (Retry). Apply, Withdraw, Deregister,
// SubmitAuthAndICP, CreateFaceTask and Upload are sent once, as a lost
// answer leaves open whether WeChat acted. To file without submitting
// twice: check the Application and store it, noting that an apply is in
// flight; Apply; on success Submit the Application. On an errcode other
// than -1 (errors.Is(err, ErrAPI) && !errors.Is(err, ErrBusy)) WeChat
// refused: fix and Apply again. On any other error do not Apply again but
// Poll: status 2, 4 or 6 means WeChat has the filing (Sync it); 1024–1027,
// 3 or 5 that it has not.
//
// # Push events
//
// WeChat pushes notify_apply_icpfiling_result and
// notify_icpfiling_verify_result to the platform's event URL as XML,
// signed with SHA-1 and encrypted with AES-256-CBC under the platform's
// EncodingAESKey, as documented at
// https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Technical_Plan.html
// (the tests check WeChat's published sample values). Handler verifies,
// decrypts and parses them; Event.Poll applies one with Application.Sync,
// as idempotently as a poll.
package wechat

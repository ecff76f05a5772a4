package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/beian-go/beian/filing"
)

// The endpoints' paths, under the base URL.
const (
	pathApply         = "/wxa/icp/apply_icp_filing"
	pathUpload        = "/wxa/icp/upload_icp_media"
	pathMedia         = "/wxa/icp/get_icp_media"
	pathWithdraw      = "/wxa/icp/cancel_apply_icp_filing"
	pathDeregister    = "/wxa/icp/cancel_icp_filing"
	pathEntrance      = "/wxa/icp/get_icp_entrance_info"
	pathOnlineOrder   = "/wxa/icp/get_online_icp_order"
	pathCreateFace    = "/wxa/icp/create_icp_verifytask"
	pathQueryFace     = "/wxa/icp/query_icp_verifytask"
	pathSubjectTypes  = "/wxa/icp/query_icp_subject_types"
	pathCertTypes     = "/wxa/icp/query_icp_certificate_types"
	pathNrlxTypes     = "/wxa/icp/query_icp_nrlx_types"
	pathDistricts     = "/wxa/icp/query_icp_district_code"
	pathServiceTypes  = "/wxa/icp/query_icp_service_content_types"
	pathSubmitAuthICP = "/wxa/sec/submit_auth_and_icp"
	pathQueryAuthICP  = "/wxa/sec/query_auth_and_icp"
)

// Apply sends req to apply_icp_filing as it is; a refusal (86202) has
// the per-field Hints. See the package doc for an answer that is lost.
func (c *Client) Apply(ctx context.Context, req filing.Request) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	return c.post(ctx, pathApply, body, nil, false)
}

// Withdraw withdraws the filing under platform review
// (cancel_apply_icp_filing); later WeChat answers 86330
// (ErrNotWithdrawable), with nothing to withdraw 86368 (ErrNoOrder).
func (c *Client) Withdraw(ctx context.Context) error {
	return c.post(ctx, pathWithdraw, nil, nil, false)
}

// Deregister's cancel_type and reason_type values (cancelIcpfiling doc).
const (
	DeregisterSubject      = 1 // 注销主体
	DeregisterApplet       = 2 // 注销小程序
	DeregisterWeChatApplet = 3 // 注销微信小程序
	ReasonNotOperated      = 1 // no longer operated
	ReasonSubjectChanged   = 2 // the subject changed: deregister, file again
)

// Deregister asks for the deregistration of the filing (cancel_icp_filing)
// with a cancel_type and an optional reason_type (0: none), final once
// MIIT confirms it; 86353 (ErrNotFiled) when not filed, 86324
// (ErrUnderReview) when one is under way.
func (c *Client) Deregister(ctx context.Context, cancelType, reasonType int) error {
	if cancelType < DeregisterSubject || cancelType > DeregisterWeChatApplet {
		return fmt.Errorf("wechat: cancel_type %d is not 1, 2 or 3", cancelType)
	}
	if reasonType < 0 || reasonType > ReasonSubjectChanged {
		return fmt.Errorf("wechat: reason_type %d is not 0, 1 or 2", reasonType)
	}
	body := struct {
		CancelType int `json:"cancel_type"`
		ReasonType int `json:"reason_type,omitempty"`
	}{cancelType, reasonType}
	return c.post(ctx, pathDeregister, body, nil, false)
}

// Entrance is get_icp_entrance_info's answer: the Poll that
// Application.Sync takes, whether the filing entrance is open (applying
// is possible only then) and whether a deregistration is under way. The
// zero Entrance reports nothing. It is a plain value, safe for concurrent
// reads.
type Entrance struct {
	filing.Poll
	Available, Canceling bool
}

// status reads get_icp_entrance_info.
func (c *Client) status(ctx context.Context) (Entrance, error) {
	var out struct {
		Info struct {
			Status          filing.EntranceStatus  `json:"status"`
			SMSVerifyStatus filing.SMSVerifyStatus `json:"sms_verify_status"`
			AuditData       []filing.Rejection     `json:"audit_data"`
			Available       flag                   `json:"available"`
			Canceling       flag                   `json:"is_canceling"`
		} `json:"info"`
	}
	if err := c.get(ctx, pathEntrance, &out); err != nil {
		return Entrance{}, err
	}
	in := out.Info
	if in.Status == 0 {
		return Entrance{}, missing(pathEntrance, "no info.status")
	}
	return Entrance{
		Poll:      filing.Poll{Status: in.Status, SMSVerifyStatus: in.SMSVerifyStatus, AuditData: in.AuditData},
		Available: bool(in.Available),
		Canceling: bool(in.Canceling),
	}, nil
}

// Poll reads get_icp_entrance_info and, for a filed mini program (status
// 6), get_online_icp_order, whose mini program record number becomes the
// FilingNumber: the Poll can be applied with Application.Sync as it is.
func (c *Client) Poll(ctx context.Context) (Entrance, error) {
	e, err := c.status(ctx)
	if err != nil || e.Status != filing.StatusFiled {
		return e, err
	}
	order, err := c.OnlineOrder(ctx)
	if err != nil {
		return Entrance{}, err
	}
	e.FilingNumber = order.ICPApplets.BaseInfo.RecordNumber
	return e, nil
}

// OnlineOrder reads get_online_icp_order: the filed data, with the
// subject's and the mini program's filing numbers in the base_info
// RecordNumber fields; 86328 (ErrNotFound) when not filed.
func (c *Client) OnlineOrder(ctx context.Context) (filing.Request, error) {
	var members map[string]json.RawMessage
	if err := c.get(ctx, pathOnlineOrder, &members); err != nil {
		return filing.Request{}, err
	}
	// The answer is the filing's members beside errcode and errmsg; the
	// rest decodes as a Request.
	delete(members, "errcode")
	delete(members, "errmsg")
	body, err := json.Marshal(members)
	if err != nil {
		return filing.Request{}, err
	}
	var req filing.Request
	if err := json.Unmarshal(body, &req); err != nil {
		return filing.Request{}, missing(pathOnlineOrder, "a filing that does not decode")
	}
	return req, nil
}

// flag reads WeChat's 0/1 flags, which some answers write as booleans.
type flag bool

func (f *flag) UnmarshalJSON(b []byte) error {
	switch string(bytes.TrimSpace(b)) {
	case "1", "true":
		*f = true
	case "0", "false", "null":
		*f = false
	default:
		return errors.New("flag is not 0, 1, true or false")
	}
	return nil
}

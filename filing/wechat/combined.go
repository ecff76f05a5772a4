package wechat

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/mask"
	"github.com/beian-go/beian/internal/xerr"
)

// AuthData is submit_auth_and_icp's auth_data, the verification (认证) of
// the combined flow, with WeChat's member names (submitAuthAndIcp
// documentation): customer_type 1 enterprise, 12 individual business, 15
// individual; account_name_type 1 chosen words, 2 trademark; pay_type 1
// the provider's pack, 2 the developer pays; other members in Extra. It
// is a plain value, safe for concurrent reads (zero: an empty auth_data,
// which WeChat refuses); fmt masks the contact.
type AuthData struct {
	CustomerType        int             `json:"customer_type"`
	TaskID              string          `json:"taskid,omitempty"`
	Contact             Contact         `json:"contact_info"`
	Invoice             json.RawMessage `json:"invoice_info,omitempty"`
	Qualification       string          `json:"qualification,omitempty"`
	QualificationOther  []string        `json:"qualification_other,omitempty"`
	AccountName         string          `json:"account_name"`
	AccountNameType     int             `json:"account_name_type"`
	AccountSupplemental []string        `json:"account_supplemental,omitempty"`
	PayType             int             `json:"pay_type"`
	Extra               filing.Extra    `json:"-"`
}

// Contact is auth_data.contact_info, a plain value like AuthData.
type Contact struct {
	Name   string `json:"name,omitempty"`
	Email  string `json:"email,omitempty"`
	Mobile string `json:"mobile,omitempty"`
}

// Format masks the contact.
func (a AuthData) Format(f fmt.State, _ rune) {
	fmt.Fprintf(f, "{customer_type:%d account_name:%s contact:{%s %s %s} pay_type:%d}", a.CustomerType,
		mask.Echo(a.AccountName), mask.Name(a.Contact.Name), mask.ID(a.Contact.Email), mask.ID(a.Contact.Mobile), a.PayType)
}

// json returns the auth_data object, with Extra's members after the
// modelled ones (a modelled member wins over an Extra one of its name).
func (a AuthData) json() (json.RawMessage, error) {
	type plain AuthData
	b, err := json.Marshal(plain(a))
	if err != nil || len(a.Extra) == 0 {
		return b, err
	}
	m := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	for k, v := range a.Extra {
		if _, ok := m[k]; !ok {
			if !json.Valid(v) {
				return nil, fmt.Errorf("wechat: auth_data extra member %s is not JSON", xerr.Quote(k))
			}
			m[k] = v
		}
	}
	return json.Marshal(m)
}

// SubmitAuthAndICP starts (or, after a rejection, resubmits) the combined
// flow (submit_auth_and_icp) and returns its procedure_id and, for PayType
// 2, the payment URL. Like Apply it has Hints on 86202 and is not retried.
func (c *Client) SubmitAuthAndICP(ctx context.Context, req filing.Request, auth AuthData) (procedureID, payURL string, err error) {
	ad, err := auth.json()
	if err != nil {
		return "", "", err
	}
	icp, err := json.Marshal(req)
	if err != nil {
		return "", "", err
	}
	// {"auth_data":…, then the request's members.
	body := make([]byte, 0, len(ad)+len(icp)+16)
	body = append(body, `{"auth_data":`...)
	body = append(body, ad...)
	if len(icp) > 2 {
		body = append(body, ',')
	}
	body = append(body, icp[1:]...)
	var out struct {
		ProcedureID string `json:"procedure_id"`
		PayURL      string `json:"pay_url"`
	}
	if err := c.post(ctx, pathSubmitAuthICP, body, &out, false); err != nil {
		return "", "", err
	}
	if out.ProcedureID == "" {
		return "", "", missing(pathSubmitAuthICP, "no procedure_id")
	}
	return out.ProcedureID, out.PayURL, nil
}

// Procedure is query_auth_and_icp's answer: procedure_status (15–16
// payment, 17–20 verification, 18 refill, 20 failed, 21 the filing order
// failed, 22–25 the filing as statuses 2–5, 26 done), icp_audit's SMS
// state, rejection reasons and hints, and WeChat's refill and fail
// reasons. It is a plain value; the zero Procedure reports nothing.
type Procedure struct {
	Status                   int
	SMSVerifyStatus          filing.SMSVerifyStatus
	AuditData                []filing.Rejection
	Hints                    filing.Problems
	RefillReason, FailReason string
}

// Poll returns the filing status of procedure_status 22–26 (2–6, false
// otherwise) for Application.Sync; for 26 add OnlineOrder's number.
func (p Procedure) Poll() (filing.Poll, bool) {
	if p.Status < 22 || p.Status > 26 {
		return filing.Poll{}, false
	}
	return filing.Poll{
		Status:          filing.EntranceStatus(p.Status - 20),
		SMSVerifyStatus: p.SMSVerifyStatus,
		AuditData:       p.AuditData,
	}, true
}

// QueryAuthAndICP reads the combined flow's progress.
func (c *Client) QueryAuthAndICP(ctx context.Context, procedureID string) (Procedure, error) {
	if procedureID == "" {
		return Procedure{}, errors.New("wechat: empty procedure_id")
	}
	in := struct {
		ProcedureID string `json:"procedure_id"`
	}{procedureID}
	var out struct {
		Status   int `json:"procedure_status"`
		ICPAudit struct {
			Hints           []hint                 `json:"hints"`
			AuditData       []filing.Rejection     `json:"audit_data"`
			SMSVerifyStatus filing.SMSVerifyStatus `json:"sms_verify_status"`
		} `json:"icp_audit"`
		RefillReason string `json:"refill_reason"`
		FailReason   string `json:"fail_reason"`
	}
	if err := c.post(ctx, pathQueryAuthICP, in, &out, true); err != nil {
		return Procedure{}, err
	}
	if out.Status == 0 {
		return Procedure{}, missing(pathQueryAuthICP, "no procedure_status")
	}
	return Procedure{
		Status:          out.Status,
		SMSVerifyStatus: out.ICPAudit.SMSVerifyStatus,
		AuditData:       out.ICPAudit.AuditData,
		Hints:           problemsOf(out.ICPAudit.Hints, ""),
		RefillReason:    out.RefillReason,
		FailReason:      out.FailReason,
	}, nil
}

package wechat

import (
	"context"
	"net/http"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/internal/dict"
	"github.com/beian-go/beian/workday"
)

// Catalogue fetches WeChat's five filing dictionaries (subject types,
// certificate types, pre-approval types, service content types and
// districts), which WeChat updates and asks not to hard-code (query_icp_*
// documentation), and returns them as the catalogue of the checks
// (filing.CheckOptions.Catalogue). Its Source names the calls and when
// they were answered (by the server's Date header when given). The calls
// are reads, retried like every read.
func (c *Client) Catalogue(ctx context.Context) (*filing.Catalogue, error) {
	var lists dict.Lists
	var fetched time.Time
	for _, l := range []struct {
		path string
		into *[]dict.Item
	}{
		{pathSubjectTypes, &lists.SubjectTypes},
		{pathCertTypes, &lists.CertificateTypes},
		{pathNrlxTypes, &lists.NrlxTypes},
		{pathServiceTypes, &lists.ServiceTypes},
	} {
		var out struct {
			Items []dict.Item `json:"items"`
		}
		a, err := c.do(ctx, call{method: http.MethodGet, path: l.path, read: true}, &out)
		if err != nil {
			return nil, err
		}
		fetched = a.date
		*l.into = out.Items
	}
	var out struct {
		Items []dict.District `json:"items"`
	}
	a, err := c.do(ctx, call{method: http.MethodGet, path: pathDistricts, read: true}, &out)
	if err != nil {
		return nil, err
	}
	lists.Districts = out.Items
	if !a.date.IsZero() {
		fetched = a.date
	}
	source := "WeChat query_icp_subject_types, query_icp_certificate_types, query_icp_nrlx_types, " +
		"query_icp_service_content_types and query_icp_district_code"
	if !fetched.IsZero() {
		source += ", answered at " + fetched.In(workday.CST).Format("2006-01-02 15:04:05 MST")
	}
	cat, err := filing.NewCatalogue(lists.Dictionaries(source))
	if err != nil {
		return nil, unusable("/wxa/icp/query_icp_*", err) // the five answers together
	}
	return cat, nil
}

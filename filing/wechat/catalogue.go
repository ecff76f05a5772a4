package wechat

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/workday"
)

// Catalogue is WeChat's five filing dictionaries, which WeChat updates and
// asks not to hard-code (query_icp_* documentation): subject types,
// certificate types (Parent: their subject type), pre-approval types,
// service content types (Parent: the first-level type, 0 for one) and
// districts, with the Source and time they were fetched (by the server's
// Date header when given). Options makes it the catalogue of the checks.
// It is a plain value, safe for concurrent reads; the zero value is empty.
type Catalogue struct {
	SubjectTypes, CertificateTypes, NrlxTypes, ServiceTypes []Entry
	Districts                                               []District
	Source                                                  string
	FetchedAt                                               time.Time
}

// Entry is one dictionary item: code, parent code, name and remark. Like
// District it is a plain value, safe for concurrent reads; zero is none.
type Entry struct {
	Type, Parent int
	Name, Remark string
}

// District is a province, city or district (Level 1, 2, 3), its GB/T
// 2260 code and subregions.
type District struct {
	Code, Level int
	Name        string
	Sub         []District
}

// noneOfTheAbove is the name of the pre-approval item that says no
// pre-approval applies.
const noneOfTheAbove = "以上都不涉及"

// Catalogue fetches the five dictionaries (reads, retried).
func (c *Client) Catalogue(ctx context.Context) (*Catalogue, error) {
	type item struct {
		Type        int    `json:"type"`
		ParentType  int    `json:"parent_type"`
		SubjectType int    `json:"subject_type"`
		Name        string `json:"name"`
		Remark      string `json:"remark"`
	}
	var cat Catalogue
	lists := []struct {
		path   string
		into   *[]Entry
		parent func(item) int
	}{
		{pathSubjectTypes, &cat.SubjectTypes, func(item) int { return 0 }},
		{pathCertTypes, &cat.CertificateTypes, func(i item) int { return i.SubjectType }},
		{pathNrlxTypes, &cat.NrlxTypes, func(item) int { return 0 }},
		{pathServiceTypes, &cat.ServiceTypes, func(i item) int { return i.ParentType }},
	}
	var fetched time.Time
	for _, l := range lists {
		var out struct {
			Items []item `json:"items"`
		}
		a, err := c.do(ctx, call{method: http.MethodGet, path: l.path, read: true}, &out)
		if err != nil {
			return nil, err
		}
		fetched = a.date
		entries := make([]Entry, len(out.Items))
		for i, it := range out.Items {
			entries[i] = Entry{Type: it.Type, Parent: l.parent(it), Name: it.Name, Remark: it.Remark}
		}
		*l.into = entries
	}
	var out struct {
		Items []district `json:"items"`
	}
	a, err := c.do(ctx, call{method: http.MethodGet, path: pathDistricts, read: true}, &out)
	if err != nil {
		return nil, err
	}
	cat.Districts = districtsOf(out.Items)
	if !a.date.IsZero() {
		fetched = a.date
	}
	if fetched.IsZero() {
		fetched = time.Now()
	}
	cat.FetchedAt = fetched.In(workday.CST)
	cat.Source = "WeChat query_icp_subject_types, query_icp_certificate_types, query_icp_nrlx_types, " +
		"query_icp_service_content_types and query_icp_district_code, fetched at " +
		cat.FetchedAt.Format("2006-01-02 15:04:05 MST")
	return &cat, nil
}

// district is one item of the district tree as WeChat writes it.
type district struct {
	Type    int        `json:"type"`
	Code    int        `json:"code"`
	Name    string     `json:"name"`
	SubList []district `json:"sub_list"`
}

func districtsOf(ds []district) []District {
	if len(ds) == 0 {
		return nil
	}
	out := make([]District, len(ds))
	for i, d := range ds {
		out[i] = District{Code: d.Code, Level: d.Type, Name: d.Name, Sub: districtsOf(d.SubList)}
	}
	return out
}

// Options returns o with the service content catalogue and the code of
// "以上都不涉及" (none of the above) taken from c; a nil c changes nothing.
func (c *Catalogue) Options(o filing.CheckOptions) filing.CheckOptions {
	if c == nil {
		return o
	}
	if len(c.ServiceTypes) > 0 {
		items := make([]document.ServiceType, len(c.ServiceTypes))
		for i, e := range c.ServiceTypes {
			items[i] = document.ServiceType{Type: e.Type, ParentType: e.Parent, Name: e.Name, Remark: e.Remark}
		}
		o.Validate.Services = document.NewServiceCatalog(items)
	}
	for _, e := range c.NrlxTypes {
		if strings.TrimSpace(e.Name) == noneOfTheAbove {
			o.Validate.NoPreApprovalType = e.Type
			o.Precheck.NoPreApprovalType = e.Type
			break
		}
	}
	return o
}

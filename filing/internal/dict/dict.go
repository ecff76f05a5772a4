// Package dict holds what the WeChat client and the fake WeChat must
// agree on, so that the two cannot drift apart: WeChat's answers to the
// query_icp_* dictionary calls, in the form package filing builds its
// Catalogue from (the client decodes WeChat's answers with it, the fake
// serves its own sample through it), and the fields upload_icp_media
// takes.
package dict

import (
	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/filing"
)

// Item is one entry of query_icp_subject_types, _certificate_types,
// _nrlx_types or _service_content_types, with WeChat's member names.
type Item struct {
	Type        int    `json:"type"`
	ParentType  int    `json:"parent_type,omitempty"`
	SubjectType int    `json:"subject_type,omitempty"`
	Name        string `json:"name"`
	Remark      string `json:"remark"`
}

// District is one node of query_icp_district_code's tree: Type 1, 2 or 3
// for a province, city or district, and its GB/T 2260 code.
type District struct {
	Type    int        `json:"type"`
	Code    int        `json:"code"`
	Name    string     `json:"name"`
	SubList []District `json:"sub_list,omitempty"`
}

// Lists are the five dictionaries as WeChat answers them.
type Lists struct {
	SubjectTypes     []Item     `json:"subject_types"`
	CertificateTypes []Item     `json:"certificate_types"`
	NrlxTypes        []Item     `json:"nrlx_types"`
	ServiceTypes     []Item     `json:"service_content_types"`
	Districts        []District `json:"district_code"`
}

// Dictionaries converts l: a certificate type's parent is its subject
// type, a service type's its parent_type, a district's the code of the
// node above it (0 for a province).
func (l Lists) Dictionaries(source string) filing.Dictionaries {
	d := filing.Dictionaries{
		Source:           source,
		SubjectTypes:     entries(l.SubjectTypes, func(Item) int { return 0 }),
		CertificateTypes: entries(l.CertificateTypes, func(i Item) int { return i.SubjectType }),
		PreApprovalTypes: entries(l.NrlxTypes, func(Item) int { return 0 }),
		ServiceTypes:     entries(l.ServiceTypes, func(i Item) int { return i.ParentType }),
	}
	d.Districts = flatten(d.Districts, l.Districts, 0)
	return d
}

func entries(items []Item, parent func(Item) int) []filing.Entry {
	if len(items) == 0 {
		return nil
	}
	out := make([]filing.Entry, len(items))
	for i, it := range items {
		out[i] = filing.Entry{Code: it.Type, Parent: parent(it), Name: it.Name}
	}
	return out
}

func flatten(out []filing.Entry, ds []District, parent int) []filing.Entry {
	for _, d := range ds {
		out = append(out, filing.Entry{Code: d.Code, Parent: parent, Name: d.Name})
		out = flatten(out, d.SubList, d.Code)
	}
	return out
}

// uploads are the materials uploaded as files, by their payload field.
var uploads = func() map[string]document.MaterialKind {
	m := map[string]document.MaterialKind{}
	for k := document.MaterialUnknown + 1; k.Field() != ""; k++ {
		if k.Media() != "" {
			m[k.Field()] = k
		}
	}
	return m
}()

// Upload returns the material that upload_icp_media takes under field
// (its icp_order_field), from document's materials catalogue: its Media
// says whether the file is an image or a video. It is false for a field
// that takes no file.
func Upload(field string) (document.MaterialKind, bool) {
	k, ok := uploads[field]
	return k, ok
}

package document

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Payload paths of the mini program's own information.
const (
	fieldServiceTypes = "icp_applets.base_info.service_content_types"
	fieldNrlx         = "icp_applets.base_info.nrlx_details"
	fieldDescription  = "icp_applets.base_info.comment"
)

// Limits of the mini program's information. Source: the field notes of
// applyIcpFiling as mirrored by WeChat SDKs (wechat-icp.md §1.3): at most
// five second-level service content types; a description (comment) of 20
// to 200 characters.
const (
	MaxServiceTypes     = 5
	MinDescriptionRunes = 20
	MaxDescriptionRunes = 200
)

// DefaultNoPreApprovalType is the pre-approval type taken for "以上都不涉及"
// (none of the above) when a caller passes 0. UNCONFIRMED: WeChat's example
// list stops before it; a community request sent 24 without code or media
// (wechat-icp.md §2.4). Callers should pass the code from
// query_icp_nrlx_types instead.
const DefaultNoPreApprovalType = 24

// ServiceType is one entry of WeChat's service content catalogue, as
// query_icp_service_content_types returns it. A ParentType of 0 marks a
// first-level type, which may not be submitted. The zero ServiceType is
// no entry. It is a plain value, safe to copy and to share.
type ServiceType struct {
	Type       int    `json:"type"`
	ParentType int    `json:"parent_type"`
	Name       string `json:"name"`
	Remark     string `json:"remark,omitempty"`
}

// ServiceCatalog is WeChat's service content catalogue, an input because
// WeChat says not to hard-code it (wechat-icp.md §0, §2.3). Build it with
// NewServiceCatalog from the fetched items. It is immutable once built and
// safe for concurrent use.
//
// The zero ServiceCatalog is empty: CheckServiceTypes then checks only the
// count and duplicates, not levels or membership.
type ServiceCatalog struct {
	items map[int]ServiceType
}

// NewServiceCatalog builds a catalogue from WeChat's items. The items are
// copied; when a type appears twice the last entry wins.
func NewServiceCatalog(items []ServiceType) ServiceCatalog {
	m := make(map[int]ServiceType, len(items))
	for _, it := range items {
		m[it.Type] = it
	}
	return ServiceCatalog{items: m}
}

// Len returns the number of types in the catalogue.
func (c ServiceCatalog) Len() int { return len(c.items) }

// Lookup returns the entry of type t, and whether the catalogue has it.
func (c ServiceCatalog) Lookup(t int) (ServiceType, bool) {
	it, ok := c.items[t]
	return it, ok
}

// Label returns the full Chinese label of a type, "生活服务-生活缴费" for a
// second-level type whose parent is known, the type's own name otherwise,
// and "" for a type not in the catalogue.
func (c ServiceCatalog) Label(t int) string {
	it, ok := c.items[t]
	if !ok {
		return ""
	}
	if it.ParentType != 0 {
		if p, ok := c.items[it.ParentType]; ok && p.Name != "" {
			return p.Name + "-" + it.Name
		}
	}
	return it.Name
}

// CheckServiceTypes checks the mini program's service content types
// (icp_applets.base_info.service_content_types) against the catalogue:
// between 1 and MaxServiceTypes entries (applet.service_types.count), no
// type twice (applet.service_types.duplicate), and, when the catalogue is
// not empty, every type in it (applet.service_types.unknown) and of the
// second level (applet.service_types.first_level). A type of zero or less
// is never in WeChat's catalogue and is reported as unknown even with an
// empty catalogue. Problems about one entry carry its index,
// "…service_content_types[2]". It returns every problem found, or nil.
func CheckServiceTypes(types []int, catalog ServiceCatalog) Problems {
	var ps Problems
	if len(types) == 0 || len(types) > MaxServiceTypes {
		ps.AddCode(fieldServiceTypes, "applet.service_types.count")
	}
	for i, t := range types {
		field := indexed(fieldServiceTypes, i)
		if seenBefore(types[:i], t) {
			ps.AddCode(field, "applet.service_types.duplicate")
			continue
		}
		if t <= 0 {
			ps.AddCode(field, "applet.service_types.unknown")
			continue
		}
		if catalog.Len() == 0 {
			continue
		}
		it, ok := catalog.Lookup(t)
		switch {
		case !ok:
			ps.AddCode(field, "applet.service_types.unknown")
		case it.ParentType == 0:
			ps.AddCode(field, "applet.service_types.first_level")
		}
	}
	return ps
}

// PreApproval is one pre-approval item (前置审批项) of the mini program,
// an element of icp_applets.base_info.nrlx_details: the type from
// query_icp_nrlx_types, the approval number (前置审批号, "粤-12345号") and
// the media_id of the approval document. Code and Media stay empty for
// "none of the above". The zero PreApproval has no type. It is a plain
// value, safe to copy and to share.
type PreApproval struct {
	Type  int    `json:"type"`
	Code  string `json:"code,omitempty"`
	Media string `json:"media,omitempty"`
}

// CheckPreApprovals checks the pre-approval items
// (icp_applets.base_info.nrlx_details), where none is the type of "以上都不
// 涉及" (0 means DefaultNoPreApprovalType):
//
//   - the list is not empty: when nothing applies it must hold the "none of
//     the above" item (applet.nrlx.missing) [mirror of WeChat's field note];
//   - every type is positive (applet.nrlx.invalid_type) and appears once
//     (applet.nrlx.duplicate) [mirror];
//   - every item except "none of the above" has its approval number
//     (applet.nrlx.missing_code) and document (applet.nrlx.missing_media)
//     [mirror];
//   - "none of the above" stands alone (applet.nrlx.none_not_alone): it
//     contradicts any other item. This follows from its meaning; no source
//     states the rejection (UNCONFIRMED).
//
// Problems carry the item's path, "…nrlx_details[1].code". It returns every
// problem found, or nil.
func CheckPreApprovals(items []PreApproval, none int) Problems {
	if none == 0 {
		none = DefaultNoPreApprovalType
	}
	var ps Problems
	if len(items) == 0 {
		ps.AddCode(fieldNrlx, "applet.nrlx.missing")
		return ps
	}
	for i, it := range items {
		base := indexed(fieldNrlx, i)
		if it.Type <= 0 {
			ps.AddCode(base+".type", "applet.nrlx.invalid_type")
			continue
		}
		dup := false
		for _, prev := range items[:i] {
			if prev.Type == it.Type {
				dup = true
				break
			}
		}
		if dup {
			ps.AddCode(base+".type", "applet.nrlx.duplicate")
			continue
		}
		if it.Type == none {
			if len(items) > 1 {
				ps.AddCode(base+".type", "applet.nrlx.none_not_alone")
			}
			continue
		}
		if strings.TrimSpace(it.Code) == "" {
			ps.AddCode(base+".code", "applet.nrlx.missing_code")
		}
		if strings.TrimSpace(it.Media) == "" {
			ps.AddCode(base+".media", "applet.nrlx.missing_media")
		}
	}
	return ps
}

// CheckDescription checks the mini program's description
// (icp_applets.base_info.comment), which must describe the actual business
// in MinDescriptionRunes to MaxDescriptionRunes characters
// (wechat-icp.md §1.3 [mirror]; rejections.md #34). Characters are Unicode
// code points, so "小程序" is 3, not 9. The lower bound is checked on the
// text without surrounding white space, which describes nothing; the upper
// bound on the text as given, which is what WeChat receives. An empty or
// blank description gives applet.description.missing, a wrong length
// applet.description.length; invalid UTF-8 counts one character per bad
// byte. It returns the problems found, or nil.
func CheckDescription(comment string) Problems {
	trimmed := strings.TrimSpace(comment)
	if trimmed == "" {
		return Problems{NewProblem(fieldDescription, "applet.description.missing")}
	}
	if utf8.RuneCountInString(trimmed) < MinDescriptionRunes || utf8.RuneCountInString(comment) > MaxDescriptionRunes {
		return Problems{NewProblem(fieldDescription, "applet.description.length")}
	}
	return nil
}

// indexed returns field[i].
func indexed(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

func seenBefore(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

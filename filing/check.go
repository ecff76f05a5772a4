package filing

import (
	"strconv"
	"strings"

	"github.com/beian-go/beian/document"
	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/workday"
)

// CheckOptions is the outside data of [Request.Check], what the payload
// cannot show; Submit runs Check with them and On set to the day of
// submission. The zero value checks against the embedded catalogue and
// province table, skips the checks of the day and decides residence from
// the certificate address. Check only reads it; it is safe to share when
// MobileProvince is.
type CheckOptions struct {
	// On is the day of submission; the zero Date skips the checks that
	// depend on it (validity, age, birth dates).
	On workday.Date
	// Catalogue is WeChat's dictionaries; nil means DefaultCatalogue.
	Catalogue *Catalogue
	// Rules is the province table; nil means DefaultProvinceRules,
	// &ProvinceRules{} applies none.
	Rules *ProvinceRules
	// AppletName is the account's nickname, which WeChat files as the mini
	// program's name; "" means icp_applets.base_info.name.
	AppletName string
	// BusinessScope is the licence's business scope (经营范围), read by the
	// pre-approval hints.
	BusinessScope string
	// NationalBody says the subject is a national body: a name may start
	// with 中国, 全国, … without a warning.
	NationalBody bool
	// Residence overrides whether an individual is local to the filing
	// province, which the certificate address decides otherwise.
	Residence Residence
	// Renamed says a unit changed its name since an earlier filing.
	Renamed bool
	// MobileProvince names the province (a two- or six-digit code) of a
	// mainland mobile number, from the caller's number-segment table, for
	// provinces that want local numbers; nil skips that rule. It must not
	// keep or log the number.
	MobileProvince func(mobile string) (province string, ok bool)
	// Others are the caller's other applications, on every platform, for
	// the rules that compare filings (one province and one filing in
	// review per subject, a mobile per subject); those in review or filed
	// count. Leave out the one checked, as Submit does: a request does not
	// know which record holds it.
	Others []*Application
}

// Residence says whether an individual lives in the filing province; the
// zero value, ResidenceFromAddress, lets the certificate address (证件住所)
// decide. String gives its id ("non_local"), which MarshalText writes and
// UnmarshalText reads (refusing an unknown one), Label and English its
// names. It is a plain value, safe for concurrent use.
type Residence uint8

// The residences.
const (
	ResidenceFromAddress Residence = iota
	ResidenceLocal
	ResidenceNonLocal
)

var residenceNames = enum.Names{
	Noun:   "residence",
	IDs:    []string{"", "local", "non_local"},
	Labels: []string{"", "本省", "外省"},
	En:     []string{"", "local", "from another province"},
}

func (r Residence) String() string  { return residenceNames.String(int(r)) }
func (r Residence) Label() string   { return residenceNames.Label(int(r)) }
func (r Residence) English() string { return residenceNames.English(int(r)) }

func (r Residence) MarshalText() ([]byte, error) { return marshalEnum(&residenceNames, int(r)) }

func (r *Residence) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&residenceNames, b, nil)
	if err == nil {
		*r = Residence(v)
	}
	return err
}

// Check runs every rule of the filing over the request and returns the
// problems found, at most one per field (the most precise; an error before
// a warning), in a stable order, or nil. Submit runs exactly this and is
// refused when the result is Blocking; app.Request().Check(o) previews it.
// The package documentation says which rules are errors, and CHECKS.md
// lists them all with their sources. Each identifier, date and code is
// parsed once, then the rules read the parsed values. The cost is linear
// in the request; a list far beyond WeChat's limits is reported as too
// long and not read. It only reads r and o, so it is safe for concurrent
// use; a nil r is the zero Request.
func (r *Request) Check(o CheckOptions) Problems {
	if r == nil {
		r = &Request{}
	}
	var c check
	c.parse(r, o)
	c.subjectRules()
	c.principalRules()
	c.appletRules()
	c.materialRules()
	c.recordRules()
	return c.ps
}

// check is one run of Request.Check: the parsed request and the problems
// found so far.
type check struct {
	facts
	ps      Problems
	byField map[string]int // field → index in ps, once ps is long
}

// add records a problem of a rule of this package at field.
func (c *check) add(field string, code Code) { c.addProblem(newProblem(field, code)) }

// addErr records the error of a document validator at field; a nil error
// adds nothing.
func (c *check) addErr(field string, err error) {
	if err != nil {
		c.addProblem(problemOf(field, err))
	}
}

// addProblem keeps one problem per field: the first one found, unless a
// later one blocks and the first does not. The rules run from the most
// precise to the most general, so the first is the most precise.
func (c *check) addProblem(p Problem) {
	i := c.indexOf(p.Field)
	switch {
	case i < 0:
		c.ps = append(c.ps, p)
		if c.byField != nil {
			c.byField[p.Field] = len(c.ps) - 1
		}
	case p.Severity.Blocking() && !c.ps[i].Severity.Blocking():
		c.ps[i] = p
	}
}

// indexOf returns the index of the problem at field, or -1. A short list
// is scanned; a long one (only hostile input gives one) is indexed.
func (c *check) indexOf(field string) int {
	const scan = 16
	if c.byField == nil && len(c.ps) >= scan {
		c.byField = make(map[string]int, 2*scan)
		for i, p := range c.ps {
			c.byField[p.Field] = i
		}
	}
	if c.byField != nil {
		if i, ok := c.byField[field]; ok {
			return i
		}
		return -1
	}
	for i := range c.ps {
		if c.ps[i].Field == field {
			return i
		}
	}
	return -1
}

// newProblem returns the problem of a code at field, with the code's
// severity and messages.
func newProblem(field string, code Code) Problem {
	ci, ok := codeTable[code]
	if !ok { // a defect: every code the rules use is in the table
		ci = codeInfo{sev: SeverityError, zh: "输入无效", en: "invalid input"}
	}
	return Problem{Field: field, Code: code, Severity: ci.sev, Message: ci.zh, English: ci.en}
}

// problemOf returns the problem of a document validator's error at field:
// its code, with the severity and source of the table and document's
// messages.
func problemOf(field string, err error) Problem {
	type coded interface{ Code() string }
	if e, ok := err.(coded); ok {
		return newProblem(field, Code(e.Code()))
	}
	return newProblem(field, "")
}

// withDetail returns p with a detail appended to both messages.
func withDetail(p Problem, zh, en string) Problem {
	p.Message += "：" + zh
	p.English += ": " + en
	return p
}

// catalogueProblem reports a code that the catalogue does not list: an
// error when the catalogue is WeChat's, a warning when it is a partial
// snapshot. The messages name the dictionary (zh, en), the code and the
// catalogue's source.
func (c *check) catalogueProblem(field string, l lookup, code int, zh, en string) {
	if l == found {
		return
	}
	pc := codeCatalogueUnknown
	if l == unconfirmed {
		pc = codeCatalogueUnconfirmed
	}
	p := newProblem(field, pc)
	n, src := strconv.Itoa(code), c.cat.Source()
	zhRest, enRest := "不在微信的目录中", "not in WeChat's catalogue"
	if l == unconfirmed {
		zhRest, enRest = "无法用内置目录确认；请传入微信的目录", "the embedded snapshot cannot confirm it; pass WeChat's catalogue"
		if strings.Contains(field, ".nrlx_details[") {
			// The snapshot cannot tell which type is "none of the above".
			zhRest += "，它也给出“以上都不涉及”的代码"
			enRest += `, which also gives the code of "none of the above"`
		}
	}
	p.Message = zh + " " + n + "：" + zhRest + "（" + src + "）"
	p.English = en + " " + n + ": " + enRest + " (" + src + ")"
	c.addProblem(p)
}

// materialProblem reports a material: its code's messages name it.
func materialProblem(field string, code Code, k document.MaterialKind) Problem {
	return withDetail(newProblem(field, code), k.Label(), k.English())
}

package filing

//go:generate go run ./data/gen/divisions

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Entry is one item of a WeChat dictionary (see Dictionaries).
type Entry struct {
	Code   int    `json:"code"`
	Parent int    `json:"parent,omitempty"`
	Name   string `json:"name"`
}

// Dictionaries are WeChat's five dictionaries, as its query_icp_* calls
// answer them: the input of [NewCatalogue]. Each entry is WeChat's type (or
// district code) with its name, and as Parent: for a certificate type its
// subject_type, for a service type its parent_type (0 at the first level),
// for a district the city or province it belongs to (0 for a province; the
// tree flattened), else 0. "None of the above" is the pre-approval type
// named 以上都不涉及. An empty list checks nothing. Source ("WeChat
// query_icp_*, 2026-12-01") is quoted by problems about a missing code;
// Partial marks an incomplete snapshot, whose missing codes are warnings
// (catalogue.unconfirmed), not errors (catalogue.unknown).
type Dictionaries struct {
	Source  string
	Partial bool

	SubjectTypes, CertificateTypes, PreApprovalTypes, ServiceTypes, Districts []Entry
}

// Catalogue is WeChat's dictionaries as [Request.Check] reads them, built
// from WeChat's answers by NewCatalogue; a nil *Catalogue stands for
// [DefaultCatalogue]. It is immutable and safe for concurrent use; the zero
// Catalogue checks nothing.
type Catalogue struct {
	d         Dictionaries
	subjects  map[int]bool
	certs     map[int]int // certificate type → subject type
	nrlx      map[int]bool
	none      int         // "none of the above", 0 when not listed
	services  map[int]int // service type → parent type
	regions   [3]map[int]Entry
	cityNames map[string]int // full city name → code, for names used once
}

// The levels of a district.
const (
	levelProvince = iota
	levelCity
	levelDistrict
)

// noneOfTheAboveName is the name of the pre-approval type that says no
// pre-approval applies.
const noneOfTheAboveName = "以上都不涉及"

// ErrCatalogue: NewCatalogue's dictionaries are inconsistent.
var ErrCatalogue = errors.New("filing: invalid catalogue")

// NewCatalogue builds a catalogue from a copy of d. It fails with an error
// matching ErrCatalogue for a code that is not positive or listed twice in
// a dictionary (at a level, for districts), or a district whose parent is
// not listed.
func NewCatalogue(d Dictionaries) (*Catalogue, error) {
	c := &Catalogue{d: d.clone()}
	var err error
	if c.subjects, err = codeSet("subject types", d.SubjectTypes); err != nil {
		return nil, err
	}
	if c.nrlx, err = codeSet("pre-approval types", d.PreApprovalTypes); err != nil {
		return nil, err
	}
	for _, e := range d.PreApprovalTypes {
		if strings.TrimSpace(e.Name) == noneOfTheAboveName {
			c.none = e.Code
		}
	}
	if c.certs, err = codeMap("certificate types", d.CertificateTypes); err != nil {
		return nil, err
	}
	if c.services, err = codeMap("service types", d.ServiceTypes); err != nil {
		return nil, err
	}
	if err = c.indexDistricts(d.Districts); err != nil {
		return nil, err
	}
	return c, nil
}

func (d Dictionaries) clone() Dictionaries {
	c := d
	for _, l := range []*[]Entry{&c.SubjectTypes, &c.CertificateTypes, &c.PreApprovalTypes, &c.ServiceTypes, &c.Districts} {
		*l = append([]Entry(nil), *l...)
	}
	return c
}

func codeSet(what string, es []Entry) (map[int]bool, error) {
	m := make(map[int]bool, len(es))
	for _, e := range es {
		if e.Code <= 0 || m[e.Code] {
			return nil, fmt.Errorf("%w: %s: code %d not positive or listed twice", ErrCatalogue, what, e.Code)
		}
		m[e.Code] = true
	}
	return m, nil
}

func codeMap(what string, es []Entry) (map[int]int, error) {
	m := make(map[int]int, len(es))
	for _, e := range es {
		if _, dup := m[e.Code]; e.Code <= 0 || dup {
			return nil, fmt.Errorf("%w: %s: code %d not positive or listed twice", ErrCatalogue, what, e.Code)
		}
		m[e.Code] = e.Parent
	}
	return m, nil
}

// indexDistricts sorts the districts into provinces (no parent), cities
// (whose parent is a province) and districts (whose parent is a city). A
// code may stand at two levels: a city without districts (东莞 441900) is
// its own district, whether the dictionary lists it so (the embedded
// snapshot does) or lists the city without children, which leaves a
// filing there no other district to give.
func (c *Catalogue) indexDistricts(es []Entry) error {
	for i := range c.regions {
		c.regions[i] = make(map[int]Entry)
	}
	pending := es
	for level := levelProvince; level <= levelDistrict; level++ {
		var rest []Entry
		for _, e := range pending {
			_, parentHere := c.regions[max(level-1, 0)][e.Parent]
			if level == levelProvince && e.Parent != 0 || level > levelProvince && !parentHere {
				rest = append(rest, e)
				continue
			}
			if _, dup := c.regions[level][e.Code]; e.Code <= 0 || dup {
				return fmt.Errorf("%w: districts: code %d not positive or listed twice", ErrCatalogue, e.Code)
			}
			c.regions[level][e.Code] = e
		}
		pending = rest
	}
	if len(pending) > 0 {
		return fmt.Errorf("%w: districts: %d has no parent %d in the list", ErrCatalogue, pending[0].Code, pending[0].Parent)
	}
	if districts := c.regions[levelDistrict]; len(districts) > 0 {
		parents := make(map[int]bool, len(c.regions[levelCity]))
		for _, e := range districts {
			parents[e.Parent] = true
		}
		for code, e := range c.regions[levelCity] {
			if !parents[code] {
				districts[code] = Entry{Code: code, Parent: code, Name: e.Name}
			}
		}
	}
	c.cityNames = make(map[string]int, len(c.regions[levelCity]))
	for code, e := range c.regions[levelCity] {
		if _, seen := c.cityNames[e.Name]; seen {
			c.cityNames[e.Name] = 0 // used twice: tells nothing
			continue
		}
		c.cityNames[e.Name] = code
	}
	return nil
}

// Source returns Dictionaries().Source.
func (c *Catalogue) Source() string {
	if c == nil {
		return DefaultCatalogue().Source()
	}
	return c.d.Source
}

// Dictionaries returns a copy of the catalogue's dictionaries.
func (c *Catalogue) Dictionaries() Dictionaries {
	if c == nil {
		return DefaultCatalogue().Dictionaries()
	}
	return c.d.clone()
}

// DefaultCatalogue returns the embedded snapshot (Source "embedded
// snapshot"), Partial and
// shared: what WeChat documents (subject types 1–5, certificate types 1 and
// 2, eleven pre-approval types but not the code of 以上都不涉及, no service
// types) and the districts of the National Bureau of Statistics of 2023
// (CHECKS.md says more).
func DefaultCatalogue() *Catalogue { return defaultCatalogue() }

var defaultCatalogue = sync.OnceValue(func() *Catalogue {
	d := Dictionaries{
		Source:  "embedded snapshot",
		Partial: true,
		SubjectTypes: []Entry{
			{Code: 1, Name: "国防机构"}, {Code: 2, Name: "政府机关"}, {Code: 3, Name: "事业单位"},
			{Code: 4, Name: "企业"}, {Code: 5, Name: "个人"},
		},
		CertificateTypes: []Entry{{Code: 1, Parent: 4, Name: "营业执照（个人或企业）"}, {Code: 2, Parent: 5, Name: "居民身份证"}},
		PreApprovalTypes: []Entry{
			{Code: 1, Name: "新闻"}, {Code: 2, Name: "出版"}, {Code: 3, Name: "教育"}, {Code: 4, Name: "医疗保健"},
			{Code: 5, Name: "药品和医疗器械"}, {Code: 6, Name: "电子公告服务"}, {Code: 9, Name: "文化"},
			{Code: 10, Name: "广播电影电视节目"}, {Code: 11, Name: "网络预约车"}, {Code: 13, Name: "互联网金融"},
			{Code: 14, Name: "校外培训"},
		},
		Districts: parseDivisions(divisionsData),
	}
	c, err := NewCatalogue(d)
	if err != nil {
		panic("filing: embedded catalogue: " + err.Error()) // the tests build it
	}
	return c
})

// parseDivisions reads the generated division table.
func parseDivisions(s string) []Entry {
	out := make([]Entry, 0, strings.Count(s, "\n"))
	for s != "" {
		var line string
		line, s, _ = strings.Cut(s, "\n")
		code, rest, _ := strings.Cut(line, " ")
		parent, name, _ := strings.Cut(rest, " ")
		c, _ := strconv.Atoi(code)
		p, _ := strconv.Atoi(parent)
		out = append(out, Entry{Code: c, Parent: p, Name: name})
	}
	return out
}

// lookup is the answer of a dictionary about one code.
type lookup uint8

const (
	found       lookup = iota // listed, or the dictionary is empty
	notListed                 // missing from a complete dictionary: an error
	unconfirmed               // missing from a partial snapshot: a warning
)

// answer turns "is the code listed" into a lookup.
func (c *Catalogue) answer(listed, empty bool) lookup {
	switch {
	case listed || empty:
		return found
	case c.d.Partial:
		return unconfirmed
	}
	return notListed
}

// region returns the district entry of code at level, if listed.
func (c *Catalogue) region(level, code int) (Entry, bool) {
	e, ok := c.regions[level][code]
	return e, ok
}

package filing

import (
	"fmt"
	"strings"

	"github.com/beian-go/beian/internal/enum"
	"github.com/beian-go/beian/internal/xerr"
)

// Severity says whether a problem blocks a submission. String gives its id
// ("warning"), which MarshalText writes and UnmarshalText reads (refusing
// an unknown one), Label and English its names. The
// zero value, SeverityUnknown, blocks like SeverityError. It is a plain
// value, safe for concurrent use.
type Severity uint8

// The severities. Which rule has which is written once, in the package
// documentation ("Severity").
const (
	SeverityUnknown Severity = iota
	// SeverityError: WeChat's documentation or a standard says the filing
	// is refused; Submit refuses it.
	SeverityError
	// SeverityWarning: a provider's or a province's rule, or a heuristic;
	// shown, never blocking.
	SeverityWarning
)

var severityNames = enum.Names{
	Noun:   "severity",
	IDs:    []string{"", "error", "warning"},
	Labels: []string{"", "错误", "警告"},
	En:     []string{"", "error", "warning"},
}

func (s Severity) String() string  { return severityNames.String(int(s)) }
func (s Severity) Label() string   { return severityNames.Label(int(s)) }
func (s Severity) English() string { return severityNames.English(int(s)) }

// Blocking reports whether a problem of this severity stops a submission:
// true for SeverityError and SeverityUnknown.
func (s Severity) Blocking() bool { return s != SeverityWarning }

func (s Severity) MarshalText() ([]byte, error) { return marshalEnum(&severityNames, int(s)) }

func (s *Severity) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&severityNames, b, nil)
	if err == nil {
		*s = Severity(v)
	}
	return err
}

// Problem is one thing wrong with a filing: WeChat's payload path of the
// field ("icp_applets.base_info.nrlx_details[1].code"), the rule's code and
// severity, and a Chinese and an English message that never repeat what
// was typed. It is a plain value; the zero Problem is no problem.
type Problem struct {
	Field    string   `json:"field,omitempty"`
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	English  string   `json:"english,omitempty"`
}

// Error returns the English form: "<field>: <message> (<code>)".
func (p Problem) Error() string {
	var b strings.Builder
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	msg := p.English
	if msg == "" {
		msg = p.Message
	}
	b.WriteString(msg)
	if p.Code != "" {
		b.WriteString(" (")
		b.WriteString(string(p.Code))
		b.WriteString(")")
	}
	return b.String()
}

// Text returns the English message for a language tag of English ("en",
// "en-GB"), else the Chinese one.
func (p Problem) Text(lang string) string {
	if len(lang) >= 2 && strings.EqualFold(lang[:2], "en") && (len(lang) == 2 || lang[2] == '-' || lang[2] == '_') && p.English != "" {
		return p.English
	}
	return p.Message
}

// Problems is what [Request.Check] found, nil for nothing. It is an error,
// which Submit returns (errors.As target: *Problems). Several goroutines
// may read one Problems.
type Problems []Problem

// Error joins the problems' English forms with "; ".
func (ps Problems) Error() string {
	if len(ps) == 0 {
		return "filing: no problems"
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Blocking reports whether any problem blocks submission.
func (ps Problems) Blocking() bool {
	for _, p := range ps {
		if p.Severity.Blocking() {
			return true
		}
	}
	return false
}

// Errors returns the blocking problems, in order.
func (ps Problems) Errors() Problems { return ps.filter(true) }

// Warnings returns the problems that do not block, in order.
func (ps Problems) Warnings() Problems { return ps.filter(false) }

func (ps Problems) filter(blocking bool) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity.Blocking() == blocking {
			out = append(out, p)
		}
	}
	return out
}

// Has reports whether a problem with the given code is in ps.
func (ps Problems) Has(code Code) bool {
	for _, p := range ps {
		if p.Code == code {
			return true
		}
	}
	return false
}

// marshalEnum returns the text id of value v of one of this package's
// enums; a value out of range is an error.
func marshalEnum(n *enum.Names, v int) ([]byte, error) {
	b, ok := n.Marshal(v)
	if !ok {
		return nil, fmt.Errorf("filing: cannot marshal %s", n.String(v))
	}
	return b, nil
}

// unmarshalEnum returns the value whose text id is b. An unknown id is an
// error, matching unknown when the enum has such a sentinel, that quotes
// the input only when it has an id's shape (xerr.QuoteToken).
func unmarshalEnum(n *enum.Names, b []byte, unknown error) (int, error) {
	v, ok := n.Parse(string(b))
	switch {
	case ok:
		return v, nil
	case unknown != nil:
		return 0, fmt.Errorf("%w: %s", unknown, xerr.QuoteToken(string(b)))
	}
	return 0, fmt.Errorf("filing: unknown %s %s", n.Noun, xerr.QuoteToken(string(b)))
}

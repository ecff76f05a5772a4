package document

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Code is the stable, machine-readable id of a problem, such as
// "uscc.checksum" or "applet.description.length". Codes never change once
// published; a UI keys its own translations on them, and [LookupCode] and
// [Codes] describe them. The zero value is the empty code, which no check
// produces. It is a plain value, safe for concurrent use.
type Code string

// Severity says whether a problem blocks a submission. The zero value,
// SeverityUnknown, is treated as blocking, like SeverityError, so that a
// Problem built by hand without a severity errs on the safe side. It is a
// plain value, safe for concurrent use.
type Severity uint8

// The severities.
const (
	SeverityUnknown Severity = iota
	// SeverityError: WeChat or the bureau will reject the filing; submitting
	// is refused.
	SeverityError
	// SeverityWarning: likely to be rejected somewhere; shown, not blocking.
	SeverityWarning
)

var severityIDs = [...]string{"", "error", "warning"}

// String returns the stable id: "error", "warning", or "" when unknown.
func (s Severity) String() string {
	if int(s) < len(severityIDs) {
		return severityIDs[s]
	}
	return ""
}

// Blocking reports whether a problem of this severity stops a submission:
// true for SeverityError and SeverityUnknown.
func (s Severity) Blocking() bool { return s != SeverityWarning }

// MarshalText writes the stable id; the zero value is "". A value out of
// range is an *Error of KindFormat.
func (s Severity) MarshalText() ([]byte, error) { return marshalID("severity", severityIDs[:], int(s)) }

// UnmarshalText reads a stable id; "" gives SeverityUnknown. An unknown id is
// an *Error of KindFormat and leaves s unchanged.
func (s *Severity) UnmarshalText(b []byte) error {
	i, err := unmarshalID("severity", severityIDs[:], b)
	if err == nil {
		*s = Severity(i)
	}
	return err
}

// Problem is one thing wrong with a filing's input, tied to the field it
// concerns. It is a plain value, safe to copy and to share.
//
// The zero Problem has no field, no code and an unknown (blocking)
// severity; checks never produce it.
type Problem struct {
	// Field is WeChat's dotted payload path of the input, with array
	// indexes in brackets, e.g. "icp_subject.principal_info.mobile" or
	// "icp_applets.base_info.nrlx_details[1].code". Empty for problems
	// that concern the filing as a whole.
	Field string `json:"field,omitempty"`
	// Code is the stable id of the check that failed.
	Code Code `json:"code"`
	// Severity says whether the problem blocks submission.
	Severity Severity `json:"severity"`
	// Message explains the problem in Chinese, for the merchant.
	Message string `json:"message"`
	// English explains the problem in English.
	English string `json:"english,omitempty"`
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

// Text returns the message in the given language: English for a language
// tag of English ("en", "en-GB", "EN_us", in any case), Chinese otherwise
// and when the problem has no English message.
func (p Problem) Text(lang string) string {
	if isEnglish(lang) && p.English != "" {
		return p.English
	}
	return p.Message
}

// isEnglish reports whether the language tag lang is English: "en" alone
// or followed by '-' or '_', in any case.
func isEnglish(lang string) bool {
	if len(lang) < 2 || !strings.EqualFold(lang[:2], "en") {
		return false
	}
	return len(lang) == 2 || lang[2] == '-' || lang[2] == '_'
}

// Problems is every problem found in one validation, in a stable order. It
// implements error, so a validator can return it directly; errors.As with
// a pointer to a Problems variable gets the list back from a wrapped error.
//
// A nil or empty Problems, the zero value, means nothing was found;
// validators return a nil error in that case, never an empty Problems.
// Several goroutines may read one Problems; appending to it ([Problems.Add],
// [Problems.AddCode]) is, like any slice, for one goroutine at a time.
type Problems []Problem

// Error joins the problems' English forms with "; ".
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "document: no problems"
	case 1:
		return ps[0].Error()
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

// Add records err as a problem of field, WeChat's dotted payload path of
// the checked input, so that composite validation can collect every
// problem instead of stopping at the first:
//
//	var ps document.Problems
//	ps.Add("icp_subject.principal_info.mobile", document.ValidateMobile(m))
//	ps.Add("", document.CheckRegion(region)) // paths already absolute
//	return ps.Err()
//
// A nil err, or an empty Problems, adds nothing. A Problems (or a single
// Problem) is flattened into ps, field being put in front of each nested
// field ("a" + "b" gives "a.b", "a" + "[1].c" gives "a[1].c"); pass ""
// when the nested paths are already complete. Any other error becomes one
// Problem through ProblemOf.
func (ps *Problems) Add(field string, err error) {
	if err == nil {
		return
	}
	var nested Problems
	if errors.As(err, &nested) {
		for _, p := range nested {
			p.Field = joinField(field, p.Field)
			*ps = append(*ps, p)
		}
		return
	}
	*ps = append(*ps, ProblemOf(field, err))
}

// AddCode records a problem of field with the given code and the
// catalogue's messages (see NewProblem).
func (ps *Problems) AddCode(field string, code Code) {
	*ps = append(*ps, NewProblem(field, code))
}

// Err returns ps as an error, or nil when ps is empty.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
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

// Warnings returns the non-blocking problems, in order.
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

// clipText prepares arbitrary outside text for an error value: text that
// may hold personal data (an '@', or eleven or more digits in a row, spaces
// and hyphens between them allowed, as in a phone or ID number typed into
// the wrong field) is masked with Mask, and anything longer than 24 runes
// is cut short.
func clipText(s string) string {
	const max = 24
	if looksPersonal(s) {
		s = Mask(s)
	}
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// looksPersonal reports whether s contains an '@' or a run of at least
// eleven digits (the length of a mainland mobile number; ID numbers are
// longer), counting spaces and hyphens between digits as part of the run.
func looksPersonal(s string) bool {
	const minRun = 11
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '@':
			return true
		case c >= '0' && c <= '9':
			run++
			if run >= minRun {
				return true
			}
		case (c == ' ' || c == '-') && run > 0:
			// A separator inside a number keeps the run going.
		default:
			run = 0
		}
	}
	return false
}

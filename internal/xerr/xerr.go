// Package xerr writes the messages of the module's detail errors in one
// form and decides, in one place, how a message may quote outside input.
// Every exported error type of the module (document.Error,
// filing.RecordError, store.ConflictError, …) stays in its own package, as
// the target of errors.As, and its Error and Is methods are one-line calls
// into this package.
//
// A message reads
//
//	<pkg>: <subject>[ "<input>"]: <reason>[: <cause>]
//
// lower-case English without trailing punctuation: the package's name,
// what was checked (a parameter, a field path, a record), the outside text
// the error is about, quoted, what is wrong, and the message of the error
// it wraps. Input is never quoted any other way than by [Quote], which
// masks it through mask.Echo first; what a validator lets an echo show
// before that ([Identifier], [Token]) is decided here too.
package xerr

import (
	"strconv"
	"strings"

	"github.com/beian-go/beian/internal/mask"
)

// Message returns a detail error's message in the module's one form. An
// empty subject, input, reason or nil cause is left out with its
// separator.
func Message(pkg, subject, input, reason string, cause error) string {
	var b strings.Builder
	b.WriteString(pkg)
	sep := ": "
	part := func(s string) {
		if s != "" {
			b.WriteString(sep)
			b.WriteString(s)
			sep = ": "
		}
	}
	part(subject)
	if input != "" {
		if subject != "" {
			sep = " "
		}
		part(Quote(input))
	}
	part(reason)
	if cause != nil {
		part(cause.Error())
	}
	return b.String()
}

// Quote quotes outside input for a message, after masking it with
// mask.Echo: the personal data Text recognises is hidden and the text is
// cut to mask.EchoRunes runes. It is the only way the module's messages
// quote input.
func Quote(s string) string { return strconv.Quote(mask.Echo(s)) }

// Identifier returns what a message may show of a value typed where an
// identifier belongs (a credit code, an ID or certificate number, a filing
// number): its first three and last two runes (mask.ID), then clipped by
// mask.Echo. Text typed into the wrong field can be anything, a name or an
// address included, which mask.Echo alone does not recognise; no such
// value survives mask.ID in full.
func Identifier(s string) string { return mask.Echo(mask.ID(s)) }

// maxToken bounds the length of an enum's id a message shows.
const maxToken = 64

// Token returns what a message may show of text read where an enum's id
// belongs: the text itself (through mask.Echo) when it has an id's shape,
// 1 to 64 lower-case ASCII letters, digits and '_', since a misspelt id is
// worth showing; otherwise "", since text in the wrong place can be
// anything, a name or an address included.
func Token(s string) string {
	if s == "" || len(s) > maxToken {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return ""
		}
	}
	return mask.Echo(s)
}

// QuoteToken quotes text read where an enum's id belongs: as Quote does
// when it has an id's shape (see Token), and as "(not an id)" otherwise.
func QuoteToken(s string) string {
	if t := Token(s); t != "" {
		return strconv.Quote(t)
	}
	return "(not an id)"
}

// Is reports whether target is one of sentinels, for the Is method of a
// detail error; a nil target or sentinel never matches.
func Is(target error, sentinels ...error) bool {
	if target == nil {
		return false
	}
	for _, s := range sentinels {
		if s == target {
			return true
		}
	}
	return false
}

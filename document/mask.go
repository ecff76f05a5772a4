package document

import (
	"strings"
	"unicode/utf8"
)

// Mask hides the middle of a personal identifier (ID number, phone number,
// certificate number, credit code) so that it can appear in messages and
// logs: it keeps the first three and last two characters of values of nine
// or more characters, the first and last of shorter ones, and replaces the
// rest with '*'. An e-mail address keeps the first character of its local
// part and its domain ("z***@example.com"). Strings of two runes or fewer
// become all '*'. Mask never returns its input unchanged unless it is empty.
func Mask(s string) string {
	if s == "" {
		return ""
	}
	if at := strings.LastIndexByte(s, '@'); at > 0 {
		// Keep the first rune of the local part; an invalid byte counts
		// as one.
		_, size := utf8.DecodeRuneInString(s)
		return s[:size] + "***" + s[at:]
	}
	runes := []rune(s)
	n := len(runes)
	var head, tail int
	switch {
	case n <= 2:
		return strings.Repeat("*", n)
	case n < 9:
		head, tail = 1, 1
	default:
		head, tail = 3, 2
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(string(runes[:head]))
	b.WriteString(strings.Repeat("*", n-head-tail))
	b.WriteString(string(runes[n-tail:]))
	return b.String()
}

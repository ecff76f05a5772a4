package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MinDescriptionContentRunes is how many letters or digits a description
// must have besides the names of the mini program and the subject; fewer
// means it only repeats the name. This package's threshold, from the
// bureaus' demand that the description say what the service does
// (reference rejections.md §1.6 #34).
const MinDescriptionContentRunes = 5

// description checks that the mini program's description says something:
// not only punctuation, not one short piece repeated, not only the name
// again (rejections.md #34).
func (c *rejectionCheck) description(ps *Problems) {
	const field = pathAppletBase + ".comment"
	d := c.in.Description
	if strings.TrimSpace(d) == "" {
		return // reported as missing
	}
	content := contentRunes(d)
	switch {
	case len(content) == 0:
		ps.AddCode(field, "description.punctuation_only")
		return
	case isRepetitive(content):
		ps.AddCode(field, "description.repetitive")
		return
	}
	rest, removed := string(content), false
	for _, n := range [...]string{c.in.AppletName, c.in.SubjectName} {
		// A one-character name would remove that character everywhere.
		if cn := string(contentRunes(n)); utf8.RuneCountInString(cn) >= 2 && strings.Contains(rest, cn) {
			rest = strings.ReplaceAll(rest, cn, "")
			removed = true
		}
	}
	if removed && utf8.RuneCountInString(rest) < MinDescriptionContentRunes {
		ps.AddCode(field, "description.is_name")
	}
}

// contentRunes returns the letters and digits of s, in order.
func contentRunes(s string) []rune {
	out := make([]rune, 0, len(s)/3+1)
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

// isRepetitive reports whether rs is made of at most two distinct
// characters, or of one piece repeated at least three times ("测试测试测试").
func isRepetitive(rs []rune) bool {
	n := len(rs)
	if n < 3 {
		return false
	}
	var first, second rune = rs[0], -1
	distinct := 1
	for _, r := range rs[1:] {
		if r != first && r != second {
			if second < 0 {
				second = r
			}
			distinct++
			if distinct > 2 {
				break
			}
		}
	}
	if distinct <= 2 {
		return true
	}
	for p := 1; p <= n/3; p++ {
		periodic := true
		for i := p; i < n; i++ {
			if rs[i] != rs[i%p] {
				periodic = false
				break
			}
		}
		if periodic {
			return true
		}
	}
	return false
}

// Package termtext lays out the examples' output for a terminal: widths
// that count CJK characters as two columns, padding and word wrapping to
// 80 columns, and days and counts labelled in Chinese and English. It
// serves the example programs only.
package termtext

import (
	"fmt"
	"strings"

	"github.com/beian-go/beian/workday"
)

// LineWidth is the width every output line fits in.
const LineWidth = 80

// Width returns the number of terminal columns s takes: two for each
// East Asian wide character (CJK ideographs, full-width punctuation),
// one for anything else.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}
func runeWidth(r rune) int {
	switch {
	case r >= 0x1100 && r <= 0x115F, // Hangul Jamo
		r >= 0x2E80 && r <= 0xA4CF, // CJK radicals .. Yi, CJK punctuation
		r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF, // CJK compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F, // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6:
		return 2
	}
	return 1
}

// Pad returns s followed by spaces up to n columns.
func Pad(s string, n int) string {
	if w := Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// Wrap returns text as lines indented by indent columns, breaking at
// spaces and before full-width brackets, before a line would pass
// LineWidth. A part in full-width brackets stays on one line when it
// fits; text too long for any line is broken between characters. Each
// line ends in a newline.
func Wrap(indent int, text string) string {
	var b strings.Builder
	prefix := strings.Repeat(" ", indent)
	line, lineW := "", 0
	flush := func() {
		b.WriteString(prefix + line + "\n")
		line, lineW = "", 0
	}
	avail := LineWidth - indent
	for _, t := range tokens(text) {
		sep := ""
		if line != "" && t.space {
			sep = " "
		}
		ww := Width(t.text)
		if lineW+len(sep)+ww <= avail {
			line += sep + t.text
			lineW += len(sep) + ww
			continue
		}
		if line != "" && ww <= avail {
			flush()
			line, lineW = t.text, ww
			continue
		}
		// Too long for any line: break it between runes.
		line += sep
		lineW += len(sep)
		for _, r := range t.text {
			if rw := runeWidth(r); lineW+rw > avail {
				flush()
			}
			line += string(r)
			lineW += runeWidth(r)
		}
	}
	if line != "" || b.Len() == 0 {
		flush()
	}
	return b.String()
}

// token is a piece of text that wrap keeps on one line; space says
// whether a space separates it from the previous token.
type token struct {
	text  string
	space bool
}

// tokens splits text at spaces, and around parts in full-width
// brackets （…）, which keep their spaces.
func tokens(text string) []token {
	var ts []token
	var cur strings.Builder
	space, depth := false, 0
	emit := func() {
		if cur.Len() > 0 {
			ts = append(ts, token{cur.String(), space})
			cur.Reset()
			space = false
		}
	}
	for _, r := range text {
		switch {
		case r == '（':
			if depth == 0 {
				emit()
			}
			depth++
			cur.WriteRune(r)
		case r == '）' && depth > 0:
			depth--
			cur.WriteRune(r)
			if depth == 0 {
				emit()
			}
		case r == ' ' && depth == 0:
			emit()
			space = true
		default:
			cur.WriteRune(r)
		}
	}
	emit()
	return ts
}

var weekdays = [7]string{"日", "一", "二", "三", "四", "五", "六"}

// Day writes a day with its weekday in Chinese and English:
// "2026-09-25 周五 Fri".
func Day(d workday.Date) string {
	wd := d.Weekday()
	return fmt.Sprintf("%s 周%s %s", d, weekdays[wd], wd.String()[:3])
}

// Count writes a count with an English noun: "1 problem", "2 problems".
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

package main

import "strings"

// Terminal layout: lines fit 80 columns, counting CJK characters as two.

const lineWidth = 80

// width returns the number of terminal columns s takes: two for each
// East Asian wide character (CJK ideographs, full-width punctuation),
// one for anything else.
func width(s string) int {
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

// pad returns s followed by spaces up to n columns.
func pad(s string, n int) string {
	if w := width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// wrap returns text as lines indented by indent columns, breaking at
// spaces, or inside a run of CJK text, before a line would pass
// lineWidth. Each line ends in a newline.
func wrap(indent int, text string) string {
	var b strings.Builder
	prefix := strings.Repeat(" ", indent)
	line, lineW := "", 0
	flush := func() {
		b.WriteString(prefix + strings.TrimRight(line, " ") + "\n")
		line, lineW = "", 0
	}
	avail := lineWidth - indent
	for _, word := range strings.Fields(text) {
		ww := width(word)
		sep := 0
		if line != "" {
			sep = 1
		}
		if lineW+sep+ww <= avail {
			if sep == 1 {
				line += " "
			}
			line += word
			lineW += sep + ww
			continue
		}
		if line != "" && ww <= avail {
			flush()
			line, lineW = word, ww
			continue
		}
		// The word is too long for any line: break it between runes.
		if line != "" {
			line += " "
			lineW++
		}
		for _, r := range word {
			rw := runeWidth(r)
			if lineW+rw > avail {
				flush()
			}
			line += string(r)
			lineW += rw
		}
	}
	if line != "" || b.Len() == 0 {
		flush()
	}
	return b.String()
}

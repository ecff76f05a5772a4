// Package mask hides personal data (PIPL 个人信息) before it is printed:
// identifiers, phone numbers and e-mail addresses, names and addresses.
// Every package of the module masks through it, so that one set of rules
// decides what an error message, a log record or a %v may show.
//
// Echo is the function for messages that quote outside input; ID, Name
// and Address mask a value whose kind is known; Text masks the personal
// data it finds inside free text. All of them run in one pass over their
// input and never panic.
package mask

import (
	"strings"
	"unicode/utf8"
)

// EchoRunes is how many runes of outside input an error message may quote.
const EchoRunes = 32

// Echo prepares outside input for an error message: the personal data
// inside it is masked as Text does, every run of Chinese characters keeps
// only its first (a name or an address typed into the wrong field is not
// shown: "张三丰" gives "张**"), and the result is cut to EchoRunes runes,
// with "…" marking the cut. It is the one function through which every
// message of the module quotes its input. Only the input's first
// 4×EchoRunes runes are read: an e-mail's local part or a number visible
// in the first EchoRunes runes ends within them.
func Echo(s string) string {
	cut := false
	if n := 4 * EchoRunes; len(s) > n {
		if i := runeOffset(s, n); i < len(s) {
			s, cut = s[:i], true
		}
	}
	r := []rune(Text(s))
	inRun := false
	for i, c := range r {
		switch {
		case !isHan(c):
			inRun = false
		case inRun:
			r[i] = '*'
		default:
			inRun = true
		}
	}
	if len(r) > EchoRunes {
		return string(r[:EchoRunes]) + "…"
	}
	if cut {
		return string(r) + "…"
	}
	return string(r)
}

// isHan reports whether r is a CJK unified ideograph.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF }

// runeOffset returns the byte offset of the n-th rune of s, or len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// ID hides the middle of an identifier (ID number, phone number,
// certificate number, credit code): it keeps the first three and last two
// runes of values of nine or more runes, the first and last of shorter
// ones, and replaces the rest with '*', one per rune. An e-mail address
// keeps the first rune of its local part and its domain
// ("z***@example.com"). Values of one or two runes become all '*'. ID
// never returns its input unchanged unless it is empty.
func ID(s string) string {
	if s == "" {
		return ""
	}
	if at := strings.LastIndexByte(s, '@'); at > 0 {
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

// Name masks a person's name: its first rune and "**" ("张**"), whatever
// the name's length, so that the length is not shown either. The empty
// name stays empty.
func Name(s string) string {
	if s == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return "**"
	}
	return string(r) + "**"
}

// Address masks an address, keeping its province and city
// ("广东省深圳市南山区科技南路1号" gives "广东省深圳市***"; "北京市海淀区…"
// gives "北京市***"). An address that names neither keeps its first two
// runes. An address that is only a province and city is returned as it
// is; anything after them becomes "***".
func Address(s string) string {
	if s == "" {
		return ""
	}
	runes := []rune(s)
	keep := regionPrefix(runes)
	if keep == 0 {
		keep = min(2, len(runes))
	}
	if keep >= len(runes) {
		return Text(s)
	}
	return Text(string(runes[:keep])) + "***"
}

// regionPrefix returns how many runes of an address name its province
// and city: through the first city-level marker (市, 州, 盟, 地区) found
// within the first 16 runes, or through the province marker (省,
// 自治区) when no city follows it. It returns 0 when there is neither.
func regionPrefix(r []rune) int {
	const window = 16
	limit := min(len(r), window)
	province := 0
	for i := 0; i < limit; i++ {
		switch r[i] {
		case '省':
			if province == 0 {
				province = i + 1
			}
		case '区':
			if province == 0 && i >= 2 && r[i-2] == '自' && r[i-1] == '治' {
				province = i + 1
			} else if province > 0 && i >= 1 && r[i-1] == '地' {
				return i + 1
			}
		case '市', '州', '盟':
			return i + 1
		}
	}
	return province
}

// Text masks the personal data found inside free text (a remark, a
// rejection reason, an error's input) and leaves the rest as it is:
//
//   - every run of seven or more digits (a mobile or landline number, an ID
//     or bank card number), in ASCII or full-width digits, with spaces,
//     hyphens, dots, slashes and brackets between them, a leading +86 and a
//     trailing X of an ID number included, keeps its first three and last
//     two digits, the others becoming '*';
//   - the local part of every e-mail address (before '@' or '＠') keeps its
//     first rune, the others becoming '*'.
//
// A date written as 2026-09-28 (four, two and two digits with one
// separator) is not masked. Text does not recognise names or addresses
// inside free text; use Name and Address for values known to be such.
func Text(s string) string {
	if !suspicious(s) {
		return s
	}
	runes := []rune(s)
	hide := make([]bool, len(runes))
	markEmails(runes, hide)
	markNumbers(runes, hide)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range runes {
		if hide[i] {
			b.WriteByte('*')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// suspicious reports whether s may hold something Text masks: an '@' or
// a digit (ASCII or full-width). Most text has neither and is returned
// without being copied.
func suspicious(s string) bool {
	for _, r := range s {
		if r == '@' || r == '＠' || isDigit(r) {
			return true
		}
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// isSeparator reports whether r may stand between the digits of one
// number: a space, hyphen, dot, slash or bracket, ASCII or full-width.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '\u3000', '－', '．', '／', '（', '）', '—', '–', '‐':
		return true
	}
	return false
}

func isCheckX(r rune) bool { return r == 'x' || r == 'X' || r == 'ｘ' || r == 'Ｘ' }

// markNumbers marks the digits of every long number in r.
func markNumbers(r []rune, hide []bool) {
	const minDigits = 7
	for i := 0; i < len(r); {
		if !isDigit(r[i]) {
			i++
			continue
		}
		// A run: digits, with single separators between digits.
		start, end, digits := i, i, 0
		for j := i; j < len(r); {
			if isDigit(r[j]) {
				digits++
				end = j + 1
				j++
				continue
			}
			if isSeparator(r[j]) && j+1 < len(r) && isDigit(r[j+1]) && end == j {
				j++
				continue
			}
			break
		}
		if end < len(r) && isCheckX(r[end]) {
			end++ // the check character of an ID number
		}
		i = end
		if digits < minDigits || isDate(r[start:end]) {
			continue
		}
		// Keep the first three digits and the last two characters.
		seen := 0
		for j := start; j < end-2; j++ {
			if isDigit(r[j]) || isCheckX(r[j]) {
				if seen >= 3 {
					hide[j] = true
				}
				seen++
			}
		}
	}
}

// isDate reports whether r is a date written as four, two and two digits
// joined by one repeated separator ("2026-09-28", "2026/09/28").
func isDate(r []rune) bool {
	if len(r) != 10 || isDigit(r[4]) || r[4] != r[7] {
		return false
	}
	for i, c := range r {
		if i != 4 && i != 7 && !isDigit(c) {
			return false
		}
	}
	return true
}

// markEmails marks the local part of every e-mail address in r but its
// first rune.
func markEmails(r []rune, hide []bool) {
	for i, c := range r {
		if c != '@' && c != '＠' {
			continue
		}
		j := i
		for j > 0 && isLocalPart(r[j-1]) {
			j--
		}
		for k := j + 1; k < i; k++ {
			hide[k] = true
		}
	}
}

// isLocalPart reports whether r may belong to the local part of an e-mail
// address as people type them: anything but space, quotes, brackets and
// the punctuation that ends a clause.
func isLocalPart(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '"', '\'', '<', '>', '(', ')', '[', ']', ',', ';', ':', '，', '；', '：', '。', '（', '）', '“', '”', '\u3000', '@', '＠':
		return false
	}
	return r >= ' '
}

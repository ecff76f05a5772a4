package deadline

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/beian-go/beian/workday"
)

// personalData is each kind of personal data in each notation a caller
// may pass by mistake where this package reads or echoes text.
var personalData = []struct{ kind, text string }{
	{"mobile", "13800138000"},
	{"mobile, +86", "+8613800138000"},
	{"mobile, +86 and spaces", "+86 138 0013 8000"},
	{"mobile, hyphens", "138-0013-8000"},
	{"mobile, dots", "138.0013.8000"},
	{"mobile, full-width", "１３８００１３８０００"},
	{"mobile, full-width with ideographic spaces", "１３８\u3000００１３\u3000８０００"},
	{"landline, brackets", "(010)65529988"},
	{"landline, full-width brackets and hyphen", "（０１０）６５５２－９９８８"},
	{"resident ID", "110101199003078515"},
	{"resident ID, X", "11010119900307851X"},
	{"resident ID, spaces", "110101 19900307 851x"},
	{"resident ID, slashes", "110101/19900307/8515"},
	{"resident ID, full-width", "１１０１０１１９９００３０７８５１Ｘ"},
	{"e-mail", "zhang.san@example.com"},
	{"e-mail, full-width at", "zhangsan＠example.com"},
	{"inside text", "请联系 13800138000 或 zhang.san@example.com"},
	{"name", "张三丰"},
	{"address", "广东省深圳市南山区科技南路18号"},
}

// digitsOf returns the digits of s, full-width ones as ASCII.
func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + r - '０')
		}
	}
	return b.String()
}

// digitRuns returns the runs of seven or more consecutive digits of s.
func digitRuns(s string) []string {
	var runs []string
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && (r[j] >= '0' && r[j] <= '9' || r[j] >= '０' && r[j] <= '９') {
			j++
		}
		if j-i >= 7 {
			runs = append(runs, string(r[i:j]))
		}
		i = max(j, i+1)
	}
	return runs
}

// escapes matches the escapes %q writes, whose hex digits could otherwise
// join a run of digits that follows them.
var escapes = regexp.MustCompile(`\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})`)

// leaks reports whether msg shows a long number of input in full.
func leaks(msg, input string) bool {
	msg = escapes.ReplaceAllString(msg, " ")
	for _, run := range digitRuns(input) {
		if strings.Contains(msg, run) {
			return true
		}
	}
	return false
}

// showsInFull reports whether msg shows the personal data in text: the
// text itself, its digits in any notation, or an e-mail's local part.
func showsInFull(msg, text string) bool {
	if strings.Contains(msg, text) || leaks(msg, text) {
		return true
	}
	for _, part := range strings.Fields(text) {
		if ds := digitsOf(part); len(ds) >= 7 && strings.Contains(digitsOf(msg), ds) {
			return true
		}
	}
	if ds := digitsOf(text); len(ds) >= 7 && strings.Contains(digitsOf(msg), ds) {
		return true
	}
	for _, at := range []string{"@", "＠"} {
		if i := strings.Index(text, at); i > 1 {
			local := text[strings.LastIndexAny(text[:i], " ")+1 : i]
			if len([]rune(local)) > 1 && strings.Contains(msg, local) {
				return true
			}
		}
	}
	return false
}

// TestNoPersonalDataInMessages feeds personal data to every function of
// the package that reads or echoes text and checks that no error and no
// printed form shows it in full.
func TestNoPersonalDataInMessages(t *testing.T) {
	cal := workday.China()
	at := cst(2026, 9, 28, 10, 0)
	echoes := []struct {
		name string
		echo func(text string) string
	}{
		{"Clock.UnmarshalText", func(s string) string { var c Clock; return errText(c.UnmarshalText([]byte(s))) }},
		{"State.UnmarshalText", func(s string) string { var v State; return errText(v.UnmarshalText([]byte(s))) }},
		{"Advice.UnmarshalText", func(s string) string { var v Advice; return errText(v.UnmarshalText([]byte(s))) }},
		{"Status.UnmarshalText", func(s string) string { var v Status; return errText(v.UnmarshalText([]byte(s))) }},
		{"Rule.UnmarshalText", func(s string) string { var v Rule; return errText(v.UnmarshalText([]byte(s))) }},
		{"Clock.MarshalText", func(s string) string { _, err := Clock(s).MarshalText(); return errText(err) }},
		{"Clock.String", func(s string) string { return Clock(s).String() }},
		{"fmt %v %+v %#v of a Timer", func(s string) string {
			tm := TimerOf(Clock(s), at)
			return fmt.Sprintf("%v %+v %#v", tm, tm, tm)
		}},
		{"WindowOf", func(s string) string { _, err := WindowOf(cal, Clock(s), at); return errText(err) }},
		{"Check", func(s string) string { _, err := Check(cal, Clock(s), at, at); return errText(err) }},
		{"EstimateRemaining", func(s string) string {
			_, err := EstimateRemaining(cal, Clock(s), at, at)
			return errText(err)
		}},
	}
	for _, e := range echoes {
		for _, pd := range personalData {
			t.Run(e.name+"/"+pd.kind, func(t *testing.T) {
				msg := e.echo(pd.text)
				assert.NotEmpty(t, msg, "the input is rejected or printed")
				assert.False(t, showsInFull(msg, pd.text), "%q shows %q", msg, pd.text)
			})
		}
	}
	// The checks above must catch a message that quotes its input as given.
	for _, pd := range personalData {
		assert.True(t, showsInFull(fmt.Sprintf("unknown clock %q", pd.text), pd.text) ||
			showsInFull("unknown clock "+pd.text, pd.text), "showsInFull misses %q", pd.text)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

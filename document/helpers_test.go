package document_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/beian-go/beian/document"
)

// assertCode checks that err is an *Error with the code, matching the
// sentinel, and that its message neither echoes the input in full nor
// lacks a Chinese and English message for the code.
func assertCode(t *testing.T, err error, code string, sentinel error, input string) {
	t.Helper()
	var de *document.Error
	require.ErrorAs(t, err, &de)
	assert.Equal(t, code, de.Code())
	assert.ErrorIs(t, err, sentinel)
	_, _, ok := document.Message(de.Code())
	assert.True(t, ok, "no message for %s", de.Code())
	noEcho(t, err, input)
}

// noEcho fails when the error shows the personal data in input: seven
// digits of a number written in any notation, or an e-mail's local part.
// It reads an *Error's Value and Reason, as quoting would turn control
// characters into digits ("\x00").
func noEcho(t *testing.T, err error, input string) {
	t.Helper()
	if err == nil {
		return
	}
	text := err.Error()
	var de *document.Error
	if errors.As(err, &de) {
		text = de.Value + " " + de.Reason
	}
	if at := strings.IndexAny(input, "@＠"); at >= 3 {
		local := input[:at]
		if i := strings.LastIndexFunc(local, func(r rune) bool { return r < ' ' || strings.ContainsRune(" ,;:<>()[]\"'", r) }); i >= 0 {
			local = local[i+1:]
		}
		alnum := len(local) > 1 && strings.IndexFunc(local[1:], func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }) >= 0
		if len(local) >= 3 && alnum {
			assert.NotContains(t, text, local+"@", "an e-mail's local part")
		}
	}
	for _, run := range digitRuns(input) {
		assert.False(t, leaks(text, run), "error %q shows the digits of %q", text, input)
	}
}

// digitRuns returns the runs of seven or more digits in s, ASCII or
// full-width, with single separators between digits, as ASCII digits.
func digitRuns(s string) []string {
	rs := []rune(s)
	isDigit := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= '0' && rs[i] <= '9' || rs[i] >= '０' && rs[i] <= '９')
	}
	var runs []string
	var b strings.Builder
	flush := func() {
		if b.Len() >= 7 {
			runs = append(runs, b.String())
		}
		b.Reset()
	}
	for i, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune(r - '０' + '0')
		case strings.ContainsRune(" -/.()\u3000－．／（）", r) && isDigit(i-1) && isDigit(i+1):
		default:
			flush()
		}
	}
	flush()
	return runs
}

// sentinelOf returns the sentinel of an *Error's kind.
func sentinelOf(k document.Kind) error {
	return map[document.Kind]error{
		document.KindFormat: document.ErrFormat, document.KindLength: document.ErrLength,
		document.KindChecksum: document.ErrChecksum, document.KindComponent: document.ErrComponent,
		document.KindRange: document.ErrRange, document.KindMissing: document.ErrMissing,
	}[k]
}

// typed checks that a validator's error is a typed *Error whose code has
// a message.
func typed(t *testing.T, err error) {
	t.Helper()
	var de *document.Error
	if !errors.As(err, &de) || de.Kind == document.KindUnknown {
		t.Fatalf("error %v is not a typed *Error", err)
	}
	if _, _, ok := document.Message(de.Code()); !ok {
		t.Fatalf("no message for %s", de.Code())
	}
	if !strings.HasPrefix(de.Code(), de.Subject+".") {
		t.Fatalf("code %s of subject %s", de.Code(), de.Subject)
	}
}

// mustResidentID, mustUSCC and mustFilingNumber parse valid constants.
func mustResidentID(t testing.TB, s string) document.ResidentID {
	t.Helper()
	r, err := document.ParseResidentID(s)
	require.NoError(t, err)
	return r
}

func mustUSCC(t testing.TB, s string) document.USCC {
	t.Helper()
	u, err := document.ParseUSCC(s)
	require.NoError(t, err)
	return u
}

func mustFilingNumber(t testing.TB, s string) document.FilingNumber {
	t.Helper()
	f, err := document.ParseFilingNumber(s)
	require.NoError(t, err)
	return f
}
